import type { ReactNode } from 'react';
import type { Field } from '@shared/model/document';
import { formatDate } from '@shared/display/dates';
import { partiesLabel } from '@shared/display/parties';
import { numberPrefix } from '@shared/display/title-line';
import { formatKind, formatPages } from '../../lib/format';
import type { DocumentView, EditableMetaField } from '@contract';
import { ClockLine } from './ClockLine';
import { CopyText } from './CopyText';
import { EditableMeta } from './EditableMeta';
import { MetaValue } from './MetaValue';
import { MissingFields } from './MissingFields';
import { PartyPeople } from '../people/PartyPeople';
import { SourcePanel } from './SourcePanel';

interface Row {
  label: string;
  value: ReactNode;
}

function present(rows: Row[]): Row[] {
  return rows.filter((r) => r.value !== null && r.value !== undefined && r.value !== '');
}

function MetaList({ rows, className }: { rows: Row[]; className: string }) {
  if (rows.length === 0) return null;
  return (
    <dl className={className}>
      {rows.map((r) => (
        <div key={r.label} className="meta-row">
          <dt>{r.label}</dt>
          <dd>{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function field<T>(f: Field<T> | undefined, show: (v: T) => ReactNode, className?: string): ReactNode {
  if (!f || f.value === '' || (Array.isArray(f.value) && f.value.length === 0)) return null;
  return (
    <MetaValue provenance={f.provenance} className={className}>
      {show(f.value)}
    </MetaValue>
  );
}

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/** A section of the volume says where it stands: "Front matter", "Back matter", or "Section" in the body. */
function kindLabel(kind: string, matter: 'front' | 'back' | undefined): string {
  if (kind === 'section' && matter) return matter === 'front' ? 'Front matter' : 'Back matter';
  return formatKind(kind);
}

const NUMBER_LABEL: Record<string, string> = { telegram: 'Telegram no.', despatch: 'Despatch no.', instruction: 'Instruction no.' };

/** The document's metadata as an edition would print it, every value with its provenance. */
export function DocHeader({ view, onOpen, children }: { view: DocumentView; onOpen: (id: number, other?: boolean) => void; children?: ReactNode }) {
  const { meta, placement } = view;
  const text = (v: string): string => v;
  const kind = meta.kind?.value;
  /** A field the user may correct, with its Edit affordance. */
  const editable = <T,>(name: EditableMetaField, label: string, show: (v: T) => ReactNode, className?: string): ReactNode => {
    const f = meta[name] as Field<T> | undefined;
    const shown = field(f, show, className);
    if (shown === null || !f) return null;
    return (
      <EditableMeta docId={view.id} field={name} label={label} value={f.value} provenance={f.provenance}>
        {shown}
      </EditableMeta>
    );
  };
  /** A party as the heading gives it, then the person index's entries for it (links to their pages). */
  const party = (name: 'from' | 'to', label: string): ReactNode => {
    const shown = editable(name, label, partiesLabel);
    return (
      shown && (
        <>
          {shown}
          <PartyPeople docId={view.id} role={name === 'from' ? 'sender' : 'recipient'} />
        </>
      )
    );
  };
  const parties = present([
    { label: 'From', value: party('from', 'From') },
    { label: 'To', value: party('to', 'To') },
  ]);
  const facts = present([
    { label: 'Date', value: editable('date', 'Date', formatDate) },
    { label: 'Place', value: editable('place', 'Place', text) },
    { label: 'Received', value: field(meta.received, text) },
    { label: 'Classification', value: editable('classification', 'Classification', text, 'smallcaps') },
    { label: 'Precedence', value: field(meta.precedence, text, 'smallcaps') },
    { label: (kind && NUMBER_LABEL[kind]) ?? 'Number', value: field(meta.docNumber, text) },
    { label: 'File no.', value: field(meta.fileNumber, text) },
    { label: 'Signed', value: field(meta.signature, text) },
    { label: 'Printed', value: view.pages.length > 0 ? formatPages(view.pages) : null },
  ]);
  const source = present([
    { label: 'Source', value: field(meta.source, text) },
    { label: 'URL', value: field(meta.url, (u) => <CopyText text={u} />) },
    { label: 'Rights', value: field(meta.rights, text) },
    { label: 'Updated', value: field(meta.lastUpdated, text) },
    { label: 'Imported from', value: view.sourceFile ? <span title={view.sourceFile}>{baseName(view.sourceFile)}</span> : null },
  ]);

  return (
    <header className="doc-header">
      {placement && (
        <nav className="breadcrumb" aria-label="Place in the edition" title={[placement.collection.title, ...placement.chapter].join(' › ')}>
          <span className="crumb volume" title={placement.collection.published ? `Published ${placement.collection.published}` : undefined}>
            {placement.collection.title}
          </span>
          {placement.chapter.map((c, i) => (
            <span key={i} className="crumb">
              {c}
            </span>
          ))}
        </nav>
      )}
      {view.parent && (
        <button type="button" className="parent-link" onClick={(e) => view.parent && onOpen(view.parent.id, e.altKey)}>
          <span className="parent-label">Enclosure to:</span> {view.parent.title}
        </button>
      )}
      <div className="doc-kicker">
        {placement?.number && numberPrefix({ title: meta.title.value, number: placement.number }) !== null && <span className="doc-no">No. {placement.number}</span>}
        {meta.kind && field(meta.kind, (k) => kindLabel(k, placement?.matter))}
      </div>
      <EditableMeta docId={view.id} field="title" label="Title" value={meta.title.value} provenance={meta.title.provenance} block>
        <h1 className="doc-title">{field(meta.title, text)}</h1>
      </EditableMeta>
      <MetaList rows={parties} className="meta-parties" />
      <MetaList rows={facts} className="meta-facts" />
      <ClockLine meta={meta} />
      <SourcePanel view={view} />
      <MissingFields view={view} />
      <MetaList rows={source} className="meta-source" />
      {children}
    </header>
  );
}
