/**
 * Plain text, as a ticket's free-text fields must be: what a person types, and what a support agent
 * can read safely in a browser, an e-mail or a terminal. Refused, each with a message saying why:
 * - control characters other than tab and newline (LF, or CR LF as a browser sends a form): an
 *   escape sequence such as `ESC [2J` clears the agent's terminal or sets its title, NUL truncates;
 * - bidirectional overrides and isolates, which make text read differently from how it is stored;
 * - lone surrogates, which are not characters at all and do not survive storage unchanged;
 * - a value with nothing visible in it: only spaces, zero-width or other invisible characters.
 * Everything else is text: any script, emoji, punctuation, quotes and angle brackets included
 * (whoever renders text escapes it).
 */

/** Control characters (C0, DEL and C1: U+009B is a terminal's escape too) but tab, LF and CR. */
const CONTROL = /[^\P{Cc}\t\n\r]/u;

/** A carriage return that does not start a CR LF line break (it moves a terminal's cursor back). */
const LONE_CR = /\r(?!\n)/u;

/** Embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069): the "Trojan Source" set. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/** Half of a surrogate pair on its own: not a character. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Characters that draw nothing of their own: white space, default-ignorables (zero-width, fillers),
 * formats, combining marks (with no letter to sit on), the blank braille cell.
 */
const INVISIBLE_ONLY = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cf}\p{M}\u2800]+$/u;

/** Rules in the order they are checked; the first that matches names the problem. */
const RULES: readonly { pattern: RegExp; problem: (found: string) => string }[] = [
  { pattern: CONTROL, problem: (ch) => `must be plain text: remove the control character ${codePoint(ch)}` },
  { pattern: LONE_CR, problem: (ch) => `must be plain text: remove the control character ${codePoint(ch)}` },
  {
    pattern: BIDI_CONTROL,
    problem: (ch) => `must be plain text: remove the text direction control ${codePoint(ch)}`,
  },
  {
    pattern: LONE_SURROGATE,
    problem: (ch) => `must be plain text: ${codePoint(ch)} is half of a character, not one`,
  },
  { pattern: INVISIBLE_ONLY, problem: () => 'must contain visible characters, not only invisible ones' },
];

/** What keeps `value` from being plain text, as a message for the person, or undefined when it is plain. */
export function plainTextProblem(value: string): string | undefined {
  for (const rule of RULES) {
    const found = rule.pattern.exec(value);
    if (found) return rule.problem(found[0]);
  }
  return undefined;
}

/** `U+001B` for a character (its first code unit for a lone surrogate). */
function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Characters that would not show as themselves on a screen: controls but tab and newline, formats
 * (bidi controls, zero-width, tag characters), lone surrogates, default-ignorables, line and
 * paragraph separators.
 */
const UNPRINTABLE = /[^\P{Cc}\t\n]|[\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}\p{Zl}\p{Zp}]/gu;

/** `text` with every character that would not show as itself replaced by `by` (a file name's `_`). */
export function replaceUnprintable(text: string, by: string): string {
  return text.replace(UNPRINTABLE, by);
}

/**
 * `text` with every character that would not show as itself written as `\uXXXX` (each UTF-16 unit),
 * e.g. `\u001b[2J` for a terminal's clear-screen. The result is safe to print to a terminal and,
 * inside a JSON string, is still valid JSON meaning the same text.
 */
export function escapeUnprintable(text: string): string {
  return text.replace(UNPRINTABLE, (found) =>
    Array.from(
      { length: found.length },
      (_, i) => `\\u${found.charCodeAt(i).toString(16).padStart(4, '0')}`,
    ).join(''),
  );
}
