import type { Reply } from './api';
import type { CallName } from './calls';

/** What the preload exposes as `window.chancery`: one whitelisted, validated entry point. */
export interface ChanceryBridge {
  invoke(name: CallName, arg: unknown): Promise<Reply<unknown>>;
}

/** Browser mode: every call is `POST /api/<name>` with this header and a JSON body. */
export const API_PREFIX = '/api/';
export const API_HEADER = 'x-chancery';
