/** Characters of context kept on each side of a quote (W3C text quote selector prefix/suffix). */
export const CONTEXT = 32;

export interface Quote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** The quote selector for [start, end) of `text`; the context stops at `limit` (the end of the body). */
export function quoteAt(text: string, start: number, end: number, limit = text.length): Quote {
  const s = Math.min(start, limit);
  const e = Math.min(end, limit);
  return {
    exact: text.slice(s, e),
    prefix: text.slice(Math.max(0, start - CONTEXT), s),
    suffix: text.slice(e, Math.min(limit, end + CONTEXT)),
  };
}
