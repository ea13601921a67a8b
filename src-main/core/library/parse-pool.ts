import { availableParallelism } from 'node:os';
import { ImportError } from '../importers/importer';
import { displayName, type ImportSource } from './import-sources';
import { createWorkerParser, type ParsedFile, type ParseOptions, type WorkerLimits, type WorkerParser } from './parse-in-worker';

/**
 * At most this many parse workers: each holds a parsed volume (tens of MB)
 * until it is written, under its own memory cap, and the one writer stays
 * the limit however many parse for it.
 */
export const MAX_POOL = 4;

/**
 * A worker pays for itself only past this much to parse: starting one, and
 * warming up its compiled code, costs about what parsing 8 MB of TEI does.
 */
const BYTES_PER_WORKER = 8 * 1024 * 1024;

/**
 * Workers for an import of `files` files of `bytes` in all: one core is left
 * to the writer (it is busy about as long as one parser), at least one
 * worker, and no more than the files and their size keep busy.
 */
export function poolSizeFor(files: number, bytes: number, cores = availableParallelism()): number {
  const byCores = Math.min(MAX_POOL, cores - 1);
  return Math.max(1, Math.min(byCores, files, Math.ceil(bytes / BYTES_PER_WORKER)));
}

/**
 * Several worker parsers (parse-in-worker.ts), each taking one file at a
 * time: a file goes to the first idle one of the `workers` in use, or waits
 * its turn (in the order asked). Workers are started as files need them and
 * end when idle, as a single one does.
 */
export function createParsePool(limits: WorkerLimits, script: string | URL) {
  const parsers: WorkerParser[] = Array.from({ length: MAX_POOL }, () => createWorkerParser(limits, script));
  const busy = new Set<WorkerParser>();
  const waiting: Array<(p: WorkerParser) => void> = [];
  let inUse = 1;

  const idleOne = (): WorkerParser | undefined => {
    const p = parsers.slice(0, inUse).find((q) => !busy.has(q));
    if (p) busy.add(p);
    return p;
  };
  const take = (): Promise<WorkerParser> => {
    const p = idleOne();
    return p ? Promise.resolve(p) : new Promise((resolve) => waiting.push(resolve));
  };
  const give = (p: WorkerParser): void => {
    busy.delete(p);
    const next = waiting.length > 0 ? idleOne() : undefined;
    if (next) waiting.shift()?.(next);
  };

  return {
    get workers(): number {
      return inUse;
    },
    /** How many workers the next files may use (1 to `MAX_POOL`); set between imports. */
    use(n: number): void {
      inUse = Math.max(1, Math.min(MAX_POOL, Math.floor(n)));
    },
    /** Starts the workers in use now, so their start overlaps other work (see `WorkerParser.warm`). */
    warm(): void {
      for (const p of parsers.slice(0, inUse)) p.warm();
    },
    /** As `WorkerParser.parse`, on the first worker free; a file cancelled while waiting is refused without one. */
    async parse(source: ImportSource, opts: ParseOptions = {}): Promise<ParsedFile> {
      const parser = await take();
      if (opts.signal?.aborted) {
        give(parser);
        throw new ImportError(displayName(source), 'import cancelled');
      }
      try {
        return await parser.parse(source, opts);
      } finally {
        give(parser);
      }
    },
    close(): void {
      for (const p of parsers) p.close();
    },
  };
}

export type ParsePool = ReturnType<typeof createParsePool>;
