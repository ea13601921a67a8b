const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

export function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

export function fromRoman(s: string): number {
  let total = 0;
  let rest = s.toLowerCase();
  for (const [value, letters] of ROMAN) {
    while (rest.startsWith(letters)) {
      total += value;
      rest = rest.slice(letters.length);
    }
  }
  return rest === '' ? total : NaN;
}

/**
 * How the FRUS editors cite a volume, from its id: `frus1924v02` → "Foreign
 * Relations, 1924, vol. ii"; `frus1918Russiav01` → "Foreign Relations, 1918,
 * Russia, vol. i"; `frus1969-76v17` → "Foreign Relations, 1969–76, vol. xvii";
 * `frus1888p1` → "Foreign Relations, 1888, pt. i".
 */
export function volumeLabel(volume: string): string {
  const m = /^frus(\d{4})(?:-(\d{2,4}))?([A-Za-z]*?)(?:(v|p)(\d+))?$/.exec(volume);
  if (!m) return volume;
  const [, year, until, subseries, kind, n] = m;
  const parts = [`Foreign Relations, ${year}${until ? `–${until}` : ''}`];
  if (subseries) parts.push(subseries.replace(/([a-z])([A-Z])/g, '$1 $2'));
  if (kind && n) parts.push(`${kind === 'v' ? 'vol.' : 'pt.'} ${roman(Number(n))}`);
  return parts.join(', ');
}

/** The id of a volume cited in words ("Foreign Relations, 1924, vol. ii"), as FRUS names its files. */
export function volumeId(year: string, subseries: string | undefined, vol: string | undefined): string {
  const n = vol === undefined ? NaN : /^\d+$/.test(vol) ? Number(vol) : fromRoman(vol);
  const sub = (subseries ?? '').replace(/\s+/g, '');
  return `frus${year}${sub}${Number.isNaN(n) ? '' : `v${String(n).padStart(2, '0')}`}`;
}
