import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChanceryError } from '../contract';
import { idArg, type CliCall } from './cli-call';

type Out = (line: string) => void;

/** `cite ID [--style chicago|frus] [--page N]`: the citation as plain text. */
export async function runCite(call: CliCall, id: string | undefined, flags: { style?: string; page?: string }, out: Out): Promise<number> {
  const style = flags.style ?? 'chicago';
  if (style !== 'chicago' && style !== 'frus') throw new ChanceryError('invalid-argument', `unknown citation style "${style}" (chicago or frus)`);
  out((await call('document.cite', { id: idArg(id), style, ...(flags.page ? { page: flags.page } : {}) })).text);
  return 0;
}

/** `notes export DIR`: one Markdown file per note, written into DIR (created if needed). */
export async function runNotes(call: CliCall, args: string[], out: Out): Promise<number> {
  const [sub, dir] = args;
  if (sub !== 'export' || !dir) throw new ChanceryError('invalid-argument', 'usage: notes export DIR');
  const files = await call('notes.export', {});
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f.fileName), f.content, { flag: 'w' });
  out(`exported ${files.length} note(s) to ${dir}`);
  return 0;
}
