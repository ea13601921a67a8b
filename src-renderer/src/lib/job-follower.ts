/**
 * A background job on the host (an import, a dossier export) followed from a
 * view: start it, poll its status until it is done (finished, failed or
 * cancelled), cancel it on request, and stop polling once the view is gone.
 * React views get one through `usePolledJob` (hooks/use-polled-job.ts).
 */
export interface JobCalls<S> {
  status: (jobId: string) => Promise<S>;
  cancel: (jobId: string) => Promise<unknown>;
  isDone: (status: S) => boolean;
  /** Cancel the job when its view goes away (nobody would get its result); otherwise it runs on. */
  cancelOnDetach?: boolean;
  intervalMs?: number;
}

export interface JobFollower<S> {
  /** Start a job and poll it: the final status, or null if the view went away first. */
  follow(begin: () => Promise<{ jobId: string }>, onProgress: (status: S) => void): Promise<S | null>;
  /** Ask the running job to stop (its last status says so); false when none runs. */
  cancel(): boolean;
  /** A job is being started or followed. */
  busy(): boolean;
  /** The view is there to show a result. */
  attached(): boolean;
  attach(): void;
  detach(): void;
}

const POLL_MS = 250;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createJobFollower<S>(calls: JobCalls<S>): JobFollower<S> {
  let jobId: string | null = null;
  let busy = false;
  let attached = true;

  const requestCancel = (id: string): void => {
    calls.cancel(id).catch(() => undefined);
  };

  async function poll(id: string, onProgress: (status: S) => void): Promise<S | null> {
    for (;;) {
      await sleep(calls.intervalMs ?? POLL_MS);
      if (!attached) return null;
      const status = await calls.status(id);
      if (calls.isDone(status)) return status;
      onProgress(status);
    }
  }

  return {
    async follow(begin, onProgress) {
      busy = true;
      try {
        const { jobId: id } = await begin();
        if (!attached) {
          // The view went while the job was starting: it gets the same treatment as a running one.
          if (calls.cancelOnDetach) requestCancel(id);
          return null;
        }
        jobId = id;
        return await poll(id, onProgress);
      } finally {
        jobId = null;
        busy = false;
      }
    },
    cancel() {
      if (jobId === null) return false;
      requestCancel(jobId);
      return true;
    },
    busy: () => busy,
    attached: () => attached,
    attach() {
      attached = true;
    },
    detach() {
      attached = false;
      if (jobId !== null && calls.cancelOnDetach) requestCancel(jobId);
    },
  };
}
