import type { HighlightColor } from '../../../contract';
import type { DossierOutline, OutlineDocument, OutlineParagraph, Run } from './outline';
import { tableOf } from './table-runs';

/** Every character the user or a source supplied goes through here: the file carries no markup but ours. */
const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const TINTS: Record<HighlightColor, string> = { yellow: '#fff1a8', green: '#cdeccd', blue: '#cfe3f7', pink: '#f7d0df' };

/** Markdown shown as its text, paragraph by paragraph (no raw HTML can pass). */
const prose = (md: string, cls: string): string =>
  md
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p class="${cls}">${esc(p)}</p>`)
    .join('\n');

const CSS = `body{font-family:Georgia,'Noto Serif',serif;max-width:42em;margin:2em auto;padding:0 1em;line-height:1.5;color:#222}
h1{font-size:1.8em}h2{font-size:1.25em;margin-top:2.5em;border-top:1px solid #ccc;padding-top:1em}
.cite{font-size:.9em;color:#555}.commentary{font-style:italic;color:#3a4a6a}.note{background:#f6f3ea;border-left:3px solid #b9a36a;padding:.3em .8em}
.comment{margin:.2em 0 1em 2em;font-size:.92em;font-style:italic;color:#6a4a3a}.comment::before{content:'Comment: ';font-weight:bold;font-style:normal}
mark{padding:0 .1em}p.t{white-space:pre-wrap;tab-size:4}table{border-collapse:collapse;font-size:.9em;margin:1em 0}th,td{border-bottom:1px solid #ddd;padding:.2em .4em;text-align:left;vertical-align:top}h3{font-size:1em;margin-bottom:.2em}`;

/** A body paragraph keeps the walker's line and cell breaks (class t: pre-wrap), so a table's rows stay rows. */
const marked = (runs: readonly Run[]): string => runs.map((r) => (r.color ? `<mark style="background:${TINTS[r.color]}">${esc(r.text)}</mark>` : esc(r.text))).join('');

/** A list of papers as a table, its first row the header. */
const htmlTable = (rows: Run[][][]): string =>
  `<table>${rows.map((cells, i) => `<tr>${cells.map((c) => (i === 0 ? `<th>${marked(c)}</th>` : `<td>${marked(c)}</td>`)).join('')}</tr>`).join('\n')}</table>`;

function paragraph(p: OutlineParagraph): string {
  const table = tableOf(p);
  const runs = marked(p.runs);
  return [table ? htmlTable(table) : runs ? `<p class="t">${runs}</p>` : '', ...p.comments.map((c) => `<p class="comment">${esc(c)}</p>`)].join('\n');
}

function documentSection(d: OutlineDocument, n: number): string {
  return [
    `<section><h2>${n}. ${esc(d.title)}</h2>`,
    `<p class="cite">${esc(d.citation)}</p>`,
    d.commentary.trim() ? `<h3>Commentary</h3>\n${prose(d.commentary, 'commentary')}` : '',
    d.note.trim() ? `<h3>Note</h3>\n<div class="note">${prose(d.note, 'note-text')}</div>` : '',
    ...d.paragraphs.map(paragraph),
    ...d.orphaned.map((o) => `<p class="orphan">“${esc(o.quote)}” (no longer found in the text)</p>${o.comment ? `<p class="comment">${esc(o.comment)}</p>` : ''}`),
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** One self-contained file: inline CSS, no script, no external request (a CSP forbids any). */
export function dossierHtml(o: DossierOutline): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(o.title)}</title><style>${CSS}</style></head>
<body><h1>${esc(o.title)}</h1>
${o.author ? `<p class="author">${esc(o.author)}</p>` : ''}
${prose(o.introduction, 'intro')}
<h2>Sources</h2>
<ol>${o.documents.map((d) => `<li>${esc(d.citation)}</li>`).join('')}</ol>
${o.documents.map((d, i) => documentSection(d, i + 1)).join('\n')}
</body></html>
`;
}
