import type { RendererCallName } from './call-names';
import type { Reply } from './errors';

/** What the preload exposes as `window.chancery`: one whitelisted, validated entry point. */
export interface ChanceryBridge {
  invoke(name: RendererCallName, arg: unknown): Promise<Reply<unknown>>;
}

/**
 * Browser mode: every call is `POST /api/<name>` with a JSON body and the
 * per-launch token in this header (a custom header also forces a CORS
 * preflight on any other origin, which the host never grants).
 */
export const API_PREFIX = '/api/';
export const API_TOKEN_HEADER = 'x-chancery-token';
