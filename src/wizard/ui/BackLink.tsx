/** GOV.UK's back link: one step back, the same as the browser's back button. */
interface Props {
  onBack: () => void;
}

export function BackLink({ onBack }: Props) {
  return (
    <a
      class="back-link"
      href="#"
      onClick={(event) => {
        event.preventDefault();
        onBack();
      }}
    >
      Back
    </a>
  );
}
