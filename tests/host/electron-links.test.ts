import { describe, expect, it } from 'vitest';
import { createLinkOpener } from '../../src-main/electron/external-links';

function opener(answer: boolean) {
  const asked: string[] = [];
  const opened: string[] = [];
  const open = createLinkOpener({
    confirm: (url) => {
      asked.push(url);
      return Promise.resolve(answer);
    },
    open: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
  });
  return { open, asked, opened };
}

describe('desktop app: links from notes', () => {
  it('opens a web link in the system browser only once the user confirms', async () => {
    const yes = opener(true);
    expect(await yes.open('https://history.state.gov/x?y=1')).toBe(true);
    expect(yes.asked).toEqual(['https://history.state.gov/x?y=1']);
    expect(yes.opened).toEqual(['https://history.state.gov/x?y=1']);
    const no = opener(false);
    expect(await no.open('https://history.state.gov/')).toBe(false);
    expect(no.opened).toEqual([]);
  });

  it('never hands other schemes to the system, nor asks about them', async () => {
    const yes = opener(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'app://chancery/index.html', 'smb://host/share', 'not a url']) {
      expect(await yes.open(url)).toBe(false);
    }
    expect(yes.asked).toEqual([]);
    expect(yes.opened).toEqual([]);
  });
});
