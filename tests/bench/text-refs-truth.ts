/**
 * The truth for references found in the text, from the FRUS editors' own
 * footnotes: a reference phrase in a document's text immediately followed by
 * a footnote that gives its page ("*Ante*, p. 5", "See p. 431") is a positive
 * (the cited document is on that page of this volume); one followed by "Not
 * printed", or by a page of another volume ("Foreign Relations, 1924, vol. ii,
 * p. 64", "Cf. vol. i, p. 135"), is a negative (the cited document is not in
 * a library of these volumes: any link is a false one).
 */

export interface TruthRef {
  volume: string;
  /** xml:id of the document whose text holds the reference. */
  doc: string;
  /** xml:id of the footnote (removed from the copy that is imported). */
  note: string;
  /** The text before the footnote, from the start of its paragraph, whitespace collapsed. */
  before: string;
  positive: boolean;
  /** Positive: the printed pages the footnote gives. */
  pages: string[];
  noteText: string;
}

export interface VolumeTruth {
  refs: TruthRef[];
  /** Printed page → xml:ids of the documents on it (those starting on it and those running over it). */
  pageDocs: Map<string, Set<string>>;
  /**
   * Footnotes on a reference phrase that send the reader to another document
   * ("my 489, July 25th" → "See telegram No. 95, July 27, … p. 301"): the page
   * is that other document's, not the cited one's, so they are no truth.
   */
  redirected: number;
}

/** The footnote names a numbered document the phrase does not: it points elsewhere. */
export function redirects(noteText: string, before: string): boolean {
  const named = /\bNo\.\s*(\d+)/.exec(noteText)?.[1];
  return named !== undefined && !new RegExp(`\\b${named}\\b`).test(before.slice(-90));
}

const plain = (xml: string): string =>
  xml.replace(/<note\b[^>]*>[\s\S]*?<\/note>/g, '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ');

/**
 * A reference phrase ends the text before the note: an owner or a kind of
 * document, then within a few words a number or a time ("Your 1359.",
 * "my 364, August 13, 8 p.m.,", "instruction No. 155 of March 11th, 1936,").
 * Looser than the detector on purpose: the truth must not be its mirror.
 */
