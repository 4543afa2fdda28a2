/**
 * Just before printing, the print header takes today's date and the address with the view the
 * page holds, and folded parts marked `data-print-open` open, so paper shows everything.
 */
import { printDate } from '../domain/print-date.ts';

class PrintHeader extends HTMLElement {
  connectedCallback() {
    addEventListener('beforeprint', () => {
      this.#update();
      this.#unfold();
    });
    this.#update();
  }

  #update() {
    const date = this.querySelector<HTMLElement>('[data-print-date]')!;
    date.textContent = printDate(new Date(), date.dataset.zone ?? 'UTC');
    this.querySelector('[data-print-address]')!.textContent = location.href;
  }

  #unfold() {
    for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-print-open]')) {
      details.open = true;
    }
  }
}
customElements.define('print-header', PrintHeader);
