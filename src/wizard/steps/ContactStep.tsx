/** Step 6: who to answer. */
import type { StepProps } from '../step-props.ts';
import { TextField } from '../ui/TextField.tsx';

export function ContactStep({ answers, update, errorOf }: StepProps) {
  return (
    <>
      <h1 id="step-heading" tabIndex={-1}>
        Your contact details
      </h1>
      <TextField
        field="name"
        value={answers.name}
        onInput={(name) => update({ name })}
        error={errorOf('name')}
        autocomplete="name"
        spellcheck={false}
      />
      <TextField
        field="email"
        type="email"
        value={answers.email}
        onInput={(email) => update({ email })}
        error={errorOf('email')}
        autocomplete="email"
        spellcheck={false}
        hint="We send our answer here."
      />
      <TextField
        field="company"
        value={answers.company}
        onInput={(company) => update({ company })}
        error={errorOf('company')}
        autocomplete="organization"
      />
      <TextField
        field="customerId"
        optional
        value={answers.customerId}
        onInput={(customerId) => update({ customerId })}
        error={errorOf('customerId')}
        spellcheck={false}
        hint="On your invoice or contract, if you have it to hand."
      />
    </>
  );
}
