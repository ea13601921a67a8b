import type { CitationFacts } from './facts';
import { citationDate, commaJoin, type Piece } from './format';
import { pagesPart } from './frus-style';

const unbracketed = (s: string): string => s.replace(/^\[(.*)\]$/, '$1');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The title already says it ("Letter from … (Moscow, 16 November 1956)"): do not repeat kind, place or date. */
function saysAlready(title: string, f: CitationFacts) {
  const has = (word: string | null): boolean => word !== null && new RegExp(`\\b${escape(unbracketed(word))}\\b`, 'i').test(title);
  return { kind: has(f.kind), place: has(f.place), date: f.year !== null && title.includes(f.year) };
}

function publication(f: CitationFacts): Piece[] | null {
  const e = f.edition;
  if (!e) return null;
  const imprint = e.pubPlace && e.publisher ? `${e.pubPlace}: ${e.publisher}, ${e.published ?? 'n.d.'}` : e.published;
  const parts = commaJoin([
    ['in ', { italic: e.fullSeries }],
    e.editors ? [`ed. ${e.editors}`] : null,
    e.volume ? [`vol. ${e.volume}`] : null,
    e.subtitle ? [{ italic: e.subtitle }] : null,
  ]);
  return imprint ? [...parts, ` (${imprint})`] : parts;
}

/** Chicago names a web source by its site, here the URL's host. */
function webPart(f: CitationFacts): Piece[] | null {
  if (!f.url) return null;
  const host = /^https?:\/\/(?:www\.)?([^/]+)/i.exec(f.url)?.[1];
  return commaJoin([
    host ? [host] : null,
    f.lastUpdated ? [`last modified ${citationDate({ start: f.lastUpdated })}`] : null,
    [f.url],
  ]);
}

/**
 * Chicago notes style for a document in a documentary edition (CMOS 14.111,
 * 14.117): the document's title in quotes, its kind, place and date, then the
 * edition — series title in italics, editors, volume and its title,
 * publication facts — then document number and page; a web source adds site,
 * last-modified date and URL. "p." marks the page only after "doc. N", where
 * a bare number would be ambiguous; ranges are abbreviated (811–12).
 */
export function chicagoCitation(f: CitationFacts): Piece[] {
  const said = saysAlready(f.title, f);
  const rest = commaJoin([
    f.kind && !said.kind ? [f.kind] : null,
    f.place && !said.place ? [f.place] : null,
    f.date && !said.date ? [f.date] : null,
    publication(f),
    f.number ? [`doc. ${f.number}`] : null,
    f.pages ? [pagesPart(f.pages, 'chicago', f.number !== null) ?? ''] : null,
    webPart(f),
  ]);
  return rest.length > 0 ? [`“${f.title},” `, ...rest, '.'] : [`“${f.title}.”`];
}
