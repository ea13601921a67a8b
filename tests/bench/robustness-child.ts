/**
 * One measurement of the import-robustness bench, in its own process so that
 * a run can be stopped at a time limit and its peak RSS read from outside.
 * `file LIBRARY PATH`: imports one file. `saves LIBRARY SEEDS VOLUME...`: imports
 * the volumes while saving a note every 20 ms (on a document of the
 * samples in SEEDS, imported first). Prints one JSON line.
 */
import { createCore } from '../../src-main/core/core';
import { dispatch } from '../../src-main/core/dispatch';
import { createHandlers } from '../../src-main/core/handlers';

const [mode, libraryDir = '', ...paths] = process.argv.slice(2);
const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

async function importFile(): Promise<object> {
  const core = createCore({ libraryDir });
  const t0 = performance.now();
  const report = await core.importPaths(paths);
  const ms = performance.now() - t0;
  core.close();
  const docs = report.imported.reduce((n, f) => n + f.documents.length, 0);
  const outcome = report.failed.length > 0 ? `failed: ${report.failed.map((f) => f.message).join('; ')}` : `imported ${docs} document(s)`;
  return { outcome, ms, peakRssMb: peakRssMb() };
}

const INTERVAL_MS = 20;

/**
 * A note saved every 20 ms while the import runs. A save's wait counts from
 * when it was due, so a blocked event loop (which delays the timer itself)
 * shows as the latency a user's request would have had.
 */
async function savesDuringImport(): Promise<object> {
  const core = createCore({ libraryDir });
  const seed = await core.importPaths([paths[0] ?? '']);
  const docId = seed.imported[0]?.documents[0]?.id ?? 0;
  const handlers = createHandlers(core);
  const latencies: number[] = [];
  const pending: Array<Promise<void>> = [];
  let done = false;
  let due = performance.now() + INTERVAL_MS;
  const tick = (): void => {
    if (done) return;
    const from = due;
    pending.push(
      dispatch(handlers, 'notes.save', { docId, body: `Saved at ${from}` }).then((r) => {
        if (!r.ok) throw new Error(r.error.message);
        latencies.push(performance.now() - from);
      }),
    );
    while (due <= performance.now()) due += INTERVAL_MS;
    setTimeout(tick, Math.max(0, due - performance.now()));
  };
  setTimeout(tick, INTERVAL_MS);
  const t0 = performance.now();
  const report = await core.importPaths(paths.slice(1));
  const ms = performance.now() - t0;
  done = true;
  await Promise.all(pending);
  core.close();
  if (report.failed.length > 0) throw new Error(report.failed.map((f) => f.message).join('\n'));
  const sorted = latencies.sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { saves: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? NaN, importMs: ms, peakRssMb: peakRssMb() };
}

const run = mode === 'saves' ? savesDuringImport : importFile;
run().then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
