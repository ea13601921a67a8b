import type { ReactNode } from 'react';
import type { TrashedDocument, TrashEntry } from '@contract';
import { formatStamp } from '../../lib/format';
import { downloadKept, restoreBlock } from '../../lib/trash-actions';

const KIND: Record<TrashEntry['kind'], string> = {
  note: 'Note', dossier: 'Dossier', 'dossier-item': 'Removed from a dossier', document: 'Annotations of a deleted document',
  'saved-search': 'Saved search',
  'working-set': 'Working set',
};
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function excerpt(text: string): ReactNode {
  const t = text.trim();
  if (t === '') return null;
  return <p className="trash-excerpt">{t.length > 280 ? `${t.slice(0, 277)}…` : t}</p>;
}

function DocumentDetails({ e }: { e: TrashedDocument }) {
  return (
    <>
      <p className="trash-meta">
        {[
          e.highlights.length > 0 ? plural(e.highlights.length, 'highlight', 'highlights') : '',
          e.note ? `its note kept as “${e.note.title}”` : '',
          e.dossiers.length > 0 ? `in ${e.dossiers.map((d) => `“${d.title}”`).join(', ')}` : '',
          e.tags.length > 0 ? `tags: ${e.tags.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {e.highlights.length > 0 && (
        <ul className="trash-highlights">
          {e.highlights.map((h, i) => (
            <li key={i} className={`trash-highlight color-${h.color}`}>
              <q>{h.exact}</q>
              {h.comment && <span className="trash-comment">{h.comment}</span>}
            </li>
          ))}
        </ul>
      )}
      {e.dossiers.filter((d) => d.commentary.trim() !== '').map((d) => (
        <div key={d.dossierId} className="trash-commentary">
          <span className="trash-meta">Commentary in “{d.title}”</span>
          {excerpt(d.commentary)}
        </div>
      ))}
      <button type="button" className="link-button" onClick={() => downloadKept(e)}>
        Download as Markdown
      </button>
    </>
  );
}

function details(e: TrashEntry): ReactNode {
  switch (e.kind) {
    case 'note':
      return excerpt(e.body);
    case 'dossier':
      return (
        <>
          <p className="trash-meta">
            {plural(e.itemCount, 'document', 'documents')}
            {e.commentaries > 0 ? ` · ${plural(e.commentaries, 'commentary', 'commentaries')}` : ''}
            {e.introduction.trim() !== '' ? ' · introduction' : ''}
          </p>
          {excerpt(e.introduction)}
        </>
      );
    case 'dossier-item':
      return (
        <>
          <p className="trash-meta">from the dossier “{e.dossierTitle}”</p>
          {excerpt(e.commentary)}
        </>
      );
    case 'document':
      return <DocumentDetails e={e} />;
    case 'saved-search':
      return <p className="trash-meta">{e.query === '' ? 'filters only' : <code>{e.query}</code>}</p>;
    case 'working-set':
      return (
        <p className="trash-meta">
          {plural(e.frozenCount, 'document', 'documents')} when frozen{e.query === '' ? '' : ' · '}
          {e.query !== '' && <code>{e.query}</code>}
        </p>
      );
  }
}

const titleOf = (e: TrashEntry): string => (e.kind === 'dossier-item' ? e.docTitle : e.title);

/** One deleted thing: what it was, what it held, when it was deleted, and Restore. */
export function TrashEntryView({ entry, busy, onRestore }: { entry: TrashEntry; busy: boolean; onRestore: () => void }) {
  const blocked = restoreBlock(entry);
  return (
    <li className="trash-entry" aria-label={titleOf(entry)}>
      <div className="trash-entry-head">
        <div>
          <span className="trash-kind">{KIND[entry.kind]}</span>
          <h3 className="trash-title">{titleOf(entry)}</h3>
        </div>
        {blocked === null ? (
          <button type="button" className="button small" disabled={busy} onClick={onRestore}>
            Restore
          </button>
        ) : null}
      </div>
      {details(entry)}
      <p className="trash-when">
        Deleted {formatStamp(entry.deletedAt)}
        {blocked !== null && <> · {blocked}</>}
      </p>
    </li>
  );
}
