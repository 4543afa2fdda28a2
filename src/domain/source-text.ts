/**
 * Where a fact comes from, as a reader would cite it: the document and its section in words,
 * never the file the facts were read from (that stays in the content's frontmatter).
 */
import type { Source } from './catalogue.ts';

/**
 * `Premium Support service description, section 2: Declaration finalisation support` for a
 * numbered section, `Basic Support service description, section “What is Basic Support?”` otherwise.
 */
export function sourceText(source: Source): string {
  const numbered = /^(\d+)\.\s+(.+)$/.exec(source.section);
  return numbered
    ? `${source.document}, section ${numbered[1]}: ${numbered[2]}`
    : `${source.document}, section “${source.section}”`;
}
