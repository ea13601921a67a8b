import { useCallback, useRef, useState } from 'react';
import { useDismiss } from '../../hooks/use-dismiss';

const EXAMPLES: ReadonlyArray<[string, string]> = [
  ['soviet oil', 'every word, anywhere in the document'],
  ['"Red Army"', 'the exact phrase'],
  ['NEAR(railway Harbin, 5)', 'the words at most 5 words apart (no number: 10; at most 100)'],
  ['NEAR("Foreign Affairs" Omsk)', 'a phrase near a word'],
  ['=contained', 'this form only: not contain, containing'],
  ['-japanese', 'without this word (or "phrase")'],
  ['Moscow OR Paris', 'either word'],
  ['telegr*', 'words beginning so'],
  ['from:Caffery', 'sender; also to: and place:'],
  ['year:1947..1949', 'a year, or a range of years'],
  ['date:1947-11..1948-02', 'a date range; either end may be open'],
  ['collection:frus1936v03', 'a volume, by id or title words'],
  ['tag:strikes', 'your tag'],
  ['set:"Boxer indemnity"', 'only the documents of a working set (Freeze as set…)'],
  ['person:"Lansing"', 'a person of the index, as sender, recipient or named in the text'],
  ['classification:"top secret"', 'the marking, in any spelling (Secret is not Top Secret)'],
  ['caveat:nodis', 'a handling caveat: Nodis, Exdis, "Eyes Only"…'],
  ['file:861.51', 'file numbers beginning so; also repository:'],
  ['redacted:yes', 'text still withheld or omitted (or no, or a kind: "not declassified")'],
  ['translation:yes', 'printed as a translation; also paraphrase:'],
  ['in:notes', 'only your notes (or in:documents)'],
];

/** "?" beside the search box: the query language in a few lines. */
export function QueryHelp() {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(box, open, close);
  return (
    <div className="query-help" ref={box}>
      <button type="button" className="query-help-button" aria-expanded={open} aria-label="How to search" title="How to search" onClick={() => setOpen(!open)}>
        ?
      </button>
      {open && (
        <div className="surface query-help-pop" role="dialog" aria-label="How to search">
          <h3>Search</h3>
          <dl>
            {EXAMPLES.map(([q, what]) => (
              <div key={q}>
                <dt>
                  <code>{q}</code>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
          <p>Case and accents are ignored. While you type, the last word also finds the words starting so, and its own forms: adding finds adding, added, adds — not address.</p>
          <p>Under Refine, click or drag across the years; from the keyboard, arrows move, Shift+arrows select a range, Enter filters, Escape clears.</p>
        </div>
      )}
    </div>
  );
}
