/** Teams a ticket can go to: support for the customer's tier, sales for upsells, advice for the rest. */
export const QUEUES = ['support', 'sales', 'advice'] as const;
export type Queue = (typeof QUEUES)[number];