const PHRASE =
  /(?:\b(?:my|My|our|Our|your|Your|his|His)\b|\b[A-Z][a-z]+['’]s|\b(?:telegrams?|telegraphic|cables?|cablegrams?|despatch(?:es)?|dispatch(?:es)?|instructions?|notes?|letters?|memorandum|airgrams?|communications?|messages?)\b)(?:(?!\.\s+[A-Z])[^;!?]){0,70}?(?:\d|\d\s*[ap]\.\s?m\.|noon|midnight)(?:st|nd|rd|th)?\]?[.,:]?\s*$/;

export function isReferencePhrase(before: string): boolean {
  return PHRASE.test(before.slice(-90));
}

/** How the editors' footnote places the cited document. */
export function classifyNote(text: string, volumeNumber: string | null): { positive: boolean; pages: string[] } | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (/^(?:[\w’'-]+\s+){0,2}not printed\b/i.test(t)) return { positive: false, pages: [] };
  const other = /Foreign Relations,?\s+\d{4}|\bvol\.\s*([ivx]+)/i.exec(t);
  if (other && !(other[1] && volumeNumber && other[1].toLowerCase() === volumeNumber)) return { positive: false, pages: [] };
  // "See footnote 56, p. 301" points at a footnote, not at a document.
  if (/^Ibid\./.test(t) || /^See footnote/i.test(t)) return null;
  const pages = /\b(?:ante|post|see|infra|supra)\b[^;]*?\bpp?\.\s*(\d+(?:\s*(?:,|and|–|-)\s*\d+)*)/i.exec(t) ?? /^pp?\.\s*(\d+(?:\s*(?:,|and)\s*\d+)*)\.?$/.exec(t);
  if (!pages?.[1] || t.length > 160) return null;
  return { positive: true, pages: pages[1].split(/\s*(?:,|and|–|-)\s*/).filter((p) => p !== '') };
}

interface Span {
  id: string;
  start: number;
  end: number;
}

/** Document divs with their extent in the file (nested ones too). */
function documentSpans(xml: string): Span[] {
  const spans: Span[] = [];
  const stack: Array<{ id: string | null; start: number }> = [];
  for (const m of xml.matchAll(/<div\b([^>]*)>|<\/div>/g)) {
    if (m[0].startsWith('</')) {
      const top = stack.pop();
      if (top?.id) spans.push({ id: top.id, start: top.start, end: m.index });
      continue;
    }
    const attrs = m[1] ?? '';
    const id = /type="document"/.test(attrs) ? (/xml:id="([^"]+)"/.exec(attrs)?.[1] ?? null) : null;
    stack.push({ id, start: m.index });
  }
  return spans.sort((a, b) => a.start - b.start);
}

function pageMap(xml: string, docs: readonly Span[]): Map<string, Set<string>> {
  const breaks = [...xml.matchAll(/<pb\b[^>]*\bn="([^"]+)"/g)].map((m) => ({ at: m.index, n: m[1] ?? '' }));
  const pageAt = (at: number): string | undefined => breaks.filter((b) => b.at <= at).pop()?.n;
  const map = new Map<string, Set<string>>();
  const add = (n: string | undefined, id: string): void => {
    if (n === undefined) return;
    if (!map.has(n)) map.set(n, new Set());
    map.get(n)?.add(id);
  };
  for (const d of docs) {
    add(pageAt(d.start), d.id);
    for (const b of breaks) if (b.at > d.start && b.at < d.end) add(b.n, d.id);
  }
  return map;
}

/** The volume's number as its notes write it ("iii"), from the TEI header title. */
function volumeNumber(xml: string): string | null {
  const m = /<title\b[^>]*type="sub(?:series|volume)?"[^>]*>[^<]*Volume\s+([IVX]+)/i.exec(xml) ?? /Volume\s+([IVX]+)\b/.exec(xml.slice(0, 20000));
  return m?.[1]?.toLowerCase() ?? null;
}

function ibid(text: string, lastPositive: boolean | null): { positive: boolean; pages: string[] } | null {
  const page = /^Ibid\.,\s*pp?\.\s*(\d+)/.exec(text)?.[1];
  if (!page || lastPositive === null) return null;
  return lastPositive ? { positive: true, pages: [page] } : { positive: false, pages: [] };
}

export function extractTruth(xml: string, volume: string): VolumeTruth {
  const docs = documentSpans(xml);
  const vol = volumeNumber(xml);
  const refs: TruthRef[] = [];
  // "Ibid., p. 759" is in the volume the footnote before it named.
  let lastPositive: boolean | null = null;
  let redirected = 0;
  for (const m of xml.matchAll(/<note\b([^>]*)>([\s\S]*?)<\/note>/g)) {
    const attrs = m[1] ?? '';
    const id = /xml:id="([^"]+)"/.exec(attrs)?.[1];
    if (!id || /type="source"/.test(attrs)) continue;
    const doc = docs.filter((d) => d.start < m.index && d.end > m.index).pop();
    if (!doc) continue;
    const noteText = plain(m[2] ?? '').trim();
    const pOpen = xml.lastIndexOf('<p', m.index);
    const inPara = pOpen > doc.start && xml.indexOf('</p>', pOpen) > m.index && /^<p[\s>]/.test(xml.slice(pOpen, pOpen + 3));
    const cls: { positive: boolean; pages: string[] } | null = classifyNote(noteText, vol) ?? ibid(noteText, lastPositive);
    if (cls) lastPositive = cls.positive;
    if (!cls || !inPara) continue;
    const before = plain(xml.slice(xml.indexOf('>', pOpen) + 1, m.index)).trimStart();
    if (!isReferencePhrase(before)) continue;
    if (cls.positive && redirects(noteText, before)) {
      redirected++;
      continue;
    }
    refs.push({ volume, doc: doc.id, note: id, before, noteText, ...cls });
  }
  return { refs, pageDocs: pageMap(xml, docs), redirected };
}

/** The volume without these footnotes, so that only the text can resolve the references they explained. */
export function withoutNotes(xml: string, ids: ReadonlySet<string>): string {
  return xml.replace(/<note\b([^>]*)>[\s\S]*?<\/note>/g, (whole, attrs: string) => {
    const id = /xml:id="([^"]+)"/.exec(attrs)?.[1];
    return id && ids.has(id) ? '' : whole;
  });
}
