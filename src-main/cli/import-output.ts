import type { ImportReport, ImportWarning } from '../contract';

/** "document d1-2 (no. 2), line 4: " — as much of where as is known, beyond the file named above it. */
function place(w: ImportWarning): string {
  const { documentId, documentNumber, line } = w.where;
  const parts: string[] = [];
  if (documentId !== undefined) parts.push(`document ${documentId}${documentNumber !== undefined ? ` (no. ${documentNumber})` : ''}`);
  else if (documentNumber !== undefined) parts.push(`document no. ${documentNumber}`);
  if (line !== undefined) parts.push(`line ${line}`);
  return parts.length > 0 ? `${parts.join(', ')}: ` : '';
}

/** One line per warning, indented under its file; a repeated one says how often. */
export function warningLines(warnings: readonly ImportWarning[], more = 0): string[] {
  const lines = warnings.map((w) => `  warning ${w.code}: ${place(w)}${w.message}${w.count > 1 ? ` (${w.count} times)` : ''}`);
  if (more > 0) lines.push(`  … and ${more} more warning(s)`);
  return lines;
}

/** The report as the import command prints it: each file, its warnings under it, then the failures. */
export function importReportLines(report: ImportReport): string[] {
  const lines: string[] = [];
  for (const f of report.imported) {
    const { new: added, updated, unchanged } = f.counts;
    const sections = f.sections ? ` and ${f.sections} section(s)` : '';
    lines.push(`imported ${f.documents.length} document(s)${sections} from ${f.file}: ${added} new, ${updated} updated, ${unchanged} unchanged`);
    lines.push(...warningLines(f.warnings, f.moreWarnings));
  }
  for (const f of report.failed) lines.push(`FAILED ${f.message}`);
  return lines;
}
