import type { Collection } from '../../../src-shared/model/document';

/** The published edition a document belongs to, as far as the source says. */
export interface Edition {
  /** "Foreign Relations of the United States", "Documents diplomatiques français". */
  series: string;
  /** The volume's title for Chicago: "Foreign Relations of the United States: Diplomatic Papers, 1936". */
  fullSeries: string;
  /** The year the volume covers: "1936". */
  year?: string;
  /** "III", "III, Part 2". */
  volume?: string;
  /** "The Near East and Africa". */
  subtitle?: string;
  /**
   * The volume's own title where a FRUS-style citation needs it to tell the
   * book apart: an unnumbered volume ("Nicaragua (Mosquito Territory)"), an
   * appendix, supplement or part ("Appendix, Affairs in China, …"), or a
   * volume numbered within its subject ("Russia", vol. III).
   */
  part?: string;
  editors?: string;
  pubPlace?: string;
  publisher?: string;
  /** Year of publication. */
  published?: string;
  /** Pages the document occupies in the edition, when the source gives them ("328-329"). */
  pages?: string;
}

export const FRUS = 'Foreign Relations of the United States';

/** "Foreign Relations of the United States Diplomatic Papers" → series and "…: Diplomatic Papers". */
function splitSeries(series: string): { series: string; fullSeries: string } {
  if (series.startsWith(FRUS) && series.length > FRUS.length) {
    const rest = series.slice(FRUS.length).replace(/^[\s,:]+/, '');
    return { series: FRUS, fullSeries: `${FRUS}: ${rest}` };
  }
  return { series, fullSeries: series };
}

const VOLUME = /,?\s*\bVolume\s+([IVXLCDM]+|\d+)(?:,?\s*Part\s+(\d+))?/i;

/**
 * A TEI volume's title: "Foreign Relations of the United States Diplomatic
 * Papers, 1936, The Near East and Africa, Volume III" → series, year, volume,
 * subtitle. The publication year comes from the collection.
 */
export function editionFromCollection(c: Collection): Edition {
  const m = /^(.+?),\s*(\d{4}(?:[–-]\d{2,4})?)(?:,\s*(.*))?$/.exec(c.title);
  const head = m?.[1] ?? c.title;
  let rest = m?.[3] ?? '';
  const vol = VOLUME.exec(rest);
  if (vol) rest = (rest.slice(0, vol.index) + rest.slice(vol.index + vol[0].length)).replace(/^[\s,]+|[\s,]+$/g, '');
  const series = splitSeries(head);
  return {
    series: series.series,
    // A FRUS volume's title includes the year it covers: "…: Diplomatic Papers, 1936".
    fullSeries: m?.[2] ? `${series.fullSeries}, ${m[2]}` : series.fullSeries,
    ...(m?.[2] ? { year: m[2] } : {}),
    ...(vol?.[1] ? { volume: vol[2] ? `${vol[1]}, Part ${vol[2]}` : vol[1] } : {}),
    ...(rest ? { subtitle: rest } : {}),
    ...(rest && namesTheBook(rest, vol !== null, c.series) ? { part: rest } : {}),
    ...(c.published ? { published: c.published } : {}),
  };
}

/**
 * Whether "1936, vol. III" alone would name the wrong book: the volume has no
 * number, or it is an appendix, supplement or part, or its series title
 * carries the year so that volumes are numbered within a subject ("…, 1918"
 * + "Russia" + "Volume III").
 */
function namesTheBook(subtitle: string, numbered: boolean, series: string | undefined): boolean {
  return !numbered || /^(?:appendix|supplement|part)\b/i.test(subtitle) || (series !== undefined && /\b\d{4}\b/.test(series));
}

/**
 * A CVCE "Source:" line citing a printed edition, e.g. "Ministère des Affaires
 * étrangères; Commission de publication des DDF (sous la dir.). Documents
 * diplomatiques français. Volume III: 1956, 24 octobre-31 décembre. Paris:
 * Imprimerie nationale, 1990. 642 p. p. 328-329." Null when it has another shape.
 */
export function editionFromSource(source: string): Edition | null {
  const m =
    /^(.+?)\.\s+([^.]+?)\.\s+(?:Volume|Tome|Vol\.)\s+([IVXLCDM]+|\d+)(?::\s*([^.]+))?\.\s+([^:.]+):\s*([^,]+),\s*(\d{4})\.(?:\s*\d+\s*p\.)?(?:\s*pp?\.\s*(\d+(?:\s*[-–]\s*\d+)?)\.?)?\s*$/.exec(
      source.trim(),
    );
  if (!m) return null;
  const [, authors = '', title = '', volume = '', subtitle, pubPlace = '', publisher = '', published = '', pages] = m;
  const editors = authors
    .split(';')
    .map((a) => a.replace(/\((?:sous la dir\.|dir\.|éd\.|ed\.|eds\.)\)/i, '').trim())
    .filter((a) => a.length > 0)
    .join(', ');
  const year = subtitle ? /^(\d{4})\b/.exec(subtitle.trim())?.[1] : undefined;
  return {
    series: title.trim(),
    fullSeries: title.trim(),
    volume,
    ...(subtitle ? { subtitle: subtitle.trim() } : {}),
    ...(year ? { year } : {}),
    ...(editors ? { editors } : {}),
    pubPlace: pubPlace.trim(),
    publisher: publisher.trim(),
    published,
    ...(pages ? { pages: pages.replace(/\s+/g, '') } : {}),
  };
}
