import { describe, expect, it } from 'vitest';
import { isLocalUrl, keepsAttribute } from '../../src-renderer/src/lib/remote-urls';
import { externalUrl } from '../../src-renderer/src/lib/external-link';

const ORIGIN = 'http://127.0.0.1:4321';
const keeps = (tag: string, attr: string, value: string): boolean => keepsAttribute(tag, attr, value, ORIGIN);

describe('note sanitizer: nothing in a note loads from another origin', () => {
  it('tells local URLs (data:, this origin, relative, fragments) from remote ones', () => {
    for (const url of ['data:image/png;base64,AAAA', '/assets/x.png', 'x.png', '#grad', `${ORIGIN}/a`, `blob:${ORIGIN}/0b5c`]) {
      expect(isLocalUrl(url, ORIGIN), url).toBe(true);
    }
    for (const url of ['https://evil.example/x.png', '//evil.example/x', 'http://127.0.0.1:18999/x', 'blob:http://evil.example/0b5c', ' https://evil.example', 'javascript:alert(1)']) {
      expect(isLocalUrl(url, ORIGIN), url).toBe(false);
    }
  });

  it('drops remote src, poster, background, xlink:href and href on anything but a link', () => {
    expect(keeps('VIDEO', 'src', 'https://evil.example/v.mp4')).toBe(false);
    expect(keeps('VIDEO', 'poster', 'http://127.0.0.1:18999/p.png')).toBe(false);
    expect(keeps('TABLE', 'background', '//evil.example/bg.png')).toBe(false);
    expect(keeps('image', 'href', 'https://evil.example/i.svg')).toBe(false);
    expect(keeps('use', 'xlink:href', 'https://evil.example/s.svg#a')).toBe(false);
    expect(keeps('AUDIO', 'src', 'data:audio/wav;base64,UklGRg==')).toBe(true);
    expect(keeps('use', 'href', '#shape')).toBe(true);
  });

  it('drops srcset and ping whatever they hold, and CSS url() to elsewhere', () => {
    expect(keeps('SOURCE', 'srcset', '/a.png 1x')).toBe(false);
    expect(keeps('A', 'ping', '/count')).toBe(false);
    expect(keeps('rect', 'fill', 'url(https://evil.example/p.svg#g)')).toBe(false);
    expect(keeps('rect', 'cursor', "url('//evil.example/c.png'), auto")).toBe(false);
    expect(keeps('rect', 'fill', 'u\\72l(https://evil.example/p.svg#g)')).toBe(false);
    expect(keeps('rect', 'fill', 'url(#grad)')).toBe(true);
    expect(keeps('rect', 'fill', 'red')).toBe(true);
  });

  it("keeps a link's href (followed only after a confirmation) and plain text attributes", () => {
    expect(keeps('A', 'href', 'https://history.state.gov/')).toBe(true);
    expect(keeps('A', 'title', 'See url(https://example.org) \\ (n.b.)')).toBe(true);
    expect(keeps('A', 'data-doc', '12')).toBe(true);
  });

  it('opens outside Chancery only web and mail links to other origins', () => {
    const base = `${ORIGIN}/`;
    expect(externalUrl('https://history.state.gov/a b', base)).toBe('https://history.state.gov/a%20b');
    expect(externalUrl('mailto:someone@example.org', base)).toBe('mailto:someone@example.org');
    for (const href of ['#doc-3', '/api/library.search', 'javascript:alert(1)', 'file:///etc/passwd', 'http://[']) {
      expect(externalUrl(href, base), href).toBeNull();
    }
  });
});
