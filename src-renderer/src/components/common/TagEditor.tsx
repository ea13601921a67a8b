import { useId, useState } from 'react';
import { useAllTags } from '../../hooks/use-tags';

interface Props {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  label: string;
}

const clean = (t: string): string => t.replace(/\s+/g, ' ').trim().slice(0, 100);

/** Tags as chips; type a tag and press Enter (or comma) to add it, × or Backspace to remove. */
export function TagEditor({ tags, onChange, label }: Props) {
  const [draft, setDraft] = useState('');
  const all = useAllTags();
  const listId = useId();
  const add = (raw: string): void => {
    const t = clean(raw);
    setDraft('');
    if (t === '' || tags.some((x) => x.toLowerCase() === t.toLowerCase())) return;
    onChange([...tags, t]);
  };
  return (
    <div className="tag-editor" role="group" aria-label={label}>
      {tags.map((t) => (
        <span key={t} className="tag-chip">
          {t}
          <button type="button" aria-label={`Remove tag ${t}`} onClick={() => onChange(tags.filter((x) => x !== t))}>
            ×
          </button>
        </span>
      ))}
      <input
        className="tag-input"
        aria-label={`Add a tag (${label})`}
        placeholder={tags.length === 0 ? 'Add tags…' : 'Add…'}
        list={listId}
        value={draft}
        onChange={(e) => {
          const v = e.target.value;
          if (v.endsWith(',')) add(v.slice(0, -1));
          else setDraft(v);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add(draft);
          } else if (e.key === 'Backspace' && draft === '' && tags.length > 0) {
            onChange(tags.slice(0, -1));
          }
        }}
        onBlur={() => {
          if (draft.trim() !== '') add(draft);
        }}
      />
      <datalist id={listId}>
        {all
          .filter((t) => !tags.includes(t.tag))
          .map((t) => (
            <option key={t.tag} value={t.tag} />
          ))}
      </datalist>
    </div>
  );
}
