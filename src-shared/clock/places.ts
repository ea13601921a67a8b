/**
 * Where a dateline's place keeps its clocks: an IANA zone, whose history
 * (local mean time, summer time, the 1918 Russian double summer time) comes
 * from the ICU data the runtime ships. Keys are lower case; a place matches
 * when its text contains the key as a word ("Legation of the United States,
 * Managua, Nicaragua" → Managua). Covers the datelines of the FRUS volumes
 * Chancery is tested on, and the capitals and posts they write to.
 */
const ZONES: Record<string, string> = {
  washington: 'America/New_York',
  'department of state': 'America/New_York',
  'new york': 'America/New_York',
  'white house': 'America/New_York',
  // Russia: the IANA database has one historical zone for European Russia (Moscow's clock).
  petrograd: 'Europe/Moscow',
  petersburg: 'Europe/Moscow',
  moscow: 'Europe/Moscow',
  vologda: 'Europe/Moscow',
  archangel: 'Europe/Moscow',
  murmansk: 'Europe/Moscow',
  kiev: 'Europe/Kyiv',
  odessa: 'Europe/Kyiv',
  samara: 'Europe/Samara',
  ekaterinburg: 'Asia/Yekaterinburg',
  omsk: 'Asia/Omsk',
  irkutsk: 'Asia/Irkutsk',
  chita: 'Asia/Chita',
  vladivostok: 'Asia/Vladivostok',
  harbin: 'Asia/Shanghai',
  peking: 'Asia/Shanghai',
  peiping: 'Asia/Shanghai',
  tientsin: 'Asia/Shanghai',
  shanghai: 'Asia/Shanghai',
  nanking: 'Asia/Shanghai',
  'hong kong': 'Asia/Hong_Kong',
  tokyo: 'Asia/Tokyo',
  yokohama: 'Asia/Tokyo',
  nagasaki: 'Asia/Tokyo',
  manila: 'Asia/Manila',
  stockholm: 'Europe/Stockholm',
  copenhagen: 'Europe/Copenhagen',
  christiania: 'Europe/Oslo',
  helsingfors: 'Europe/Helsinki',
  london: 'Europe/London',
  paris: 'Europe/Paris',
  rome: 'Europe/Rome',
  berlin: 'Europe/Berlin',
  brussels: 'Europe/Brussels',
  'the hague': 'Europe/Amsterdam',
  berne: 'Europe/Zurich',
  geneva: 'Europe/Zurich',
  vienna: 'Europe/Vienna',
  madrid: 'Europe/Madrid',
  lisbon: 'Europe/Lisbon',
  athens: 'Europe/Athens',
  constantinople: 'Europe/Istanbul',
  ankara: 'Europe/Istanbul',
  istanbul: 'Europe/Istanbul',
  belgrade: 'Europe/Belgrade',
  teheran: 'Asia/Tehran',
  tehran: 'Asia/Tehran',
  baghdad: 'Asia/Baghdad',
  monrovia: 'Africa/Monrovia',
  cairo: 'Africa/Cairo',
  jerusalem: 'Asia/Jerusalem',
  'addis ababa': 'Africa/Addis_Ababa',
  nairobi: 'Africa/Nairobi',
  aden: 'Asia/Aden',
  managua: 'America/Managua',
  bluefields: 'America/Managua',
  greytown: 'America/Managua',
  'san juan del norte': 'America/Managua',
  tegucigalpa: 'America/Tegucigalpa',
  'san josé': 'America/Costa_Rica',
  'san jose': 'America/Costa_Rica',
  guatemala: 'America/Guatemala',
  'san salvador': 'America/El_Salvador',
  panama: 'America/Panama',
  colon: 'America/Panama',
  mexico: 'America/Mexico_City',
  habana: 'America/Havana',
  havana: 'America/Havana',
  'buenos aires': 'America/Argentina/Buenos_Aires',
  'rio de janeiro': 'America/Sao_Paulo',
  santiago: 'America/Santiago',
  lima: 'America/Lima',
  ottawa: 'America/Toronto',
};

/** Countries named in a recipient's title ("the Minister in Ethiopia") → the capital's zone. */
const COUNTRIES: Record<string, string> = {
  ethiopia: 'Africa/Addis_Ababa',
  china: 'Asia/Shanghai',
  japan: 'Asia/Tokyo',
  france: 'Europe/Paris',
  'great britain': 'Europe/London',
  'united kingdom': 'Europe/London',
  italy: 'Europe/Rome',
  germany: 'Europe/Berlin',
  belgium: 'Europe/Brussels',
  sweden: 'Europe/Stockholm',
  denmark: 'Europe/Copenhagen',
  nicaragua: 'America/Managua',
  honduras: 'America/Tegucigalpa',
  'costa rica': 'America/Costa_Rica',
  argentina: 'America/Argentina/Buenos_Aires',
  brazil: 'America/Sao_Paulo',
};

export interface PlaceZone {
  /** The table entry that matched, as written in the place ("Peking"). */
  matched: string;
  zone: string;
  /** What the zone does not know about this place's clock. */
  caveat?: string;
}

/**
 * Places whose own clock the IANA database does not keep: a historian should
 * know the offset is the zone's, not the city's.
 */
const CAVEATS: Record<string, string> = {
  petrograd: "the IANA database keeps Moscow's clock for all European Russia; Petrograd's own mean time was about half an hour behind it until 1919",
  petersburg: "the IANA database keeps Moscow's clock for all European Russia; St. Petersburg's own mean time was about half an hour behind it until 1919",
  vologda: "the IANA database keeps Moscow's clock for all European Russia",
  archangel: "the IANA database keeps Moscow's clock for all European Russia",
  murmansk: "the IANA database keeps Moscow's clock for all European Russia",
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function lookUp(text: string, table: Record<string, string>): PlaceZone | undefined {
  let best: (PlaceZone & { at: number }) | undefined;
  for (const [key, zone] of Object.entries(table)) {
    const m = new RegExp(`(?:^|[^\\p{L}])(${escape(key)})(?![\\p{L}])`, 'iu').exec(text);
    // The last-named place wins: "Legation of the United States, Managua" names the city after the office.
    if (m?.[1] && (!best || m.index > best.at)) best = { matched: m[1], zone, at: m.index };
  }
  if (!best) return undefined;
  const caveat = CAVEATS[best.matched.toLowerCase()];
  return { matched: best.matched, zone: best.zone, ...(caveat ? { caveat } : {}) };
}

/** The zone of a dateline place ("Peking", "Legation of the United States, Managua, Nicaragua"). */
export function zoneForPlace(place: string | undefined): PlaceZone | undefined {
  return place ? lookUp(place, ZONES) : undefined;
}

/** The zone of a post named in a recipient's title: "the Ambassador in Japan", "the Consul at Vladivostok". */
export function zoneForPost(role: string | undefined): PlaceZone | undefined {
  const post = role && /\b(?:in|at)\s+(.+)$/i.exec(role)?.[1];
  if (!post) return undefined;
  return lookUp(post, ZONES) ?? lookUp(post, COUNTRIES);
}
