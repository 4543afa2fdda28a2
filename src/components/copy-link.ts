/**
 * The "Copy link" button: copies the address as it is now (pages keep their view in it), and
 * says so; where the clipboard is refused, it shows the address to copy by hand.
 */
class CopyLink extends HTMLElement {
  connectedCallback() {
    const status = this.querySelector<HTMLElement>('[role=status]')!;
    this.querySelector('button')!.addEventListener('click', () => {
      const address = location.href;
      navigator.clipboard.writeText(address).then(
        () => (status.textContent = 'Link copied'),
        () => (status.textContent = `Copy this link: ${address}`),
      );
    });
  }
}
customElements.define('copy-link', CopyLink);
