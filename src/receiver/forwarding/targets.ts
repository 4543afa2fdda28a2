/** Each kind of forwarding target, by the `type` forwarding.yaml gives it. */
import type { ForwardingTarget } from './config.ts';
import { freshdeskTarget } from './freshdesk.ts';
import { jsmTarget } from './jsm.ts';
import type { ForwardTarget } from './target.ts';
import { webhookTarget } from './webhook.ts';
import { zendeskTarget } from './zendesk.ts';

export function createTarget(config: ForwardingTarget): ForwardTarget {
  switch (config.type) {
    case 'webhook':
      return webhookTarget(config);
    case 'zendesk':
      return zendeskTarget(config);
    case 'jsm':
      return jsmTarget(config);
    case 'freshdesk':
      return freshdeskTarget(config);
  }
}
