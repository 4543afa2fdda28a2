/** Step 1: the customer's support tier, with "I'm not sure" (continues as the tier every subscription includes). */
import { defaultTier } from '../../domain/coverage.ts';
import { TICKET_FIELDS } from '../../domain/ticket-fields.ts';
import { UNSURE, type Answers } from '../answers.ts';
import type { StepViewProps } from '../step-props.ts';
import { Radios } from '../ui/Radios.tsx';

export function TierStep({ data, state, update, errorOf }: StepViewProps) {
  const base = defaultTier(data.catalogue);
  const options = data.catalogue.tiers.map((tier) => ({
    value: tier.id,
    label: tier.name,
    hint: tier.summary,
  }));
  return (
    <Radios
      field="tier"
      legend={TICKET_FIELDS.tier.question}
      legendIsHeading
      hint="We remember your answer on this device."
      value={state.answers.tier}
      onChange={(tier) => update({ tier: tier as Answers['tier'] })}
      error={errorOf('tier')}
      options={[
        ...options,
        {
          value: UNSURE,
          label: "I'm not sure",
          dividerBefore: true,
          hint: 'Your support tier is in your CAS contract or order form. The person who manages CAS at your company will know it too.',
          conditional: (
            <p>
              We will tell you which tiers cover your problem. Support checks your contract when your ticket
              arrives; until then the {base.name} response times apply.
            </p>
          ),
        },
      ]}
    />
  );
}
