import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export const contentType = (file: string): string => TYPES[extname(file)] ?? 'application/octet-stream';

/**
 * The built renderer's file for a URL path, or null when the path would leave
 * the folder (`..`, encoded or not). Both the browser host and the desktop
 * app:// protocol serve the renderer through this.
 */
export function staticFile(dir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    return null;
  }
  const file = join(dir, normalize(decoded).replace(/^([/\\])+/, ''));
  return file.startsWith(dir + sep) ? file : null;
}
