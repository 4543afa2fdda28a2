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
  meta: { title?: string };
}

const FILTER_LABELS: Record<string, string> = { category: 'Category', tier: 'Covered by' };

/** Renders the result list. Titles go in as text; Pagefind's excerpt is escaped HTML with `<mark>` only. */
export function renderResults(list: HTMLOListElement, results: PagefindResult[]) {
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      const excerpt = document.createElement('p');
      excerpt.innerHTML = result.excerpt;
      item.append(link, excerpt);
      return item;
    }),
  );
}

/** Renders one group of checkboxes per Pagefind filter (category, tier). */
export function renderFilters(fieldset: HTMLFieldSetElement, filters: Record<string, Record<string, number>>) {
  const groups = fieldset.querySelector('.search-filter-groups')!;
  const names = Object.keys(filters).filter((name) => name in FILTER_LABELS);
  groups.replaceChildren(
    ...names.map((name) => {
      const group = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = FILTER_LABELS[name]!;
      group.append(legend);
      for (const value of Object.keys(filters[name]!).sort()) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = name;
        box.value = value;
        label.append(box, ` ${value}`);
        group.append(label);
      }
      return group;
    }),
  );
  fieldset.hidden = names.length === 0;
}
