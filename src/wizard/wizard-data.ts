/**
 * What the intake wizard downloads as it starts (`/data/wizard.json`): the intake data cut down to
 * what the wizard shows and decides with. The matcher index is a file of its own
 * (`/data/matcher.json`, see `matcher-data.ts`), fetched after the first step shows: it is most of
 * the bytes, and the first step does not need it. Built at build time from the same content as
 * `/data/intake.json`; kept small because every byte is on the wizard's budget.
 */
import type { BusinessCalendar } from '../domain/business-calendar.ts';
import type { Category, Tier } from '../domain/catalogue.ts';
import type { CoverageTopic } from '../domain/coverage.ts';
import type { IntakeData } from '../domain/intake-data.ts';
import type { SlaPolicy } from '../domain/sla.ts';

/**
 * A tier as the wizard uses it: named and described on the tier step, ranked for the verdict,
 * `adds` for an upsell, and `contact`, where a ticket of this tier is e-mailed when the site cannot
 * send it: the support desk's address (`content/contacts.yaml`), never the tier's sales address.
 */
export type WizardTier = Pick<Tier, 'id' | 'name' | 'rank' | 'summary' | 'adds' | 'contact'>;

/**
 * A topic as the wizard uses it: its title, and what the verdict reads (coverage levels,
 * alternative, `checkOwnSystemFirst`, left out when false).
 */
export interface WizardTopic extends CoverageTopic {
  title: string;
  /** Its category's id: the topic chooser groups topics by category. */
  category: string;
}

export interface WizardData {
  /**
   * The catalogue for `verdictFor` and the steps, tiers in rank order. What the wizard does not
   * show or decide with (summaries of topics, aliases, examples, sources, notes, categories,
   * the basis of each level) is left out: the matcher index carries the words.
   */
  catalogue: { tiers: WizardTier[]; categories: Pick<Category, 'id' | 'title'>[]; topics: WizardTopic[] };
  policy: SlaPolicy;
  calendar: BusinessCalendar;
}

export function toWizardJson(intake: IntakeData): WizardData {
  const { tiers, topics } = intake.catalogue;
  return {
    // Written in this order, the file compresses a little better.
    calendar: intake.calendar,
    catalogue: {
      tiers: tiers.map(({ id, name, rank, summary, adds }, index) => ({
        id,
        name,
        rank,
        summary,
        // Only a tier above the entry tier can be an upsell, so the entry tier's `adds` are never shown.
        adds: index === 0 ? [] : adds,
        contact: intake.catalogue.supportEmail,
      })),
      categories: intake.catalogue.categories.map(({ id, title }) => ({ id, title })),
      topics: topics.map(({ id, title, category, coverage, alternative, checkOwnSystemFirst }) => ({
        id,
        title,
        category,
        coverage: Object.fromEntries(
          Object.entries(coverage).map(([tier, cell]) => [tier, { level: cell.level }]),
        ) as WizardTopic['coverage'],
        // The way on, without the description: the verdict links to the topic's page, which explains it.
        ...(alternative ? { alternative: { ...alternative, description: undefined } } : {}),
        ...(checkOwnSystemFirst ? { checkOwnSystemFirst } : {}),
      })),
    },
    policy: intake.policy,
  };
}
