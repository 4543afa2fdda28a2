import { describe, expect, it } from 'vitest';
import { readForwarding } from '../../src/receiver/forwarding/config.ts';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

/** Reads `yaml` as the file `forwarding.yaml` with `env`. */
function fromYaml(yaml: string, env: Record<string, string> = {}) {
  return readForwarding({ FORWARDING_CONFIG: 'forwarding.yaml', ...env }, () => yaml);
}

const FILE = `
targets:
  - name: crm
    type: webhook
    url: https://crm.example/hooks/cas/
    secretEnv: CRM_WEBHOOK_SECRET
    when: { verdicts: [upsell] }
  - name: helpdesk
    type: zendesk
    url: https://example.zendesk.com
    email: agent@example.com
    tokenEnv: ZENDESK_API_TOKEN
    customFields: { verdict: 360001, topic: 360002, due: 360003 }
    when: { queues: [support, advice] }
`;

describe('forwarding.yaml', () => {
  it('reads each target with its secret from the variable it names', () => {
    const targets = fromYaml(FILE, { CRM_WEBHOOK_SECRET: SECRET, ZENDESK_API_TOKEN: 'zd-token' });
    expect(targets).toEqual([
      {
        name: 'crm',
        type: 'webhook',
        url: 'https://crm.example/hooks/cas',
        secretEnv: 'CRM_WEBHOOK_SECRET',
        when: { verdicts: ['upsell'] },
        secret: SECRET,
      },
      {
        name: 'helpdesk',
        type: 'zendesk',
        url: 'https://example.zendesk.com',
        email: 'agent@example.com',
        tokenEnv: 'ZENDESK_API_TOKEN',
        customFields: { verdict: 360001, topic: 360002, due: 360003 },
        when: { queues: ['support', 'advice'] },
        secret: 'zd-token',
      },
    ]);
  });

  it('names the key of a bad value in one line', () => {
    expect(() => fromYaml(FILE.replace('https://example.zendesk.com', 'example.zendesk.com'))).toThrow(
      /^forwarding\.yaml: targets\.1\.url: expected an http or https URL$/,
    );
    expect(() => fromYaml(FILE.replace('[upsell]', '[upsold]'))).toThrow(
      /^forwarding\.yaml: targets\.0\.when\.verdicts\.0: /,
    );
    expect(() => fromYaml('targets:\n  - name: x\n    type: trello\n')).toThrow(
      /^forwarding\.yaml: targets\.0\.type: /,
    );
  });

  it('names the variable that is not set, and refuses a webhook secret without whsec_', () => {
    expect(() => fromYaml(FILE, { ZENDESK_API_TOKEN: 'zd-token' })).toThrow(
      'forwarding.yaml: targets.0.secretEnv: the environment variable CRM_WEBHOOK_SECRET is not set',
    );
    expect(() => fromYaml(FILE, { CRM_WEBHOOK_SECRET: 'hunter2', ZENDESK_API_TOKEN: 'zd-token' })).toThrow(
      'forwarding.yaml: targets.0.secretEnv: CRM_WEBHOOK_SECRET must be a Standard Webhooks secret, whsec_ and base64',
    );
  });

  it('says so when the file is not YAML', () => {
    expect(() => fromYaml('targets: [')).toThrow(/^forwarding\.yaml: /);
  });
});

describe('the webhook shorthand', () => {
  it('is one webhook target named webhook', () => {
    expect(
      readForwarding({ FORWARD_WEBHOOK_URL: 'http://127.0.0.1:9000/hook', FORWARD_WEBHOOK_SECRET: SECRET }),
    ).toEqual([
      {
        name: 'webhook',
        type: 'webhook',
        url: 'http://127.0.0.1:9000/hook',
        secretEnv: 'FORWARD_WEBHOOK_SECRET',
        secret: SECRET,
      },
    ]);
  });

  it('needs its secret', () => {
    expect(() => readForwarding({ FORWARD_WEBHOOK_URL: 'http://127.0.0.1:9000/hook' })).toThrow(
      'FORWARD_WEBHOOK_SECRET: the environment variable FORWARD_WEBHOOK_SECRET is not set',
    );
  });

  it('forwards nowhere without either setting', () => {
    expect(readForwarding({})).toEqual([]);
  });
});
