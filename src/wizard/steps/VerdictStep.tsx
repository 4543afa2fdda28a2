/**
 * Step 3: whether their tier covers it, from the domain's verdict. Covered: when to expect a
 * first response. Upsell: the tier that covers it, what it adds, a comparison, and sending it
 * anyway as a question to sales. Out of scope: where to go instead, and sending it anyway for advice.
 */
import { findTier } from '../../domain/catalogue.ts';
import { LEVELS } from '../../domain/coverage-levels.ts';
import type { Priority } from '../../domain/priority.ts';
import type { Decision } from '../decide.ts';
import { checkOwnSystemFirst } from '../decide.ts';
import { SlaDueTime } from '../ui/SlaDueTime.tsx';
import { loadSla, useModule } from '../lazy.ts';
import type { WizardData } from '../wizard-data.ts';

interface Props {
  data: WizardData;
  decision: Decision;
  /** The priority chosen so far; the due time is shown for normal until they choose. */
  priority: Priority | '';
}

/** The button's words: the choice to send it anyway, when that is what continuing means. */
export function verdictSubmitLabel(decision: Decision): string {
  if (decision.verdict.verdict === 'upsell') return 'Send it anyway, as a question to sales';
  if (decision.verdict.verdict === 'out_of_scope') return 'Send it anyway, for advice';
  return 'Continue';
}

function Heading({ children }: { children: string }) {
  return (
    <h1 id="step-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}

export function VerdictStep({ data, decision, priority }: Props) {
  const sla = useModule(loadSla);
  const { tier, topic, verdict } = decision;
  const chosen = priority || 'normal';
  const due = sla?.slaFor(
    { tier: tier.id, priority: chosen, verdict: verdict.verdict },
    data.policy,
    data.calendar,
    new Date(),
  );
  const dueTime =
    due && sla ? (
      <SlaDueTime sla={due} describeSkipped={sla.describeSkipped} note={data.policy.note} />
    ) : (
      <p>Working out when to expect a first response…</p>
    );
  const when = (
    <>
      <h2>When to expect a first response</h2>
      {!priority && <p>For a normal-priority ticket sent now. You choose the priority next.</p>}
      {dueTime}
    </>
  );
  const ownSystem = checkOwnSystemFirst(data, decision) && (
    <div class="callout warn">
      <h2>Before you send it</h2>
      <p>
        {tier.name} asks you to check first that your own systems are running and that the data that reached
        CAS is the data you meant to send.
      </p>
    </div>
  );

  switch (verdict.verdict) {
    case 'covered': {
      const level = topic ? LEVELS[topic.coverage[tier.id].level] : undefined;
      return (
        <>
          <Heading>{`${tier.name} covers this`}</Heading>
          {topic && level && (
            <p class="lede">
              {topic.title}: <strong>{level.label}</strong>. {level.description}
            </p>
          )}
          {ownSystem}
          {when}
        </>
      );
    }
    case 'upsell': {
      const upsell = findTier(data.catalogue, verdict.upsellTier);
      const name = upsell?.name ?? verdict.upsellTier;
      return (
        <>
          <Heading>{`${tier.name} does not cover this, ${name} does`}</Heading>
          {topic && <p class="lede">{topic.title}</p>}
          {ownSystem}
          {upsell && upsell.adds.length > 0 && (
            <>
              <h2>What {name} adds</h2>
              <ul>
                {upsell.adds.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
          <p>
            <a href={`/compare/?tiers=${tier.id},${verdict.upsellTier}`}>
              Compare {tier.name} and {name}
            </a>
          </p>
          <h2>Send it anyway</h2>
          <p>
            You can still send it, as a question to our sales team. They answer about {name}; nothing changes
            to your contract unless you ask.
          </p>
          {when}
        </>
      );
    }
    case 'out_of_scope': {
      const alternative = verdict.alternative;
      return (
        <>
          <Heading>No support tier covers this</Heading>
          {topic && <p class="lede">{topic.title}</p>}
          {alternative && (
            <div class="callout">
              <h2>Where to go instead</h2>
              <p>
                <strong>{alternative.name}.</strong> {alternative.description}
                {alternative.url && (
                  <>
                    {' '}
                    <a href={alternative.url}>More about {alternative.name}</a>
                  </>
                )}
              </p>
            </div>
          )}
          <h2>Send it anyway</h2>
          <p>You can still send it to us for advice on where to go.</p>
          {when}
        </>
      );
    }
    case 'unknown':
      return (
        <>
          <Heading>We will find the right team for it</Heading>
          <p class="lede">
            You did not choose a topic, so support reads your ticket first and passes it on. {tier.name}'s
            response targets apply.
          </p>
          {ownSystem}
          {when}
        </>
      );
  }
}
