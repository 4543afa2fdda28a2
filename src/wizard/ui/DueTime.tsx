/**
 * When the first response is due, in the person's own zone and in the calendar's (Brussels)
 * time, with the closed days the clock skipped and the domain's own explanation when known.
 */
import { zoneName } from '../../domain/business-hours-text.ts';
import { formatMoment, ownZone } from '../format-time.ts';

interface Props {
  /** ISO 8601 with offset. */
  due: string;
  /** The business calendar's zone. */
  zone: string;
  /** The closed days skipped, as a phrase (`describeSkipped`), when there were any. */
  skipped?: string | undefined;
  /** The SLA's plain-words explanation, and the policy's note that the contract prevails. */
  explanation?: string | undefined;
}

export function DueTime({ due, zone, skipped, explanation }: Props) {
  const own = ownZone();
  const same = own === zone;
  return (
    <>
      <dl class="facts">
        <dt>First response due</dt>
        <dd>
          {formatMoment(due, own)} {same ? zoneName(zone) : `your time (${own})`}
        </dd>
        {!same && (
          <>
            <dt>In {zoneName(zone)}</dt>
            <dd>{formatMoment(due, zone)}</dd>
          </>
        )}
        {skipped && (
          <>
            <dt>Not counted</dt>
            <dd>{skipped}</dd>
          </>
        )}
      </dl>
      {explanation && <p class="meta">{explanation}</p>}
    </>
  );
}
