import type { Highlight } from '@contract';
import { useHighlightComment } from '../../hooks/use-highlight-comment';
import { MarkdownTextarea } from './MarkdownTextarea';
import { NotePreview } from './NotePreview';

const STATUS = { clean: '', pending: 'Saving…', saving: 'Saving…', saved: 'Saved', error: 'Not saved' } as const;

/** The Markdown comment on a highlight, saved as you type, with its sanitised preview. */
export function CommentEditor({ highlight, autoFocus, onOpenDoc }: { highlight: Highlight; autoFocus?: boolean; onOpenDoc?: (id: number, other?: boolean) => void }) {
  const c = useHighlightComment(highlight);
  return (
    <div className="comment-editor">
      <MarkdownTextarea
        className="comment-input"
        aria-label="Comment on the highlight (Markdown)"
        placeholder="Comment — Markdown, saved as you type; [[ links a document"
        autoFocus={autoFocus}
        rows={3}
        value={c.text}
        onChange={c.setText}
        onBlur={c.flush}
      />
      <div className="comment-foot">
        <span className={`comment-status status-${c.status}`} role="status" title={c.error ?? undefined}>
          {STATUS[c.status]}
        </span>
      </div>
      {c.text.trim() !== '' && <NotePreview markdown={c.text} compact onOpenDoc={onOpenDoc} />}
    </div>
  );
}
