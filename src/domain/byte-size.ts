/**
 * A size in bytes as a person reads it. A module of its own, not part of the attachment rules
 * (`attachments.ts`), because the wizard's check page lists the attached files too: importing it
 * from there would load the attachments control's file with the later steps (scripts/wizard-chunks.ts).
 */

/** A file's size as a person reads it: `12 bytes`, `830 KB`, `2.4 MB` (1 KB = 1024 bytes). */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  const kilobytes = Math.round(bytes / 1024);
  if (kilobytes < 1024) return `${kilobytes} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
