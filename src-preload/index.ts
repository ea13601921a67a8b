import { contextBridge, ipcRenderer } from 'electron';
// The dependency-free parts of the contract: the preload is sandboxed and bundles no zod.
import type { ChanceryBridge } from '@contract/bridge';
import { isRendererCall } from '@contract/call-names';

/**
 * The renderer's only door to the main process: named API calls, checked
 * against the contract's list here and validated again in main.
 */
const bridge: ChanceryBridge = {
  invoke(name, arg) {
    if (!isRendererCall(name)) return Promise.resolve({ ok: false, error: { code: 'unknown-call', message: `Unknown call: ${String(name)}` } });
    return ipcRenderer.invoke(`chancery:${name}`, arg);
  },
};

contextBridge.exposeInMainWorld('chancery', bridge);
