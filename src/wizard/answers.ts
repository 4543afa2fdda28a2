/**
 * The person's answers as the wizard keeps them: as typed (trimmed only when the ticket is
 * built), so nothing they wrote is lost when a step fails validation or they go back.
 */
import type { TierId } from '../domain/catalogue.ts';
import { isTierId } from '../domain/catalogue.ts';
import type { Priority } from '../domain/priority.ts';
import type { Ticket } from '../domain/ticket.ts';

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

/** `?tier=` and `?topic=` from a tier or topic page, when they name a known tier or topic. */
export function prefill(search: string, topicIds: readonly string[]): Partial<Answers> {
  const params = new URLSearchParams(search);
  const tier = params.get('tier') ?? '';
  const topic = params.get('topic') ?? '';
  return {
    ...(isTierId(tier) ? { tier } : {}),
    ...(topicIds.includes(topic) ? { topic } : {}),
  };
}
