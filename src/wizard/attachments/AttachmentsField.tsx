/**
 * Files for the ticket, in the GOV.UK file upload pattern: a labelled file input (several files
 * at once, the allowed kinds offered), a hint with the limits, each attached file listed with
 * its size and a "Remove" button that names it, and an error that names the file and the limit.
 * A chosen file is checked (count, size, kind by name and first bytes) and put in the browser's
 * file outbox at once; it is uploaded when the ticket is sent. With an external webhook, which
 * takes no files, it says to reply to the confirmation e-mail with them instead.
 */
import { useRef, useState } from 'preact/hooks';
import {
  ATTACHMENT_ACCEPT,
  ATTACHMENTS_HINT,
  checkAttachment,
  isTextKind,
  countProblem,
  sizeProblem,
  SNIFF_BYTES,
} from '../../domain/attachments.ts';
import { sizeText } from '../../domain/byte-size.ts';
import type { AttachedFile } from '../answers.ts';
import { putFile, removeFile } from '../delivery/file-outbox.ts';
import { newTicketId } from '../delivery/ticket-id.ts';
import { uploadUrlFor } from '../delivery/upload.ts';
import { describedBy, FieldMessages } from '../ui/FieldMessages.tsx';
import { WEBHOOK } from '../webhook.ts';

const ID = 'attachments';

interface Props {
  files: AttachedFile[];
  onChange: (files: AttachedFile[]) => void;
}

/** What keeps `file` out, or its media type. */
async function check(file: File, count: number): Promise<{ problem: string } | { type: string }> {
  const problem = countProblem(file.name, count) ?? sizeProblem(file.name, file.size);
  if (problem) return { problem };
  // A text file is read whole (10 MB at most), as the receiver checks it to its end.
  const whole = isTextKind(file.name);
  const bytes = await (whole ? file : file.slice(0, SNIFF_BYTES)).arrayBuffer();
  const checked = checkAttachment(file.name, new Uint8Array(bytes), whole);
  return checked.ok ? { type: checked.type } : { problem: checked.problem };
}

export function AttachmentsField({ files, onChange }: Props) {
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);

  if (!uploadUrlFor(WEBHOOK))
    return (
      <p class="hint">
        To send files, such as the customs error message or a screenshot, reply to the confirmation e-mail
        with them attached.
      </p>
    );

  async function add(chosen: File[]) {
    let list = files;
    const problems: string[] = [];
    for (const file of chosen) {
      const result = await check(file, list.length);
      if ('problem' in result) {
        problems.push(result.problem);
        continue;
      }
      const attached = { id: newTicketId(), name: file.name, size: file.size, type: result.type };
      await putFile({ ...attached, blob: file, uploaded: false });
      list = [...list, attached];
    }
    onChange(list);
    setError(problems.length > 0 ? problems.join('. ') : undefined);
    const added = list.length - files.length;
    setStatus(added > 0 ? `${added} file${added === 1 ? '' : 's'} attached.` : '');
    if (input.current) input.current.value = '';
  }

  function remove(file: AttachedFile) {
    void removeFile(file.id);
    onChange(files.filter((f) => f.id !== file.id));
    setError(undefined);
    setStatus(`${file.name} removed.`);
    input.current?.focus();
  }

  const hint = ATTACHMENTS_HINT;
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={ID}>Attach files (optional)</label>
      <FieldMessages id={ID} hint={hint} error={error} />
      <input
        ref={input}
        type="file"
        id={ID}
        multiple
        accept={ATTACHMENT_ACCEPT}
        aria-describedby={describedBy({ id: ID, hint, error })}
        aria-invalid={error ? 'true' : undefined}
        onChange={(event) => void add([...(event.currentTarget.files ?? [])])}
      />
      {files.length > 0 && (
        <ul class="file-list" aria-label="Attached files">
          {files.map((file) => (
            <li key={file.id}>
              <span>
                {file.name} ({sizeText(file.size)})
              </span>
              <button type="button" class="button secondary" onClick={() => remove(file)}>
                Remove<span class="visually-hidden"> {file.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" class="visually-hidden">
        {status}
      </p>
    </div>
  );
}
