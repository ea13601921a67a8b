import type { Thread } from '../contract';
import { transitText } from '../../src-shared/clock/clock-line';
import { idArg, type CliCall } from './cli-call';

type Out = (line: string) => void;

/**
 * The documented `thread --json` shape, in order of sending: `date` as the
 * library keeps it (local to the place of sending); `sent` and `received`
 * as ISO instants with their offset, or null when not on the clock;
 * `receivedText` the receipt as printed.
 */
export function toThreadJson(thread: Thread) {
  return thread.entries.map((e) => ({
    id: e.id,
    title: e.title,
    date: e.date,
    received: e.received?.iso ?? null,
    from: e.from,
    to: e.to,
    sent: e.sent?.iso ?? null,
    receivedText: e.receivedText,
    transitMinutes: e.transitMinutes,
  }));
}

/** `thread ID [--json]`: the conversation the document belongs to, the document itself included. */
export async function runThread(call: CliCall, id: string | undefined, flags: { json?: boolean }, out: Out, err: Out): Promise<number> {
  const thread = await call('threads.get', { id: idArg(id) });
  if (thread.truncated) err(`thread: the first ${thread.cap} documents only; the thread goes on`);
  if (flags.json) {
    out(JSON.stringify(toThreadJson(thread), null, 2));
    return 0;
  }
  for (const e of thread.entries) {
    const parties = [e.from, e.to].filter(Boolean).join(' → ');
    const transit = e.transitMinutes === null ? '' : `  (in transit ${transitText(e.transitMinutes)})`;
    out(`${e.id === thread.id ? '*' : ' '}${String(e.id).padStart(5)}  ${(e.date ?? '').padEnd(16)}  ${e.title}\n        ${parties}${transit}`);
  }
  return 0;
}
