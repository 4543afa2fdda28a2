/** Step 6: who to answer. */
import type { StepViewProps } from '../step-props.ts';
import { STEPS } from '../steps.ts';
import { TextFields } from '../ui/TextFields.tsx';

export function ContactStep(props: StepViewProps) {
  return (
    <>
      <h1 id="step-heading" tabIndex={-1}>
        Your contact details
      </h1>
      <TextFields fields={STEPS.contact.fields} {...props} />
    </>
  );
}
