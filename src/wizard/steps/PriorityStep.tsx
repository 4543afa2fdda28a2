/**
 * Step 4: how urgent it is, each level with its definition, its customs examples and its
 * first-response target; choosing critical asks them to confirm the business impact.
 */
import type { Priority } from '../../domain/priority.ts';
import { PRIORITIES } from '../../domain/priority.ts';
import type { Decision } from '../decide.ts';
import { FieldMessages } from '../ui/FieldMessages.tsx';
import { FIELDS } from '../fields.ts';
import { loadSla, useModule } from '../lazy.ts';
import { Radios } from '../ui/Radios.tsx';
import type { StepProps } from '../step-props.ts';

export function PriorityStep({
  data,
  answers,
  update,
  errorOf,
  decision,
}: StepProps & { decision: Decision }) {
  const sla = useModule(loadSla);
  const { priorities } = data.policy;
  const confirmError = errorOf('criticalConfirmed');
  const confirmId = FIELDS.criticalConfirmed.id;
  const target = (priority: Priority) => {
    if (!sla) return undefined;
    const { targetMinutes } = sla.routeFor(
      { tier: decision.tier.id, priority, verdict: decision.verdict.verdict },
      data.policy,
    );
    return `First response within ${sla.formatTarget(targetMinutes)}.`;
  };
  return (
    <Radios
      field="priority"
      legend="How urgent is it?"
      legendIsHeading
      hint="Choose the level that matches the effect on your declarations today."
      value={answers.priority}
      onChange={(priority) => update({ priority: priority as Priority })}
      error={errorOf('priority')}
      options={PRIORITIES.map((priority) => {
        const info = priorities[priority];
        return {
          value: priority,
          label: info.label,
          hint: (
            <>
              <p>
                {info.definition} {target(priority)}
              </p>
              <p>For example:</p>
              <ul>
                {info.examples.map((example) => (
                  <li key={example}>{example}</li>
                ))}
              </ul>
            </>
          ),
          conditional: priority === 'critical' && (
            <div class={confirmError ? 'field field-error' : 'field'}>
              <FieldMessages id={confirmId} error={confirmError} />
              <div class="checkbox">
                <input
                  type="checkbox"
                  id={confirmId}
                  name={confirmId}
                  checked={answers.criticalConfirmed}
                  onChange={(event) => update({ criticalConfirmed: event.currentTarget.checked })}
                  aria-describedby={confirmError ? `${confirmId}-error` : undefined}
                  aria-invalid={confirmError ? 'true' : undefined}
                />
                <label for={confirmId}>
                  I confirm the business impact:{' '}
                  {info.definition.charAt(0).toLowerCase() + info.definition.slice(1)}
                </label>
              </div>
            </div>
          ),
        };
      })}
    />
  );
}
