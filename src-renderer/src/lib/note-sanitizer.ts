import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { keepsAttribute } from './remote-urls';

const CONFIG: Config = {
  FORBID_TAGS: ['img', 'form', 'style', 'iframe', 'input', 'script', 'object', 'embed', 'link', 'meta', 'base', 'frame', 'frameset', 'portal'],
  FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'ping'],
};

let purifier: Purifier | null = null;

/** A DOMPurify of its own, so its hook applies to notes only. */
function notePurifier(): Purifier {
  if (purifier) return purifier;
  const p = DOMPurify(window);
  p.addHook('uponSanitizeAttribute', (node, data) => {
    if (!keepsAttribute(node.nodeName, data.attrName, data.attrValue, window.location.origin)) data.keepAttr = false;
  });
  purifier = p;
  return p;
}

/** The HTML of a rendered note, safe to insert: no script, and nothing that loads from another origin. */
export function sanitizeNoteHtml(html: string): string {
  return notePurifier().sanitize(html, CONFIG);
}
