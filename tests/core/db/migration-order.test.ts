import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src-main/core/db/migrations';

describe('the numbered migrations', () => {
  // A library records the highest migration it ran and skips every number up to it: a migration
  // numbered below one already released would never run on libraries that are already open.
  it('are listed in strictly increasing order, so a new one always comes after every released one', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});
