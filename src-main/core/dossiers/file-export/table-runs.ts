import type { OutlineParagraph, Run } from './outline';

/** A table as rows of cells, each cell the runs (highlighted or not) of its text. */
export type RunTable = Run[][][];

/** Splits runs at a separator: the pieces between separators, each keeping its runs' colours. */
function splitRuns(runs: readonly Run[], sep: string): Run[][] {
  const out: Run[][] = [[]];
  for (const r of runs) {
    r.text.split(sep).forEach((piece, i) => {
      if (i > 0) out.push([]);
      if (piece) out.at(-1)?.push(r.color ? { text: piece, color: r.color } : { text: piece });
    });
  }
  return out;
}

/**
 * The paragraph as a table when the walker wrote it as one: every line with
 * the same number (one or more) of tab-separated cells. A volume's list of
 * papers comes this way; the exports print it as a table, as the PDF does.
 */
export function tableOf(p: OutlineParagraph): RunTable | null {
  const rows = splitRuns(p.runs, '\n').map((line) => splitRuns(line, '\t'));
  const width = rows[0]?.length ?? 0;
  if (rows.length < 2 || width < 2 || rows.some((cells) => cells.length !== width)) return null;
  return rows;
}
