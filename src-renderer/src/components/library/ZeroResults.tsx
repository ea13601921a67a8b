import type { QueryInspection, ZeroExplanation } from '@contract';
import { docs, noneSentence } from '../../lib/inspection-text';

interface Props {
  inspection: QueryInspection;
  zero: ZeroExplanation;
  /** Search again with a suggested word in place of the one typed. */
  onReplace: (typed: string, word: string) => void;
}

const n = (x: number): string => x.toLocaleString('en-GB');

function Unknown({ zero, onReplace }: { zero: Extract<ZeroExplanation, { kind: 'unknown' }>; onReplace: Props['onReplace'] }) {
  return (
    <>
      {zero.terms.map((t) => (
        <p key={t.typed}>
          No document holds <strong>{t.typed}</strong>.
          {t.suggestions.length > 0 && (
            <>
              {' '}
              Did you mean{' '}
              {t.suggestions.map((s, i) => (
                <span key={s}>
                  {i > 0 && (i === t.suggestions.length - 1 ? ' or ' : ', ')}
                  <button type="button" className="link-button" onClick={() => onReplace(t.typed, s)}>
                    {s}
                  </button>
                </span>
              ))}
              ?
            </>
          )}
        </p>
      ))}
    </>
  );
}

function Apart({ zero }: { zero: Extract<ZeroExplanation, { kind: 'apart' }> }) {
  return (
    <>
      <p>Each term matches, but no document holds them all:</p>
      <ul className="zero-counts">
        {zero.terms.map((t) => (
          <li key={t.typed}>
            <strong>{t.typed}</strong> <span className="zero-n">{docs(t.docs)}</span>
          </li>
        ))}
      </ul>
      {zero.pair && (
        <p>
          <strong>{zero.pair[0]}</strong> and <strong>{zero.pair[1]}</strong> never meet in one document.
        </p>
      )}
    </>
  );
}

function Filtered({ zero, hasWords }: { zero: Extract<ZeroExplanation, { kind: 'filtered' }>; hasWords: boolean }) {
  const emptying = zero.filters.filter((f) => f.keeps === 0);
  const span = zero.years ? (zero.years[0] === zero.years[1] ? ` (${zero.years[0]})` : ` (${zero.years[0]}–${zero.years[1]})`) : '';
  const words = hasWords ? `The words match ${docs(zero.matched)}${span}` : `Of the library's ${docs(zero.matched)}`;
  if (emptying.length > 0) return <p>{`${words}, but ${emptying.map(noneSentence).join(' and ')}.`}</p>;
  return (
    <>
      <p>{words}; each filter keeps some of them, but none passes them all:</p>
      <ul className="zero-counts">
        {zero.filters.map((f) => (
          <li key={`${f.field}:${f.value}`}>
            <strong>
              {f.excluded ? 'not ' : ''}
              {f.field}: {f.value}
            </strong>{' '}
            <span className="zero-n">keeps {n(f.keeps)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Why the search found nothing: replaces the empty list. */
export function ZeroResults({ inspection, zero, onReplace }: Props) {
  return (
    <section className="zero-results" aria-label="Why nothing matches">
      <h3>
        Nothing matches <q>{inspection.query}</q>
      </h3>
      {zero.kind === 'unknown' && <Unknown zero={zero} onReplace={onReplace} />}
      {zero.kind === 'apart' && <Apart zero={zero} />}
      {zero.kind === 'excluded' && (
        <p>
          The words match {docs(zero.matched)}, but every one holds an excluded word:{' '}
          {zero.exclusions.map((e) => `${e.typed} (${n(e.docs)})`).join(', ')}.
        </p>
      )}
      {zero.kind === 'filtered' && <Filtered zero={zero} hasWords={inspection.terms.some((t) => !t.excluded)} />}
    </section>
  );
}
