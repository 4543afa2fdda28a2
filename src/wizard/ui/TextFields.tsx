/** A run of text answers, each a `TextField` bound to its answer: what a step of plain questions shows. */
import type { StepViewProps } from '../step-props.ts';
import { TextField } from './TextField.tsx';

type TextAnswer =
  | 'summary'
  | 'description'
  | 'reference'
  | 'customsSystem'
  | 'country'
  | 'name'
  | 'email'
  | 'company'
  | 'customerId';

interface Props extends Pick<StepViewProps, 'state' | 'update' | 'errorOf'> {
  fields: readonly TextAnswer[];
}

export function TextFields({ fields, state, update, errorOf }: Props) {
  return (
    <>
      {fields.map((field) => (
        <TextField
          key={field}
          field={field}
          value={state.answers[field]}
          onInput={(value) => update({ [field]: value })}
          error={errorOf(field)}
        />
      ))}
    </>
  );
}
