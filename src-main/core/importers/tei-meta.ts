import type { DocKind, DocumentMeta, Field } from '../../../src-shared/model/document';
import { kindFromWord } from './doc-kind';
import { closingDateline, dateField, receivedFrom, statedInstant, type DateAttrs, type DivDates } from './tei-dates';
import { linkNames, partiesFromHead, type LinkedName, type PartySpan } from './tei-parties';

/** What the streaming builder noticed at the document's own level (not in attachments or notes). */
export interface DocFacts {
  sourceId: string;
  n?: string;
  /** Plain text of the document's head, without notes; undefined when it has none. */
  head?: string;
  parties: PartySpan[];
  /** Names in the head the editors linked to a person without saying sender or recipient (`<persName corresp>`). */
  headPersons?: LinkedName[];
  dateline?: string;
  place?: string;
  date?: DateAttrs;
  divDates: DivDates;
  /** Texts of the document's source notes ("File No. 861.51/131", "[Telegram]"). */
  sources: string[];
  signed?: string;
  /** The start of the first plain paragraph, for a telegram or despatch number. */
  firstParagraph?: string;
  /** The start of the last one: some documents are dated at the foot, without a dateline. */
  lastParagraph?: string;
  /** The opener's text around its dateline: 1860s despatches print "No. 175.]" there. */
  opener?: string;
}

export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function stated<T>(value: T, where: string): Field<T> {
  return { value, provenance: { kind: 'stated', where } };
}

export function buildMeta(f: DocFacts): DocumentMeta {
  const head = tidy(f.head ?? '');
  const title: Field<string> = head
    ? stated(head, 'head')
    : { value: `Document ${f.n ?? f.sourceId}`, provenance: { kind: 'inferred', from: 'document number' } };
  const kind = kindField(f.sources, head);
  const meta: DocumentMeta = { title, ...linkNames(partiesFromHead(f.head ?? '', f.parties), f.head ?? '', f.headPersons ?? []) };
  if (kind) meta.kind = kind;
  Object.assign(meta, datelineFields(f));
  Object.assign(meta, sourceFields(f.sources));
  const openerRest = f.opener && f.dateline ? f.opener.replace(f.dateline, '') : f.opener;
  const telegram = kind?.value === 'telegram';
  const number = docNumber(openerRest, telegram) ?? docNumber(f.firstParagraph, telegram);
  if (number) meta.docNumber = stated(number, 'text');
  const signature = f.signed && tidy(f.signed);
  if (signature) meta.signature = stated(signature, 'closer');
  return meta;
}

type DatelineFields = Pick<DocumentMeta, 'date' | 'place' | 'received' | 'sentAt'>;

/** Date, place and time of receipt from the dateline; failing that, from a closing "Washington, August 3, 1917." */
function datelineFields(f: DocFacts): DatelineFields {
  const out: DatelineFields = {};
  const date = dateField(f.date, f.divDates);
  if (date) out.date = date;
  const place = f.place && tidy(f.place).replace(/^[[(\s]+|[\s\]),.;:]+$/g, '');
  if (place) out.place = stated(place, 'dateline');
  const received = receivedFrom(f.dateline);
  if (received) out.received = stated(received, 'dateline');
  const sentAt = statedInstant(f.date, f.divDates);
  if (sentAt) out.sentAt = sentAt;
  const closing = f.dateline === undefined && !out.date ? closingDateline(tidy(f.lastParagraph ?? '')) : undefined;
  if (closing === undefined) return out;
  const inferred = { kind: 'inferred', from: 'closing paragraph' } as const;
  out.date = { value: { start: closing.date }, provenance: inferred };
  if (closing.place && !out.place) out.place = { value: closing.place, provenance: inferred };
  if (closing.received) out.received = { value: closing.received, provenance: inferred };
  return out;
}

type SourceFields = Pick<DocumentMeta, 'source' | 'fileNumber' | 'classification'>;

function sourceFields(sources: readonly string[]): SourceFields {
  const out: SourceFields = {};
  if (sources.length === 0) return out;
  out.source = stated(sources.join(' '), 'source note');
  for (const s of sources) {
    const file = fileNumber(s);
    if (file && !out.fileNumber) out.fileNumber = stated(file, 'source note');
    const cls = classification(s);
    if (cls && !out.classification) out.classification = stated(cls, 'source note');
  }
  return out;
}

/**
 * The three eras print the file number differently: "File No. 861.51/131"
 * (1910s–20s), "711.90H/41: Telegram" (1930s–40s), "Source: Department of
 * State, Central Files, 611.61/5–1054. Secret." (modern volumes).
 */
export function fileNumber(source: string): string | undefined {
  const fileNo = /\bFile Nos?\.\s*(.+?)\.?$/.exec(source);
  if (fileNo?.[1]) return fileNo[1].trim();
  const decimal = /^(\d[^:[\]]*\/[^:\s]+)\s*(?::|$)/.exec(source);
  if (decimal?.[1]) return decimal[1].trim();
  const central = /Central Files(?:,? \d{4}[–-]\d{2,4})?,\s*(.+?)\.(?:\s|$)/.exec(source);
  return central?.[1]?.trim();
}

const CLASSIFICATION =
  /(?:^|\[|[.;]\s+)(Top Secret|Strictly Confidential|Personal and Confidential|Confidential|Secret|Limited Official Use|Restricted|Unclassified)\b/;

export function classification(source: string): string | undefined {
  return CLASSIFICATION.exec(source.replace(/^Source:\s*/, ''))?.[1];
}

/** Stated by a source note ("[Telegram]", "711.90H/49: Telegram"), else the title's first word. */
function kindField(sources: readonly string[], title: string): Field<DocKind> | undefined {
  for (const s of sources) {
    const word = /\b(telegram|cablegram|cable|airgram)s?\b/i.exec(s)?.[1];
    if (word) return stated('telegram', 'source note');
  }
  const first = /^(?:No\.\s*)?(?:\d+[a-z]?\.\s+)?([A-Za-z-]+)/.exec(title)?.[1];
  const kind = first && kindFromWord(first.replace(/^Cablegram$/i, 'telegram'));
  return kind ? { value: kind, provenance: { kind: 'inferred', from: 'title' } } : undefined;
}

const NUMBER = String.raw`\d+[A-Za-z]?(?:\s*(?:[–-]|to|and)\s*\d+[A-Za-z]?)?`;
const NO_NUMBER = new RegExp(String.raw`^Nos?\.\s*(${NUMBER})(?=[.\s,;:]|$)`);
const BARE_NUMBER = new RegExp(String.raw`^(${NUMBER})(?:\.(?=\s|…|$)|$)`);

/**
 * "No. 1198" opening a despatch, "1295. Secretary of Treasury…" opening a
 * telegram. A bare number counts only in a telegram or alone in its
 * paragraph, so that a memorandum's numbered points are not mistaken for it.
 */
export function docNumber(paragraph: string | undefined, telegram: boolean): string | undefined {
  const p = paragraph && tidy(paragraph);
  if (!p) return undefined;
  const no = NO_NUMBER.exec(p)?.[1];
  if (no) return no;
  const bare = BARE_NUMBER.exec(p);
  if (!bare?.[1]) return undefined;
  const alone = bare[0].length >= p.length - 1;
  return telegram || alone ? bare[1] : undefined;
}
