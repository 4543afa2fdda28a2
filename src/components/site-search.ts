/**
 * The search box's behaviour: loads Pagefind on first focus, searches as the person types, and
 * draws the results and the filters.
 */
/** The small part of Pagefind's browser API the search box uses. */
export interface PagefindApi {
  init?: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    query: string,
    options: { filters: Record<string, string[]> },
  ) => Promise<{ results: { data: () => Promise<PagefindResult> }[] }>;
}

export interface PagefindResult {
  url: string;
  excerpt: string;
  /** A topic page's `summary` and `coverage` (which tiers cover it), from its `data-pagefind-meta`. */
  meta: { title?: string; summary?: string; coverage?: string };
}

const FILTER_LABELS: Record<string, string> = { category: 'Category', tier: 'Covered by' };

/**
 * Renders the result list: the title, then for a topic which tiers cover it and its summary (a
 * matched excerpt of a topic page could be the search words it carries); for other pages
 * Pagefind's excerpt, escaped HTML with `<mark>` only. Titles and meta go in as text.
 */
export function renderResults(list: HTMLOListElement, results: PagefindResult[]) {
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      item.append(link);
      if (result.meta.coverage) {
        const coverage = document.createElement('p');
        coverage.className = 'search-coverage';
        coverage.textContent = result.meta.coverage;
        item.append(coverage);
      }
      const text = document.createElement('p');
      if (result.meta.summary) text.textContent = result.meta.summary;
      else text.innerHTML = result.excerpt;
      item.append(text);
      return item;
    }),
  );
}

/** Renders one group of checkboxes per Pagefind filter (category, tier). */
export function renderFilters(
  fieldset: HTMLFieldSetElement,
  filters: Record<string, Record<string, number>>,
) {
  const groups = fieldset.querySelector('.search-filter-groups')!;
  const names = Object.keys(filters).filter((name) => name in FILTER_LABELS);
  groups.replaceChildren(
    ...names.map((name) => {
      const group = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = FILTER_LABELS[name]!;
      group.append(legend);
      for (const [index, value] of Object.keys(filters[name]!).sort().entries()) {
        // A GOV.UK checkbox: the box, then its label, which wraps as a whole beside it.
        const option = document.createElement('div');
        option.className = 'checkbox';
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = name;
        box.value = value;
        box.id = `${fieldset.id}-${name}-${index}`;
        const label = document.createElement('label');
        label.htmlFor = box.id;
        label.textContent = value;
        option.append(box, label);
        group.append(option);
      }
      return group;
    }),
  );
  fieldset.hidden = names.length === 0;
}

class SiteSearch extends HTMLElement {
  #pagefind: Promise<PagefindApi> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #input = this.querySelector('input')!;
  #status = this.querySelector<HTMLElement>('.search-status')!;
  #results = this.querySelector<HTMLOListElement>('.search-results')!;
  #filters = this.querySelector<HTMLFieldSetElement>('.search-filters')!;

  connectedCallback() {
    const form = this.querySelector('form')!;
    this.#input.addEventListener('focus', () => void this.#load(), { once: true });
    this.#input.addEventListener('input', () => this.#schedule());
    this.#filters.addEventListener('change', () => this.#schedule(0));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#schedule(0);
    });
  }

  #load(): Promise<PagefindApi> {
    // A variable path keeps the bundler from trying to resolve a file that only exists after the build.
    const path = '/pagefind/pagefind.js';
    this.#pagefind ??= import(/* @vite-ignore */ path).then(async (pagefind: PagefindApi) => {
      await pagefind.init?.();
      renderFilters(this.#filters, await pagefind.filters());
      return pagefind;
    });
    return this.#pagefind;
  }

  #schedule(delay = 250) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#search(), delay);
  }

  async #search() {
    const query = this.#input.value.trim();
    if (query === '') {
      this.#results.replaceChildren();
      this.#status.textContent = '';
      return;
    }
    try {
      const pagefind = await this.#load();
      const found = await pagefind.search(query, { filters: this.#selectedFilters() });
      if (query !== this.#input.value.trim()) return;
      const data = await Promise.all(found.results.slice(0, 10).map((result) => result.data()));
      renderResults(this.#results, data);
      this.#status.textContent = `${found.results.length} result${found.results.length === 1 ? '' : 's'} for “${query}”`;
    } catch {
      this.#status.textContent = 'Search is not available right now. Try the comparison page instead.';
    }
  }

  #selectedFilters(): Record<string, string[]> {
    const selected: Record<string, string[]> = {};
    for (const box of this.#filters.querySelectorAll<HTMLInputElement>('input:checked')) {
      (selected[box.name] ??= []).push(box.value);
    }
    return selected;
  }
}
customElements.define('site-search', SiteSearch);
