/**
 * A GOV.UK radio group: a fieldset whose legend is the question (the step's `<h1>` when the
 * group is the whole question), options with hints, an optional "or" divider and a conditional
 * panel shown under the chosen option.
 */
import type { ComponentChildren } from 'preact';
import { describedBy, FieldMessages } from './FieldMessages.tsx';
import type { FieldName } from '../fields.ts';
import { FIELDS } from '../fields.ts';

export interface RadioOption {
  value: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  /** Shown under the option while it is chosen. */
  conditional?: ComponentChildren;
  /** Put an "or" divider before this option. */
  dividerBefore?: boolean;
}

interface Props {
  field: FieldName;
  legend: ComponentChildren;
  /** The legend is the page's question: rendered as the step's `<h1>`. */
  legendIsHeading?: boolean;
  hint?: ComponentChildren;
  options: RadioOption[];
  value: string | undefined;
  onChange: (value: string) => void;
  error?: string | undefined;
}

export function Radios({ field, legend, legendIsHeading, hint, options, value, onChange, error }: Props) {
  const { id } = FIELDS[field];
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <fieldset aria-describedby={describedBy({ id, hint, error })}>
        <legend class={legendIsHeading ? 'legend-heading' : 'legend-question'}>
          {legendIsHeading ? (
            <h1 id="step-heading" tabIndex={-1}>
              {legend}
            </h1>
          ) : (
            legend
          )}
        </legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div class="radios">
          {options.map((option, index) => {
            const inputId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div key={option.value}>
                {option.dividerBefore && <p class="radios-divider">or</p>}
                <div class="radio">
                  <input
                    type="radio"
                    id={inputId}
                    name={id}
                    value={option.value}
                    checked={value === option.value}
                    onChange={() => onChange(option.value)}
                    aria-describedby={option.hint ? `${inputId}-hint` : undefined}
                  />
                  <label for={inputId}>{option.label}</label>
                  {option.hint && (
                    <div id={`${inputId}-hint`} class="hint">
                      {option.hint}
                    </div>
                  )}
                </div>
                {option.conditional && value === option.value && (
                  <div class="conditional">{option.conditional}</div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
