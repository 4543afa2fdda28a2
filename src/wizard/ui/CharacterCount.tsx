/**
 * GOV.UK's character count under a text field: the limit said once to screen readers, a visible
 * count of what is left (in red once over), and the same count announced when typing pauses, so
 * a screen reader is not interrupted at every key. The limit is the field's (`ticket-fields.ts`).
 */
import { useEffect, useState } from 'preact/hooks';

/** Announce the count this long after the last key press, as GOV.UK does. */
const ANNOUNCE_AFTER_MS = 1000;

interface Props {
  id: string;
  max: number;
  /** The characters typed, counted as the field's check counts them (trimmed). */
  length: number;
}

export function CharacterCount({ id, max, length }: Props) {
  const n = Math.abs(max - length);
  // GOV.UK's words: `You have 12 characters remaining`, `You have 1 character too many`.
  const message = `You have ${n} character${n === 1 ? '' : 's'} ${length > max ? 'too many' : 'remaining'}`;
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(message), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <>
      <div id={`${id}-info`} class="visually-hidden">
        You can enter up to {max} characters
      </div>
      <div class={length > max ? 'error-message' : 'hint'} aria-hidden="true">
        {message}
      </div>
      <div class="visually-hidden" aria-live="polite">
        {announced}
      </div>
    </>
  );
}
