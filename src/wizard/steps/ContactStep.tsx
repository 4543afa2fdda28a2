/** Step 6: who to answer. */
import type { StepViewProps } from '../step-props.ts';
import { TextField } from '../ui/TextField.tsx';

const ASKED = ['name', 'email', 'company', 'customerId'] as const;

export function ContactStep({ state, update, errorOf }: StepViewProps) {
  return (
    <>
      <h1 id="step-heading" tabIndex={-1}>
        Your contact details
      </h1>
      {ASKED.map((field) => (
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
