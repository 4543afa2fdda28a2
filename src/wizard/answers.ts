/**
 * The person's answers as the wizard keeps them: as typed (trimmed only when the ticket is
 * built), so nothing they wrote is lost when a step fails validation or they go back.
 */
import type { TierId } from '../domain/catalogue.ts';
import { findTopic, isTierId } from '../domain/catalogue.ts';
import type { Priority } from '../domain/priority.ts';
import { UPGRADE_INTENT, WIZARD_PARAMS } from '../domain/routes.ts';
import type { Ticket } from '../domain/ticket.ts';
import type { WizardData } from './wizard-data.ts';

export const UNSURE = 'unsure';

/** A file attached in the issue step: its bytes wait in the browser's file outbox under `id`, the token it is uploaded with. */
export interface AttachedFile {
  id: string;
  name: string;
  size: number;
  type: string;
}

export interface Answers {
  /** A tier id, or `unsure` ("I'm not sure"), which continues as the tier every subscription includes. */
  tier: TierId | typeof UNSURE | '';
  summary: string;
  description: string;
  /** A topic id, `null` for "none of these", `undefined` while not chosen. */
  topic: string | null | undefined;
  /** The person opened "Choose the topic yourself": the topic comes from the full list. */
  choosingTopic: boolean;
  /** The tier and topic the verdict step was last answered for, so a change brings it back. */
  verdictFor: string;
  /** A question about upgrading to this tier (from a pair page's "Talk to us about upgrading"), while no topic is chosen. */
  upgradeTo: TierId | '';
  priority: Priority | '';
  criticalConfirmed: boolean;
  reference: string;
  customsSystem: string;
  country: string;
  name: string;
  email: string;
  company: string;
  customerId: string;
  attachments: AttachedFile[];
}

export const emptyAnswers: Answers = {
  tier: '',
  summary: '',
  description: '',
  topic: undefined,
  choosingTopic: false,
  verdictFor: '',
  upgradeTo: '',
  priority: '',
  criticalConfirmed: false,
  reference: '',
  customsSystem: '',
  country: '',
  name: '',
  email: '',
  company: '',
  customerId: '',
  attachments: [],
};

/** Answers for a fresh ticket: the tier and contact details carry over, the problem does not. */
export function freshAnswers(previous: Answers): Answers {
  const { tier, name, email, company, customerId } = previous;
  return { ...emptyAnswers, tier, name, email, company, customerId };
}

const TIER_KEY = 'cas-support-tier';
const DRAFT_KEY = 'cas-support-draft';

/** The tier answer remembered on this device, if any. */
export function rememberedTier(): Answers['tier'] {
  try {
    const tier = localStorage.getItem(TIER_KEY) ?? '';
    return isTierId(tier) || tier === UNSURE ? tier : '';
  } catch {
    return '';
  }
}

export function rememberTier(tier: Answers['tier']): void {
  try {
    if (tier) localStorage.setItem(TIER_KEY, tier);
  } catch {
    // Not remembered: the person chooses again next time.
  }
}

/**
 * What this tab keeps, so a reload loses neither what was typed nor the ticket last sent (the
 * step itself is in the browser history entry).
 */
export interface Draft {
  answers: Answers;
  ticket?: Ticket | undefined;
}

export function loadDraft(): Draft | undefined {
  try {
    const draft = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? 'null') as Draft | null;
    return draft?.answers
      ? { answers: { ...emptyAnswers, ...draft.answers }, ticket: draft.ticket }
      : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(draft: Draft): void {
  try {
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // The draft only helps after a reload; the wizard works without it.
  }
}

/**
 * `?tier=` and `?topic=` from a tier or topic page, when they name a known tier or topic;
 * `?intent=upgrade&from=basic&to=premium` from a pair page: a question about upgrading, with no topic.
 */
export function prefill(search: string, catalogue: WizardData['catalogue']): Partial<Answers> {
  const params = new URLSearchParams(search);
  const get = (name: keyof typeof WIZARD_PARAMS) => params.get(WIZARD_PARAMS[name]) ?? '';
  const [from, to] = [get('from'), get('to')];
  if (get('intent') === UPGRADE_INTENT && isTierId(from) && isTierId(to)) {
    // A new question, with no topic: the verdict step is seen again, whatever was answered before.
    return { tier: from, upgradeTo: to, topic: null, verdictFor: '' };
  }
  const [tier, topic] = [get('tier'), get('topic')];
  return {
    ...(isTierId(tier) ? { tier } : {}),
    ...(findTopic(catalogue, topic) ? { topic } : {}),
  };
}
