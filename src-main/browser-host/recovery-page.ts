import { createHash } from 'node:crypto';
import { age, when, type BackupInfo } from '../core/db/recovery';

/**
 * The one page browser mode serves when the library will not open: what went
 * wrong, the backups, and a Restore button for each that verifies. Plain HTML
 * forms, no script: it must work when nothing else does.
 */
const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:3rem auto;padding:0 1rem;color:#222}
.reason{background:#fdecea;border-left:4px solid #b3261e;padding:.5rem 1rem;font-family:ui-monospace,monospace;font-size:14px;white-space:pre-wrap}
li{margin:.6rem 0}button{font:inherit;padding:.3rem .9rem;cursor:pointer}.bad{color:#8a1c14}.muted{color:#555;font-size:14px}`;

/** The page's CSP: forms may post to this host (the app's CSP forbids forms), the one inline style is allowed by its hash. */
export const RECOVERY_CSP =
  `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; ` +
  "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const escape = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const page = (title: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)} — Chancery</title><style>${STYLE}</style></head><body>${body}</body></html>`;

/**
 * The page has no script, so the token cannot ride in a header: it comes in the
 * link's query and goes back in each form (never in a cookie, which other
 * servers on 127.0.0.1 would receive; Referrer-Policy keeps it from leaking).
 */
const tokenField = (token: string): string => `<input type="hidden" name="token" value="${escape(token)}">`;

function backupItem(b: BackupInfo, now: Date, token: string): string {
  const kind = b.kind === 'daily' ? 'daily copy' : 'copy taken before a migration';
  const label = `${escape(when(b.takenAt))} <span class="muted">(${age(b.takenAt, now)} ago, ${kind})</span>`;
  if (b.problem) return `<li>${label}<br><span class="bad">Cannot be restored: ${escape(b.problem)}</span></li>`;
  return (
    `<li>${label}<form method="post" action="/restore">${tokenField(token)}<input type="hidden" name="backup" value="${escape(b.name)}">` +
    `<button type="submit">Restore the backup of ${escape(when(b.takenAt))}</button></form></li>`
  );
}

export function recoveryPage(opts: { reason: string; library: string; backups: BackupInfo[]; token: string; now?: Date }): string {
  const now = opts.now ?? new Date();
  const list = opts.backups.length > 0 ? `<ul>${opts.backups.map((b) => backupItem(b, now, opts.token)).join('')}</ul>` : '<p class="bad">There are no backups of this library.</p>';
  return page(
    'Library damaged',
    `<h1>Chancery could not open your library</h1><p class="reason">${escape(opts.reason)}</p>` +
      `<p>The library file is <code>${escape(opts.library)}</code>. Nothing has been changed yet.</p>` +
      `<h2>Backups</h2><p>Restoring puts a copy of the backup in place of the library. The damaged file is kept in the backups folder ` +
      `(<code>library-damaged-….sqlite</code>); edits made after the backup was taken are not in the restored library.</p>${list}` +
      `<p class="muted">Or stop Chancery and run <code>npm run -s cli -- check</code> to see the damage in detail.</p>`,
  );
}

export function restoredPage(lines: string[], reopened: boolean, token: string): string {
  const next = reopened
    ? `<p><a href="/#token=${escape(token)}">Open Chancery</a> with the restored library.</p>`
    : '<p class="bad">The restored library could not be opened here: stop Chancery and start it again.</p>';
  return page('Library restored', `<h1>Library restored</h1>${lines.map((l) => `<p>${escape(l)}</p>`).join('')}${next}`);
}

export function refusedPage(message: string, token: string): string {
  const back = `<p><a href="/?token=${encodeURIComponent(token)}">Back to the backups</a></p>`;
  return page('Restore refused', `<h1>Nothing was restored</h1><p class="reason">${escape(message)}</p>${back}`);
}
