/**
 * The site's own addresses that more than one outlet needs: the page that links there, the
 * receiver that answers there and the tests all read them here.
 */

/** The built-in receiver's ticket endpoint, and the wizard's default webhook. */
export const TICKETS_PATH = '/api/tickets';

/** The intake wizard; `?tier=` and `?topic=` prefill it. */
export const WIZARD_PATH = '/support/new/';

/** Where the no-JavaScript form lands once its ticket is stored, with `?ref=` the ticket's reference. */
export const SENT_PATH = '/support/sent/';

/** The built-in receiver's health check: 200 when it can take tickets, 503 when its database cannot. */
export const HEALTH_PATH = '/api/health';

/**
 * The built-in receiver's file upload (`POST`, multipart, field `file`; an `Idempotency-Key` UUID
 * becomes the file's token) and signed downloads (`GET /api/attachments/<token>`).
 */
export const ATTACHMENTS_PATH = '/api/attachments';

/** The multipart field an upload's file goes in, for the wizard and the no-JavaScript form alike. */
export const ATTACHMENT_FIELD = 'file';
