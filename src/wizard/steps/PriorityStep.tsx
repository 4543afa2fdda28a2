/**
 * Step 4: how urgent it is, each level with its definition, its customs examples and its
 * first-response target; choosing critical asks them to confirm the business impact.
 */
import { PRIORITIES, type Priority } from '../../domain/priority.ts';
import { TICKET_FIELDS } from '../../domain/ticket-fields.ts';
import { FIELDS } from '../fields.ts';
import { loadSla, useModule } from '../lazy.ts';
import type { StepViewProps } from '../step-props.ts';
import { FieldMessages } from '../ui/FieldMessages.tsx';
import { Radios } from '../ui/Radios.tsx';

export function PriorityStep({ data, state, update, errorOf, decision }: StepViewProps) {
  const sla = useModule(loadSla);
  const { answers } = state;
  if (!decision) return null;
  const { priorities } = data.policy;
  const confirmError = errorOf('criticalConfirmed');
  const confirmId = FIELDS.criticalConfirmed.id;
  const target = (priority: Priority) => {
    if (!sla) return undefined;
    const { targetMinutes } = sla.routeFor(
      { tier: decision.tier.id, priority, verdict: decision.verdict.verdict },
      data.policy,
    );
    return `First response within ${sla.formatTarget(targetMinutes, data.calendar)}.`;
  };
  return (
    <Radios
      field="priority"
      legend={TICKET_FIELDS.priority.question}
      legendIsHeading
      hint={TICKET_FIELDS.priority.hint}
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
