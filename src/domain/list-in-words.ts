/** `A`, `A and B`, `A, B and C`; `or` in place of `and` where any one will do. British English, as the site writes. */
export function listInWords(items: readonly string[], word: 'and' | 'or' = 'and'): string {
  return new Intl.ListFormat('en-GB', { type: word === 'and' ? 'conjunction' : 'disjunction' }).format(items);
}
