/**
 * The intake wizard at `/support/new/`: one question per step (GOV.UK question pages), the
 * verdict and SLA from the domain, and delivery through the outbox. This file holds the
 * answers, the step and the browser history; each step is its own component in `wizard/`.
 */
import { PUBLIC_TICKET_WEBHOOK_URL } from 'astro:env/client';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TopicMatch } from '../domain/matcher.ts';
import type { Ticket } from '../domain/ticket.ts';
import { deliveryOf, onDeliveryChange, send, watchOutbox, withdraw } from '../wizard/delivery/deliver.ts';
import { outboxEntries, outboxEntry, outboxIsDurable } from '../wizard/delivery/outbox.ts';
import type { Answers } from '../wizard/answers.ts';
import {
  emptyAnswers,
  loadDraft,
  prefill,
  rememberedTier,
  rememberTier,
  saveDraft,
} from '../wizard/answers.ts';
import { buildTicket } from '../wizard/build-ticket.ts';
import { CheckStep } from '../wizard/steps/CheckStep.tsx';
import { ConfirmationStep } from '../wizard/steps/ConfirmationStep.tsx';
import { ContactStep } from '../wizard/steps/ContactStep.tsx';
import { DeclarationStep } from '../wizard/steps/DeclarationStep.tsx';
import { decide, verdictKey } from '../wizard/decide.ts';
import type { FieldError, FieldName } from '../wizard/fields.ts';
import { FIELDS } from '../wizard/fields.ts';
import { IssueStep, offeredTopics } from '../wizard/steps/IssueStep.tsx';
import { loadSla } from '../wizard/lazy.ts';
import { OutboxNotice } from '../wizard/delivery/OutboxNotice.tsx';
import { PriorityStep } from '../wizard/steps/PriorityStep.tsx';
import { nextAfterChange, reachable } from '../wizard/progress.ts';
import { useStepHistory } from '../wizard/step-history.ts';
import { STEPS, stepNumber, stepTitle } from '../wizard/steps.ts';
import type { StepId } from '../wizard/steps.ts';
import { StepForm } from '../wizard/ui/StepForm.tsx';
import { newTicketId } from '../wizard/delivery/ticket-id.ts';
import { TierStep } from '../wizard/steps/TierStep.tsx';
import { validateStep } from '../wizard/validate.ts';
import { verdictSubmitLabel, VerdictStep } from '../wizard/steps/VerdictStep.tsx';
import { fromWizardJson } from '../wizard/wizard-data.ts';
import type { WizardData, WizardJson } from '../wizard/wizard-data.ts';

const WEBHOOK = PUBLIC_TICKET_WEBHOOK_URL ?? '/api/tickets';

interface Props {
  /** Where the wizard's data is published. */
  dataUrl: string;
  /** The id of the no-JavaScript form, hidden once the wizard is ready. */
  fallbackId: string;
}

/** Answers for a fresh ticket: the tier and contact details carry over, the problem does not. */
function freshAnswers(previous: Answers): Answers {
  const { tier, name, email, company, customerId } = previous;
  return { ...emptyAnswers, tier, name, email, company, customerId };
}

