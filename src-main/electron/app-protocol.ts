import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { CSP } from '../browser-host/security';
import { contentType, staticFile } from '../browser-host/static-files';
import { takePrintable } from './print-pdf';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer from app://chancery/ instead of file://. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const printable = url.host === 'chancery' ? takePrintable(url.pathname) : null;
    if (printable) return new Response(new Uint8Array(printable), { headers: { 'content-type': 'application/pdf' } });
    const file = url.host === 'chancery' ? staticFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: { 'content-type': contentType(file), 'content-security-policy': CSP },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
