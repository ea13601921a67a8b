import { useState } from 'react';
import type { InspectedTerm, QueryInspection } from '@contract';
import { becameOf, filterLabel, filterSentence, isBroader, termLabel, termSentence } from '../../lib/inspection-text';

interface Props {
  inspection: QueryInspection | null;
}

interface Chip {
  key: string;
  label: string;
  /** The stem or expansion, shown after an arrow where it differs from what was typed. */
  became: string | null;
  count: string;
  sentence: string;
  className: string;
  /** Shown before the chip: `or` inside an OR group, `within 5` inside a NEAR group. */
  joiner: string | null;
}

function joinerOf(t: InspectedTerm): string | null {
  if (t.within !== undefined) return `within ${t.within}`;
  return t.joined === 'or' && !t.excluded ? 'or' : null;
}

function chipsOf(inspection: QueryInspection): Chip[] {
  const terms = inspection.terms.map((t, i): Chip => {
    const cls = ['qi-chip', t.excluded ? 'excluded' : '', isBroader(t) ? 'broader' : '', t.docs === 0 ? 'none' : ''].filter(Boolean).join(' ');
    return { key: `t${i}`, label: termLabel(t), became: becameOf(t), count: t.docs.toLocaleString('en-GB'), sentence: termSentence(t), className: cls, joiner: joinerOf(t) };
  });
  const filters = inspection.filters
    .filter((f) => f.inQuery)
    .map((f, i): Chip => ({
      key: `f${i}`,
      label: filterLabel(f),
      became: null,
      count: f.docs === undefined ? '' : f.docs.toLocaleString('en-GB'),
      sentence: filterSentence(f),
      className: `qi-chip filter${f.excluded ? ' excluded' : ''}${f.problem !== undefined ? ' none' : ''}`,
      joiner: null,
    }));
  return [...terms, ...filters];
}

/**
 * What the query became, under the search box: one chip per term (stem,
 * document count; amber where it reaches further than typed) and per field.
 * Hover, focus (Tab from the box) or click a chip for its sentence on the line
 * below; screen readers get the sentence as the chip's name.
 */
export function QueryInspector({ inspection }: Props) {
  const [shown, setShown] = useState<string | null>(null);
  const [pinned, setPinned] = useState<string | null>(null);
  if (!inspection || (inspection.terms.length === 0 && !inspection.filters.some((f) => f.inQuery))) return null;
  const chips = chipsOf(inspection);
  // The chip pointed at, else the one clicked, else the first warning: a broader-than-typed term is said without asking.
  const current = chips.find((c) => c.key === shown) ?? chips.find((c) => c.key === pinned) ?? chips.find((c) => c.className.includes('broader'));
  return (
    <div className="query-inspector">
      <ul className="qi-chips" aria-label="How the query was read">
        {chips.map((c) => (
          <li key={c.key}>
            {c.joiner !== null && <span className="qi-or">{c.joiner}</span>}
            <button
              type="button"
              className={c.className}
              aria-label={c.sentence}
              aria-pressed={pinned === c.key}
              onClick={() => setPinned(pinned === c.key ? null : c.key)}
              onFocus={() => setShown(c.key)}
              onBlur={() => setShown(null)}
              onMouseEnter={() => setShown(c.key)}
              onMouseLeave={() => setShown(null)}
            >
              <span className="qi-label">{c.label}</span>
              {c.became !== null && <span className="qi-became">→ {c.became}</span>}
              {c.count !== '' && <span className="qi-count">{c.count}</span>}
            </button>
          </li>
        ))}
      </ul>
      <p className="qi-line" aria-hidden="true">
        {current?.sentence ?? ''}
      </p>
    </div>
  );
}
