/** What every question step receives from the wizard. */
import type { Answers } from './answers.ts';
import type { FieldName } from './fields.ts';
import type { WizardData } from './wizard-data.ts';

export interface StepProps {
  data: WizardData;
  answers: Answers;
  update: (patch: Partial<Answers>) => void;
  /** The message for a field that failed the last Continue, if any. */
  errorOf: (field: FieldName) => string | undefined;
}
