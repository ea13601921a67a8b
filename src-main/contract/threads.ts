import { z } from 'zod';
import { reads, returns } from './call';
import { id } from './common';

/** The conversation a document belongs to, through the links between documents. */
export const threadCalls = {
  /** Every document linked to this one, directly or through others, in either direction, in order of sending. */
  'threads.get': reads(z.object({ id }).strict(), returns<Thread>()),
};

/** A moment of sending or receipt on one clock. */
export interface ThreadTime {
  /** ISO with the offset: '1918-06-02T19:00+08:00'. */
  iso: string;
  /** The same instant in UTC: '1918-06-02T11:00Z'. */
  utc: string;
  /** "Peking, 2 June 1918, 19:00 (11:00 UTC)". */
  label: string;
  /** Where the time and its zone come from, in words. */
  provenance: string;
  /** The source states the offset (else it is inferred from a place). */
  stated: boolean;
}

export interface ThreadEntry {
  id: number;
  title: string;
  /** The document's date as the library keeps it ('YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM', local to the place of sending). */
  date: string | null;
  kind: string | null;
  from: string | null;
  to: string | null;
  /** The number in its volume. */
  number: string | null;
  sent: ThreadTime | null;
  received: ThreadTime | null;
  /** The receipt as printed ("April 8, 7.45 p.m."), when there is one. */
  receivedText: string | null;
  transitMinutes: number | null;
}

export interface Thread {
  /** The document asked about. */
  id: number;
  /** In order of sending; the document itself included. Only itself when nothing links to or from it. */
  entries: ThreadEntry[];
  /** The walk stopped at `cap` documents: the thread goes on beyond these. */
  truncated: boolean;
  cap: number;
}
