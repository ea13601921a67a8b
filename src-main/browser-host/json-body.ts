import type { IncomingMessage } from 'node:http';
import type { ApiError } from '../contract';

/** Uploads arrive base64 in JSON; a 200 MB volume is about 270 MB encoded. */
export const MAX_BODY = 300 * 1024 * 1024;
/** No call's argument comes near this; a deeper body is an attack on the parser or the validator. */
export const MAX_DEPTH = 64;

export type BodyResult = { ok: true; value: unknown } | { ok: false; error: ApiError };

const tooLarge: BodyResult = { ok: false, error: { code: 'too-large', message: `Request body over ${MAX_BODY / 1024 / 1024} MB` } };

/** The body as text, or null once it passes `limit` bytes (the rest is not buffered). */
async function readText(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > limit) return null;
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Index of the quote closing the JSON string opened at `open` (or the end of the text). */
function endOfString(text: string, open: number): number {
  let i = open;
  for (;;) {
    i = text.indexOf('"', i + 1);
    if (i < 0) return text.length;
    let backslashes = 0;
    for (let j = i - 1; text.charCodeAt(j) === 0x5c; j--) backslashes++;
    if (backslashes % 2 === 0) return i;
  }
}

/**
 * True when brackets outside strings nest deeper than `max`. One pass, and
 * strings (an upload's base64 is one long string) are skipped with indexOf, so
 * the check costs little next to JSON.parse — which it must precede: a very
 * deep body overflows the stack of the parser or of the validator after it.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) i = endOfString(text, i);
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

export function parseJson(raw: string): BodyResult {
  if (raw.length === 0) return { ok: true, value: {} };
  if (nestsDeeperThan(raw, MAX_DEPTH)) return { ok: false, error: { code: 'invalid-argument', message: 'JSON nested too deeply' } };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false, error: { code: 'invalid-argument', message: 'Body is not JSON' } };
  }
}

/** The request's JSON argument, refusing oversized bodies before reading them when the length is declared. */
export async function readJsonBody(req: IncomingMessage): Promise<BodyResult> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) return tooLarge;
  const raw = await readText(req, MAX_BODY);
  return raw === null ? tooLarge : parseJson(raw);
}
