import { ChanceryError, RELATED_SCOPES, type RelatedDocuments, type RelatedScope } from '../contract';
import { idArg, type CliCall } from './cli-call';

type Out = (line: string) => void;

const isScope = (s: string): s is RelatedScope => (RELATED_SCOPES as readonly string[]).includes(s);

/**
 * The documented `related --json` shape: the document asked about, the scope,
 * the correspondence window in days, and the related documents best first,
 * each with its score and reasons ({ kind, label, detail, weight }).
 */
export function toRelatedJson(r: RelatedDocuments) {
  return {
    id: r.id,
    scope: r.scope,
    days: r.days,
    related: r.documents.map(({ doc, score, reasons }) => ({
      id: doc.id,
      title: doc.title,
      date: doc.date,
      from: doc.from,
      number: doc.number,
      volume: doc.collection?.title ?? null,
      score,
      reasons,
    })),
  };
}

/** `related ID [--scope volume|library] [--limit N] [--json]`: documents related to ID, each with why. */
export async function runRelated(call: CliCall, id: string | undefined, flags: { json?: boolean; scope?: string; limit?: string }, out: Out): Promise<number> {
  const scope = flags.scope ?? 'volume';
  if (!isScope(scope)) throw new ChanceryError('invalid-argument', `--scope must be ${RELATED_SCOPES.join(' or ')}, not "${scope}"`);
  const limit = flags.limit === undefined ? 20 : Number(flags.limit);
  const related = await call('related.get', { id: idArg(id), scope, limit });
  if (flags.json) {
    out(JSON.stringify(toRelatedJson(related), null, 2));
    return 0;
  }
  if (related.documents.length === 0) out(`Nothing related found in ${scope === 'volume' ? 'this volume' : 'the library'}.`);
  for (const { doc, score, reasons } of related.documents) {
    out(`${String(doc.id).padStart(6)}  ${score.toFixed(2)}  ${(doc.date ?? '').padEnd(10)}  ${doc.title}`);
    for (const r of reasons) out(`          · ${r.label}${r.detail ? ` — ${r.detail}` : ''}`);
  }
  return 0;
}
