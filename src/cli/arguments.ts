/**
 * Command-line arguments read with `node:util`'s `parseArgs`, its errors turned into the one-line
 * messages our commands print (`--tier needs a value`, `unknown option --colour`), and an option
 * given twice refused instead of the last one silently winning.
 */
import { parseArgs } from 'node:util';

/** The options a command takes: each a flag (`boolean`) or an option with a value (`string`). */
export type OptionKinds = Record<string, 'boolean' | 'string'>;

export type Values<O extends OptionKinds> = {
  [K in keyof O]?: O[K] extends 'boolean' ? boolean : string;
};

export interface Arguments<O extends OptionKinds> {
  values: Values<O>;
  /** The words that are not options, e.g. the text to classify. */
  positionals: string[];
}

/** Reads `argv`; a string says what is wrong, in one line. */
export function readArguments<O extends OptionKinds>(
  argv: readonly string[],
  kinds: O,
  allowPositionals: boolean,
): Arguments<O> | string {
  const options = Object.fromEntries(
    Object.entries(kinds).map(([name, type]) => [name, { type, multiple: true }]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals, strict: true });
  } catch (error) {
    return messageOf(error);
  }
  const values: Record<string, unknown> = {};
  for (const [name, given] of Object.entries(parsed.values)) {
    const list = given as (string | boolean)[];
    if (list.length > 1) return `--${name} given twice`;
    values[name] = list[0];
  }
  return { values: values as Values<O>, positionals: parsed.positionals };
}

/** `parseArgs`'s error as our message: the option it names and what is wrong with it. */
function messageOf(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(--?[\w-]+)/.exec(message ?? '')?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${JSON.stringify(/'([^']*)'/.exec(message ?? '')?.[1] ?? '')}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(message ?? '')
        ? `${option} takes no value`
        : `${option} needs a value`;
    default:
      return message ?? String(error);
  }
}
