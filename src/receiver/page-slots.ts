/**
 * The two pages the receiver fills in as it serves them, because a static page cannot do it
 * without a script:
 * - the no-JavaScript form gets a fresh ticket id in its hidden `id` field on every request, so
 *   sending the same filled-in form twice (a double click, a reload) is one ticket, and the tier
 *   and topic the address names chosen (`?tier=premium&topic=…`, as the wizard takes them);
 * - the sent page (`/support/sent/?ref=CAS-…`) shows the reference the form post redirected with.
 * Only an id the receiver made, a reference of the shape `CAS-` + 8 characters and a choice the
 * page itself offers are ever written into a page: nothing else from the request.
 */
import { REFERENCE_PATTERN } from '../domain/ticket-reference.ts';

/** The form's empty hidden id, as `src/pages/support/new.astro` ships it. */
const FORM_ID_SLOT = /(<input type="hidden" name="id" value=)""/;

/** The sent page's empty, hidden reference line. */
const REFERENCE_SLOT = /(<[^>]*\bid="sent-reference") hidden(>[^<]*<strong>)(<\/strong>)/;

/** The wizard page with `id` in the form, or undefined when the page has no such form (tickets go to an external webhook). */
export function withFormId(html: string, id: string): string | undefined {
  return FORM_ID_SLOT.test(html) ? html.replace(FORM_ID_SLOT, `$1"${id}"`) : undefined;
}

/** A value a choice of the form may have: ids of tiers and topics are lower-case words and hyphens. */
const CHOICE = /^[a-z0-9-]{1,80}$/;

/**
 * The form with `tier` and `topic` chosen where it offers them; a value it does not offer
 * changes nothing.
 */
export function withChoices(html: string, { tier, topic }: { tier: unknown; topic: unknown }): string {
  let page = html;
  if (typeof tier === 'string' && CHOICE.test(tier) && page.includes(`name="tier" value="${tier}"`)) {
    page = page.replace(
      /(<input type="radio" [^>]*name="tier" value="([^"]*)"[^>]*?)( checked)?>/g,
      (_, input, value) => (value === tier ? `${input} checked>` : `${input}>`),
    );
  }
  const option = `<option value="${String(topic)}">`;
  if (typeof topic === 'string' && CHOICE.test(topic) && page.includes(option))
    page = page
      .replace(/(<option value="[^"]*") selected>/g, '$1>')
      .replace(option, `<option value="${topic}" selected>`);
  return page;
}

/** The sent page showing `reference`, or undefined when that is not a reference or the page has no slot for it. */
export function withReference(html: string, reference: string): string | undefined {
  if (!REFERENCE_PATTERN.test(reference) || !REFERENCE_SLOT.test(html)) return undefined;
  return html.replace(REFERENCE_SLOT, `$1$2${reference}$3`);
}
