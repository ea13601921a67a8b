import { z } from 'zod';

/** Schema pieces more than one domain file uses. */

/** A row id (document, note, dossier, highlight…). */
export const id = z.number().int().positive();
/** The argument of a call that takes none. */
export const noArg = z.object({}).strict();
/** A background job (import, dossier export). */
export const jobId = z.string().uuid();
export const TAG_MAX = 100;
export const tag = z.string().trim().min(1).max(TAG_MAX);
export const paper = z.enum(['a4', 'letter']);
