/**
 * The id of the one "topic" that is not one: the unrelated messages of `content/unrelated.yaml`,
 * indexed after the real topics so a message can be found to read more like them than like any
 * support topic. In a module of its own so the wizard's first chunk can name it without the index code.
 */
export const UNRELATED = '(unrelated)';
