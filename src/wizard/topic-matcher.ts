/** What the wizard uses of the matcher: loaded on first use (`lazy.ts`), without building or classifying. */
export { matchTopics } from '../domain/matcher.ts';
export { fromMatcherJson } from './matcher-data.ts';
