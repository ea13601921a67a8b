import { redactionsOf, sourceFieldsOf } from '../../src-shared/sources/apparatus';
import type { DateValue, Field, Provenance } from '../../src-shared/model/document';
import { partiesShort } from '../../src-shared/display/parties';
import { inlineText, bodyText } from '../../src-shared/text/plain-text';
import type { DocumentView } from '../contract';

const value = <T>(f: Field<T> | undefined): T | null => (f ? f.value : null);

function dateString(d: DateValue | null): string | null {
  if (!d) return null;
  return d.end ? `${d.start}/${d.end}` : d.start;
}

function provenanceLabel(p: Provenance | undefined): string | null {
  if (!p) return null;
  if (p.kind === 'inferred') return `inferred from ${p.from}`;
  return p.kind;
}

/** The documented `show --json` shape: flat values, plain text, no model internals. */
export function toShowJson(view: DocumentView) {
  const m = view.meta;
  return {
    id: view.id,
    title: m.title.value,
    kind: value(m.kind),
    from: partiesShort(m.from?.value),
    to: partiesShort(m.to?.value),
    fromParties: m.from?.value ?? [],
    toParties: m.to?.value ?? [],
    date: dateString(value(m.date)),
    dateProvenance: provenanceLabel(m.date?.provenance),
    place: value(m.place),
    received: value(m.received),
    classification: value(m.classification),
    precedence: value(m.precedence),
    fileNumber: value(m.fileNumber),
    docNumber: value(m.docNumber),
    signature: value(m.signature),
    source: value(m.source),
    url: value(m.url),
    rights: value(m.rights),
    collection: view.placement?.collection ?? null,
    chapter: view.placement?.chapter ?? [],
    number: view.placement?.number ?? null,
    parent: view.parent,
    enclosures: view.enclosures.map(({ id, title }) => ({ id, title })),
    pages: view.pages,
    footnotes: view.body.footnotes.map((n) => ({ n: n.label, text: inlineText(n.runs) })),
    text: bodyText(view.body),
    sourceFields: sourceFieldsOf(m, view.body),
    redactions: redactionsOf(m, view.body),
  };
}
