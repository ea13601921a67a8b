import { useMemo } from 'react';
import type { DocumentMeta } from '@shared/model/document';
import { documentClock } from '@shared/clock/document-clock';
import { clockTimeText, transitText } from '@shared/clock/clock-line';

/**
 * Sending and receipt on one clock: "Sent Peking, 2 June 1918, 19:00 (11:00
 * UTC) · Received Washington, … · in transit 27 h 20 min", and underneath,
 * where each time zone comes from.
 */
export function ClockLine({ meta }: { meta: DocumentMeta }) {
  const clock = useMemo(() => documentClock(meta), [meta]);
  const { sent, received, transitMinutes } = clock;
  if (!sent && !received) return null;
  const inferred = [sent, received].some((t) => t && !t.stated);
  return (
    <div className="clock-line" aria-label="Sent and received on one clock">
      <p className="clock-times">
        {sent && (
          <span className="clock-part" title={sent.provenance}>
            <span className="clock-label">Sent</span> {clockTimeText(sent)}
          </span>
        )}
        {received && (
          <span className="clock-part" title={received.provenance}>
            <span className="clock-label">Received</span> {clockTimeText(received)}
          </span>
        )}
        {transitMinutes !== undefined && (
          <span className="clock-part transit">
            <span className="clock-label">In transit</span> {transitText(transitMinutes)}
          </span>
        )}
        {inferred && (
          <span className="prov-tag" title="The time zones are inferred from the places (how: below)">
            zone inferred
          </span>
        )}
      </p>
      <details className="clock-prov">
        <summary>{inferred ? 'How the time zones were inferred' : 'Where the offsets come from'}</summary>
        <ul>
          {sent && <li>Sent: {sent.provenance}.</li>}
          {received && <li>Received: {received.provenance}.</li>}
        </ul>
      </details>
    </div>
  );
}
