/**
 * The tier finder's behaviour: reads the ticked topics, answers with the domain's rule
 * (`adviseTier`), keeps the choice in the address so it can be sent, and restores it from there.
 * "Find the tier" moves focus to the answer, as a GOV.UK result page would take it. The links it
 * gives are the page's own (each tier's in `data-tiers`, each topic's in the list below the form).
 */
import type { TierId } from '../domain/catalogue.ts';
import { adviseTier, finderSearch, parseFinderChoice } from '../domain/tier-finder.ts';

interface FinderTier {
  id: TierId;
  name: string;
  rank: number;
  href: string;
  /** The tier ranked below, and the page comparing the two. */
  below?: string;
  pairHref?: string;
}

type Link = [text: string, href: string];

class TierFinder extends HTMLElement {
  #tiers = JSON.parse(this.dataset.tiers ?? '[]') as FinderTier[];
  #boxes = [...this.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

  connectedCallback() {
    const form = this.querySelector('form')!;
    this.#restore();
    form.addEventListener('change', () => this.#answer(true));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#answer(true);
      this.querySelector<HTMLElement>('#finder-answer')?.focus();
    });
    addEventListener('popstate', () => this.#restore());
  }

  #restore() {
    const chosen = parseFinderChoice(
      location.search,
      this.#boxes.map((box) => box.value),
    );
    for (const box of this.#boxes) box.checked = chosen.includes(box.value);
    this.#answer(false);
  }

  /** A topic's title and page, from its row in the list of every topic. */
  #topicLink(id: string): Link {
    const link = document.querySelector<HTMLAnchorElement>(`tr[data-topic="${id}"] a`);
    return [link?.textContent?.trim() ?? id, link?.getAttribute('href') ?? ''];
  }

  #answer(updateUrl: boolean) {
    const chosen = this.#boxes.filter((box) => box.checked);
    if (updateUrl) {
      history.replaceState(null, '', `${location.pathname}${finderSearch(chosen.map((box) => box.value))}`);
    }
    const advice = adviseTier(
      { tiers: this.#tiers },
      chosen.map((box) => ({
        id: box.value,
        coveredBy: (box.dataset.coveredBy ?? '').split(' ').filter(Boolean) as TierId[],
      })),
    );
    const result = this.querySelector<HTMLElement>('.finder-result')!;
    result.hidden = chosen.length === 0;
    const { tier, leftOut, rest, outOfScope } = advice;
    const blocks: HTMLElement[] = [];
    if (tier) {
      blocks.push(
        leftOut.length === 0
          ? this.#block(
              `${tier.name} is the lowest tier that covers everything you ticked${outOfScope.length > 0 ? ' that a tier covers' : ''}.`,
              [],
            )
          : this.#block(
              `No one tier covers everything you ticked. ${tier.name} covers the most; it leaves out:`,
              leftOut.map((id) => this.#topicLink(id)),
            ),
        this.#block('', [
          [`More about ${tier.name}`, tier.href],
          ...(tier.below && tier.pairHref
            ? [[`What ${tier.name} adds to ${tier.below}`, tier.pairHref] as Link]
            : []),
        ]),
      );
      if (rest)
        blocks.push(
          this.#block(`${rest.name} covers what ${tier.name} leaves out.`, [
            [`More about ${rest.name}`, rest.href],
          ]),
        );
    }
    if (outOfScope.length > 0) {
      blocks.push(
        this.#block(
          'No support tier covers these; each topic’s page says where to go instead:',
          outOfScope.map((id) => this.#topicLink(id)),
        ),
      );
    }
    result.querySelector('h2')!.textContent = !tier
      ? 'No support tier covers this'
      : leftOut.length === 0
        ? `${tier.name} covers it all`
        : `${tier.name} covers the most`;
    result.querySelector('.finder-details')!.replaceChildren(...blocks);
  }

  /** A sentence (if any), then links as a list. */
  #block(text: string, links: Link[]): HTMLElement {
    const block = document.createElement('div');
    if (text) {
      const sentence = document.createElement('p');
      sentence.textContent = text;
      block.append(sentence);
    }
    const list = document.createElement('ul');
    for (const [label, href] of links) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = href;
      link.textContent = label;
      item.append(link);
      list.append(item);
    }
    if (links.length > 0) block.append(list);
    return block;
  }
}
customElements.define('tier-finder', TierFinder);
