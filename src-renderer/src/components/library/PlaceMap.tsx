import { useMemo, useState } from 'react';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { PlaceCount } from '@contract';
// World outlines ship with the app (the world-atlas package): no tiles, no network.
import countries110m from 'world-atlas/countries-110m.json';

const WIDTH = 360;
const HEIGHT = 190;
const LABELS = 5;

/** The countries as one SVG path, made once: the outlines do not change with the results. */
let outlines: { d: string; project: (lon: number, lat: number) => [number, number] | null } | null = null;

function worldOutlines(): NonNullable<typeof outlines> {
  if (outlines) return outlines;
  const topo = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
  const land = feature(topo, topo.objects.countries);
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], { type: 'Sphere' });
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
  // The five commonest places are named on the map; the others say their name on hover.
  const labelled = (list: PlaceCount[]): Array<{ p: PlaceCount; at: [number, number] }> =>
    list.slice(0, LABELS).flatMap((p) => {
      const at = world.project(p.lon, p.lat);
      return at ? [{ p, at }] : [];
    });
  return (
    <div className="place-map">
      <button type="button" className="facet-group" aria-expanded={open} onClick={() => setOpen(!open)}>
        Map of places ({places.length})
      </button>
      {open && (
        <svg className="place-map-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label="Places the documents were sent from">
          <path className="place-map-land" d={world.d} />
          {labelled(order).map(({ p, at }) => (
            <text key={`label-${p.id}`} className="place-label" x={at[0] + radius(p.count) + 1.5} y={at[1] + 3}>
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
