/**
 * Archival file numbers as FRUS prints them: State Department decimal
 * ("861.51/148", "884.001 Selassie I/318", "740.0011 Mutual Guarantee
 * (Locarno)/507"), decimal dated by its tail after 1945 ("851.00/12–347" is
 * 3 December 1947), subject-numeric from 1963 ("POL 23–10 COMBLOC") and
 * lot files ("Lot 66 D 110").
 */
export type FileScheme = 'decimal' | 'dated-decimal' | 'subject-numeric' | 'lot';

export interface FileNumber {
  value: string;
  scheme: FileScheme;
  /** ISO date coded in a dated decimal number. */
  date?: string;
}

/** Subject codes of the 1963–73 subject-numeric system, primary categories only. */
const SUBJECTS = 'POL|DEF|ORG|E|FN|FT|INCO|PET|AID|CSM|SOC|CUL|EDX|PER|PS|SCI|TEL|TRV|LAB|AV|CON|INT|LEG|FSE|STR|ECIN|AGR|HS';

const DECIMAL_TAIL = String.raw`\/[\dA-Za-z½–‑-]*\d[\dA-Za-z½–‑-]*`;
/** A decimal number: 3 digits, optional country letter / decimal part, optional words ("Selassie I", "Mutual Guarantee (Locarno)"). */
const DECIMAL = String.raw`\b\d{3}(?:[A-Za-z]{1,2}\d*)?(?:\s?[A-Z]{1,3}(?=\s?\d))?(?:\s?\.?\d+[a-z]?)*(?:\.[\dA-Za-z]+)?(?:\s?[A-Z][\w’']*(?:\s(?:[A-Z][\w’']*|\([A-Z][^)]{0,40}\)))*)?` + DECIMAL_TAIL;
const SUBJECT = String.raw`\b(?:${SUBJECTS})\s\d+(?:[–-]\d+)*(?:\s(?:[A-Z]{2,}(?:[–-][A-Z]+)*|[A-Z](?=[\s,.;)]|$)))*(?=[\s,.;)]|$)`;
const LOT = String.raw`\b[Ll]ot\s\d{2}\s?-?\s?[DFM]\s?\d+\b`;

const ANY = new RegExp(`${LOT}|${SUBJECT}|${DECIMAL}`, 'gu');

/** "12–347" → 1947-12-03; "5–1054" → 1954-05-10. Only post-war numbers carry a dash before 3–4 digits. */
export function datedTail(value: string): string | undefined {
  const tail = value.slice(value.lastIndexOf('/') + 1);
  const m = /^(\d{1,2})[–‑-](\d{1,2})(\d{2})$/u.exec(tail);
  if (!m) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `19${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function classifyFileNumber(value: string): FileNumber {
  const v = value.trim();
  if (/^lot\b/i.test(v)) return { value: v, scheme: 'lot' };
  if (!v.includes('/')) return { value: v, scheme: 'subject-numeric' };
  const date = datedTail(v);
  return date ? { value: v, scheme: 'dated-decimal', date } : { value: v, scheme: 'decimal' };
}

/** Every file number in running text, in order. */
export function findFileNumbers(text: string): FileNumber[] {
  return [...text.matchAll(ANY)].map((m) => classifyFileNumber(m[0]));
}

/**
 * "861.00/2353, 2354" and "661.119/3420, 304g, 304h": a list continues the
 * last number's prefix, as the editors wrote it.
 */
export function expandContinuations(text: string): FileNumber[] {
  const out: FileNumber[] = [];
  for (const part of text.split(/,\s*|\s+and\s+/)) {
    const p = part.trim().replace(/[.;]$/, '');
    if (p === '') continue;
    const prev = out[out.length - 1];
    if (p.includes('/')) out.push(classifyFileNumber(p));
    else if (prev && /^[\dA-Za-z½–-]+$/.test(p) && !p.includes('/') && prev.value.includes('/')) {
      out.push(classifyFileNumber(`${prev.value.slice(0, prev.value.lastIndexOf('/') + 1)}${p}`));
    } else {
      out.push(...findFileNumbers(p));
    }
  }
  return out;
}
