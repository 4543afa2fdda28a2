/**
 * Turning free text into words the matcher can compare: one pass shared by the index (topic
 * content) and the query (what a customer typed), so both sides always agree.
 * Case, accents, curly quotes, contractions ("can't") and hyphenation are dealt with here.
 */
import { foldCase } from './fold-case.ts';

/** A word as the customer wrote it, with where it sits in the text, and its plain lower-case form. */
export interface Word {
  /** Lower-case ASCII-folded form, e.g. "déclaration" → "declaration". */
  norm: string;
  /** The text as written, for explanations. */
  surface: string;
  start: number;
  end: number;
  /** Parts of a hyphenated word ("re-upload" → ["re", "upload"]); the joined form is in `norm`. */
  parts?: string[];
}

/** Letters and digits, joined by an apostrophe or a hyphen within a word. */
const WORD = /[\p{L}\p{N}]+(?:['’‘`\-‐‑][\p{L}\p{N}]+)*/gu;

/** "cant", "dont", "doesnt"...: contractions typed without their apostrophe. */
const BARE_NEGATIONS = new Set([
  'cant',
  'dont',
  'doesnt',
  'didnt',
  'wont',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'hasnt',
  'havent',
  'hadnt',
  'couldnt',
  'wouldnt',
  'shouldnt',
  'cannot',
]);

/**
 * The words of `text` in order. Negations matter ("release not received"), so a contraction
 * ("can't", "doesnt", "cannot") becomes its verb plus "not", and "no" reads as "not".
 */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const surface = match[0];
    const start = match.index;
    const end = start + surface.length;
    let folded = foldCase(surface).replace(/[’‘`]/g, "'").replace(/[‐‑]/g, '-');
    const negated = /n't$/.test(folded) || BARE_NEGATIONS.has(folded);
    if (negated) folded = folded.replace(/n'?t$/, '').replace(/not$/, '');
    folded = folded.replace(/'s$/, '').replace(/'/g, '');
    const parts = folded.split('-').filter(Boolean);
    const norm = parts.join('');
    if (!norm) continue;
    if (norm === 'no') words.push({ norm: 'not', surface, start, end });
    else words.push(parts.length > 1 ? { norm, surface, start, end, parts } : { norm, surface, start, end });
    if (negated) words.push({ norm: 'not', surface, start, end });
  }
  return words;
}

/**
 * Function words, small talk and everyday verbs: they say nothing about which topic a text is
 * about. Negations are kept on purpose. Days and times are dropped too: "since Friday" says
 * when, not what. Lexicon phrases are read before stopwords go, so "log in" still counts.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if then than so as of to in on at by for with from into onto over under about ' +
    'up out off via per is are was were be been being am do does did doing have has had having ' +
    'i me my mine we us our ours you your yours he him his she her it its they them their theirs ' +
    'this that these those there here what whats which who whom whose when where why how ' +
    'can could would should will shall may might must ca wo sha ' +
    'please pls thanks thank thx hi hello hey dear regards kind best ' +
    'also just still already yet even really very quite some any each every such other another ' +
    'both only too ever ' +
    'get gets got getting let lets know tell told want wants wanted need needs needed like ' +
    'something someone somebody anyone anybody anything everything everyone ' +
    'one ones use uses used using make makes made making see sees seen saw go goes going went come comes came ' +
    'take takes took way ways possible able try tries tried trying seem seems seemed thing things ' +
    'lot lots bit many much more most well etc eg ie ok okay guys team say says said saying although though ' +
    'two three four five six seven eight nine ten several few ' +
    'today yesterday tomorrow tonight morning afternoon evening noon now since ago last next ' +
    'minute minutes hour hours day days week weeks weekend ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'urgent urgently asap im ive weve youre theyre id wed'
  ).split(' '),
);

/**
 * Dutch, French and German function words, small talk and everyday verbs, folded: the same role
 * as the English list. Words that mean something in the domain in another language are not here.
 */
const OTHER_STOPWORDS =
  // Dutch
  'de het een en van in op te met voor aan bij naar uit over om door tot als dat die dit deze er hier daar ' +
  'wat wie waar wanneer hoe waarom welke welk ik mij me mijn wij we ons onze jij je jullie u uw hij zij ze ' +
  'hun is zijn was waren ben bent wordt worden werd werden heb hebt heeft hebben had hadden kan kunnen kon ' +
  'zou zouden moet moeten mag mogen wil willen zal zullen ook nog al wel maar of dan dus toch even graag ' +
  'alvast bedankt dank groeten beste dag hallo goedemorgen goedemiddag mvg vriendelijke iets iemand alle ' +
  'allemaal veel meer weer sinds vandaag gisteren morgen vanochtend vanmorgen week maand jaar keer uur ' +
  'krijg krijgen krijgt kreeg gekregen telkens steeds na zie zien ziet gezien ga gaan gaat ging doe doen ' +
  'doet deed gedaan maak maken maakt gemaakt kom komen komt kwam geef geven geeft gaf laat laten zet zetten ' +
  'hou houden even gewoon eigenlijk misschien nu toen omdat want terwijl zodat niets alles heel erg zeer ' +
  'beetje paar zoals elke ieder iedere elk zo ' +
  // French
  'le la les un une des du au aux et ou ou de en dans sur sous pour par avec sans chez vers ce cet cette ces ' +
  'je me mon ma mes nous notre nos vous votre vos il elle ils elles leur leurs on qui que quoi dont ou quand ' +
  'comment pourquoi est sont etait etaient ai as avons avez ont avait etre avoir fait faire peut peuvent ' +
  'pouvez pourriez pouvons doit doivent devons veux voulons voudrions aussi encore deja toujours mais donc ' +
  'car si ne plus tres bien merci bonjour bonsoir cordialement salutations madame monsieur quelque ' +
  'depuis aujourd hui hier demain matin semaine mois jour jours heure heures ' +
  'fais font voir vois voit vu aller vais va vont venir vient mettre mets met mis prendre prend pris donner ' +
  'donne chaque tout tous toute toutes rien peu beaucoup fois alors parce lorsque comme ainsi puis ensuite ' +
  'maintenant quelqu quelques ' +
  // German
  'der die das den dem des ein eine einen einem einer und oder aber in im an am auf aus bei mit nach von vom ' +
  'zu zum zur fur uber unter vor durch um ist sind war waren bin bist sein wird werden wurde wurden habe hast ' +
  'hat haben hatte hatten kann konnen konnte konnten muss mussen soll sollen will wollen mochte mochten ' +
  'ich mich mir mein meine wir uns unser unsere unseren ihr ihre ihnen sie er es man was wer wo wann wie ' +
  'warum welche welcher auch noch schon bereits immer doch mal bitte danke gruss grusse hallo guten tag ' +
  'morgen heute gestern seit woche monat stunde stunden etwas jemand alle viel viele mehr sehr dass ob wenn ' +
  'dann so bekomme bekommen bekommt bekam sehe sehen sieht gesehen gehe gehen geht ging mache machen macht ' +
  'gemacht komme kommen kommt kam gebe geben gibt gab lasse lassen jede jeder jedes wieder nur etwa ganz ' +
  'gerade jetzt weil damit obwohl bevor nachdem nichts';

const ALL_STOPWORDS: ReadonlySet<string> = new Set([...STOPWORDS, ...OTHER_STOPWORDS.split(' ')]);

export function isStopword(norm: string): boolean {
  return ALL_STOPWORDS.has(norm);
}

/** "not" and its kin in the other languages: kept as a term of their own, never dropped. */
const NEGATIONS: ReadonlySet<string> = new Set([
  'not',
  'niet',
  'geen',
  'pas',
  'aucun',
  'aucune',
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keiner',
  'keinem',
]);

export function isNegation(norm: string): boolean {
  return NEGATIONS.has(norm);
}
