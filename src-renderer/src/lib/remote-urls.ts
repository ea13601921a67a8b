/**
 * What a note's HTML may keep: nothing that makes the browser fetch from
 * another origin by itself. The CSP blocks such loads too; this keeps them
 * out of the page in the first place (a second wall, and the one that holds
 * wherever the CSP is looser). Pure functions, so they are tested without a DOM.
 */

/** Attributes whose URL the browser loads (or sends to) with no click. */
const LOADING_ATTRS = new Set([
  'src',
  'poster',
  'background',
  'href',
  'xlink:href',
  'data',
  'lowsrc',
  'dynsrc',
  'longdesc',
  'codebase',
  'classid',
  'archive',
  'manifest',
  'icon',
  'profile',
  'usemap',
  'action',
  'formaction',
]);

/** Lists of URLs (or beacons): a note never needs them, so they go whatever they hold. */
const ALWAYS_DROPPED = new Set(['srcset', 'imagesrcset', 'ping', 'attributionsrc', 'style']);

/** Plain text to the browser, never parsed as a URL or as CSS. */
const TEXT_ATTRS = /^(?:title|alt|class|id|lang|dir|abbr|summary|label|value|aria-[\w-]+|data-[\w-]+)$/;

const CSS_URL = /url\s*\(\s*(['"]?)([^'")]*)\1\s*\)/gi;

/** data:, a blob: of this origin, or a URL on this origin (relative URLs and `#fragments` included). */
export function isLocalUrl(value: string, origin: string): boolean {
  let url: URL;
  try {
    url = new URL(value.trim(), `${origin}/`);
  } catch {
    return false;
  }
  return url.protocol === 'data:' || url.origin === origin;
}

/**
 * Whether the sanitizer keeps attribute `attr` (lower case) with `value` on
 * element `tag`. A link's href stays: it is followed only on a click, after
 * the user confirms.
 */
export function keepsAttribute(tag: string, attr: string, value: string, origin: string): boolean {
  if (ALWAYS_DROPPED.has(attr)) return false;
  if (attr === 'href' && tag.toLowerCase() === 'a') return true;
  if (LOADING_ATTRS.has(attr)) return isLocalUrl(value, origin);
  if (TEXT_ATTRS.test(attr)) return true;
  // SVG presentation attributes (fill, filter, mask, cursor…) are CSS: url() loads, and escapes could hide one.
  if (value.includes('\\') && value.includes('(')) return false;
  for (const m of value.matchAll(CSS_URL)) if (!isLocalUrl(m[2] ?? '', origin)) return false;
  return true;
}
