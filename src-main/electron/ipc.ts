import { RENDERER_CALLS, toApiError, type ApiError, type Handlers, type Reply } from '../contract';
import { dispatch } from '../core/dispatch';
import { isTrustedSender } from './ipc-sender';

/** What the registration needs of an IPC invoke event: the frame that sent it (gone frames have none). */
export interface IpcInvokeEvent {
  senderFrame?: { url: string } | null;
}

/** The part of Electron's `ipcMain` used here; tests pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEvent, arg: unknown) => Promise<Reply<unknown>>): void;
}

/**
 * How an API error travels over IPC: as the reply's data. A thrown error would
 * reach the page as an opaque "Error invoking remote method" without its code.
 */
export const ipcFailure = (error: ApiError): Reply<never> => ({ ok: false, error });

/**
 * One channel per call the renderer may make (`chancery:<name>`, as the preload
 * invokes them; CLI-only calls get none): the sender checked, the argument
 * validated and the handler run by `dispatch`, every failure a reply.
 */
export function registerIpc(ipcMain: IpcMainLike, handlers: Handlers, appOrigin: string): void {
  for (const name of RENDERER_CALLS) {
    ipcMain.handle(`chancery:${name}`, async (event, arg) => {
      if (!isTrustedSender(event.senderFrame?.url, appOrigin)) return ipcFailure({ code: 'forbidden', message: 'Forbidden sender' });
      return dispatch(handlers, name, arg).catch((err: unknown) => ipcFailure(toApiError(err)));
    });
  }
}