export function IntakeWizard({ dataUrl, fallbackId }: Props) {
  const [data, setData] = useState<WizardData>();
  const [failed, setFailed] = useState(false);
  const [step, setStep] = useState<StepId>('tier');
  const [returnToCheck, setReturnToCheck] = useState(false);
  const [answers, setAnswers] = useState<Answers>(emptyAnswers);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [moved, setMoved] = useState(0);
  const [suggestions, setSuggestions] = useState<TopicMatch[]>([]);
  /** The ticket last built; kept (same id, same content) until an answer changes. */
  const [ticket, setTicket] = useState<Ticket>();
  const [dirty, setDirty] = useState(false);
  const [earlier, setEarlier] = useState<Ticket[]>([]);
  const [busy, setBusy] = useState(false);
  const [, setDeliveryTick] = useState(0);
  const sending = useRef(false);

  const steps = useStepHistory(
    (next, back) => {
      setStep(next);
      setReturnToCheck(back);
      setErrors([]);
      setMoved((n) => n + 1);
    },
    (wanted) => data && reachable(wanted, data, answers, ticket !== undefined),
  );
  const go = (next: StepId, returnToCheck = false) => steps.push(next, returnToCheck);

  // Start: the outbox is resent at once; the data is fetched, then the answers and step restored.
  useEffect(() => {
    const draft = loadDraft();
    const stop = watchOutbox(WEBHOOK);
    const unsubscribe = onDeliveryChange(() => setDeliveryTick((n) => n + 1));
    setEarlier(
      outboxEntries()
        .map((entry) => entry.ticket)
        .filter((t) => t.id !== draft?.ticket?.id),
    );

    fetch(dataUrl)
      .then((response) =>
        response.ok
          ? (response.json() as Promise<WizardJson>)
          : Promise.reject(new Error(String(response.status))),
      )
      .then((json) => {
        const loaded = fromWizardJson(json);
        const saved = steps.saved();
        const onConfirmation = saved === 'confirmation' && draft?.ticket !== undefined;
        const acknowledged = draft?.ticket !== undefined && outboxEntry(draft.ticket.id) === undefined;
        let restored = draft?.answers ?? { ...emptyAnswers, tier: rememberedTier() };
        let built = draft?.ticket;
        if (acknowledged && !onConfirmation) {
          // That ticket was sent: this visit is for a new one.
          restored = freshAnswers(restored);
          built = undefined;
        }
        restored = { ...restored, ...prefill(location.search, loaded.matcher.topics) };
        const start = saved ? reachable(saved, loaded, restored, built !== undefined) : 'tier';
        steps.replace(start);
        setAnswers(restored);
        setTicket(built);
        setStep(start);
        setData(loaded);
        document.getElementById(fallbackId)?.setAttribute('hidden', '');
      })
      .catch(() => setFailed(true));
    return () => {
      stop();
      unsubscribe();
    };
  }, []);

  // Focus the question on every step change (not on the first load), as GOV.UK pages do.
  useLayoutEffect(() => {
    if (moved > 0) document.getElementById('step-heading')?.focus();
  }, [moved]);

  // The title says the step and the question, and "Error:" while errors are shown.
  useLayoutEffect(() => {
    const heading = document.getElementById('step-heading')?.textContent;
    if (data && heading) document.title = stepTitle(step, heading, errors.length > 0);
  });

  useEffect(() => {
    if (data) saveDraft({ answers, ticket });
  }, [data, answers, ticket]);

  if (!data) {
    return failed ? (
      <p class="callout warn">
        The step-by-step form could not load. Use the form below instead, or try again later.
      </p>
    ) : null;
  }

  const decision = decide(data, answers);
  const update = (patch: Partial<Answers>) => {
    setAnswers((current) => ({ ...current, ...patch }));
    setDirty(true);
  };
  const errorOf = (field: FieldName) => errors.find((error) => error.field === field)?.message;
  const stepProps = { data, answers, update, errorOf };
  const offered = offeredTopics(suggestions, answers.topic);

  const onBack = () => steps.back(returnToCheck ? 'check' : STEPS[STEPS.indexOf(step) - 1]);

  async function sendTicket() {
    if (sending.current || !data || !decision) return;
    sending.current = true;
    setBusy(true);
    try {
      let current = ticket;
      if (!current || dirty) {
        const previous = current && deliveryOf(current.id);
        // A ticket the webhook refused (other than for a clashing id) was not stored: resend it, corrected, with its id.
        const keepId = previous?.state === 'rejected' && previous.status !== 409;
        const { slaFor } = await loadSla();
        const now = new Date();
        const priority = answers.priority || 'normal';
        const sla = slaFor(
          { tier: decision.tier.id, priority, verdict: decision.verdict.verdict },
          data.policy,
          data.calendar,
          now,
        );
        // Otherwise the changed answers make a new ticket; the unsent old one must not arrive as well.
        if (current && !keepId) withdraw(current.id);
        const id = keepId && current ? current.id : newTicketId();
        current = buildTicket({ id, now, answers, decision, sla, page: location.pathname });
        setTicket(current);
        setDirty(false);
      }
      send(current, WEBHOOK);
      go('confirmation');
    } catch {
      setErrors([
        {
          field: 'summary',
          message: 'The ticket could not be prepared: check your connection and press Send ticket again',
        },
      ]);
      setFocusKey((n) => n + 1);
    } finally {
      sending.current = false;
      setBusy(false);
    }
  }

  function onContinue() {
    if (!data) return;
    const found = validateStep(step, answers, { topicsOffered: offered.length > 0 });
    if (found.length > 0) {
      setErrors(found);
      setFocusKey((n) => n + 1);
      return;
    }
    let next = answers;
    if (step === 'tier') rememberTier(answers.tier);
    if (step === 'issue' && answers.topic === undefined) next = { ...answers, topic: null };
    if (step === 'verdict' && decision) next = { ...answers, verdictFor: verdictKey(decision) };
    if (next !== answers) setAnswers(next);
    if (step === 'check') return void sendTicket();
    const target = returnToCheck ? nextAfterChange(step, data, next) : STEPS[STEPS.indexOf(step) + 1];
    if (target) go(target, returnToCheck && target !== 'check');
  }

  const changeFrom = (field: FieldName) => go(FIELDS[field].step, true);

  let content;
  let submitLabel = 'Continue';
  if (step === 'tier' || !decision) content = <TierStep {...stepProps} />;
  else if (step === 'issue')
    content = <IssueStep {...stepProps} suggestions={suggestions} onSuggestions={setSuggestions} />;
  else if (step === 'verdict') {
    content = <VerdictStep data={data} decision={decision} priority={answers.priority} />;
    submitLabel = verdictSubmitLabel(decision);
  } else if (step === 'priority') content = <PriorityStep {...stepProps} decision={decision} />;
  else if (step === 'declaration') content = <DeclarationStep {...stepProps} />;
  else if (step === 'contact') content = <ContactStep {...stepProps} />;
  else if (step === 'check') {
    content = <CheckStep {...stepProps} decision={decision} onChange={changeFrom} />;
    submitLabel = 'Send ticket';
  }

  const shown = step === 'tier' || decision ? step : 'tier';
  return (
    <div class="wizard">
      <OutboxNotice
        tickets={earlier}
        deliveryOf={deliveryOf}
        durable={outboxIsDurable()}
        data={data}
        onRetry={(t) => send(t, WEBHOOK)}
      />
      {shown === 'confirmation' && ticket ? (
        <ConfirmationStep
          ticket={ticket}
          delivery={deliveryOf(ticket.id)}
          durable={outboxIsDurable()}
          data={data}
          onRetry={() => send(ticket, WEBHOOK)}
          onFix={(field) => go(field.step, true)}
          onNewTicket={() => {
            setAnswers(freshAnswers(answers));
            setTicket(undefined);
            setSuggestions([]);
            go('tier');
          }}
        />
      ) : (
        <StepForm
          errors={errors}
          focusKey={focusKey}
          onContinue={onContinue}
          onBack={step === 'tier' ? undefined : onBack}
          submitLabel={submitLabel}
          busy={busy}
          caption={`Step ${stepNumber(shown)} of ${STEPS.length}`}
        >
          {content}
        </StepForm>
      )}
    </div>
  );
}
