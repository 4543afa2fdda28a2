/**
 * The tier finder's behaviour: reads the ticked topics, answers with the domain's rule
 * (`adviseTier`), keeps the choice in the address so it can be sent, and restores it from there.
 * "Find the tier" moves focus to the answer, as a GOV.UK result page would take it.
 */
import type { CoverageLevel, TierId } from '../domain/catalogue.ts';
import { listInWords } from '../domain/list-in-words.ts';
import { pairPath, tierPath, topicPath } from '../domain/routes.ts';
import { adviseTier, finderSearch, parseFinderChoice } from '../domain/tier-finder.ts';

interface FinderTier {
  id: TierId;
  name: string;
  rank: number;
}

class TierFinder extends HTMLElement {
  #tiers: FinderTier[] = JSON.parse(this.dataset.tiers ?? '[]') as FinderTier[];
  #boxes = [...this.querySelectorAll<HTMLInputElement>('input[type=checkbox][name=topic]')];

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

  #title(id: string): string {
    return this.querySelector(`label[for="finder-${id}"]`)?.textContent?.trim() ?? id;
  }

  #answer(updateUrl: boolean) {
    const chosen = this.#boxes.filter((box) => box.checked);
    if (updateUrl) {
      const ids = chosen.map((box) => box.value);
      history.replaceState(null, '', `${location.pathname}${finderSearch(ids)}`);
    }
    const topics = chosen.map((box) => ({
      id: box.value,
      coverage: Object.fromEntries(
        (box.dataset.levels ?? '').split(' ').map((pair) => {
          const [tier, level] = pair.split(':') as [TierId, CoverageLevel];
          return [tier, { level }];
        }),
      ) as Record<TierId, { level: CoverageLevel }>,
    }));
    const advice = adviseTier({ tiers: this.#tiers }, topics);
    const result = this.querySelector<HTMLElement>('.finder-result')!;
    result.hidden = chosen.length === 0;
    const heading = result.querySelector('h2')!;
    const details = result.querySelector('.finder-details')!;
    const paragraphs: HTMLElement[] = [];
    const { tier, leftOut, rest, outOfScope } = advice;
    if (tier) {
      heading.textContent =
        leftOut.length === 0 ? `${tier.name} covers it all` : `${tier.name} covers the most`;
      const below = this.#tiers.filter((other) => other.rank < tier.rank).at(-1);
      paragraphs.push(
        this.#paragraph(
          leftOut.length === 0
            ? `${tier.name} is the lowest tier that covers everything you ticked${outOfScope.length > 0 ? ' that a tier covers' : ''}.`
            : `No one tier covers everything you ticked. ${tier.name} covers the most; it leaves out ${this.#titles(leftOut)}.`,
          [
            [`More about ${tier.name}`, tierPath(tier.id)],
            ...(below
              ? [[`What ${tier.name} adds to ${below.name}`, pairPath(below.id, tier.id)] as [string, string]]
              : []),
          ],
        ),
      );
      if (rest)
        paragraphs.push(
          this.#paragraph(`${rest.name} covers what ${tier.name} leaves out.`, [
            [`More about ${rest.name}`, tierPath(rest.id)],
          ]),
        );
    } else {
      heading.textContent = 'No support tier covers this';
    }
    if (outOfScope.length > 0) {
      paragraphs.push(
        this.#paragraph(
          `No support tier covers ${this.#titles(outOfScope)}: each topic's page says where to go instead.`,
          outOfScope.map((id) => [this.#title(id), topicPath(id)] as [string, string]),
        ),
      );
    }
    details.replaceChildren(...paragraphs);
  }

  #titles(ids: readonly string[]): string {
    return listInWords(ids.map((id) => this.#title(id)));
  }

  /** A sentence, then its links as a list. */
  #paragraph(text: string, links: [string, string][]): HTMLElement {
    const block = document.createElement('div');
    const sentence = document.createElement('p');
    sentence.textContent = text;
    const list = document.createElement('ul');
    for (const [label, href] of links) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = href;
      link.textContent = label;
      item.append(link);
      list.append(item);
    }
    block.append(sentence, list);
    return block;
  }
}
customElements.define('tier-finder', TierFinder);
