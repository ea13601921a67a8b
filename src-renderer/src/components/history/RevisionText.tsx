import { useMemo, useState } from 'react';
import { changesBetween } from '../../lib/revision-diff';

/** A version's text, or what it changed from the version before (added underlined green, removed struck red). */
export function RevisionText({ body, before }: { body: string; before: string | null }) {
  const [view, setView] = useState<'changes' | 'text'>(before === null ? 'text' : 'changes');
  const parts = useMemo(() => (before === null ? [] : changesBetween(before, body)), [before, body]);
  const mode = before === null ? 'text' : view;
  return (
    <div className="revision-text">
      {before !== null && (
        <div className="segmented" role="group" aria-label="Show">
          <button type="button" aria-pressed={mode === 'changes'} onClick={() => setView('changes')}>
            Changes
          </button>
          <button type="button" aria-pressed={mode === 'text'} onClick={() => setView('text')}>
            Text
          </button>
        </div>
      )}
      <pre className="revision-body" data-testid="revision-body">
        {mode === 'text'
          ? body || '(empty)'
          : parts.map((p, i) =>
              p.change === 'same' ? (
                <span key={i}>{p.text}</span>
              ) : p.change === 'added' ? (
                <ins key={i}>{p.text}</ins>
              ) : (
                <del key={i}>{p.text}</del>
              ),
            )}
      </pre>
    </div>
  );
}
