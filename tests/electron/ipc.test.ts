import { afterEach, describe, expect, it } from 'vitest';
import { RENDERER_CALLS, type Handlers, type Reply } from '../../src-main/contract';
import { createCore } from '../../src-main/core/core';
import { createHandlers } from '../../src-main/core/handlers';
import { registerIpc, type IpcInvokeEvent, type IpcMainLike } from '../../src-main/electron/ipc';
import { tempDir } from '../helpers/temp-dir';

/** security.ts's APP_ORIGIN, written out: that module is Electron's, this test runs in Node. */
const APP_ORIGIN = 'app://chancery';
const OUR_PAGE: IpcInvokeEvent = { senderFrame: { url: `${APP_ORIGIN}/index.html` } };

type Listener = (event: IpcInvokeEvent, arg: unknown) => Promise<Reply<unknown>>;

/** Stands in for Electron's ipcMain: keeps the listeners so the test can invoke them as the preload would. */
function fakeIpcMain() {
  const channels = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (channels.has(channel)) throw new Error(`second handler for ${channel}`);
      channels.set(channel, listener);
    },
  };
  const invoke = (channel: string, arg: unknown, event: IpcInvokeEvent = OUR_PAGE): Promise<Reply<unknown>> => {
    const listener = channels.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener(event, arg);
  };
  return { ipcMain, channels, invoke };
}

const closers: Array<() => void> = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

function registered(override: Partial<Handlers> = {}) {
  const core = createCore({ libraryDir: tempDir() });
  closers.push(() => core.close());
  const fake = fakeIpcMain();
  registerIpc(fake.ipcMain, { ...createHandlers(core), ...override }, APP_ORIGIN);
  return fake;
}

describe('IPC registration', () => {
  it('opens one channel per call the renderer may make, and none for the CLI-only import by path', () => {
    const { channels } = registered();
    expect([...channels.keys()].sort()).toEqual(RENDERER_CALLS.map((n) => `chancery:${n}`).sort());
    expect(channels.has('chancery:import.paths')).toBe(false);
  });

  it('answers our page with the call’s data', async () => {
    const { invoke } = registered();
    expect(await invoke('chancery:library.overview', {})).toEqual({ ok: true, data: { documents: 0, years: [], senders: [] } });
  });

  it('validates the argument before any handler runs', async () => {
    let ran = false;
    const { invoke } = registered({
      'library.search': async () => {
        ran = true;
        throw new Error('must not run');
      },
    });
    expect(await invoke('chancery:library.search', { query: 42 })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(ran).toBe(false);
  });

  it.each([
    ['a web page', { senderFrame: { url: 'https://evil.example/' } }],
    ['a look-alike host', { senderFrame: { url: 'app://chancery.evil.example/index.html' } }],
    ['a frame already gone', { senderFrame: null }],
    ['an event without a frame', {}],
  ])('refuses %s as a forbidden sender, without running the call', async (_what, event: IpcInvokeEvent) => {
    let ran = false;
    const { invoke } = registered({
      'notes.save': async () => {
        ran = true;
        throw new Error('must not run');
      },
    });
    expect(await invoke('chancery:notes.save', { docId: 1, body: 'x' }, event)).toEqual({ ok: false, error: { code: 'forbidden', message: 'Forbidden sender' } });
    expect(ran).toBe(false);
  });

  it('maps failures to replies: the core’s code kept, anything else internal', async () => {
    const { invoke } = registered({
      'tags.list': async () => {
        throw new Error('disk on fire');
      },
    });
    expect(await invoke('chancery:document.get', { id: 999 })).toEqual({ ok: false, error: { code: 'not-found', message: 'Document 999 not found' } });
    expect(await invoke('chancery:tags.list', {})).toEqual({ ok: false, error: { code: 'internal', message: 'disk on fire' } });
    expect(await invoke('chancery:shell.printPdf', { fileName: 'a.pdf', dataBase64: '' })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});
