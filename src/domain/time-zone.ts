const knownZones = new Map<string, boolean>();

/** True for a time zone the runtime knows, e.g. `Europe/Brussels`. Answers are remembered (the receiver checks every ticket). */
export function isTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(zone, known);
  }
  return known;
}
