/**
 * The "import robustness" part of `npm run bench` (issue 12): adversarial
 * files imported one by one (outcome, time, peak RSS), and the three FRUS
 * volumes imported while a note is saved every 20 ms (notes.save latency).
 * Each run is its own process, stopped at a time limit, its peak RSS (worker
 * threads included) read from /proc while it runs.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeAdversarialInputs } from './robustness-inputs';

const CHILD = resolve(import.meta.dirname, 'robustness-child.ts');
const SEEDS = resolve(import.meta.dirname, '../../seeds');

interface ChildRun {
  result: Record<string, unknown> | null;
  /** Why there is no result: the time limit, or how the process ended. */
  stopped: string | null;
  ms: number;
  peakRssMb: number;
}

/** VmHWM: the process's peak resident set so far (Linux), in MB. */
function highWaterMb(pid: number): number {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : 0;
  } catch {
    return 0;
  }
}

function runChild(args: string[], limitSec: number): Promise<ChildRun> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let peak = 0;
  let timedOut = false;
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const sample = setInterval(() => (peak = Math.max(peak, highWaterMb(child.pid ?? 0))), 100);
  const limit = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, limitSec * 1000);
  return new Promise((done) => {
    child.on('exit', (code, signal) => {
      clearInterval(sample);
      clearTimeout(limit);
      const ms = performance.now() - t0;
      const line = out.trim().split('\n').pop() ?? '';
      const result = code === 0 && line.startsWith('{') ? (JSON.parse(line) as Record<string, unknown>) : null;
      const reported = typeof result?.['peakRssMb'] === 'number' ? result['peakRssMb'] : 0;
      const why = timedOut ? `did not finish in ${limitSec} s` : `crashed (${signal ?? `exit ${code}`}: ${lastLine(err)})`;
      done({ result, stopped: result ? null : why, ms, peakRssMb: Math.max(peak, reported) });
    });
  });
}

const lastLine = (text: string): string =>
  text
    .trim()
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .slice(-1)[0]
    ?.slice(0, 160) ?? '';

const r0 = (n: unknown): string => (typeof n === 'number' ? String(Math.round(n)) : '?');

export async function runImportRobustness(volumes: readonly string[], limitSec = 120): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-robust-'));
  const figures: Record<string, unknown> = {};
  try {
    console.log(`Import robustness (each run stopped after ${limitSec} s; RSS is the whole process, worker included)`);
    for (const input of writeAdversarialInputs(dir)) {
      const lib = mkdtempSync(join(dir, 'lib-'));
      const run = await runChild(['file', lib, input.path], limitSec);
      const outcome = run.stopped ?? String(run.result?.['outcome']);
      console.log(`  ${input.label}: ${outcome.slice(0, 200)} — ${(run.ms / 1000).toFixed(1)} s, peak RSS ${run.peakRssMb} MB`);
      figures[input.label] = { outcome, ms: Math.round(run.ms), peakRssMb: run.peakRssMb };
    }
    const lib = mkdtempSync(join(dir, 'lib-'));
    const run = await runChild(['saves', lib, SEEDS, ...volumes], limitSec);
    const r = run.result;
    if (r) {
      console.log(
        `  notes.save every 20 ms during the import of ${volumes.length} volumes: ${r0(r['saves'])} saves, ` +
          `p50 ${r0(r['p50'])} ms, p95 ${r0(r['p95'])} ms, max ${r0(r['max'])} ms (import ${r0(r['importMs'])} ms, peak RSS ${run.peakRssMb} MB)`,
      );
    } else console.log(`  notes.save during the import: ${run.stopped ?? ''}`);
    figures['notesSaveDuringImport'] = r ?? { stopped: run.stopped };
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
