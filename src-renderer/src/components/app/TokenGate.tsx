import { useEffect, useState, type ReactNode } from 'react';
import { browserToken, onTokenRefused } from '../../api/browser-token';

/** How to reach Chancery when the page has no (valid) token: the one link that works. */
function OpenWithLink({ stale }: { stale: boolean }) {
  return (
    <div className={stale ? 'token-gate overlay' : 'token-gate'} role="alertdialog" aria-labelledby="token-gate-title">
      <div className="token-gate-card">
        <h1 id="token-gate-title">{stale ? 'This Chancery page has expired' : 'Open Chancery with its link'}</h1>
        <p>
          {stale
            ? 'Chancery was restarted, and each start uses a new key. Nothing you saved is lost.'
            : 'Chancery in the browser opens only through the link it prints when it starts, which carries a key for that launch.'}
        </p>
        <p>In the terminal where you started Chancery (for example with npm run serve), find the line</p>
        <pre>Chancery browser mode: http://127.0.0.1:…/#token=…</pre>
        <p>and open that whole link: copy it into this tab’s address bar.</p>
      </div>
    </div>
  );
}

/**
 * Browser mode: without a token the app cannot call its host, so it is not
 * started; a token refused later (host restarted) covers the app, which stays
 * mounted so nothing typed is unmounted away.
 */
export function TokenGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<'ok' | 'missing' | 'refused'>(() => (browserToken() === null ? 'missing' : 'ok'));
  useEffect(() => onTokenRefused(() => setState('refused')), []);
  if (state === 'missing') return <OpenWithLink stale={false} />;
  return (
    <>
      {children}
      {state === 'refused' && <OpenWithLink stale />}
    </>
  );
}
