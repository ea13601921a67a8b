import { z } from 'zod';

/** What `trashed_documents.kept_json` holds: the user's work on a deleted document, as it was. */
export const keptSchema = z.object({
  highlights: z.array(
    z.object({
      color: z.enum(['yellow', 'green', 'blue', 'pink']),
      comment: z.string().nullable(),
      exact: z.string(),
      prefix: z.string(),
      suffix: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
  ),
  /** The dossiers the document sat in, its place and commentary there. */
  dossiers: z.array(z.object({ dossierId: z.number().int(), position: z.number().int(), commentary: z.string(), mode: z.enum(['full', 'highlights']), addedAt: z.string() })),
  tags: z.array(z.string()),
  metaEdits: z.array(z.object({ field: z.string(), valueJson: z.string(), editedAt: z.string() })),
  /** The note's own title before it was titled after the document ('' when it had none). */
  noteTitle: z.string(),
});

export type Kept = z.infer<typeof keptSchema>;

export function parseKept(json: string): Kept {
  return keptSchema.parse(JSON.parse(json));
}

export const isEmpty = (k: Kept, noteId: number | null): boolean =>
  noteId === null && k.highlights.length === 0 && k.dossiers.length === 0 && k.tags.length === 0 && k.metaEdits.length === 0;
