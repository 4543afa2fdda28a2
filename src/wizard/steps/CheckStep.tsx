/**
 * Step 7: check your answers, each with a "Change" link that comes back here afterwards, the
 * verdict and due time as they stand, and the "Send ticket" button (the wizard's form). Labels
 * come from the field definitions, as on the question steps.
 */
import { Fragment, type ComponentChildren } from 'preact';
import { findTopic } from '../../domain/catalogue.ts';
import { DEFAULT_PRIORITY } from '../../domain/priority.ts';
import { onItsWay } from '../delivery/deliver.ts';
import { ticketReference } from '../../domain/ticket-reference.ts';
import { sizeText } from '../../domain/byte-size.ts';
import {
  TICKET_FIELDS,
  ticketValue,
  type TicketField,
  type TicketFieldName,
} from '../../domain/ticket-fields.ts';
import { UNSURE, type Answers } from '../answers.ts';
import type { Decision } from '../decide.ts';
import { FIELDS } from '../fields.ts';
import { loadSla, useModule } from '../lazy.ts';
import type { StepViewProps } from '../step-props.ts';
import { applies, stepOf } from '../steps.ts';
import { SlaDueTime } from '../ui/SlaDueTime.tsx';
import { verdictText } from '../verdict-text.ts';
import type { WizardData } from '../wizard-data.ts';

/** The check page's sections and rows, in reading order; `coverage` is the verdict the answers lead to. */
const SECTIONS: { title: string; rows: (TicketFieldName | 'attachments' | 'coverage')[] }[] = [
  {
    title: 'Your problem',
    rows: ['tier', 'summary', 'description', 'attachments', 'topic', 'coverage', 'priority'],
  },
  { title: 'Declaration', rows: ['reference', 'customsSystem', 'country'] },
  { title: 'Contact details', rows: ['name', 'email', 'company', 'customerId'] },
];

/** A label inside a sentence: `full name`, but `MRN or LRN` kept as written. */
const inSentence = (label: string) => (/^[A-Z]{2}/.test(label) ? label : label.toLowerCase());

/** An answer as the check page shows it: choices by name, text as it will be sent. */
function shown(
  name: TicketFieldName | 'attachments',
  answers: Answers,
  data: WizardData,
  decision: Decision,
): ComponentChildren {
  switch (name) {
    case 'tier':
      return answers.tier === UNSURE ? "I'm not sure (support checks your contract)" : decision.tier.name;
    case 'topic':
      return (answers.topic && findTopic(data.catalogue, answers.topic)?.title) || 'None of these';
    case 'priority':
      return data.policy.priorities[answers.priority || DEFAULT_PRIORITY].label;
    case 'description':
      return <span class="pre-line">{answers.description.trim()}</span>;
    case 'attachments':
      return answers.attachments.length === 0 ? (
        'None'
      ) : (
        <ul>
          {answers.attachments.map((file) => (
            <li key={file.id}>
              {file.name} ({sizeText(file.size)})
            </li>
          ))}
        </ul>
      );
    default: {
      const field: TicketField = TICKET_FIELDS[name];
      return ticketValue(name, answers[name]) ?? (field.optional ? 'Not given' : '');
    }
  }
}

export function CheckStep({ data, state, decision, change, delivery }: StepViewProps) {
  const sla = useModule(loadSla);
  if (!decision) return null;
  const { answers } = state;
  const context = { data, decision, suggestions: state.suggestions };
  // Only the answers of the steps asked: no priority where the target is fixed (see the step table).
  const sections = SECTIONS.map(({ title, rows }) => ({
    title,
    rows: rows.filter((row) => row === 'coverage' || applies(stepOf(row), answers, context)),
  }));
  const due = sla?.slaForVerdict(data, decision.verdict, answers.priority, new Date());
  // Answers changed after sending: the ticket already on its way cannot be called back, so say this makes another.
  const earlier = state.ticket && state.dirty ? delivery.of(state.ticket.id) : undefined;
  return (
    <>
      <h1 id="step-heading" tabIndex={-1}>
        Check your answers before sending your ticket
      </h1>
      {sections.map((section) => (
        <Fragment key={section.title}>
          <h2>{section.title}</h2>
          <dl class="summary-list">
            {section.rows.map((row) =>
              row === 'coverage' ? (
                <div class="summary-row" key={row}>
                  <dt>Coverage</dt>
                  <dd>{verdictText(data, decision)}</dd>
                </div>
              ) : (
                <div class="summary-row" key={row}>
                  <dt>{FIELDS[row].label}</dt>
                  <dd>{shown(row, answers, data, decision)}</dd>
                  <dd class="summary-action">
                    <a
                      href="#"
                      onClick={(event) => {
                        event.preventDefault();
                        change(row);
                      }}
                    >
                      Change<span class="visually-hidden"> {inSentence(FIELDS[row].label)}</span>
                    </a>
                  </dd>
                </div>
              ),
            )}
          </dl>
        </Fragment>
      ))}
      {state.ticket && onItsWay(earlier) && (
        <div class="callout warn">
          <p>
            Your ticket {ticketReference(state.ticket.id)}{' '}
            {earlier?.state === 'sent' ? 'was sent' : 'is being sent'} with your earlier answers. Sending
            these changed answers makes a second ticket.
          </p>
        </div>
      )}
      <h2>Now send your ticket</h2>
      {due && sla && <SlaDueTime sla={due} describeSkipped={sla.describeSkipped} />}
      <p>The due time is worked out again from the moment you send it.</p>
    </>
  );
}
