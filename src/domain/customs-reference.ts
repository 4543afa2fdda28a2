/**
 * Declaration references a customer may quote: an MRN (the number customs gives a lodged
 * declaration) or an LRN (the trader's own reference, free text).
 */

/**
 * The 18-character MRN of the Union Customs Code: 2 digits for the year, 2 letters for the
 * country, 12 letters or digits, 1 letter for the procedure and 1 check character.
 */
const MRN = /^\d{2}[A-Z]{2}[A-Z0-9]{12}[A-Z][A-Z0-9]$/i;

/**
 * Starts like an MRN (year, country) and is about as long, with no spaces or separators.
 * Such a reference is almost certainly a mistyped MRN rather than an LRN, so it is held to
 * the MRN shape instead of being accepted as free text.
 */
const MRN_LIKE = /^\d{2}[A-Z]{2}[A-Z0-9]{12,16}$/i;

/** The longest LRN the customs systems accept. */
export const LRN_MAX_LENGTH = 35;

export function isMrn(reference: string): boolean {
  return MRN.test(reference);
}

export function looksLikeMrn(reference: string): boolean {
  return MRN_LIKE.test(reference);
}

const MRN_SHAPE =
  'an MRN has 18 characters: 2 digits for the year, 2 letters for the country, 12 letters or digits, ' +
  '1 letter for the procedure and 1 check character';

/**
 * Why a reference that looks like an MRN is not a well-formed one, or undefined when it is
 * an MRN or does not look like one (then it is an LRN, limited only by its length).
 */
export function mrnProblem(reference: string): string | undefined {
  if (!looksLikeMrn(reference) || isMrn(reference)) return undefined;
  const what = reference.length === 18 ? 'its 17th character is not a letter' : `it has ${reference.length}`;
  return `looks like an MRN but ${what}; ${MRN_SHAPE}`;
}
