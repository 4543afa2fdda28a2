import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { belgianHolidays } from './loaders/holidays.ts';
import { categorySchema } from './schemas/category-schema.ts';
import { contactSchema } from './schemas/contact-schema.ts';
import { cueSchema } from './schemas/cues-schema.ts';
import { everydaySchema } from './schemas/everyday-schema.ts';
import { unrelatedSchema } from './schemas/unrelated-schema.ts';
import { documentSchema } from './schemas/document-schema.ts';
import { lexiconGroupSchema } from './schemas/lexicon-schema.ts';
import { calendarSchema, holidaySchema, slaPolicySchema } from './schemas/sla-schema.ts';
import { tierSchema } from './schemas/tier-schema.ts';
import { topicSchema } from './schemas/topic-schema.ts';

/** Content lives outside `src/` so authors never touch code. `CONTENT_DIR` points the build at test fixtures. */
const root = process.env.CONTENT_DIR ?? './content';

export const collections = {
  tiers: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${root}/tiers` }),
    schema: tierSchema(),
  }),
  categories: defineCollection({ loader: file(`${root}/categories.yaml`), schema: categorySchema() }),
  documents: defineCollection({ loader: file(`${root}/documents.yaml`), schema: documentSchema() }),
  contacts: defineCollection({ loader: file(`${root}/contacts.yaml`), schema: contactSchema() }),
  topics: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${root}/topics` }),
    schema: topicSchema(),
  }),
  unrelated: defineCollection({ loader: file(`${root}/unrelated.yaml`), schema: unrelatedSchema() }),
  everyday: defineCollection({ loader: file(`${root}/everyday.yaml`), schema: everydaySchema() }),
  cues: defineCollection({ loader: file(`${root}/cues.yaml`), schema: cueSchema() }),
  lexicon: defineCollection({ loader: file(`${root}/lexicon.yaml`), schema: lexiconGroupSchema() }),
  sla: defineCollection({ loader: file(`${root}/sla.yaml`), schema: slaPolicySchema() }),
  calendar: defineCollection({ loader: file(`${root}/calendar.yaml`), schema: calendarSchema() }),
  /** Belgian public holidays for this year and the next five, computed at build time so the browser needs no holiday library. */
  holidays: defineCollection({
    loader: () => belgianHolidays(new Date().getUTCFullYear()).map((day) => ({ id: day.date, ...day })),
    schema: holidaySchema(),
  }),
};
