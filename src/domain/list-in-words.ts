/** `A`, `A and B`, `A, B and C`; `or` in place of `and` where any one will do. */
export function listInWords(items: readonly string[], word: 'and' | 'or' = 'and'): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;
}
