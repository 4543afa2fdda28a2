/**
 * A short description of any value a sender posted, for error messages: `"gold"`, `5`, `a list`.
 * Never the whole value: a message must stay short and cheap to build whatever was sent (a list
 * nested 20,000 deep cannot even be turned back into JSON without overflowing the stack).
 */
import { escapeUnprintable } from './plain-text.ts';

/** Longest text quoted back to the sender. */
const QUOTE_MAX = 40;

const KINDS: Record<string, string> = {
  undefined: 'nothing',
  object: 'an object',
  function: 'a function',
  symbol: 'a symbol',
};

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    const quoted = value.length > QUOTE_MAX ? `${value.slice(0, QUOTE_MAX)}…` : value;
    return escapeUnprintable(JSON.stringify(quoted));
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return KINDS[typeof value] ?? 'a value';
}
