/**
 * saxes's error messages in plain words. saxes states the rule that was
 * broken ("unexpected close tag."); these say what is wrong in the file and
 * how to mend it, naming the element and the line it was opened on.
 */

/** An element still open, and where it started. */
export interface OpenElement {
  name: string;
  line: number;
}

export interface XmlContext {
  /** Elements open when the error was found, innermost last. */
  open: readonly OpenElement[];
  /** The element saxes closed just before complaining (a mismatched end tag closes it first). */
  lastClosed: OpenElement | undefined;
}

type Rule = [RegExp, (m: RegExpExecArray, ctx: XmlContext) => string];

const RULES: readonly Rule[] = [
  [/^unclosed tag: (.+)$/, (m, ctx) => {
    const el = [...ctx.open].reverse().find((e) => e.name === m[1]);
    const opened = el ? ` (opened on line ${el.line})` : '';
    return `the file ends before <${m[1]}>${opened} is closed; it may be cut short`;
  }],
  [/^unexpected close tag\.$/, (_m, ctx) => {
    const el = ctx.lastClosed;
    const which = el ? `<${el.name}> (opened on line ${el.line})` : 'the element open here';
    return `this end tag does not match ${which}; tags must close in the reverse order they were opened`;
  }],
  [/^unmatched closing tag: (.+)\.$/, (m) => `the end tag </${m[1]}> has no matching start tag`],
  [/^text data outside of root node\.$/, () => 'text after the end of the document (after its last end tag)'],
  [/^documents may contain only one root\.$/, () => 'a second root element after the end of the document; a file holds one TEI document'],
  [/^document must contain a root element\.$/, () => 'the file has no elements'],
  [/^disallowed character in tag name$/, () => 'a bare “<” (write &lt; for a less-than sign) or a malformed tag name'],
  [/^disallowed character in (?:attribute|entity) name\.?$/, () => 'a malformed attribute or entity name'],
  [/^unquoted attribute value\.$/, () => 'an attribute value without quotes (write n="1", not n=1)'],
  [/^duplicate attribute: (.+)\.$/, (m) => `the attribute ${m[1]} appears twice in the same tag`],
  [/^unbound namespace prefix: "(.+)"\.$/, (m) => `the prefix “${m[1]}:” is used without declaring it (xmlns:${m[1]}="…")`],
  [/^malformed character entity\.$/, () => 'a character reference to a character XML does not allow (such as &#0;)'],
  [/^disallowed character\.$/, () => 'a control character that XML does not allow'],
  [/^the string "\]\]>" is disallowed in char data\.$/, () => 'the text “]]>” is not allowed in XML text (write ]]&gt;)'],
  [/^unexpected end\.$/, () => 'the file ends in the middle of a tag, comment or reference; it may be cut short'],
];

/** "3:15: unexpected close tag." → the column and a plain message. */
export function plainXmlError(raw: string, ctx: XmlContext): { column?: number; message: string } {
  const m = /^\d+:(\d+): (.*)$/s.exec(raw);
  const text = m?.[2] ?? raw;
  const column = m?.[1] !== undefined ? Number(m[1]) : undefined;
  for (const [pattern, say] of RULES) {
    const found = pattern.exec(text);
    if (found) return { column, message: say(found, ctx) };
  }
  return { column, message: text };
}
