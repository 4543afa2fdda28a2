/** Step 1: the customer's support tier, with "I'm not sure" (continues as Basic). */
import { UNSURE } from '../answers.ts';
import type { Answers } from '../answers.ts';
import { Radios } from '../ui/Radios.tsx';
import type { StepProps } from '../step-props.ts';

export function TierStep({ data, answers, update, errorOf }: StepProps) {
  const [base] = data.catalogue.tiers;
  const options = data.catalogue.tiers.map((tier) => ({
    value: tier.id,
    label: tier.name,
    hint: tier.summary,
  }));
  return (
    <Radios
      field="tier"
      legend="What is your support tier?"
      legendIsHeading
      hint="We remember your answer on this device."
      value={answers.tier}
      onChange={(tier) => update({ tier: tier as Answers['tier'] })}
      error={errorOf('tier')}
      options={[
        ...options,
        {
          value: UNSURE,
          label: "I'm not sure",
          dividerBefore: true,
          hint: 'Your support tier is in your CAS contract or order form. The person who manages CAS at your company will know it too.',
          conditional: base && (
            <p>
              We will continue as {base.name}, which every CAS subscription includes. Support checks your
              contract when your ticket arrives.
            </p>
          ),
        },
      ]}
    />
  );
}
