/**
 * The intake wizard at `/support/new/`: one question per step (GOV.UK question pages), the verdict
 * and SLA from the domain, and delivery through the outbox. The state and its changes are the
 * reducer in `src/wizard/state.ts`, the steps the table in `src/wizard/steps.ts`; this island loads
 * the data, keeps the draft and the history, sends the ticket and renders the current step.
 * It is an island in the page's sense (the one interactive part of a static page), mounted with
 * Preact's render by the page's script rather than by Astro's `client:` directive: it renders
 * nothing before its data loads, so Astro's hydration code would be bytes with nothing to hydrate.
 */
import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { Ticket } from '../domain/ticket.ts';
import {
  emptyAnswers,
  freshAnswers,
  loadDraft,
  prefill,
  rememberedTier,
  rememberTier,
  saveDraft,
} from '../wizard/answers.ts';
import { decide } from '../wizard/decide.ts';
import { formInUse } from '../wizard/fallback-form.ts';
import { outboxEntries, outboxEntry, outboxIsDurable } from '../wizard/delivery/outbox.ts';
import { loadMatcher, loadSending, loadSla, loadStepViews, useModule } from '../wizard/lazy.ts';
import { contextOf, initialState, previousStep, wizardReducer } from '../wizard/state.ts';
import { savedStep, useStepHistory } from '../wizard/step-history.ts';
import type { StepViewProps } from '../wizard/step-props.ts';
import { STEPS, stepCaption, stepOf, stepTitle, type StepDefinition } from '../wizard/steps.ts';
import { StepForm } from '../wizard/ui/StepForm.tsx';
import { WEBHOOK } from '../wizard/webhook.ts';
import type { WizardData } from '../wizard/wizard-data.ts';

interface Props {
  /** Where the wizard's data is published. */
  dataUrl: string;
  /** The id of the no-JavaScript form, hidden once the wizard is ready. */
  fallbackId: string;
}

