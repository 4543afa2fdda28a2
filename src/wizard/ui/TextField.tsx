/**
 * A labelled text input or text area for a ticket field: label, hint, "(optional)", input type,
 * autocomplete and maximum length all come from the field's definition (`ticket-fields.ts`).
 */
import { TICKET_FIELDS, type TicketField, type TicketFieldName } from '../../domain/ticket-fields.ts';
import { CharacterCount } from './CharacterCount.tsx';
import { describedBy, FieldMessages } from './FieldMessages.tsx';

interface Props {
  field: TicketFieldName;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
}

export function TextField({ field: name, value, onInput, error }: Props) {
  const field: TicketField = TICKET_FIELDS[name];
  const { id, hint, input = {} } = field;
  const max = input.count ? field.length?.max : undefined;
  const attributes = {
    id,
    name: id,
    value,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
    'aria-describedby': describedBy({ id, hint, error, info: !!max }),
    'aria-invalid': error ? ('true' as const) : undefined,
    autocomplete: input.autocomplete,
    spellcheck: input.spellcheck,
  };
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id}>
        {field.label}
        {field.optional && ' (optional)'}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {input.multiline ? (
        <textarea rows={6} {...attributes} />
      ) : (
        <input
          type={input.type ?? 'text'}
          size={input.size}
          class={input.size ? 'narrow' : undefined}
          {...attributes}
        />
      )}
      {max && <CharacterCount id={id} max={max} length={value.trim().length} />}
    </div>
  );
}
