import type { CitationStyle } from '@contract';
import { api } from '../api/client';

export interface CiteRequest {
  docId: number;
  style: CitationStyle;
  page?: string;
  highlightId?: number;
}

/** Ask the core for a citation and put its plain text on the clipboard. Returns the text. */
export async function copyCitation(req: CiteRequest): Promise<{ text: string; copied: boolean }> {
  const c = await api.call('document.cite', {
    id: req.docId,
    style: req.style,
    ...(req.page !== undefined ? { page: req.page } : {}),
    ...(req.highlightId !== undefined ? { highlightId: req.highlightId } : {}),
  });
  const copied = await navigator.clipboard.writeText(c.text).then(
    () => true,
    () => false,
  );
  return { text: c.text, copied };
}

export const STYLE_LABEL: Record<CitationStyle, string> = { chicago: 'Chicago', frus: 'FRUS' };
