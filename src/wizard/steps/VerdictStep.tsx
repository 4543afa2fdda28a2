/**
 * Step 3: whether their tier covers it, from the domain's verdict. Covered: when to expect a
 * first response. Upsell: the tier that covers it, what it adds, the two tiers' comparison, and
 * sending it anyway to the team the policy routes upsells to; a question about upgrading (from a
 * pair page) shows the same without the "anyway". Out of scope: where to go instead, with its
 * link or address, and sending it anyway. Where the target is fixed whatever the urgency, it says
 * so: no priority is asked next. The button's words are `verdictSubmitLabel`.
 */
import { findTier } from '../../domain/catalogue.ts';
import { LEVELS } from '../../domain/coverage-levels.ts';
import { DEFAULT_PRIORITY } from '../../domain/priority.ts';
import { priorityMatters, queueFor } from '../../domain/queue.ts';
import { pairPath, topicPath } from '../../domain/routes.ts';
import { checkOwnSystemFirst } from '../decide.ts';
import { loadSla, useModule } from '../lazy.ts';
import { QUEUE_TEXT } from '../queue-text.ts';
import type { StepViewProps } from '../step-props.ts';
import { SlaDueTime } from '../ui/SlaDueTime.tsx';
import { coveredByText } from '../verdict-text.ts';

function Heading({ children }: { children: string }) {
  return (
    <h1 id="step-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}

export function VerdictStep({ data, state, decision }: StepViewProps) {
  const sla = useModule(loadSla);
  if (!decision) return null;
  const { priority } = state.answers;
  const { tier, topic, verdict } = decision;
  const queue = QUEUE_TEXT[queueFor(verdict.verdict, data.policy)];
  const fixed = !priorityMatters(verdict.verdict, data.policy);
  const due = sla?.slaForVerdict(data, verdict, priority, new Date());
  const dueTime =
    due && sla ? (
      <SlaDueTime sla={due} describeSkipped={sla.describeSkipped} note={data.policy.note} />
    ) : (
      <p>Working out when to expect a first response…</p>
    );
  const when = (
    <>
      <h2>When to expect a first response</h2>
      {fixed ? (
        <p>The response time does not depend on the urgency, so there is no priority to choose.</p>
      ) : (
        !priority && (
          <p>
            For a {data.policy.priorities[DEFAULT_PRIORITY].label.toLowerCase()}-priority ticket sent now. You
            choose the priority next.
          </p>
        )
      )}
      {dueTime}
    </>
  );
  /** Not covered: it can still go, to the team the policy routes it to, with that team's due time. */
  const sendAnyway = (upsell: string | undefined) => (
    <>
      <h2>Send it anyway</h2>
      <p>{queue.sendNote(upsell)}</p>
      {when}
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
          <Heading>
            {decision.tierConfirmed ? `${tier.name} covers this` : 'Every support tier covers this'}
          </Heading>
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
      const question = verdict.topic === null;
      return (
        <>
          <Heading>
            {question
              ? `A question about upgrading to ${name}`
              : `${tier.name} does not cover this, ${name} does`}
          </Heading>
          <p class="lede">{question ? `From ${tier.name}` : topic?.title}</p>
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
            <a href={pairPath(tier.id, verdict.upsellTier)}>
              Compare {tier.name} and {name}
            </a>
          </p>
          {question ? when : sendAnyway(name)}
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
                <strong>{alternative.name}</strong>
              </p>
              <ul>
                {alternative.link && (
                  <li>
                    <a href={alternative.link.url}>{alternative.link.text}</a>
                  </li>
                )}
                {alternative.email && (
                  <li>
                    Write to <a href={`mailto:${alternative.email}`}>{alternative.email}</a>
                  </li>
                )}
                {topic && (
                  <li>
                    <a href={topicPath(topic.id)}>More about {topic.title}</a>
                  </li>
                )}
              </ul>
            </div>
          )}
          {sendAnyway(undefined)}
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
    case 'tier_unconfirmed': {
      const sales = QUEUE_TEXT[queueFor('upsell', data.policy)].name.toLowerCase();
      return (
        <>
          <Heading>Whether this is covered depends on your support tier</Heading>
          {topic && <p class="lede">{topic.title}</p>}
          <p>
            {coveredByText(data, verdict.coveredBy)}. On {tier.name} it is a question for our {sales} team.
          </p>
          <div class="callout">
            <h2>What happens to your ticket</h2>
            <p>
              It goes to support marked <strong>tier not confirmed</strong>. They check your contract first;
              until then the {tier.name} response times apply. Nothing goes to {sales} unless you ask.
            </p>
          </div>
          {when}
        </>
      );
    }
  }
}
