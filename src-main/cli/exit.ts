/**
 * Ends the CLI once everything written has left the process. Writes to a
 * pipe are queued when the reader is slower than the writer (a 64 KB pipe
 * buffer fills at once), and `process.exit` drops the queue: `list --json |
 * python3 …` read a cut-off document. A write's callback runs only after every
 * earlier write has been handed to the OS, so the exit waits for both streams.
 */
export function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  let pending = 2;
  const done = (): void => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}
