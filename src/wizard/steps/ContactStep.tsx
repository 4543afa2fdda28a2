/** Step 6: who to answer. */
import type { StepViewProps } from '../step-props.ts';
import { TextFields } from '../ui/TextFields.tsx';

/** The answers this step asks, in order (the step table lists them as its fields). */
export const CONTACT_FIELDS = ['name', 'email', 'company', 'customerId'] as const;

export function ContactStep(props: StepViewProps) {
  return (
    <>
      <h1 id="step-heading" tabIndex={-1}>
        Your contact details
      </h1>
      <TextFields fields={CONTACT_FIELDS} {...props} />
    </>
  );
}
