/** What a link in a note may open outside Chancery. */
const OPENABLE = new Set(['http:', 'https:', 'mailto:']);

/** The absolute URL a note's link points to outside Chancery, or null (our own pages, javascript:, junk). */
export function externalUrl(href: string, base: string): string | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (!OPENABLE.has(url.protocol) || url.origin === new URL(base).origin) return null;
  return url.href;
}

export const confirmMessage = (url: string): string => `Open ${url} in your browser?`;

/**
 * Chancery itself never follows a link: the user's browser does, once the
 * user has confirmed. In the desktop app the main process asks (it is the side
 * that cannot be scripted by a page) and hands the URL to the system browser.
 */
export function openExternalLink(href: string): void {
  const url = externalUrl(href, window.location.href);
  if (url === null) return;
  if (window.chancery === undefined && !window.confirm(confirmMessage(url))) return;
  window.open(url, '_blank', 'noopener,noreferrer');
}
