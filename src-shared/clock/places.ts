import { matchPlace } from '../places/place-match';

/*
 * Where a dateline's place keeps its clocks: the IANA zone the gazetteer
 * (src-shared/places) gives each place, whose history (local mean time,
 * summer time, the 1918 Russian double summer time) comes from the ICU data
 * the runtime ships. The place is the last one the text names ("Legation of
 * the United States, Managua, Nicaragua" → Managua).
 */

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

const MOSCOW_CLOCK = "the IANA database keeps Moscow's clock for all European Russia";

/**
 * Places whose own clock the IANA database does not keep: a historian should
 * know the offset is the zone's, not the city's.
 */
const CAVEATS: Record<string, (matched: string) => string> = {
  petrograd: (name) => `${MOSCOW_CLOCK}; ${name}'s own mean time was about half an hour behind it until 1919`,
  vologda: () => MOSCOW_CLOCK,
  archangel: () => MOSCOW_CLOCK,
  murmansk: () => MOSCOW_CLOCK,
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function lookUpCountry(text: string): PlaceZone | undefined {
  let best: (PlaceZone & { at: number }) | undefined;
  for (const [key, zone] of Object.entries(COUNTRIES)) {
    const m = new RegExp(`(?:^|[^\\p{L}])(${escape(key)})(?![\\p{L}])`, 'iu').exec(text);
    if (m?.[1] && (!best || m.index > best.at)) best = { matched: m[1], zone, at: m.index };
  }
  return best && { matched: best.matched, zone: best.zone };
}

function lookUp(text: string): PlaceZone | undefined {
  const m = matchPlace(text);
  if (!m) return undefined;
  const caveat = CAVEATS[m.place.id]?.(m.matched);
  return { matched: m.matched, zone: m.place.zone, ...(caveat ? { caveat } : {}) };
}

/** The zone of a dateline place ("Peking", "Legation of the United States, Managua, Nicaragua"). */
export function zoneForPlace(place: string | undefined): PlaceZone | undefined {
  return place ? lookUp(place) : undefined;
}

/** The zone of a post named in a recipient's title: "the Ambassador in Japan", "the Consul at Vladivostok". */
export function zoneForPost(role: string | undefined): PlaceZone | undefined {
  const post = role && /\b(?:in|at)\s+(.+)$/i.exec(role)?.[1];
  if (!post) return undefined;
  return lookUp(post) ?? lookUpCountry(post);
}
