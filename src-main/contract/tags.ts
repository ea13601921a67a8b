import { z } from 'zod';
import { reads, returns, writes } from './call';
import { id, noArg, tag } from './common';

/** The user's tags on documents and notes. */
export const tagCalls = {
  /** Replaces the target's tags. */
  'tags.set': writes(
    z
      .object({
        target: z.union([z.object({ docId: id }).strict(), z.object({ noteId: id }).strict()]),
        tags: z.array(tag).max(100),
      })
      .strict(),
    returns<{ tags: string[] }>(),
  ),
  'tags.list': reads(noArg, returns<TagCount[]>()),
};

export interface TagCount {
  tag: string;
  /** Documents plus notes carrying the tag. */
  count: number;
  documents: number;
  notes: number;
}
