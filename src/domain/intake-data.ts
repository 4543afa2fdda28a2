/**
 * The data the intake runs on, as published at `/data/intake.json`: one object so the wizard,
 * the receiver and the command-line tools all decide from the same content.
 */
import type { BusinessCalendar } from './business-calendar.ts';
import type { Catalogue } from './catalogue.ts';
import type { Language } from './language/languages.ts';
import type { Cues } from './matcher-sentences.ts';
import type { SlaPolicy } from './sla.ts';

export interface IntakeData {
  catalogue: Catalogue;
  policy: SlaPolicy;
  calendar: BusinessCalendar;
  /** Groups of interchangeable terms from `content/lexicon.yaml`, for the matcher. */
  lexicon: string[][];
  /** Phrases that mark a side remark or the main problem (`content/cues.yaml`), for the matcher. */
  cues: Cues;
  /** Messages about anything but CAS support (`content/unrelated.yaml`): the matcher abstains on their like. */
  unrelated: string[];
  /** The most common words of each language (`content/everyday.yaml`): everyday, not telling, for the matcher. */
  everyday: Partial<Record<Language, string[]>>;
}
