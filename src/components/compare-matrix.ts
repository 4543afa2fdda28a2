/**
 * The comparison matrix's progressive enhancement: choosing tiers, "differences only" and the
 * text filter show and hide rows and columns in place, the caption names the view, the notes
 * follow the tiers and topics shown (numbered again in reading order), and the view is kept in
 * the URL so it can be shared. The rules of what is shown are `src/domain/matrix-view.ts`.
 */
import {
  isRowShown,
  matrixCaption,
  parseMatrixView,
  serializeMatrixView,
  type MatrixView,
} from '../domain/matrix-view.ts';
import { TIER_IDS, isTierId, type TierId } from '../domain/catalogue.ts';

class CompareMatrix extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    this.#write(parseMatrixView(location.search));
    this.#apply();
    form.addEventListener('input', () => this.#apply(true));
    form.addEventListener('change', () => this.#apply(true));
    form.addEventListener('submit', (event) => event.preventDefault());
    addEventListener('popstate', () => {
      this.#write(parseMatrixView(location.search));
      this.#apply();
    });
  }

  #read(): MatrixView {
    const form = this.querySelector('form')!;
    const data = new FormData(form);
    const tiers = data.getAll('tiers').filter(isTierId);
    return {
      query: (form.querySelector<HTMLInputElement>('[name=q]')?.value ?? '').trim(),
      differencesOnly: data.has('diff'),
      tiers,
    };
  }

  #write(view: MatrixView) {
    const form = this.querySelector('form')!;
    (form.elements.namedItem('q') as HTMLInputElement).value = view.query;
    (form.elements.namedItem('diff') as HTMLInputElement).checked = view.differencesOnly;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name=tiers]')) {
      box.checked = view.tiers.includes(box.value as TierId);
    }
  }

  /** Tier names as the column headers say them. */
  #tierNames(): Record<TierId, string> {
    const names = {} as Record<TierId, string>;
    for (const header of this.querySelectorAll<HTMLElement>('thead [data-tier]')) {
      names[header.dataset.tier as TierId] = header.textContent?.trim() ?? '';
    }
    return names;
  }

  #apply(updateUrl = false) {
    const view = this.#read();
    const shownTiers = view.tiers.length ? view.tiers : [...TIER_IDS];
    if (updateUrl)
      history.replaceState(null, '', `${location.pathname}${serializeMatrixView(view)}${location.hash}`);
    for (const element of this.querySelectorAll<HTMLElement>('[data-tier]')) {
      element.hidden = !shownTiers.includes(element.dataset.tier as TierId);
    }
    const hiddenTopics = new Set<string>();
    let shown = 0;
    let total = 0;
    for (const body of this.querySelectorAll<HTMLElement>('tbody[data-category]')) {
      let visibleInGroup = 0;
      for (const row of body.querySelectorAll<HTMLElement>('tr[data-topic]')) {
        const levels = Object.fromEntries(
          (row.dataset.levels ?? '').split(' ').map((pair) => pair.split(':') as [string, string]),
        );
        const visible = isRowShown({ text: row.dataset.text ?? '', levels }, { ...view, tiers: shownTiers });
        row.hidden = !visible;
        if (!visible) hiddenTopics.add(row.dataset.topic ?? '');
        total += 1;
        if (visible) visibleInGroup += 1;
      }
      shown += visibleInGroup;
      body.hidden = visibleInGroup === 0;
    }
    for (const header of this.querySelectorAll('.category-row th')) {
      header.setAttribute('colspan', String(shownTiers.length + 1));
    }
    this.#numberNotes(hiddenTopics);
    this.querySelector('caption')!.textContent = matrixCaption(view, this.#tierNames());
    this.querySelector('.matrix-count')!.textContent =
      shown === total ? `Showing all ${total} topics` : `Showing ${shown} of ${total} topics`;
  }

  /** Only the notes of the rows and columns shown, numbered 1, 2, 3… as the list shows them. */
  #numberNotes(hiddenTopics: Set<string>) {
    let number = 0;
    for (const note of this.querySelectorAll<HTMLElement>('.matrix-notes li')) {
      if (hiddenTopics.has(note.dataset.topic ?? '')) note.hidden = true;
      if (note.hidden) continue;
      number += 1;
      const ref = this.querySelector(`#ref-${note.id} [data-note-number]`);
      if (ref) ref.textContent = String(number);
      const back = note.querySelector('.visually-hidden');
      if (back) back.textContent = ` (note ${number})`;
    }
    const heading = this.querySelector<HTMLElement>('#notes-heading');
    if (heading) heading.hidden = number === 0;
  }
}
customElements.define('compare-matrix', CompareMatrix);
