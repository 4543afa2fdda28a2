/**
 * GOV.UK's error summary: "There is a problem" at the top of the step, focused when the person
 * presses Continue, with a link to each field that needs attention.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { FieldError } from '../fields.ts';
import { FIELDS } from '../fields.ts';

/** Focuses a field and brings its label (or its group's legend) into view, without touching the URL. */
export function focusField(id: string): void {
  const input = document.getElementById(id);
  if (!input) return;
  const context =
    input.closest('fieldset')?.querySelector('legend') ??
    document.querySelector(`label[for="${id}"]`) ??
    input;
  context.scrollIntoView();
  input.focus({ preventScroll: true });
}

interface Props {
  errors: FieldError[];
  /** Changes on every Continue, so the summary takes focus again even when the errors are the same. */
  focusKey: number;
}

export function ErrorSummary({ errors, focusKey }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [focusKey]);
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2>There is a problem</h2>
        <ul>
          {errors.map((error) => {
            const { id } = FIELDS[error.field];
            return (
              <li key={error.field}>
                <a
                  href={`#${id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(id);
                  }}
                >
                  {error.message}
                </a>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
