import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { categorySchema } from './schemas/category-schema.ts';
import { tierSchema } from './schemas/tier-schema.ts';
import { topicSchema } from './schemas/topic-schema.ts';

/** Content lives outside `src/` so authors never touch code. `CONTENT_DIR` points the build at test fixtures. */
const root = process.env.CONTENT_DIR ?? './content';

export const collections = {
  tiers: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${root}/tiers` }), schema: tierSchema() }),
  categories: defineCollection({ loader: file(`${root}/categories.yaml`), schema: categorySchema() }),
  topics: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${root}/topics` }), schema: topicSchema() }),
};
