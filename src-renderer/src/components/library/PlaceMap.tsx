import { useMemo, useState } from 'react';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { PlaceCount } from '@contract';
// World outlines ship with the app (the world-atlas package): no tiles, no network.
import countries110m from 'world-atlas/countries-110m.json';

const WIDTH = 360;
const HEIGHT = 200;
const LABELS = 8;

/** The countries as one SVG path, made once: the outlines do not change with the results. */
let outlines: { d: string; project: (lon: number, lat: number) => [number, number] | null } | null = null;

function worldOutlines(): NonNullable<typeof outlines> {
  if (outlines) return outlines;
  const topo = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
  const land = feature(topo, topo.objects.countries);
  // Fitted to the inhabited latitudes: Antarctica and the high Arctic held no legation and would take a third of the height.
  const frame = { type: 'MultiPoint' as const, coordinates: [-180, 0, 180].flatMap((lon) => [[lon, -56], [lon, 76]]) };
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], frame);
  const d = geoPath(projection)(land) ?? '';
  outlines = { d, project: (lon, lat) => projection([lon, lat]) };
  return outlines;
}

interface Props {
  places: PlaceCount[];
  /** The place the results are filtered on, if any. */
  current: string | undefined;
  onPick: (place: PlaceCount) => void;
}

/** Where the matching documents were sent from: a dot per place, sized by count; click one to filter on it. */
export function PlaceMap({ places, current, onPick }: Props) {
  const [open, setOpen] = useState(false);
  const world = useMemo(() => worldOutlines(), []);
  const max = places.reduce((m, p) => Math.max(m, p.count), 1);
  if (places.length === 0) return null;
  // Area proportional to the count, so a post with four times the documents looks four times the size.
  const radius = (n: number): number => 2 + 9 * Math.sqrt(n / max);
  // The largest dots drawn first, so small posts near a capital stay clickable on top.
  const order = [...places].sort((a, b) => b.count - a.count);
  // The commonest places are named on the map where a name has room; the others say their name on hover.
  const labelled = (list: PlaceCount[]): Array<{ p: PlaceCount; x: number; y: number; left: boolean }> => {
    const boxes: Array<[number, number, number, number]> = [];
    const out: Array<{ p: PlaceCount; x: number; y: number; left: boolean }> = [];
    for (const p of list) {
      const at = world.project(p.lon, p.lat);
      if (!at || out.length >= LABELS) continue;
      const width = p.name.length * 4.2;
      // Right of the dot, or left of it near the map's right edge.
      const left = at[0] + radius(p.count) + 1.5 + width > WIDTH;
      const x = left ? at[0] - radius(p.count) - 1.5 : at[0] + radius(p.count) + 1.5;
      const box: [number, number, number, number] = [left ? x - width : x, at[1] - 4, left ? x : x + width, at[1] + 4];
      if (boxes.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) continue;
      boxes.push(box);
      out.push({ p, x, y: at[1] + 3, left });
    }
    return out;
  };
  return (
    <div className="place-map">
      <button type="button" className="facet-group" aria-expanded={open} onClick={() => setOpen(!open)}>
        Map of places ({places.length})
      </button>
      {open && (
        <svg className="place-map-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label="Places the documents were sent from">
          <path className="place-map-land" d={world.d} />
          {labelled(order).map(({ p, x, y, left }) => (
            <text key={`label-${p.id}`} className="place-label" x={x} y={y} textAnchor={left ? 'end' : 'start'}>
              {p.name}
            </text>
          ))}
          {order.map((p) => {
            const at = world.project(p.lon, p.lat);
            if (!at) return null;
            const label = `${p.name}, ${p.country}: ${p.count.toLocaleString('en-GB')} document${p.count === 1 ? '' : 's'}`;
            return (
              <circle
                key={p.id}
                className={p.name === current ? 'place-dot current' : 'place-dot'}
                cx={at[0]}
                cy={at[1]}
                r={radius(p.count)}
                role="button"
                tabIndex={0}
                aria-label={label}
                data-place={p.name}
                onClick={() => onPick(p)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onPick(p);
                  }
                }}
              >
                <title>{label}</title>
              </circle>
            );
          })}
        </svg>
      )}
    </div>
  );
}
