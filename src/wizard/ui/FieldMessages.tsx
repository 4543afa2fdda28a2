/** A field's hint and error message, with the ids its input names in `aria-describedby`. */
import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  hint?: ComponentChildren | undefined;
  error?: string | undefined;
}

/**
 * The `aria-describedby` value for a field with this hint and error, and with `info` its character
 * count's limit (`CharacterCount`), or undefined for none of them.
 */
export function describedBy({ id, hint, error, info }: Props & { info?: boolean }): string | undefined {
  return (
    [info && `${id}-info`, hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') ||
    undefined
  );
}

export function FieldMessages({ id, hint, error }: Props) {
  return (
    <>
      {hint && (
        <div id={`${id}-hint`} class="hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} class="error-message">
          <span class="visually-hidden">Error: </span>
          {error}
        </p>
      )}
    </>
  );
}
