import { ChanceryError, type Arg, type CallName, type Handlers, type Result } from '../contract';
import { dispatch } from '../core/dispatch';

/** A contract call from the CLI: validated by `dispatch` like any face's; a failure is thrown as the ChanceryError it was. */
export type CliCall = <K extends CallName>(name: K, arg: Arg<K>) => Promise<Result<K>>;

export function cliCall(handlers: Handlers): CliCall {
  return async <K extends CallName>(name: K, arg: Arg<K>): Promise<Result<K>> => {
    // The CLI may make the calls that name local files (`import.paths`).
    const reply = await dispatch(handlers, name, arg, { local: true });
    if (!reply.ok) throw new ChanceryError(reply.error.code, reply.error.message);
    return reply.data as Result<K>;
  };
}

/** How often a job is polled: often enough for progress lines, rarely enough to cost nothing. */
const POLL_MS = 50;

/** Polls a background job (import, export) to its end, telling each new progress once. */
export async function untilDone<S extends { done: boolean; progress: unknown }>(status: () => Promise<S>, onProgress: (p: S['progress']) => void): Promise<S> {
  let shown = '';
  for (;;) {
    const s = await status();
    const line = JSON.stringify(s.progress);
    if (line !== shown) onProgress(s.progress);
    shown = line;
    if (s.done) return s;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** A positional argument that must be an id. */
export function idArg(value: string | undefined): number {
  if (!value || !/^\d+$/.test(value)) throw new ChanceryError('invalid-argument', 'give a document ID (a number)');
  return Number(value);
}
