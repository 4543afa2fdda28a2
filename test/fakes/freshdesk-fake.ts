/**
 * Freshdesk's API v2 as documented, for the paths the receiver uses: `POST /api/v2/tickets` as
 * JSON or as multipart with `attachments[]` (answered 201 with the ticket and its `id`), and
 * `GET /api/v2/search/tickets?query="field:'value'"` (`{results, total}`; a custom field is
 * named without its `cf_` prefix). Basic auth with the API key as user and `X` as password,
 * else 401. Priority must be 1 to 4. No idempotency key: a repeat is a new ticket.
 */
import { basicCredentials, json, startFake, type FakeServer } from './fake-server.ts';

export interface FreshdeskTicket {
  id: number;
  email: string;
  name: string;
  subject: string;
  description: string;
  priority: number;
  status: number;
  tags: string[];
  custom_fields: Record<string, string>;
  attachments: { name: string; bytes: Buffer }[];
}

export interface FreshdeskFake extends FakeServer {
  tickets: FreshdeskTicket[];
}

/** A multipart form as the JSON body it stands for: `name[]` lists, `name[key]` objects. */
function fromForm(form: FormData) {
  const body: Record<string, unknown> = { tags: [], custom_fields: {} };
  const attachments: Promise<{ name: string; bytes: Buffer }>[] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string') {
      const file = value;
      attachments.push(
        file.arrayBuffer().then((buffer) => ({ name: file.name, bytes: Buffer.from(buffer) })),
      );
    } else if (name.endsWith('[]')) (body[name.slice(0, -2)] as string[]).push(value);
    else if (/^custom_fields\[(.+)\]$/.test(name))
      (body.custom_fields as Record<string, string>)[name.slice(14, -1)] = value;
    else body[name] = /^(priority|status|source)$/.test(name) ? Number(value) : value;
  }
  return { body, attachments: Promise.all(attachments) };
}

export async function startFreshdeskFake(apiKey: string): Promise<FreshdeskFake> {
  const tickets: FreshdeskTicket[] = [];
  const fake = await startFake(async (request) => {
    const credentials = basicCredentials(request);
    if (credentials?.user !== apiKey || credentials.password !== 'X')
      return { status: 401, body: { code: 'invalid_credentials', message: 'You have to be logged in' } };
    if (request.method === 'POST' && request.path === '/api/v2/tickets') {
      const multipart = String(request.headers['content-type']).startsWith('multipart/form-data');
      const parsed = multipart
        ? fromForm(await request.asRequest().formData())
        : { body: json(request) as Record<string, unknown>, attachments: Promise.resolve([]) };
      const body = parsed.body as Omit<FreshdeskTicket, 'id' | 'attachments'>;
      if (![1, 2, 3, 4].includes(body.priority))
        return { status: 400, body: { description: 'Validation failed', errors: [{ field: 'priority' }] } };
      if (!body.email || !body.subject) return { status: 400, body: { description: 'Validation failed' } };
      const ticket = { ...body, id: tickets.length + 1, attachments: await parsed.attachments };
      tickets.push(ticket);
      return {
        status: 201,
        body: { ...ticket, attachments: ticket.attachments.map((a) => ({ name: a.name })) },
      };
    }
    if (request.method === 'GET' && request.path === '/api/v2/search/tickets') {
      const match = /^"(\w+):'(.*)'"$/.exec(request.query.get('query') ?? '');
      if (!match)
        return { status: 400, body: { description: 'Validation failed', errors: [{ field: 'query' }] } };
      const [, name, value] = match;
      const results = tickets
        .filter((t) => t.custom_fields[`cf_${name}`] === value)
        .map((t) => ({ id: t.id }));
      return { status: 200, body: { results, total: results.length } };
    }
    return { status: 404, body: { code: 'not_found' } };
  });
  return Object.assign(fake, { tickets });
}
