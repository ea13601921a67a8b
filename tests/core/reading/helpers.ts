import { expect } from 'vitest';
import type { ApiError, Arg, CallName, Result } from '../../../src-main/contract';
import { createCore, type Core } from '../../../src-main/core/core';
import { dispatch } from '../../../src-main/core/dispatch';
import { createHandlers } from '../../../src-main/core/handlers';
import { SEEDS, tempDir } from '../../helpers/temp-dir';

export const CAFFERY = 'The Ambassador in France (Caffery) to the Secretary of State';
export const LEAHY = 'The Ambassador in France (Leahy) to the Secretary of State';
export const DEJEAN = 'Letter from Maurice Dejean to Christian Pineau (Moscow, 16 November 1956)';

export class CallError extends Error {
  constructor(readonly error: ApiError) {
    super(`${error.code}: ${error.message}`);
  }
}

/** Calls the API the way every face does: validated by the contract, errors as data. */
export function api(core: Core) {
  const handlers = createHandlers(core);
  return async function call<K extends CallName>(name: K, arg: Arg<K>): Promise<Result<K>> {
    const reply = await dispatch(handlers, name, arg);
    if (!reply.ok) throw new CallError(reply.error);
    return reply.data as Result<K>;
  };
}

/** The failure a call gives (its code), for asserting refusals. */
export async function failureOf(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof CallError) return err.error;
    throw err;
  }
  throw new Error('the call succeeded');
}

export function idOf(core: Core, title: string): number {
  const found = core.repo.list().find((d) => d.title === title);
  expect(found, title).toBeDefined();
  return found?.id ?? 0;
}

export async function seeded(dir = tempDir()) {
  const core = createCore({ libraryDir: dir });
  await core.importPaths([SEEDS]);
  return { dir, core, call: api(core), caffery: idOf(core, CAFFERY), leahy: idOf(core, LEAHY), dejean: idOf(core, DEJEAN) };
}
