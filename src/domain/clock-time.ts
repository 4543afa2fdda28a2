/** A local time of day as content writes it: `HH:mm`, 00:00 to 23:59. */
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight for `HH:mm` (`09:30` → 570), or undefined when it is not such a time. */
export function clockMinutes(value: string): number | undefined {
  const match = CLOCK_TIME.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}
