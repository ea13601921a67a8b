import type { PlaceCount } from '../../contract';
import { placeByName } from '../../../src-shared/places/gazetteer';

/** "Peking, China" beside a known place's facet value; a place kept as written has no label. */
export function placeLabel(value: string): string | undefined {
  const p = placeByName(value);
  return p && `${p.name}, ${p.country}`;
}

/**
 * Every known place the matching documents were sent from, with where it
 * lies, for the map: all of them, not the facet's top 20, as a map of a
 * result set should not drop the posts that wrote least.
 */
export function mappedPlaces(counts: Map<string, number>): PlaceCount[] {
  const out: PlaceCount[] = [];
  for (const [value, count] of counts) {
    const p = placeByName(value);
    if (p) out.push({ id: p.id, name: p.name, country: p.country, lat: p.lat, lon: p.lon, count });
  }
  return out.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
