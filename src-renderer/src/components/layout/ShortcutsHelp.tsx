import { useEffect, useRef } from 'react';
import { useDismiss } from '../../hooks/use-dismiss';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl';
const ALT = isMac ? '⌥' : 'Alt';

const GROUPS: Array<{ title: string; keys: Array<[string, string]> }> = [
  {
    title: 'Library and search',
    keys: [
      [`${MOD} K  or  /`, 'Search the library'],
      ['↑ ↓  Enter', 'Move through the list, open in the active pane'],
      [`${ALT} Enter  ·  ${ALT}-click`, 'Open in the other pane'],
      ['F3  ·  Shift F3', 'Next / previous search hit'],
      ['Esc', 'Clear the search'],
      ['PgUp  ·  PgDn', 'Years chart: back / on a decade (arrows: a year; Home / End: first / last; Shift: a range)'],
    ],
  },
  {
    title: 'Reading',
    keys: [
      [`${MOD} F`, 'Find in this document'],
      ['Enter  ·  Shift Enter', 'Next / previous match'],
      ['S  ·  Shift S', 'Select the next sentence / add it to the selection'],
      ['P  ·  Shift P', 'Select the next paragraph / add it to the selection'],
      ['Shift ← →', `Move the end of the selection (with ${MOD}: by a word)`],
      ['H', 'Highlight the selection'],
      [`${MOD} \\`, 'Show the document in the other pane'],
      [`${ALT} S`, 'Swap the panes'],
      [`${ALT} W`, 'Close the active pane'],
      [`${ALT} 1  ·  ${ALT} 2`, 'Go to the left / right pane'],
      ['← →  on the divider', 'Resize the panes'],
      [`${ALT} N`, 'Notes: right, left, hidden'],
    ],
  },
  {
    title: 'Notes',
    keys: [
      ['[[', 'Link to a document'],
      ['Select text', 'Highlight, comment or cite it'],
      ['[[Hay 1900-07', 'Narrow the documents offered: a name, a date, a number (No. 42)'],
      ['?', 'This help'],
    ],
  },
];

/** The keyboard shortcuts, opened with '?'. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const root = useRef<HTMLDivElement>(null);
  useDismiss(root, true, onClose);
  useEffect(() => root.current?.focus(), []);
  return (
    <div className="modal-backdrop">
      <div className="modal shortcuts" role="dialog" aria-modal="true" aria-label="Keyboard shortcuts" ref={root} tabIndex={-1}>
        <header className="modal-head">
          <h2>Keyboard shortcuts</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        <div className="shortcut-groups">
          {GROUPS.map((g) => (
            <section key={g.title}>
              <h3>{g.title}</h3>
              <dl>
                {g.keys.map(([k, what]) => (
                  <div key={k} className="shortcut">
                    <dt>
                      <kbd>{k}</kbd>
                    </dt>
                    <dd>{what}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
