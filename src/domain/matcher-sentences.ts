/**
 * How a whole message is read: sentence by sentence, each weighed by the cues it carries, so the
 * sentence that holds the problem counts most ("Minor one: the font looks odd. The real problem:
 * 15 exports without exit confirmation." is about the exports). The cues are content
 * (`content/cues.yaml`).
 */
import { splitWords } from './text-normalise.ts';

/** Phrases that mark a side remark (`aside`) or the problem the person wants help with (`focus`). */
export interface Cues {
  aside: readonly string[];
  focus: readonly string[];
}

/** What a sentence with each kind of cue counts for, against 1 for a plain sentence. */
export const CUE_WEIGHTS = { aside: 0.3, focus: 1.6 } as const;

export interface Sentence {
  text: string;
  /** Where it starts in the message, so explanations can point into the message. */
  start: number;
}

/**
 * The sentences of a message: split after `.`, `!`, `?` or `;` followed by a space, and at line
 * breaks. Abbreviations and numbers ("e.g. 1.5") stay whole because a split needs the space.
 */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const boundary = /[.!?;:]+\s+|\n+/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (text.slice(start, end).trim()) out.push({ text: text.slice(start, end), start });
    start = end;
  }
  if (text.slice(start).trim()) out.push({ text: text.slice(start), start });
  return out;
}

/** Cue phrases as folded words between spaces, to be found inside a folded sentence. */
export function foldCues(cues: Cues): Cues {
  const fold = (phrase: string) =>
    ` ${splitWords(phrase)
      .map((word) => word.norm)
      .join(' ')} `;
  return { aside: cues.aside.map(fold), focus: cues.focus.map(fold) };
}

/** Folded cues as the index stores them: phrases joined by `|`, the asides first, then `;` and the focus cues. */
export function writeCues(cues: Cues): string {
  const folded = foldCues(cues);
  return `${folded.aside.map((cue) => cue.trim()).join('|')};${folded.focus.map((cue) => cue.trim()).join('|')}`;
}

export function readCues(written: string): Cues {
  const [aside = '', focus = ''] = written.split(';');
  const list = (part: string) => (part ? part.split('|').map((cue) => ` ${cue} `) : []);
  return { aside: list(aside), focus: list(focus) };
}

/** A sentence's weight: an aside counts for less, a focus for more; an aside wins over a focus ("not urgent"). */
export function sentenceWeight(sentence: string, folded: Cues): number {
  const words = ` ${splitWords(sentence)
    .map((word) => word.norm)
    .join(' ')} `;
  if (folded.aside.some((cue) => words.includes(cue))) return CUE_WEIGHTS.aside;
  if (folded.focus.some((cue) => words.includes(cue))) return CUE_WEIGHTS.focus;
  return 1;
}
