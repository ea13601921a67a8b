/** What the desktop app hands to the system browser: web pages and mail, nothing else. */
const OPENABLE = new Set(['http:', 'https:', 'mailto:']);

export function openableUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    return OPENABLE.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

export interface LinkOpenerDeps {
  /** Asks the user (a native dialog in the app); true to open. */
  confirm(url: string): Promise<boolean>;
  /** Opens the URL outside Chancery (shell.openExternal in the app). */
  open(url: string): Promise<void>;
}

/**
 * A link a page asks to open (window.open) goes to the system browser only
 * after the user confirms, and only if it is a web or mail link. Chancery's
 * window itself never navigates away (see lockWindow).
 */
export function createLinkOpener(deps: LinkOpenerDeps): (raw: string) => Promise<boolean> {
  return async (raw) => {
    const url = openableUrl(raw);
    if (url === null || !(await deps.confirm(url))) return false;
    await deps.open(url);
    return true;
  };
}
