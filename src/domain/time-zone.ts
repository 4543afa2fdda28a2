/** Time zones as the runtime knows them (`Intl`), so no zone library is needed to check one. */
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

/** An IANA region zone (`Europe/Brussels`) or UTC: abbreviations such as CET name no place and no DST rules. */
export function isRegionZone(zone: string): boolean {
  return isTimeZone(zone) && (zone.includes('/') || zone === 'UTC');
}
