/**
 * What a customer may attach to a ticket: at most five files of at most 10 MB each, of the kinds
 * a customs error comes in (PDF, PNG, JPEG, XML, TXT, CSV, EML). A file's kind is read from its
 * name and confirmed from its first bytes, so a renamed program is refused. The wizard checks
 * before uploading, the receiver again as the bytes arrive; both word problems from here.
 */
import { replaceUnprintable } from './plain-text.ts';

export const MAX_ATTACHMENTS = 5;
/** 10 MB, in bytes. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** The longest file name kept. */
export const MAX_ATTACHMENT_NAME = 200;
/** How many first bytes the content check reads. */
export const SNIFF_BYTES = 4096;

type Sniff = 'pdf' | 'png' | 'jpeg' | 'text';

interface AttachmentKind {
  /** As people know it, in messages. */
  label: string;
  /** The media type it is stored and sent with. */
  type: string;
  extensions: readonly string[];
  sniff: Sniff;
}

/** The kinds allowed, in the order messages list them. */
export const ATTACHMENT_KINDS: readonly AttachmentKind[] = [
  { label: 'PDF', type: 'application/pdf', extensions: ['.pdf'], sniff: 'pdf' },
  { label: 'PNG', type: 'image/png', extensions: ['.png'], sniff: 'png' },
  { label: 'JPEG', type: 'image/jpeg', extensions: ['.jpg', '.jpeg'], sniff: 'jpeg' },
  { label: 'XML', type: 'application/xml', extensions: ['.xml'], sniff: 'text' },
  { label: 'TXT', type: 'text/plain', extensions: ['.txt'], sniff: 'text' },
  { label: 'CSV', type: 'text/csv', extensions: ['.csv'], sniff: 'text' },
  { label: 'EML', type: 'message/rfc822', extensions: ['.eml'], sniff: 'text' },
];

/** The `accept` of a file input: every allowed extension. */
export const ATTACHMENT_ACCEPT = ATTACHMENT_KINDS.flatMap((kind) => kind.extensions).join(',');

/** `PDF, PNG, JPEG, XML, TXT, CSV or EML`. */
export const ATTACHMENT_LABELS = `${ATTACHMENT_KINDS.slice(0, -1)
  .map((kind) => kind.label)
  .join(', ')} or ${ATTACHMENT_KINDS.at(-1)?.label}`;

/** The signatures that open each binary kind. */
const MAGIC: Record<Exclude<Sniff, 'text'>, readonly number[]> = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpeg: [0xff, 0xd8, 0xff],
};

/** `10 MB` for messages. */
export const MAX_SIZE_TEXT = `${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`;

/** The hint under every file input: the limits and what to attach. */
export const ATTACHMENTS_HINT = `Up to ${MAX_ATTACHMENTS} files of up to ${MAX_SIZE_TEXT} each: ${ATTACHMENT_LABELS}. For example the customs error message, the declaration's XML or a screenshot.`;

function kindByName(name: string): AttachmentKind | undefined {
  const lower = name.toLowerCase();
  return ATTACHMENT_KINDS.find((kind) => kind.extensions.some((extension) => lower.endsWith(extension)));
}

/**
 * Checks text as it arrives, chunk by chunk: no NUL byte and UTF-8 throughout. `end` says whether
 * the whole was text; a sequence cut off at the end of what was pushed passes `push` (more may
 * follow) but not `end`.
 */
export function textCheck(): { push(chunk: Uint8Array): boolean; end(): boolean } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let ok = true;
  const attempt = (work: () => unknown) => {
    try {
      if (ok) work();
    } catch {
      ok = false;
    }
    return ok;
  };
  return {
    push: (chunk) =>
      attempt(() => (chunk.includes(0) ? (ok = false) : decoder.decode(chunk, { stream: true }))),
    end: () => attempt(() => decoder.decode()),
  };
}

/** Whether the file `name` is of a text kind, whose whole content must be text, not only its start. */
export function isTextKind(name: string): boolean {
  return kindByName(name)?.sniff === 'text';
}

function contentMatches(sniff: Sniff, head: Uint8Array, whole: boolean): boolean {
  if (sniff !== 'text') return MAGIC[sniff].every((byte, i) => head[i] === byte);
  const text = textCheck();
  return text.push(head) && (!whole || text.end());
}

export type AttachmentCheck = { ok: true; type: string } | { ok: false; problem: string };

/**
 * Whether a file may be attached, from its name and its first bytes (`SNIFF_BYTES` are enough),
 * or with `whole`, all of it (a text kind must be text to its end): its media type, or what is
 * wrong in words that name the file, e.g. `setup.exe must be a PDF, PNG, JPEG, XML, TXT, CSV or EML`.
 */
export function checkAttachment(name: string, head: Uint8Array, whole = false): AttachmentCheck {
  const kind = kindByName(name);
  if (!kind) return { ok: false, problem: `${name} must be a ${ATTACHMENT_LABELS}` };
  if (!contentMatches(kind.sniff, head, whole)) return { ok: false, problem: notOfKind(name) };
  return { ok: true, type: kind.type };
}

/** `notes.txt is not a TXT file: its content is something else`. */
export function notOfKind(name: string): string {
  return `${name} is not a ${kindByName(name)?.label ?? ''} file: its content is something else`;
}

/** What is wrong with a file's size, or undefined: `big.pdf must be smaller than 10 MB`. */
export function sizeProblem(name: string, size: number): string | undefined {
  if (size === 0) return `${name} is empty`;
  if (size > MAX_ATTACHMENT_BYTES) return `${name} must be smaller than ${MAX_SIZE_TEXT}`;
  return undefined;
}

/** What is wrong with attaching the file `name` to `count` already attached, or undefined. */
export function countProblem(name: string, count: number): string | undefined {
  return count >= MAX_ATTACHMENTS
    ? `${name} was not attached: you can attach up to ${MAX_ATTACHMENTS} files`
    : undefined;
}

/**
 * A file name safe to store and to send in a header: the last path segment, control and
 * quoting characters replaced, at most `MAX_ATTACHMENT_NAME` characters (the extension kept).
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // Controls, bidi overrides, zero-width and other invisible characters (tab and newline are text
  // to `replaceUnprintable`, not to a file name), and what ends a header's value.
  const cleaned =
    replaceUnprintable(base, '_')
      .replace(/[\t\n"\\;]/g, '_')
      .trim() || 'file';
  if (cleaned.length <= MAX_ATTACHMENT_NAME) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, MAX_ATTACHMENT_NAME - extension.length) + extension;
}
