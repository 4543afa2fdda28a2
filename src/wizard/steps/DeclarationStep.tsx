/** Step 5 (optional): the declaration it is about: MRN or LRN, customs system, country. */
import type { StepProps } from '../step-props.ts';
import { TextField } from '../ui/TextField.tsx';

export function DeclarationStep({ answers, update, errorOf }: StepProps) {
  return (
    <>
      <h1 id="step-heading" tabIndex={-1}>
        Which declaration is it about?
      </h1>
      <p class="hint">
        If it is about a particular declaration, these help us find it. Leave them empty if not.
      </p>
      <TextField
        field="reference"
        optional
        value={answers.reference}
        onInput={(reference) => update({ reference })}
        error={errorOf('reference')}
        spellcheck={false}
        hint="An MRN has 18 characters, like 24BE000000123456A7. An LRN is your own reference, up to 35 characters."
      />
      <TextField
        field="customsSystem"
        optional
        value={answers.customsSystem}
        onInput={(customsSystem) => update({ customsSystem })}
        error={errorOf('customsSystem')}
        hint="For example PLDA, DMS, CDS, AES or NCTS"
      />
      <TextField
        field="country"
        optional
        size={4}
        value={answers.country}
        onInput={(country) => update({ country })}
        error={errorOf('country')}
        spellcheck={false}
        hint="The two-letter country code, for example BE"
      />
    </>
  );
}
