/**
 * Whether the person has started on the plain form the page shows until the wizard is ready
 * (on a slow connection it can be there for seconds): anything typed, chosen or attached, or the
 * focus in it. The wizard then leaves the form to them rather than hide what they wrote.
 */
export function formInUse(form: Element): boolean {
  if (form.contains(document.activeElement) && document.activeElement !== form) return true;
  for (const control of form.querySelectorAll('input, textarea, select')) {
    if (control instanceof HTMLSelectElement) {
      // With no option marked selected, a list starts on its first.
      const initial = Math.max(
        0,
        [...control.options].findIndex((option) => option.defaultSelected),
      );
      if (control.selectedIndex !== initial) return true;
    } else if (
      control instanceof HTMLInputElement &&
      (control.type === 'radio' || control.type === 'checkbox')
    ) {
      if (control.checked !== control.defaultChecked) return true;
    } else if (control instanceof HTMLInputElement && control.type === 'file') {
      if ((control.files?.length ?? 0) > 0) return true;
    } else if (
      (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) &&
      control.type !== 'hidden' &&
      control.value !== control.defaultValue
    )
      return true;
  }
  return false;
}
