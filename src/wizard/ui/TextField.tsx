/** A labelled text input or text area with its hint, error and "(optional)" marker. */
import type { ComponentChildren } from 'preact';
import { describedBy, FieldMessages } from './FieldMessages.tsx';
import type { FieldName } from '../fields.ts';
import { FIELDS } from '../fields.ts';

interface Props {
  field: FieldName;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: ComponentChildren;
  /** Overrides the field's usual label. */
  label?: string;
  optional?: boolean;
  multiline?: boolean;
  type?: 'text' | 'email';
  autocomplete?: string;
  spellcheck?: boolean;
  /** Width in characters, for short answers like a country code. */
  size?: number;
  maxLength?: number;
}

export function TextField(props: Props) {
  const { id, label } = FIELDS[props.field];
  const attributes = {
    id,
    name: id,
    value: props.value,
    onInput: (event: Event) => props.onInput((event.currentTarget as HTMLInputElement).value),
    'aria-describedby': describedBy({ id, hint: props.hint, error: props.error }),
    'aria-invalid': props.error ? ('true' as const) : undefined,
    autocomplete: props.autocomplete,
    spellcheck: props.spellcheck,
    maxLength: props.maxLength,
  };
  return (
    <div class={props.error ? 'field field-error' : 'field'}>
      <label for={id}>
        {props.label ?? label}
        {props.optional && ' (optional)'}
      </label>
      <FieldMessages id={id} hint={props.hint} error={props.error} />
      {props.multiline ? (
        <textarea rows={6} {...attributes} />
      ) : (
        <input
          type={props.type ?? 'text'}
          size={props.size}
          class={props.size ? 'narrow' : undefined}
          {...attributes}
        />
      )}
    </div>
  );
}
