/**
 * Step 7: check your answers, each with a "Change" link that comes back here afterwards, the
 * verdict and due time as they stand, and the "Send ticket" button (the wizard's form).
 */
import type { ComponentChildren } from 'preact';
import { UNSURE } from '../answers.ts';
import type { Decision } from '../decide.ts';
import { SlaDueTime } from '../ui/SlaDueTime.tsx';
import type { FieldName } from '../fields.ts';
import { FIELDS } from '../fields.ts';
import { loadSla, useModule } from '../lazy.ts';
import type { StepProps } from '../step-props.ts';
import { verdictText } from '../verdict-text.ts';

interface Props extends StepProps {
  decision: Decision;
  onChange: (field: FieldName) => void;
}

function Row({
  field,
  value,
  onChange,
}: {
  field: FieldName;
  value: ComponentChildren;
  onChange: Props['onChange'];
}) {
  const { label } = FIELDS[field];
  return (
    <div class="summary-row">
      <dt>{label}</dt>
      <dd>{value}</dd>
      <dd class="summary-action">
        <a
          href="#"
          onClick={(event) => {
            event.preventDefault();
            onChange(field);
          }}
        >
          Change<span class="visually-hidden"> {label.toLowerCase()}</span>
        </a>
      </dd>
    </div>
  );
}

export function CheckStep({ data, answers, decision, onChange }: Props) {
  const sla = useModule(loadSla);
  const { tier, topic, verdict } = decision;
  const given = (value: string) => value.trim() || 'Not given';
  const priority = answers.priority || 'normal';
  const due = sla?.slaFor(
    { tier: tier.id, priority, verdict: verdict.verdict },
    data.policy,
    data.calendar,
    new Date(),
  );
  return (
    <>
      <h1 id="step-heading" tabIndex={-1}>
        Check your answers before sending your ticket
      </h1>
      <h2>Your problem</h2>
      <dl class="summary-list">
        <Row
          field="tier"
          value={answers.tier === UNSURE ? `I'm not sure (treated as ${tier.name})` : tier.name}
          onChange={onChange}
        />
        <Row field="summary" value={answers.summary.trim()} onChange={onChange} />
        <Row
          field="description"
          value={<span class="pre-line">{answers.description.trim()}</span>}
          onChange={onChange}
        />
        <Row field="topic" value={topic?.title ?? 'None of these'} onChange={onChange} />
        <div class="summary-row">
          <dt>Coverage</dt>
          <dd>{verdictText(data, decision)}</dd>
        </div>
        <Row field="priority" value={data.policy.priorities[priority].label} onChange={onChange} />
      </dl>
      <h2>Declaration</h2>
      <dl class="summary-list">
        <Row field="reference" value={given(answers.reference)} onChange={onChange} />
        <Row field="customsSystem" value={given(answers.customsSystem)} onChange={onChange} />
        <Row field="country" value={given(answers.country.toUpperCase())} onChange={onChange} />
      </dl>
      <h2>Contact details</h2>
      <dl class="summary-list">
        <Row field="name" value={answers.name.trim()} onChange={onChange} />
        <Row field="email" value={answers.email.trim()} onChange={onChange} />
        <Row field="company" value={answers.company.trim()} onChange={onChange} />
        <Row field="customerId" value={given(answers.customerId)} onChange={onChange} />
      </dl>
      <h2>Now send your ticket</h2>
      {due && sla && <SlaDueTime sla={due} describeSkipped={sla.describeSkipped} />}
      <p>The due time is worked out again from the moment you send it.</p>
    </>
  );
}
