import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../src-main/electron/ipc-sender';

/** security.ts's APP_ORIGIN, written out: that module is Electron's, this test runs in Node. */
const APP_ORIGIN = 'app://chancery';

describe('the IPC sender check', () => {
  it("answers the app's own page", () => {
    expect(isTrustedSender('app://chancery/index.html', APP_ORIGIN)).toBe(true);
    expect(isTrustedSender('app://chancery/index.html?doc=3#n1', APP_ORIGIN)).toBe(true);
  });

  it.each([
    ['a web page', 'https://example.com/'],
    ['a look-alike host', 'app://chancery.evil.example/index.html'],
    ['another port', 'app://chancery:8080/index.html'],
    ['credentials before another host', 'app://chancery@evil.example/index.html'],
    ['another app:// host', 'app://other/index.html'],
    ['a data: URL mentioning the origin', 'data:text/html,app://chancery/'],
    ['a blank frame', 'about:blank'],
    ['an error page', 'chrome-error://chromewebdata/'],
    ['a file', 'file:///home/user/evil.html'],
    ['devtools', 'devtools://devtools/bundled/inspector.html'],
    ['the origin without a path', 'app://chancery'],
    ['an empty URL', ''],
  ])('refuses %s', (_what, url) => {
    expect(isTrustedSender(url, APP_ORIGIN)).toBe(false);
  });

  it('refuses a frame that is already gone', () => {
    expect(isTrustedSender(undefined, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(null, APP_ORIGIN)).toBe(false);
  });
});