export function IntakeWizard({ dataUrl, fallbackId }: Props) {
  const [data, setData] = useState<WizardData | 'failed'>();
  /** The person had started on the plain form when the data came: it stays theirs, the wizard stays out. */
  const [leftToForm, setLeftToForm] = useState(false);
  const [state, dispatch] = useReducer(wizardReducer, initialState);
  /** Tickets from an earlier visit still in the outbox, shown above the wizard. */
  const [earlier, setEarlier] = useState<Ticket[]>([]);
  const [, setDeliveryTick] = useState(0);
  const focusOnMove = useRef(false);
  const ready = data !== undefined && data !== 'failed' && !leftToForm;
  // Whether the first step has been painted: the rest of the wizard loads after that, so nothing
  // competes with the first step for the network (it is the page's largest paint).
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    const frame = requestAnimationFrame(() => setTimeout(() => setPainted(true), 0));
    return () => cancelAnimationFrame(frame);
  }, [ready]);
  const definition: StepDefinition = STEPS[state.step];
  // The views of the later steps, sending and the matcher load while the first step is answered
  // (see `steps.ts`), or at once when the person comes back to a later step.
  const laterViews = useModule(loadStepViews, painted || 'later' in definition.view);
  // Sending also loads beside a plain form kept: tickets from an earlier visit are still resent and shown.
  const sending = useModule(loadSending, painted || leftToForm);
  useEffect(() => {
    if (painted) loadMatcher().catch(() => undefined);
  }, [painted]);
  const View = 'later' in definition.view ? laterViews?.[definition.view.later] : definition.view;

  const steps = useStepHistory(state, ready, (step, returnToCheck) => {
    if (ready) dispatch({ type: 'go', data, step, returnToCheck, navigation: 'pop' });
  });

  // The outbox is resent as soon as sending has loaded, and watched from then on.
  useEffect(() => {
    if (!sending) return;
    const stop = sending.watchOutbox(WEBHOOK);
    const unsubscribe = sending.onDeliveryChange(() => setDeliveryTick((n) => n + 1));
    return () => {
      stop();
      unsubscribe();
    };
  }, [sending]);

  // Start: the data is fetched, then the answers and step restored.
  useEffect(() => {
    const draft = loadDraft();
    setEarlier(
      outboxEntries()
        .map((entry) => entry.ticket)
        .filter((t) => t.id !== draft?.ticket?.id),
    );
    fetch(dataUrl)
      .then((response) =>
        response.ok
          ? (response.json() as Promise<WizardData>)
          : Promise.reject(new Error(String(response.status))),
      )
      .then((loaded) => {
        const fallback = document.getElementById(fallbackId);
        if (fallback && formInUse(fallback)) {
          setLeftToForm(true);
          return setData(loaded);
        }
        const saved = savedStep();
        const onConfirmation = saved === 'confirmation' && draft?.ticket !== undefined;
        const acknowledged = draft?.ticket !== undefined && outboxEntry(draft.ticket.id) === undefined;
        let answers = draft?.answers ?? { ...emptyAnswers, tier: rememberedTier() };
        let ticket = draft?.ticket;
        if (acknowledged && !onConfirmation) {
          // That ticket was sent: this visit is for a new one.
          answers = freshAnswers(answers);
          ticket = undefined;
        }
        answers = { ...answers, ...prefill(location.search, loaded.catalogue) };
        dispatch({ type: 'start', data: loaded, answers, ticket, step: saved ?? 'tier' });
        setData(loaded);
        fallback?.setAttribute('hidden', '');
      })
      .catch(() => setData('failed'));
  }, []);

  // Focus the question on every step change after the first, as GOV.UK pages do (once its view is there).
  useLayoutEffect(() => {
    if (!ready || !View) return;
    if (focusOnMove.current) document.getElementById('step-heading')?.focus();
    focusOnMove.current = true;
  }, [ready, state.moves, View]);

  const caption = ready ? stepCaption(state.step, state.answers, contextOf(data, state)) : '';

  // The title says the step and the question, and "Error:" while errors are shown.
  useLayoutEffect(() => {
    const heading = document.getElementById('step-heading')?.textContent;
    if (ready && heading) document.title = stepTitle(caption, heading, state.errors.length > 0);
  });

  useEffect(() => {
    if (ready) saveDraft({ answers: state.answers, ticket: state.ticket });
  }, [ready, state.answers, state.ticket]);

  useEffect(() => {
    if (state.answers.tier) rememberTier(state.answers.tier);
  }, [state.answers.tier]);

  const decision = ready ? decide(data, state.answers) : undefined;

  // Continue on the check page asked for the ticket: build it (or keep the one built) and hand it to delivery.
  useEffect(() => {
    if (!state.sending || !ready || !decision) return;
    void (async () => {
      try {
        let ticket = state.ticket;
        if (!ticket || state.dirty) {
          const [{ slaForVerdict }, { deliveryOf, withdraw, newTicketId, buildTicket }] = await Promise.all([
            loadSla(),
            loadSending(),
          ]);
          const previous = ticket && deliveryOf(ticket.id);
          // A ticket the webhook refused (other than for a clashing id) was not stored: resend it, corrected, with its id.
          const keepId = previous?.state === 'rejected' && previous.status !== 409;
          const now = new Date();
          const sla = slaForVerdict(data, decision.verdict, state.answers.priority, now);
          if (!sla) {
            dispatch({
              type: 'not-sent',
              message: `The due time cannot be worked out for this device's date (${now.toDateString()}): set its clock right and press Send ticket again`,
            });
            return;
          }
          // Otherwise the changed answers make a new ticket; the unsent old one must not arrive as well.
          if (ticket && !keepId) withdraw(ticket.id);
          const id = keepId && ticket ? ticket.id : newTicketId();
          ticket = buildTicket({ id, now, answers: state.answers, decision, sla, page: location.pathname });
        }
        (await loadSending()).send(ticket, WEBHOOK);
        dispatch({ type: 'sent', ticket });
      } catch {
        dispatch({
          type: 'not-sent',
          message: 'The ticket could not be prepared: check your connection and press Send ticket again',
        });
      }
    })();
  }, [state.sending]);

  if (data === 'failed') {
    return (
      <p class="callout warn">
        The step-by-step form could not load. Use the form below instead, or try again later.
      </p>
    );
  }
  if (!data) return null;
  const notice = sending && (
    <sending.OutboxNotice
      tickets={earlier}
      deliveryOf={sending.deliveryOf}
      durable={outboxIsDurable()}
      data={data}
      onRetry={(t) => sending.send(t, WEBHOOK)}
    />
  );
  if (leftToForm) return <div class="wizard">{notice}</div>;

  const props: StepViewProps = {
    data,
    state,
    decision,
    errorOf: (field) => state.errors.find((error) => error.field === field)?.message,
    update: (patch) => dispatch({ type: 'update', patch }),
    suggest: (suggestions) => dispatch({ type: 'suggest', suggestions }),
    change: (field) =>
      dispatch({ type: 'go', data, step: stepOf(field), returnToCheck: true, navigation: 'push' }),
    delivery: {
      of: (id) => sending?.deliveryOf(id),
      durable: outboxIsDurable(),
      retry: (ticket) => sending?.send(ticket, WEBHOOK),
    },
    newTicket: () => dispatch({ type: 'new-ticket' }),
  };
  const previous = state.returnToCheck ? 'check' : previousStep(state.step, data, state.answers);
  const onBack = () =>
    steps.back(
      () =>
        previous &&
        dispatch({ type: 'go', data, step: previous, returnToCheck: false, navigation: 'replace' }),
    );

  return (
    <div class="wizard">
      {notice}
      {!View ? (
        <p class="meta" role="status">
          Loading the next question…
        </p>
      ) : definition.frame === 'page' ? (
        <View {...props} />
      ) : (
        <StepForm
          errors={state.errors}
          focusKey={state.attempts}
          onContinue={() => dispatch({ type: 'continue', data })}
          onBack={state.step === 'tier' ? undefined : onBack}
          submitLabel={definition.submitLabel({ data, decision, suggestions: state.suggestions })}
          busy={state.sending}
          caption={caption}
        >
          <View {...props} />
        </StepForm>
      )}
    </div>
  );
}
