/**
 * The views of every step after the first, in one module the wizard loads on demand (`lazy.ts`):
 * the page's first script holds only the first step, and the rest arrives while the person
 * answers it. The step table (`steps.ts`) names each view here. Their answers' checks come too.
 */
import './later-checks.ts';

export { IssueStep } from './steps/IssueStep.tsx';
export { VerdictStep } from './steps/VerdictStep.tsx';
export { PriorityStep } from './steps/PriorityStep.tsx';
export { DeclarationStep } from './steps/DeclarationStep.tsx';
export { ContactStep } from './steps/ContactStep.tsx';
export { CheckStep } from './steps/CheckStep.tsx';
export { ConfirmationStep } from './steps/ConfirmationStep.tsx';
