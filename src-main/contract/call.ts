import type { z } from 'zod';

/**
 * How one call is declared: its argument schema (validated at every face),
 * its result type, and whether it writes to the library. Every domain file
 * (library.ts, notes.ts, …) is a record of these; `Api` in index.ts joins them.
 */
export interface CallSpec<A extends z.ZodType = z.ZodType, R = unknown> {
  arg: A;
  /** Phantom: carries the result type; nothing is stored in it. */
  result: Returns<R>;
  /**
   * Goes through the import service's `writable` before it runs (core/write-gate.ts),
   * so an import in progress knows the library may have changed under it.
   */
  writes: boolean;
  /**
   * Only the CLI may make this call: it names files on this machine, which the
   * renderer (IPC) and a browser page (HTTP) must never do.
   */
  local: boolean;
}

declare const resultType: unique symbol;
/** A result type, as a value the call's spec can hold. */
export interface Returns<R> {
  readonly [resultType]?: R;
}

/**
 * `returns<Note>()`. Without the type argument it does not compile (it asks for an
 * argument nobody can give), so no call's result can silently become `unknown`.
 */
export function returns<R = never>(...missing: [R] extends [never] ? [error: 'returns<Type>() needs the result type'] : []): Returns<R> {
  void missing; // only there to make the call without a type argument fail to compile
  return {};
}

/** A call that only reads (or acts on in-memory job state: it must run during an import). */
export function reads<A extends z.ZodType, R>(arg: A, result: Returns<R>): CallSpec<A, R> & { local: false } {
  return { arg, result, writes: false, local: false };
}

/** A call that writes to the library. */
export function writes<A extends z.ZodType, R>(arg: A, result: Returns<R>): CallSpec<A, R> & { local: false } {
  return { arg, result, writes: true, local: false };
}

/** A CLI-only call (see `CallSpec.local`). */
export function local<A extends z.ZodType, R>(spec: CallSpec<A, R>): CallSpec<A, R> & { local: true } {
  return { ...spec, local: true };
}

/** The result type a spec carries. */
export type ResultOf<S extends CallSpec> = S['result'] extends Returns<infer R> ? R : never;
