import type { Db } from '../db/open-database';
import type { Party } from '../../../src-shared/model/document';
import { serialsOf } from '../../../src-shared/text-refs/doc-serials';

/** A document a reference found in the text may cite, as the resolver weighs it. */
export interface Candidate {
  id: number;
  title: string;
  /** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM' (documents dated less precisely are never candidates). */
  date: string;
  kind: string | null;
  /** Its own serials (meta.docNumber, ranges spelt out). */
  serials: string[];
  from: Party[];
  to: Party[];
  place: string | null;
  collectionId: string | null;
}

/**
 * What the resolver asks of the library. Read-only; one lookup serves one
 * relinking pass (it may keep what it read until then).
 */
export interface CandidateLookup {
  /** Documents whose own serial is `serial`, dated from `from` to `to` ('YYYY-MM-DD', both included). */
  bySerial(serial: string, from: string, to: string): readonly Candidate[];
  /** Documents dated on `day` ('YYYY-MM-DD'). */
  onDay(day: string): readonly Candidate[];
}

interface Row {
  id: number;
  title: string;
  date_start: string;
  kind: string | null;
  collection_id: string | null;
  num: string | null;
  from_json: string | null;
  to_json: string | null;
  place: string | null;
}

interface Year {
  bySerial: Map<string, Candidate[]>;
  byDay: Map<string, Candidate[]>;
}

const parties = (json: string | null): Party[] => (json ? (JSON.parse(json) as Party[]) : []);

/** Never more than this many years are read for one question: references look back months, rarely years. */
const MAX_YEARS = 4;

/**
 * The lookup over the library's SQLite: a year's documents are read once
 * (by the `year` index, only the columns weighed) and kept for the pass, so
 * relinking a whole volume reads each year once and one document costs a few
 * small reads.
 */
export function createCandidateLookup(db: Db): CandidateLookup {
  const ofYear = db.prepare(`
    SELECT id, title, date_start, kind, collection_id,
      json_extract(meta_json, '$.docNumber.value') AS num,
      json_extract(meta_json, '$.from.value') AS from_json,
      json_extract(meta_json, '$.to.value') AS to_json,
      json_extract(meta_json, '$.place.value') AS place
    FROM documents WHERE year = ? AND length(date_start) >= 10 AND (kind IS NULL OR kind <> 'section')`);
  const years = new Map<number, Year>();

  const year = (y: number): Year => {
    let got = years.get(y);
    if (got) return got;
    got = { bySerial: new Map(), byDay: new Map() };
    for (const r of ofYear.iterate(y) as IterableIterator<Row>) {
      const c: Candidate = {
        id: r.id, title: r.title, date: r.date_start, kind: r.kind, serials: serialsOf(r.num),
        from: parties(r.from_json), to: parties(r.to_json), place: r.place, collectionId: r.collection_id,
      };
      for (const s of c.serials) push(got.bySerial, s.toUpperCase(), c);
      push(got.byDay, c.date.slice(0, 10), c);
    }
    years.set(y, got);
    return got;
  };

  return {
    bySerial(serial, from, to) {
      const y0 = Math.max(Number(from.slice(0, 4)), Number(to.slice(0, 4)) - MAX_YEARS + 1);
      const out: Candidate[] = [];
      for (let y = y0; y <= Number(to.slice(0, 4)); y++) {
        for (const c of year(y).bySerial.get(serial.replace(/^0+(?=\d)/, '').toUpperCase()) ?? []) {
          const day = c.date.slice(0, 10);
          if (day >= from && day <= to) out.push(c);
        }
      }
      return out;
    },
    onDay(day) {
      return year(Number(day.slice(0, 4))).byDay.get(day) ?? [];
    },
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
