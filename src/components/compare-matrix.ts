/**
 * The comparison matrix's progressive enhancement: choosing tiers, "differences only" and the
 * text filter show and hide rows and columns in place, and the view is kept in the URL so it can
 * be shared. The rules of what is shown are `src/domain/matrix-view.ts`.
 */
import { parseMatrixView, serializeMatrixView, isRowShown, type MatrixView } from '../domain/matrix-view.ts';
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

  #apply(updateUrl = false) {
    const view = this.#read();
    if (updateUrl)
      history.replaceState(null, '', `${location.pathname}${serializeMatrixView(view)}${location.hash}`);
    for (const cell of this.querySelectorAll<HTMLElement>('[data-tier]')) {
      cell.hidden = !view.tiers.includes(cell.dataset.tier as TierId) && view.tiers.length > 0;
    }
    const shownColumns = (view.tiers.length || TIER_IDS.length) + 1;
    let shown = 0;
    let total = 0;
    for (const body of this.querySelectorAll<HTMLElement>('tbody[data-category]')) {
      let visibleInGroup = 0;
      for (const row of body.querySelectorAll<HTMLElement>('tr[data-topic]')) {
        const levels = Object.fromEntries(
          (row.dataset.levels ?? '').split(' ').map((pair) => pair.split(':') as [string, string]),
        );
        const visible = isRowShown(
          { text: row.dataset.text ?? '', levels },
          { ...view, tiers: view.tiers.length ? view.tiers : [...TIER_IDS] },
        );
        row.hidden = !visible;
        total += 1;
        if (visible) visibleInGroup += 1;
      }
      shown += visibleInGroup;
      body.hidden = visibleInGroup === 0;
      body.querySelector('.category-row th')?.setAttribute('colspan', String(shownColumns));
    }
    this.querySelector('.sla-rows .category-row th')?.setAttribute('colspan', String(shownColumns));
    this.querySelector('.matrix-count')!.textContent =
      shown === total ? `Showing all ${total} topics` : `Showing ${shown} of ${total} topics`;
  }
}
customElements.define('compare-matrix', CompareMatrix);
