import type { CitingLink, DocLink } from '../contract';
import { idArg, type CliCall } from './cli-call';

type Out = (line: string) => void;

/** The documented `refs --json` shape: a link with its targets best first, each `{id, title, date}`. */
export function toRefJson(l: DocLink) {
  return {
    start: l.start,
    end: l.end,
    text: l.text,
    basis: l.basis,
    inFootnote: l.inFootnote,
    status: l.status,
    targets: l.targets.map((t) => ({ id: t.id, title: t.title, date: t.date, ...(t.anchor ? { anchor: t.anchor } : {}) })),
    ...(l.targetLabel ? { targetLabel: l.targetLabel } : {}),
    why: l.why,
  };
}

/** `cited-by --json`: the same shape, start/end/text in the citing document, which `source` names. */
export const toCitedByJson = (l: CitingLink) => ({ ...toRefJson(l), source: l.source });

const line = (l: DocLink): string => {
  const to = l.targets.map((t) => `${t.id} ${t.title}${t.date ? ` (${t.date})` : ''}`).join(' | ');
  return `${String(l.start).padStart(6)}  ${l.status.padEnd(9)} ${l.basis.padEnd(9)} "${l.text}" → ${to || l.targetLabel || '—'}`;
};

/** `refs ID [--json]`: what the document cites. */
export async function runRefs(call: CliCall, id: string | undefined, flags: { json?: boolean }, out: Out): Promise<number> {
  const links = await call('links.refs', { id: idArg(id) });
  if (flags.json) out(JSON.stringify(links.map(toRefJson), null, 2));
  else for (const l of links) out(line(l));
  return 0;
}

/** `cited-by ID [--json]`: the links in other documents that cite it. */
export async function runCitedBy(call: CliCall, id: string | undefined, flags: { json?: boolean }, out: Out): Promise<number> {
  const links = await call('links.citedBy', { id: idArg(id) });
  if (flags.json) out(JSON.stringify(links.map(toCitedByJson), null, 2));
  else for (const l of links) out(`${String(l.source.id).padStart(5)}  ${l.source.date ?? '          '}  ${l.source.title}\n       ${line(l)}`);
  return 0;
}
