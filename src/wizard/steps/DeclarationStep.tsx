/** Step 5 (optional): the declaration it is about: MRN or LRN, customs system, country. */
import type { StepViewProps } from '../step-props.ts';
import { STEPS } from '../steps.ts';
import { TextFields } from '../ui/TextFields.tsx';

export function DeclarationStep(props: StepViewProps) {
  return (
    <>
      <h1 id="step-heading" tabIndex={-1}>
        Which declaration is it about?
      </h1>
      <p class="hint">
        If it is about a particular declaration, these help us find it. Leave them empty if not.
      </p>
      <TextFields fields={STEPS.declaration.fields} {...props} />
    </>
  );
}
