import { classifyFileNumber, expandContinuations, findFileNumbers, type FileNumber } from './file-numbers';

/**
 * One source note (or file-number line, or header marking) read into
 * fields. Pure: the text in, the fields out, each with the text it came from.
 */
export type SourceFlag = 'telegram' | 'translation' | 'paraphrase' | 'extract' | 'enclosure' | 'part air';

export interface Sourced<T> {
  value: T;
  /** Where the text stood: "source note", "file-number line", "header", "footnote on the title". */
  where: string;
  /** The text the value was read from. */
  text: string;
}

export interface NoteFields {
  repository?: string;
  collection?: string;
  fileNumbers: FileNumber[];
  classification?: string;
  caveats: string[];
  draftedBy?: string;
  approvedBy?: string;
  clearedBy?: string;
  repeatedTo?: string[];
  /** "Telegram 1234", "Despatch 45", "Airgram A-12". */
  docNumber?: string;
  /** "No. 99" of "[Inclosure 2 in No. 99.]": the despatch this one was sent with. */
  enclosureIn?: string;
  flags: SourceFlag[];
}

// Longest first, so "Top Secret" wins over "Secret".
const LEVELS = [
  'Personal and Top Secret', 'Personal and Secret', 'Personal and Confidential', 'Strictly Confidential', 'Strictly Secret',
  'Limited Official Use', 'Official Use Only', 'Top Secret', 'Secret', 'Confidential', 'Restricted', 'Unclassified',
];
const CAVEATS = [
  'Eyes Only', 'Limited Distribution', 'Nodis', 'Exdis', 'Limdis', 'Noforn', 'Stadis', 'Roger Channel', 'Cherokee', 'Personal', 'Sensitive', 'Strictly Personal',
];
const LEVEL_RE = new RegExp(`\\b(${LEVELS.join('|')})\\b`, 'i');
const CAVEAT_RE = new RegExp(`\\b(${CAVEATS.join('|')})\\b`, 'gi');
const PRECEDENCE = /^(?:niact|immediate|priority|flash|urgent|us urgent|routine|operational immediate|plain|en clair)$/i;

const titleCase = (list: readonly string[], s: string): string => list.find((x) => x.toLowerCase() === s.toLowerCase()) ?? s;

/**
 * One spelling per classification level, for the facet and `classification:`:
 * a header's "TOP SECRET", a note's "Top secret" and "Top Secret—Eyes Only"
 * are all Top Secret. A marking naming no known level is kept as written.
 */
export function normaliseClassification(marking: string): string {
  const level = LEVEL_RE.exec(marking)?.[1];
  return level ? titleCase(LEVELS, level) : marking.trim();
}

const emptyFields = (): NoteFields => ({ fileNumbers: [], caveats: [], flags: [] });

/** "[Telegram—Extract]", "[Inclosure 2 in No. 99.—Translation.]", "[Confidential.]": a bracketed label. */
function bracketed(text: string, out: NoteFields): void {
  for (const raw of text.replace(/^\[|\]\.?$/g, '').split(/\s*[—–]\s*|\.\s*[—–]?\s*(?=[A-Z])/)) {
    const part = raw.replace(/\.$/, '').trim();
    if (part === '') continue;
    const encl = /^(?:Inclosure|Enclosure|Incloaure|Subenclosure|Annex|Attachment)s?\b(?:\s+(?:No\.\s*)?(?!in\b)\w+)?(?:\s+in\s+(?:dispatch\s+|despatch\s+)?(No\.\s*\d+\w*))?/i.exec(part);
    if (encl) {
      out.flags.push('enclosure');
      if (encl[1]) out.enclosureIn = encl[1].replace(/No\.\s*/, 'No. ');
      continue;
    }
    words(part, out);
  }
}

/** Flags and markings named by a word: "Telegram", "Translation", "Paraphrase", "Extract", "Confidential". */
function words(part: string, out: NoteFields): void {
  if (/\b(?:telegram|cablegram|cable)\b/i.test(part)) out.flags.push('telegram');
  if (/\btrans?lation\b|\btranalation\b/i.test(part)) out.flags.push('translation');
  if (/\bparaphrase\b/i.test(part)) out.flags.push('paraphrase');
  if (/^extracts?\b|\bextract\]?$/i.test(part)) out.flags.push('extract');
  if (/\bpart air\b/i.test(part)) out.flags.push('part air');
  markings(part, out);
}

function markings(part: string, out: NoteFields): void {
  const level = LEVEL_RE.exec(part)?.[1];
  if (level && !out.classification) out.classification = titleCase(LEVELS, level);
  const rest = level ? part.replace(LEVEL_RE, '') : part;
  for (const m of rest.matchAll(CAVEAT_RE)) {
    const c = titleCase(CAVEATS, m[1] ?? '');
    if (!out.caveats.includes(c)) out.caveats.push(c);
  }
}

/** A sentence made only of markings: "Secret; Nodis.", "Top Secret; Eyes Only; Priority." */
function isMarkingSentence(s: string): boolean {
  const parts = s.trim().replace(/\.$/, '').split(/\s*[;,]\s*|\s+and\s+/).filter((p) => p !== '');
  return parts.length > 0 && parts.every((p) => LEVELS.concat(CAVEATS).some((x) => x.toLowerCase() === p.toLowerCase()) || PRECEDENCE.test(p));
}

