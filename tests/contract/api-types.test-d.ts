import { describe, expectTypeOf, it } from 'vitest';
import { noArg } from '../../src-main/contract/common';
import { reads, returns, type CallSpec } from '../../src-main/contract/call';
import type { CallName, Handlers, HandlersOf, LocalCallName, Note, RendererCallName, Result, tagCalls, TagCount } from '../../src-main/contract';

/**
 * Checked by `npm run typecheck` (tsconfig includes tests/): each
 * `@ts-expect-error` below fails the typecheck if its line ever compiles.
 */
describe('the contract’s types', () => {
  it('gives every call a result type: none is unknown', () => {
    type Untyped = { [K in CallName]: unknown extends Result<K> ? K : never }[CallName];
    expectTypeOf<Untyped>().toEqualTypeOf<never>();
    expectTypeOf<Result<'notes.get'>>().toEqualTypeOf<Note | null>();
  });

  it('refuses a call declared without its result type', () => {
    // @ts-expect-error returns() needs the type argument
    reads(noArg, returns());
    // @ts-expect-error a spec without `result`
    const missing = { 'x.y': { arg: noArg, writes: false, local: false } } satisfies Record<string, CallSpec>;
    expectTypeOf(reads(noArg, returns<TagCount[]>())).toMatchTypeOf<CallSpec>();
    void missing;
  });

  it('refuses a domain’s handlers with one missing or answering the wrong type', () => {
    // @ts-expect-error 'tags.set' has no handler
    const incomplete: HandlersOf<typeof tagCalls> = { 'tags.list': async () => [] };
    const wrong: HandlersOf<typeof tagCalls> = {
      'tags.list': async () => [],
      // @ts-expect-error tags.set answers { tags: string[] }
      'tags.set': async () => ({ tags: 3 }),
    };
    // @ts-expect-error the whole API without 'notes.get'
    const partial: Omit<Handlers, 'notes.get'> extends Handlers ? true : false = true;
    void [incomplete, wrong, partial];
  });

  it('lists for the preload exactly the calls that are not CLI-only', () => {
    expectTypeOf<RendererCallName>().toEqualTypeOf<Exclude<CallName, LocalCallName>>();
    expectTypeOf<LocalCallName>().toEqualTypeOf<'import.paths'>();
  });
});
