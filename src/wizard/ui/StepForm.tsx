/**
 * The frame of every question page: back link, error summary, the step's content and one
 * button. Nothing is checked until the button is pressed.
 */
import type { ComponentChildren } from 'preact';
import { BackLink } from './BackLink.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import type { FieldError } from '../fields.ts';

interface Props {
  children: ComponentChildren;
  errors: FieldError[];
  focusKey: number;
  onContinue: () => void;
  onBack?: (() => void) | undefined;
  /** "Continue" unless the step says otherwise (e.g. "Send ticket"). */
  submitLabel?: string;
  /** Disables the button while something is under way, e.g. sending. */
  busy?: boolean;
  /** `Step 2 of 8`, shown above the question. */
  caption: string;
}

export function StepForm({
  children,
  errors,
  focusKey,
  onContinue,
  onBack,
  submitLabel = 'Continue',
  busy = false,
  caption,
}: Props) {
  return (
    <>
      {onBack && <BackLink onBack={onBack} />}
      <ErrorSummary errors={errors} focusKey={focusKey} />
      <p class="caption">{caption}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) onContinue();
        }}
      >
        {children}
        <button class="button" type="submit" disabled={busy} aria-disabled={busy ? 'true' : undefined}>
          {submitLabel}
        </button>
      </form>
    </>
  );
}
