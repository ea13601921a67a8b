/**
 * The fixed query set of the scale benchmark: real FRUS vocabulary from the
 * three corpus volumes, of very different frequencies (document frequency in
 * the 1,202 source documents in comments). `fts` is the same question for the
 * plain-FTS5 baseline: its MATCH expression and an SQL condition on `documents d`
 * for the fields (FTS5 alone has no metadata).
 */
export interface BenchQuery {
  kind: '1-word' | '2-word' | '3-word' | 'phrase' | 'field' | 'near' | 'exact';
  q: string;
  fts: { match?: string; where?: string };
}

const words = (kind: BenchQuery['kind'], qs: string[]): BenchQuery[] =>
  qs.map((q) => ({ kind, q, fts: { match: kind === 'phrase' ? q : q.split(' ').map((w) => `"${w}"`).join(' ') } }));

/**
 * Kinds added after the first figures were published (NEAR, =word): reported
 * on their own lines and kept out of "all", so "all" stays comparable with
 * earlier runs. Their baseline is FTS5's NEAR, and for =word the stemmed word
 * (plain FTS5 has no unstemmed index).
 */
export const ADDED_KINDS: ReadonlySet<BenchQuery['kind']> = new Set(['near', 'exact']);

const near = (qs: Array<[string, string]>): BenchQuery[] => qs.map(([q, match]) => ({ kind: 'near', q, fts: { match } }));
const exact = (qs: string[]): BenchQuery[] =>
  qs.map((q) => ({ kind: 'exact', q, fts: { match: q.split(' ').map((w) => `"${w.replace(/^=/, '').toLowerCase()}"`).join(' ') } }));

export const QUERIES: BenchQuery[] = [
  // telegram 945, government 700, minister 330, legation 216, railway 148, ethiopia 150,
  // vladivostok 141, treaty 110, bluefields 104, japanese 87, embargo 53, neutrality 26, petroleum 7
  ...words('1-word', ['telegram', 'government', 'minister', 'legation', 'railway', 'ethiopia', 'vladivostok', 'treaty', 'bluefields', 'japanese', 'embargo', 'neutrality', 'petroleum']),
  ...words('2-word', [
    'government telegram', 'italian sanctions', 'railway harbin', 'mosquito reservation', 'japanese troops',
    'bolsheviki recognition', 'customs loan', 'legation protection', 'consul vladivostok', 'emperor ethiopia', 'oil concession',
  ]),
  ...words('3-word', [
    'secretary state telegram', 'trans siberian railway', 'italian ethiopian conflict', 'british government protest', 'american citizens protection',
    'league nations sanctions', 'czech troops siberia', 'nicaraguan government bluefields', 'minister foreign affairs', 'allied military intervention',
  ]),
  ...words('phrase', [
    '"Secretary of State"', '"Mosquito Reservation"', '"Trans-Siberian Railway"', '"League of Nations"', '"Addis Ababa"',
    '"Department of State"', '"American citizens"', '"Soviet Government"', '"Italian Government"', '"Minister for Foreign Affairs"',
  ]),
  { kind: 'field', q: 'railway year:1918..1925', fts: { match: '"railway"', where: 'd.year BETWEEN 1918 AND 1925' } },
  { kind: 'field', q: 'from:Gresham', fts: { where: "d.sender LIKE '%Gresham%'" } },
  { kind: 'field', q: 'treaty from:Francis', fts: { match: '"treaty"', where: "d.sender LIKE '%Francis%'" } },
  { kind: 'field', q: 'oil place:"Addis Ababa"', fts: { match: '"oil"', where: "json_extract(d.meta_json, '$.place.value') LIKE '%Addis Ababa%'" } },
  { kind: 'field', q: 'telegram date:1920-01..1921-06', fts: { match: '"telegram"', where: "d.date_start BETWEEN '1920-01' AND '1921-06-99'" } },
  { kind: 'field', q: 'sanctions collection:frus1936v03', fts: { match: '"sanctions"', where: "d.collection_id = 'frus1936v03'" } },
  { kind: 'field', q: 'troops -japanese', fts: { match: '"troops" NOT "japanese"' } },
  { kind: 'field', q: 'railway OR railroad year:1930', fts: { match: '"railway" OR "railroad"', where: 'd.year = 1930' } },
  { kind: 'field', q: 'to:Francis', fts: { where: "json_extract(d.meta_json, '$.to.value') LIKE '%Francis%'" } },
  { kind: 'field', q: 'protest place:Washington year:1895..1900', fts: { match: '"protest"', where: "json_extract(d.meta_json, '$.place.value') LIKE '%Washington%' AND d.year BETWEEN 1895 AND 1900" } },
  ...near([
    ['NEAR(railway Harbin, 5)', 'NEAR("railway" "harbin", 5)'], ['NEAR("Foreign Affairs" Omsk, 5)', 'NEAR("foreign affairs" "omsk", 5)'],
    ['NEAR(Japanese troops, 10)', 'NEAR("japanese" "troops", 10)'], ['NEAR(Italian sanctions)', 'NEAR("italian" "sanctions", 10)'],
    ['NEAR(telegram government, 5)', 'NEAR("telegram" "government", 5)'], ['NEAR("Secretary of State" treaty, 20)', 'NEAR("secretary of state" "treaty", 20)'],
    ['NEAR(oil embargo, 3)', 'NEAR("oil" "embargo", 3)'], ['NEAR(Czech troops Vladivostok, 15)', 'NEAR("czech" "troops" "vladivostok", 15)'],
    ['NEAR(emperor Ethiopia, 5)', 'NEAR("emperor" "ethiopia", 5)'], ['NEAR(Mosquito Bluefields, 30)', 'NEAR("mosquito" "bluefields", 30)'],
  ]),
  ...exact(['=contained', '=telegram', '=government', '=railways', '=treaty', '=Bolsheviki', '=sanctions', '=regime', '=contained Ethiopia', '=embargo oil']),
];
