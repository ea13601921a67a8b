/**
 * Whether an IPC call may be answered: only our own page may call, never a foreign
 * frame or content the window was navigated to. The sender frame's URL tells them
 * apart; a frame already gone has none. Pure (no Electron) so that it is tested in Node.
 */
export function isTrustedSender(frameUrl: string | null | undefined, appOrigin: string): boolean {
  // The trailing slash keeps look-alike hosts out: app://chancery.evil/, app://chancery:1/, app://chancery@evil/.
  return typeof frameUrl === 'string' && frameUrl.startsWith(`${appOrigin}/`);
}
