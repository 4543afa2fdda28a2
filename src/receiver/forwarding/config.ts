/**
 * The forwarding targets: `forwarding.yaml` (its path in `FORWARDING_CONFIG`), or one webhook from
 * `FORWARD_WEBHOOK_URL` and `FORWARD_WEBHOOK_SECRET`. Secrets never sit in the file: it names the
 * environment variables that hold them. A bad file stops start-up with one line naming the key.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { VERDICTS } from '../../domain/coverage.ts';
import { QUEUES } from '../../domain/queue.ts';

type Env = Record<string, string | undefined>;

const url = z
  .url({ protocol: /^https?$/, error: 'expected an http or https URL' })
  .transform((value) => value.replace(/\/+$/, ''));

/** The name of an environment variable that holds a secret. */
const envName = z.string().regex(/^[A-Z_][A-Z0-9_]*$/, { error: 'expected an environment variable name' });

const when = z
  .strictObject({
    verdicts: z.array(z.enum(VERDICTS)).min(1).optional(),
    queues: z.array(z.enum(QUEUES)).min(1).optional(),
  })
  .optional();

const common = {
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected a name like helpdesk or crm-webhook' }),
  url,
  when,
};

const webhook = z.strictObject({ ...common, type: z.literal('webhook'), secretEnv: envName });

const zendesk = z.strictObject({
  ...common,
  type: z.literal('zendesk'),
  /** The agent the API token belongs to. */
  email: z.email(),
  tokenEnv: envName,
  /** Ids of the ticket fields that take the verdict, the topic and the due time. */
  customFields: z
    .strictObject({ verdict: z.int().positive(), topic: z.int().positive(), due: z.int().positive() })
    .partial()
    .default({}),
});

const jsm = z.strictObject({
  ...common,
  type: z.literal('jsm'),
  email: z.email(),
  tokenEnv: envName,
  serviceDeskId: z.coerce.string().regex(/^\d+$/, { error: 'expected the service desk id, e.g. 4' }),
  /** The request type per queue. */
  requestTypes: z.strictObject(
    Object.fromEntries(QUEUES.map((queue) => [queue, z.coerce.string()])) as Record<
      (typeof QUEUES)[number],
      z.ZodCoercedString
    >,
  ),
  /** Ids of the request fields that take the verdict, the topic and the due time (`customfield_10050`). */
  fields: z.strictObject({ verdict: z.string(), topic: z.string(), due: z.string() }).partial().default({}),
});

const freshdesk = z.strictObject({
  ...common,
  type: z.literal('freshdesk'),
  apiKeyEnv: envName,
  /** Names of the custom fields (`cf_…`); `reference` is the one a look-up searches. */
  customFields: z.strictObject({
    reference: z.string().regex(/^cf_/, { error: 'expected a custom field name starting cf_' }),
    verdict: z.string().optional(),
    topic: z.string().optional(),
    due: z.string().optional(),
  }),
});

const target = z.discriminatedUnion('type', [webhook, zendesk, jsm, freshdesk]);

const fileSchema = z.strictObject({
  targets: z.array(target).refine((list) => new Set(list.map((t) => t.name)).size === list.length, {
    error: 'two targets have the same name',
  }),
});

export type TargetConfig = z.infer<typeof target>;
export type WebhookConfig = z.infer<typeof webhook>;
export type ZendeskConfig = z.infer<typeof zendesk>;
export type JsmConfig = z.infer<typeof jsm>;
export type FreshdeskConfig = z.infer<typeof freshdesk>;

/** A target with its secret read from the environment. */
export type ForwardingTarget = TargetConfig & { secret: string };

/** The env var each type keeps its secret in. */
function secretEnvOf(config: TargetConfig): { key: string; name: string } {
  switch (config.type) {
    case 'webhook':
      return { key: 'secretEnv', name: config.secretEnv };
    case 'freshdesk':
      return { key: 'apiKeyEnv', name: config.apiKeyEnv };
    default:
      return { key: 'tokenEnv', name: config.tokenEnv };
  }
}

/** A Standard Webhooks secret: `whsec_` and base64. */
const WEBHOOK_SECRET = /^whsec_[A-Za-z0-9+/]+={0,2}$/;

/** Reads the target's secret; `where` names it in a message, given the key that names the variable. */
function withSecret(config: TargetConfig, env: Env, where: (key: string) => string): ForwardingTarget {
  const { key, name } = secretEnvOf(config);
  const secret = env[name]?.trim();
  if (!secret) throw new Error(`${where(key)}: the environment variable ${name} is not set`);
  if (config.type === 'webhook' && !WEBHOOK_SECRET.test(secret))
    throw new Error(`${where(key)}: ${name} must be a Standard Webhooks secret, whsec_ and base64`);
  return { ...config, secret };
}

/**
 * The targets `env` configures: the file at `FORWARDING_CONFIG`, else the webhook shorthand, else
 * none. Throws one line naming the file or variable and the key on anything wrong.
 */
export function readForwarding(
  env: Env,
  read = (path: string) => readFileSync(path, 'utf8'),
): ForwardingTarget[] {
  const file = env.FORWARDING_CONFIG?.trim();
  if (file) return fromFile(file, env, read);
  const hook = env.FORWARD_WEBHOOK_URL?.trim();
  if (!hook) return [];
  const parsed = url.safeParse(hook);
  if (!parsed.success) throw new Error(`FORWARD_WEBHOOK_URL: expected an http or https URL, got "${hook}"`);
  const config: WebhookConfig = {
    name: 'webhook',
    type: 'webhook',
    url: parsed.data,
    secretEnv: 'FORWARD_WEBHOOK_SECRET',
  };
  return [withSecret(config, env, () => 'FORWARD_WEBHOOK_SECRET')];
}

function fromFile(file: string, env: Env, read: (path: string) => string): ForwardingTarget[] {
  let raw: unknown;
  try {
    raw = parse(read(file));
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const result = fileSchema.safeParse(raw);
  if (!result.success) {
    const [issue] = result.error.issues;
    const path = issue?.path.join('.') || '(top level)';
    throw new Error(`${file}: ${path}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data.targets.map((config, i) =>
    withSecret(config, env, (key) => `${file}: targets.${i}.${key}`),
  );
}
