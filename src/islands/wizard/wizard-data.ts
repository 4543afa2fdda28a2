/**
 * What the intake wizard downloads after it starts (`/data/wizard.json`): the intake data cut
 * down to what the wizard shows and decides with, plus the matcher index. Built at build time
 * from the same content as `/data/intake.json`; kept small because every byte is on the
 * wizard's budget.
 */
import type { BusinessCalendar } from '../../domain/business-calendar.ts';
import type { Catalogue, Topic } from '../../domain/catalogue.ts';
import type { IntakeData } from '../../domain/intake-data.ts';
import type { MatcherIndex } from '../../domain/matcher.ts';
import type { SlaPolicy } from '../../domain/sla.ts';

export interface WizardData {
  /**
   * The catalogue for `verdictFor` and the pages. Topics keep their title, coverage levels,
   * alternative and `checkOwnSystemFirst`; the text the wizard does not show (summaries,
   * aliases, examples, sources, notes, categories) is left empty: the matcher index carries
   * the words.
   */
  catalogue: Catalogue;
  policy: SlaPolicy;
  calendar: BusinessCalendar;
  matcher: MatcherIndex;
}

function slimTopic(topic: Topic): Topic {
  const { aliases: _aliases, examples: _examples, sources: _sources, summary: _summary, coverage, ...rest } = topic;
  const levels = Object.fromEntries(Object.entries(coverage).map(([tier, cell]) => [tier, { level: cell.level, basis: cell.basis }]));
  return { ...rest, summary: '', coverage: levels as Topic['coverage'], aliases: [], examples: [], sources: [] };
}

export function toWizardData(intake: IntakeData, matcher: MatcherIndex): WizardData {
  const { catalogue } = intake;
  return {
    catalogue: {
      tiers: catalogue.tiers,
      categories: [],
      topics: catalogue.topics.map(slimTopic),
    },
    policy: intake.policy,
    calendar: intake.calendar,
    matcher,
  };
}