const ROLE = /\b(Drafted|Cleared|Approved|Repeated|Also sent|Sent|Received|Transmitted|Initialed|Signed|Printed|Another copy|The telegram|The source text)\b(?:\s+(?:by|to|in|from|for|at|with))?/gi;

function roles(text: string, out: NoteFields): void {
  const hits = [...text.matchAll(ROLE)];
  hits.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = hits[i + 1]?.index ?? text.length;
    const value = text.slice(start, end).replace(/^[\s:]+|[\s;,.]+(?:and)?[\s;,.]*$/g, '').trim();
    if (value === '') return;
    const role = m[0].toLowerCase();
    if (role === 'drafted by') out.draftedBy ??= value;
    else if (role === 'cleared by') out.clearedBy ??= value;
    else if (role === 'approved by') out.approvedBy ??= value;
    else if (role === 'repeated to') out.repeatedTo ??= value.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((s) => s.trim()).filter((s) => s !== '');
  });
}

const DOC_NUMBER = /\b(Telegram|Despatch|Dispatch|Airgram|Cablegram|Circular telegram|Instruction|Note)\s+(?:No\.\s*)?([A-Z]{0,3}-?\d[\w–-]*)/;

/** "Source: Department of State, Central Files, 611.61/5–1054. Secret. Drafted by …" */
function citation(text: string, out: NoteFields): void {
  const body = text.replace(/^Source:\s*/i, '');
  const roleAt = body.search(/\b(?:Drafted|Cleared|Approved|Repeated|Also sent|Sent to|Received|Transmitted)\b/);
  const head = roleAt < 0 ? body : body.slice(0, roleAt);
  const sentences = head.split(/(?<=[A-Za-z0-9)”"]{2})\.\s+(?=[A-Z])/);
  const cite = sentences[0] ?? '';
  // A marking sentence is all marking words, so a looser split ("POL 7 VIET S. Confidential.") cannot misread prose.
  for (const s of head.split(/\.\s+/).slice(1)) if (isMarkingSentence(s)) markings(s, out);
  const segments = cite.split(/\s*,\s*(?![^(]*\))/).map((s) => s.replace(/\.$/, '').trim());
  const files = findFileNumbers(cite);
  out.fileNumbers.push(...files);
  // A segment holding a file number keeps what precedes it ("S/S Files: Lot 66 D 110" → "S/S Files").
  const plain = segments
    .map((s) => files.reduce((acc, f) => (acc.includes(f.value) ? acc.slice(0, acc.indexOf(f.value)) : acc), s).replace(/[\s:;,]+$/, ''))
    .filter((s) => s !== '' && !/^(?:no\.|pp?\.|folder|box)\b/i.test(s));
  const [repo, ...rest] = plain.map((s) => s.replace(/:\s*$/, ''));
  let repository = repo;
  if (repository && /^RG \d+/.test(rest[0] ?? '')) repository = `${repository}, ${rest.shift() ?? ''}`;
  if (repository) out.repository = repository.replace(/\s*[:;]\s*$/, '');
  const collection = rest.map((s) => s.replace(/^Lot$/, '')).filter((s) => s !== '').join(', ').replace(/[:;]\s*$/, '');
  if (collection) out.collection = collection;
  // A bracketed label after the citation ("… Top secret; Nodis. [Paraphrase.]") says how the text was printed.
  for (const m of body.matchAll(/\[([^[\]]{3,60})\]/g)) words(m[1] ?? '', out);
  const num = DOC_NUMBER.exec(body);
  if (num) out.docNumber = `${num[1] ?? ''} ${num[2] ?? ''}`;
  roles(body, out);
}

/** "File No. 861.51/131", "File Nos. 661.119/3420, 304g, and 861.51/451c". */
const FILE_NO = /^File Nos?\.\s*(.+?)\.?$/;
/** "711.90H/49: Telegram", "884.001 Selassie I/318: Telegram (part air)", "123 EN 3/435". */
const LEAD_FILE = /^([^:[\]]*\/[^:\s[\]]+?)\.?\s*(?:[:.]\s*(.*))?$/;

/** A decimal file number the edition prints cut short ("811.11101 Waivers 81—"): a file number, not a repository. */
const CUT_FILE = /^\d{3}\.\d+\b[^/:.;]*$/;

export function parseSourceNote(text: string): NoteFields {
  const out = emptyFields();
  const t = text.replace(/\s+/g, ' ').trim();
  if (t === '') return out;
  const fileNo = FILE_NO.exec(t);
  const lead = fileNo ? null : LEAD_FILE.exec(t);
  if (fileNo?.[1]) out.fileNumbers.push(...expandContinuations(fileNo[1]));
  else if (lead?.[1]) {
    out.fileNumbers.push(classifyFileNumber(lead[1]));
    if (lead[2]) words(lead[2], out);
  } else if (/^\[.*\]\.?$/.test(t)) bracketed(t, out);
  else if (CUT_FILE.test(t)) out.fileNumbers.push({ value: t.replace(/[\s—–-]+$/, ''), scheme: 'decimal' });
  else citation(t, out);
  return dedupe(out);
}

function dedupe(f: NoteFields): NoteFields {
  const seen = new Set<string>();
  f.fileNumbers = f.fileNumbers.filter((n) => !seen.has(n.value) && (seen.add(n.value), true));
  f.flags = [...new Set(f.flags)];
  return f;
}
