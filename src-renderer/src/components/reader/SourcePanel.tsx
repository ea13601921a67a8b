import type { ReactNode } from 'react';
import type { DocumentView } from '@contract';
import { formatDate } from '@shared/display/dates';
import { redactionsOf, sourceFieldsOf } from '@shared/sources/apparatus';
import { describeRedaction, formatExtent } from '@shared/sources/describe';
import { totalExtent } from '@shared/sources/redactions';
import type { Sourced } from '@shared/sources/source-fields';

const FLAG_LABEL: Record<string, string> = {
  telegram: 'Telegram', translation: 'Translation', paraphrase: 'Paraphrase', extract: 'Extract', enclosure: 'Enclosure', 'part air': 'Part air',
};

/** A value with where it came from: the tooltip quotes the text it was read from. */
function From<T>({ s, show }: { s: Sourced<T>; show: (v: T) => ReactNode }) {
  return (
    <span className="source-value" title={`From the ${s.where}: “${s.text}”`}>
      {show(s.value)}
      <span className="source-where">{s.where}</span>
    </span>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="meta-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const text = (v: string): string => v;

/**
 * The source apparatus as fields: a badge and the file numbers in the
 * summary line, the rest (repository, drafted by, repeated to…) on opening.
 */
export function SourcePanel({ view }: { view: DocumentView }) {
  const f = sourceFieldsOf(view.meta, view.body);
  const redactions = redactionsOf(view.meta, view.body);
  const classification = f.classification?.value ?? view.meta.classification?.value;
  if (f.fileNumbers.length === 0 && !classification && f.flags.length === 0 && !f.repository && redactions.length === 0) return null;
  const singles: Array<[string, Sourced<string> | undefined]> = [
    ['Repository', f.repository], ['Collection', f.collection], ['Drafted by', f.draftedBy], ['Cleared by', f.clearedBy],
    ['Approved by', f.approvedBy], ['Number', f.docNumber], ['Enclosure in', f.enclosureIn],
  ];
  const totals = Object.entries(totalExtent(redactions)).map(([unit, quantity]) => formatExtent({ unit: unit as 'lines', quantity: quantity ?? 0 }));
  return (
    <details className="source-panel" data-testid="source-panel">
      <summary>
        <span className="source-label">Source</span>
        {classification && <span className="classification-badge" data-testid="classification-badge">{classification}</span>}
        {f.caveats.map((c) => <span key={c.value} className="caveat-badge">{c.value}</span>)}
        {f.fileNumbers.map((n) => <span key={n.value.value} className="file-no">{n.value.value}</span>)}
        {f.flags.filter((g) => g.value !== 'enclosure').map((g) => <span key={g.value} className="source-flag">[{FLAG_LABEL[g.value] ?? g.value}]</span>)}
        {redactions.length > 0 && (
          <span className="redaction-count" data-testid="redaction-count" title={redactions.map(describeRedaction).join('\n')}>
            {redactions.length} withheld or omitted{totals.length > 0 ? ` — ${totals.join(', ')}` : ''}
          </span>
        )}
        {f.dateCheck && !f.dateCheck.agrees && (
          <span className="date-check-badge" data-testid="date-check-badge" title={`File number ${f.dateCheck.fileNumber} dates it ${formatDate({ start: f.dateCheck.fileDate })}; the dateline says ${formatDate({ start: f.dateCheck.dateline })}.`}>
            file no. {f.dateCheck.days} days off the dateline
          </span>
        )}
      </summary>
      <dl className="source-fields">
        {f.fileNumbers.map((n) => (
          <Row key={n.value.value} label={n.value.scheme === 'lot' ? 'Lot file' : 'File no.'}>
            <From s={n} show={(v) => (v.date ? `${v.value} (dated ${formatDate({ start: v.date })})` : v.value)} />
          </Row>
        ))}
        {f.dateCheck && !f.dateCheck.agrees && (
          <Row label="Check">
            <span className="date-check">
              The file number dates it {formatDate({ start: f.dateCheck.fileDate })}, {f.dateCheck.days} days from the dateline ({formatDate({ start: f.dateCheck.dateline })}).
            </span>
          </Row>
        )}
        {f.classification && <Row label="Classification"><From s={f.classification} show={text} /></Row>}
        {f.caveats.length > 0 && <Row label="Handling">{f.caveats.map((c) => <From key={c.value} s={c} show={text} />)}</Row>}
        {singles.map(([label, s]) => s && <Row key={label} label={label}><From s={s} show={text} /></Row>)}
        {f.repeatedTo && <Row label="Repeated to"><From s={f.repeatedTo} show={(v) => v.join(', ')} /></Row>}
        {f.flags.length > 0 && <Row label="Printed as">{f.flags.map((g) => <From key={g.value} s={g} show={(v) => FLAG_LABEL[v] ?? v} />)}</Row>}
        {redactions.length > 0 && <Row label="Withheld / omitted">{redactions.length} marker{redactions.length === 1 ? '' : 's'}{totals.length > 0 ? ` — ${totals.join(', ')}` : ''}</Row>}
      </dl>
    </details>
  );
}
