/**
 * A document's own serial: the number its sender gave it ("1291." opening a
 * telegram, "No. 85." a despatch), as the importers keep it in
 * `meta.docNumber` ("5186", "4597–4600", "46 and 47").
 */

/** Ranges longer than this are not one telegram sent in parts: keep only their ends. */
const MAX_RANGE = 20;

/** Every serial a printed number covers: "4597–4600" → 4597, 4598, 4599, 4600. */
export function serialsOf(docNumber: string | null | undefined): string[] {
  if (!docNumber) return [];
  const out: string[] = [];
  for (const part of docNumber.split(/\s*(?:,|;|\band\b)\s*/)) {
    const range = /^(\d{1,5})\s*(?:[–-]|to)\s*(\d{1,5})$/.exec(part.trim());
    if (range) {
      const a = Number(range[1]);
      const b = Number(range[2]);
      if (b > a && b - a <= MAX_RANGE) for (let n = a; n <= b; n++) out.push(String(n));
      else out.push(String(a), String(b));
      continue;
    }
    const one = /^(\d{1,5}[A-Z]?)$/.exec(part.trim());
    if (one?.[1]) out.push(one[1]);
  }
  return [...new Set(out)];
}

/** The serial a reference names, compared as printed ("58A" stays "58A"; leading zeros dropped). */
export function sameSerial(a: string, b: string): boolean {
  return a.replace(/^0+(?=\d)/, '').toUpperCase() === b.replace(/^0+(?=\d)/, '').toUpperCase();
}
