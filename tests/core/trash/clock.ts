import { createCore } from '../../../src-main/core/core';
import { SEEDS, tempDir } from '../../helpers/temp-dir';
import { api, CAFFERY, DEJEAN, idOf, LEAHY } from '../reading/helpers';

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

/** A clock the test moves by hand. */
export function testClock(start = '2026-03-01T09:00:00.000Z') {
  let t = Date.parse(start);
  return {
    now: (): string => new Date(t).toISOString(),
    advance(ms: number): void {
      t += ms;
    },
  };
}

export type Clock = ReturnType<typeof testClock>;

/** The seed library opened with the test's clock; `reopen` closes it and opens it again (the purge runs at open). */
export async function clockedLibrary(clock: Clock = testClock(), dir = tempDir()) {
  const core = createCore({ libraryDir: dir, now: clock.now });
  await core.importPaths([SEEDS]);
  return { dir, clock, core, call: api(core), caffery: idOf(core, CAFFERY), leahy: idOf(core, LEAHY), dejean: idOf(core, DEJEAN) };
}

export function reopen(dir: string, clock: Clock) {
  const core = createCore({ libraryDir: dir, now: clock.now });
  return { core, call: api(core) };
}
