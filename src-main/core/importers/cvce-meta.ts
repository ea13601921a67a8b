/**
 * The front matter of a CVCE letter in Markdown: a title heading, then
 * "**Caption:**", "**Source:**", "**Copyright:**", "**URL:**",
 * "**Last updated:**" paragraphs, then (usually) the title again and the text.
 */
import type { Token } from 'marked';
import type { DocKind, Party } from '../../../src-shared/model/document';
import { inlineText } from '../../../src-shared/text/plain-text';
import { kindFromWord } from './doc-kind';
import { inlineRuns, isMarkedToken } from './markdown-inline';

export interface CvceFront {
  title?: string;
  /** Values by lower-cased key ("caption", "source", "copyright", "url", "last updated"). */
  fields: Map<string, string>;
  /** Index of the first body token. */
  bodyStart: number;
}

/** Keys whose value may run on over the following plain paragraphs (the rights statement). */
const RUN_ON_KEYS = new Set(['copyright']);

/** `tokens` without 'space' tokens. */
export function readFront(tokens: readonly Token[]): CvceFront {
  const first = tokens[0];
  const title = first?.type === 'heading' ? tokenPlain(first) : undefined;
  const values = new Map<string, string[]>();
  let i = title === undefined ? 0 : 1;
  let key: string | undefined;
  for (; i < tokens.length; i++) {
    const tok = tokens[i];
    const keyed = tok ? keyParagraph(tok) : undefined;
    const current = key === undefined ? undefined : values.get(key);
    if (keyed) {
      key = keyed.key;
      values.set(key, keyed.rest ? [keyed.rest] : []);
    } else if (tok?.type === 'paragraph' && current && (current.length === 0 || RUN_ON_KEYS.has(key ?? ''))) {
      current.push(frontValue(tok));
    } else break;
  }
  // The title is printed again above the text; keep it once, as the title.
  if (title !== undefined && tokens[i]?.type === 'heading' && tokenPlain(tokens[i]) === title) i++;
  const fields = new Map([...values].map(([k, v]) => [k, v.join('\n\n')]));
  return { title, fields, bodyStart: i };
}

/** A paragraph opening with a bold "Key:" → the key and the rest of the paragraph as text. */
function keyParagraph(tok: Token): { key: string; rest: string } | undefined {
  if (!isMarkedToken(tok) || tok.type !== 'paragraph') return undefined;
  const [head, ...rest] = tok.tokens;
  if (!head || !isMarkedToken(head) || head.type !== 'strong') return undefined;
  const label = /^([\p{L} ]{2,40}):$/u.exec(head.text.trim())?.[1];
  if (!label) return undefined;
  return { key: label.toLowerCase(), rest: inlineText(inlineRuns(rest)).trim() };
}

/** A link paragraph gives its target (the URL line), anything else its text. */
function frontValue(tok: Token): string {
  if (isMarkedToken(tok) && tok.type === 'paragraph') {
    const only = tok.tokens.length === 1 ? tok.tokens[0] : undefined;
    if (only && isMarkedToken(only) && only.type === 'link') return unescapeUrl(only.href);
  }
  return tokenPlain(tok);
}

/** CVCE exports escape underscores in URLs, sometimes twice ("letter\\_from"). */
export function unescapeUrl(url: string): string {
  return url.replace(/\\+_/g, '_').trim();
}

function tokenPlain(tok: Token | undefined): string {
  if (!tok) return '';
  const tokens = isMarkedToken(tok) && 'tokens' in tok && tok.tokens ? tok.tokens : [];
  return inlineText(inlineRuns(tokens)).trim();
}

export interface TitleInfo {
  kind?: DocKind;
  from?: Party;
  to?: Party;
  /** "(Moscow, 16 November 1956)" at the end of the title. */
  paren?: string;
}

/** "Letter from Maurice Dejean to Christian Pineau (Moscow, 16 November 1956)". */
export function parseTitle(title: string): TitleInfo {
  const paren = /\s*\(([^()]*)\)$/.exec(title);
  const rest = paren ? title.slice(0, paren.index) : title;
  const m = /^(.*?)\s+(?:from|by)\s+(.+?)(?:\s+to\s+(.+))?$/i.exec(rest);
  const kindWords = (m?.[1] ?? rest).trim();
  const kind = kindFromWord(kindWords) ?? kindFromWord(kindWords.split(' ').pop() ?? '') ?? kindFromWord(rest.split(' ')[0] ?? '');
  const info: TitleInfo = {};
  if (kind) info.kind = kind;
  if (m?.[2]) info.from = titleParty(m[2]);
  if (m?.[3]) info.to = titleParty(m[3]);
  if (paren?.[1]) info.paren = paren[1];
  return info;
}

/** A name ("Maurice Dejean") or, after an article, an office ("the French Embassy"). */
function titleParty(text: string): Party {
  const t = text.replace(/\s+(?:on|about|concerning|regarding)\s+.*$/i, '').trim();
  const office = /^the\s+(.+)$/i.exec(t);
  return office?.[1] ? { role: office[1] } : { name: t };
}

/** "Maurice Dejean, French Ambassador to the USSR, sends …" → "French Ambassador to the USSR". */
export function roleInCaption(caption: string, name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${escaped}, ([^,;]{3,80}),`).exec(caption)?.[1]?.trim();
}
