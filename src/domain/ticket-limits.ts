/**
 * How long each text field of a ticket may be, once trimmed. The ticket.v1 schema and the wizard's
 * own field checks both read these, so the wizard never accepts what the webhook would refuse.
 */
export const TEXT_LIMITS = {
  summary: { min: 5, max: 150 },
  description: { min: 10, max: 5000 },
  name: { min: 1, max: 120 },
  company: { min: 1, max: 120 },
  customerId: { min: 1, max: 64 },
  customsSystem: { min: 1, max: 60 },
} as const;

export type LimitedField = keyof typeof TEXT_LIMITS;

/** Longest e-mail address a mail system accepts (RFC 5321 path limit). */
export const EMAIL_MAX_LENGTH = 254;

/** A country as an ISO 3166-1 alpha-2 code, e.g. BE. */
export const COUNTRY_CODE = /^[A-Z]{2}$/;
