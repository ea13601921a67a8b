import { randomUUID } from 'node:crypto';
import { ChanceryError } from '../../contract';

interface Job<S> {
  status: S;
  controller: AbortController;
}

export interface JobContext<S> {
  signal: AbortSignal;
  /** Merges into the status the UI polls (progress, mostly). */
  update(patch: Partial<S>): void;
}

/** Finished jobs are kept this long for the UI to read their outcome. */
const KEEP_FINISHED_MS = 10 * 60 * 1000;

/**
 * Long work (imports, PDF exports) run in the background while the UI polls
 * its status: the same over IPC and HTTP, with no push channel needed. Jobs
 * run one at a time, in order, because the library has one writer.
 */
export function createJobQueue<S extends { id: string; done: boolean }>(what: string) {
  const jobs = new Map<string, Job<S>>();
  let queue: Promise<unknown> = Promise.resolve();

  return {
    /** `initial` builds the status for the new id; `work` returns the final patch (done is set here). */
    start(initial: (id: string) => S, work: (ctx: JobContext<S>) => Promise<Partial<S>>): string {
      const id = randomUUID();
      const job: Job<S> = { status: initial(id), controller: new AbortController() };
      jobs.set(id, job);
      const update = (patch: Partial<S>): void => {
        job.status = { ...job.status, ...patch };
      };
      queue = queue.then(async () => {
        update(await work({ signal: job.controller.signal, update }));
        job.status = { ...job.status, done: true };
        setTimeout(() => jobs.delete(id), KEEP_FINISHED_MS).unref();
      });
      return id;
    },
    /** Finished jobs are forgotten after a while: then, as for an id never given, not-found. */
    status(id: string): S {
      const job = jobs.get(id);
      if (!job) throw new ChanceryError('not-found', `${what} ${id} not found`);
      return job.status;
    },
    cancel(id: string): boolean {
      const job = jobs.get(id);
      if (!job || job.status.done) return false;
      job.controller.abort();
      return true;
    },
  };
}
