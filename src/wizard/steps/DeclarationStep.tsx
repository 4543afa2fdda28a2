/** Step 5 (optional): the declaration it is about: MRN or LRN, customs system, country. */
import type { StepViewProps } from '../step-props.ts';
import { TextField } from '../ui/TextField.tsx';

const ASKED = ['reference', 'customsSystem', 'country'] as const;

export function DeclarationStep({ state, update, errorOf }: StepViewProps) {
  return (
    <>
      <h1 id="step-heading" tabIndex={-1}>
        Which declaration is it about?
      </h1>
      <p class="hint">
        If it is about a particular declaration, these help us find it. Leave them empty if not.
      </p>
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
