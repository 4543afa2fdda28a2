/**
 * Jira Service Management's servicedeskapi as documented, for the paths the receiver uses:
 * `POST /rest/servicedeskapi/request` (answered 201 `{issueId, issueKey, requestFieldValues}`),
 * `GET /rest/servicedeskapi/request?searchTerm=` (`{values: [...]}`, matching the summary),
 * `POST /rest/servicedeskapi/servicedesk/{id}/attachTemporaryFile` (multipart `file`, needs
 * `X-Atlassian-Token: no-check`; 201 `{temporaryAttachments: [{temporaryAttachmentId, fileName}]}`)
 * and `POST /rest/servicedeskapi/request/{key}/attachment` (`{temporaryAttachmentIds, public}`).
 * Basic auth with an e-mail and an API token, else 401. No idempotency key: a repeat is a new request.
 */
import { basicCredentials, json, startFake, type FakeServer } from './fake-server.ts';

export interface JsmRequest {
  issueKey: string;
  serviceDeskId: string;
  requestTypeId: string;
  raiseOnBehalfOf: string;
  requestFieldValues: Record<string, string>;
  attachments: { fileName: string; bytes: Buffer }[];
}

export interface JsmFake extends FakeServer {
  requests_: JsmRequest[];
}

export async function startJsmFake(agent: {
  email: string;
  token: string;
  serviceDeskId: string;
}): Promise<JsmFake> {
  const created: JsmRequest[] = [];
  const temporary = new Map<string, { fileName: string; bytes: Buffer }>();
  const fake = await startFake(async (request) => {
    const credentials = basicCredentials(request);
    if (credentials?.user !== agent.email || credentials.password !== agent.token)
      return { status: 401, body: { errorMessage: 'Unauthorized' } };
    const base = '/rest/servicedeskapi';
    if (request.method === 'POST' && request.path === `${base}/request`) {
      const body = json(request) as Omit<JsmRequest, 'issueKey' | 'attachments'>;
      if (body.serviceDeskId !== agent.serviceDeskId)
        return { status: 404, body: { errorMessage: 'no such service desk' } };
      if (!body.requestTypeId || !body.requestFieldValues?.summary)
        return { status: 400, body: { errorMessage: 'summary: Summary is required.' } };
      const issueKey = `CAS-${created.length + 1}`;
      created.push({ ...body, issueKey, attachments: [] });
      return {
        status: 201,
        body: { issueId: String(10000 + created.length), issueKey, requestFieldValues: [] },
      };
    }
    if (request.method === 'GET' && request.path === `${base}/request`) {
      const term = request.query.get('searchTerm') ?? '';
      const values = created
        .filter((r) => r.requestFieldValues.summary?.includes(term))
        .map((r) => ({
          issueKey: r.issueKey,
          requestFieldValues: [{ fieldId: 'summary', value: r.requestFieldValues.summary }],
        }));
      return { status: 200, body: { size: values.length, values, isLastPage: true } };
    }
    if (
      request.method === 'POST' &&
      request.path === `${base}/servicedesk/${agent.serviceDeskId}/attachTemporaryFile`
    ) {
      if (request.headers['x-atlassian-token'] !== 'no-check')
        return { status: 403, body: { errorMessage: 'XSRF check failed' } };
      const form = await request.asRequest().formData();
      const temporaryAttachments: { temporaryAttachmentId: string; fileName: string }[] = [];
      for (const file of form.getAll('file') as File[]) {
        const id = `temp-${temporary.size + 1}`;
        temporary.set(id, { fileName: file.name, bytes: Buffer.from(await file.arrayBuffer()) });
        temporaryAttachments.push({ temporaryAttachmentId: id, fileName: file.name });
      }
      return { status: 201, body: { temporaryAttachments } };
    }
    const attach = new RegExp(`^${base}/request/([^/]+)/attachment$`).exec(request.path);
    if (request.method === 'POST' && attach) {
      const target = created.find((r) => r.issueKey === decodeURIComponent(attach[1] ?? ''));
      if (!target) return { status: 404, body: { errorMessage: 'no such request' } };
      const { temporaryAttachmentIds } = json(request) as { temporaryAttachmentIds: string[] };
      for (const id of temporaryAttachmentIds) {
        const file = temporary.get(id);
        if (!file) return { status: 400, body: { errorMessage: `unknown temporary attachment ${id}` } };
        target.attachments.push(file);
      }
      return {
        status: 201,
        body: { attachments: { values: target.attachments.map((a) => ({ filename: a.fileName })) } },
      };
    }
    return { status: 404, body: { errorMessage: 'not found' } };
  });
  return Object.assign(fake, { requests_: created });
}
