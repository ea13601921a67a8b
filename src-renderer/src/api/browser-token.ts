/**
 * Browser mode's per-launch token. The host prints `http://127.0.0.1:PORT/#token=…`;
 * a fragment never reaches a server nor a Referer. The page moves it into this
 * tab's sessionStorage (per origin: other servers on 127.0.0.1 cannot read it,
 * unlike a cookie, which ignores ports), wipes it from the address bar, and
 * sends it in a header with every API call.
 */
const KEY = 'chancery.token';
const UNAUTHORIZED = 'chancery:unauthorized';

function tokenFromFragment(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[\w-]{20,200}$/.test(token) ? token : null;
}

function store(token: string | null): void {
  try {
    if (token === null) sessionStorage.removeItem(KEY);
    else sessionStorage.setItem(KEY, token);
  } catch {
    // Storage disabled: the token lives only as long as this page (see `memory`).
  }
}

let memory: string | null = null;

/** Takes the token from the link, if it carries one; returns true when it did. */
function takeFromUrl(): boolean {
  const token = tokenFromFragment(window.location.hash);
  if (token === null) return false;
  memory = token;
  store(token);
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
  return true;
}

/**
 * Call once at start-up (browser mode only). A link pasted into a tab already
 * showing Chancery changes only the fragment, which does not reload the page:
 * take its token and start afresh with it.
 */
export function bootBrowserToken(): void {
  takeFromUrl();
  window.addEventListener('hashchange', () => {
    if (takeFromUrl()) window.location.reload();
  });
}

export function browserToken(): string | null {
  if (memory !== null) return memory;
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The host refused the token (it restarted with a new one): forget it and tell the page. */
export function tokenRefused(): void {
  memory = null;
  store(null);
  window.dispatchEvent(new Event(UNAUTHORIZED));
}

export function onTokenRefused(listener: () => void): () => void {
  window.addEventListener(UNAUTHORIZED, listener);
  return () => window.removeEventListener(UNAUTHORIZED, listener);
}
