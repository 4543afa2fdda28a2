/**
 * How the matcher index is written compactly for the browser, and read back: numbers as letters,
 * sorted words front-coded, posting rows as differences. Each writer has its reader next to it;
 * `test/unit/matcher-encoding.test.ts` checks that every one reads back what it wrote.
 */

/*
 * Numbers as letters, so they need no separator: base 26, the last digit a lower-case letter
 * (`a` = 0 … `z` = 25), any digit before it an upper-case one. Most numbers here are below 26,
 * one letter each, and letters compress well next to the words.
 */
export function encodeNumbers(values: readonly number[]): string {
  let out = '';
  for (let value of values) {
    let digits = String.fromCharCode(97 + (value % 26));
    for (value = Math.floor(value / 26); value > 0; value = Math.floor(value / 26))
      digits = String.fromCharCode(65 + (value % 26)) + digits;
    out += digits;
  }
  return out;
}

export function decodeNumbers(text: string): number[] {
  const out: number[] = [];
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 97) value = value * 26 + code - 65;
    else {
      out.push(value * 26 + code - 97);
      value = 0;
    }
  }
  return out;
}

/**
 * Sorted words, each as how many letters it shares with the word before (`A` none, `B` one, …,
 * at most `Z`) and the rest; that capital also marks where a word starts. Folded words are in
 * lower case: a word with a capital in it (only some exotic Unicode letters fold to one) cannot
 * be stored, and stops the build.
 */
export function frontCode(words: readonly string[]): string {
  let previous = '';
  return words
    .map((word) => {
      if (/[A-Z]/.test(word))
        throw new Error(
          `the matcher index cannot store the word ${JSON.stringify(word)}: write it in plain letters`,
        );
      let shared = 0;
      while (shared < 25 && word.charAt(shared) === previous.charAt(shared) && shared < word.length) shared++;
      previous = word;
      return String.fromCharCode(65 + shared) + word.slice(shared);
    })
    .join('');
}

export function frontDecode(text: string): string[] {
  let previous = '';
  return (text.match(/[A-Z][^A-Z]*/g) ?? []).map(
    (coded) => (previous = previous.slice(0, coded.charCodeAt(0) - 65) + coded.slice(1)),
  );
}

/** A posting row as numbers: its length, then each topic as a step from the one before (from `topic` for the first), and its frequency. */
export function encodeRow(row: readonly number[], out: number[], topic = 0): void {
  out.push(row.length / 2);
  for (let i = 0; i < row.length; i += 2) {
    out.push((row[i] as number) - topic, row[i + 1] as number);
    topic = row[i] as number;
  }
}

/** Reads the posting row `encodeRow` wrote at `numbers[at]`; returns it and where the next number is. */
export function decodeRow(numbers: readonly number[], at: number, topic = 0): [number[], number] {
  const row: number[] = [];
  for (let left = numbers[at++] as number; left > 0; left--) {
    topic += numbers[at++] as number;
    row.push(topic, numbers[at++] as number);
  }
  return [row, at];
}
