import { exitWhenFlushed } from './exit';
import { runCli } from './run-cli';

runCli(process.argv.slice(2)).then(exitWhenFlushed, (err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  exitWhenFlushed(2);
});
