import { describe, expect, it } from 'vitest';
import { normaliseClassification, parseSourceNote } from '../../../src-shared/sources/source-note';
import { findFileNumbers } from '../../../src-shared/sources/file-numbers';
import { FIELDS, loadLabelled, precision, recall, score } from '../../helpers/source-scoring';

describe('a source note read into fields', () => {
  it('reads the 1918 "File No." line, a list continuing the prefix, and an odd tail', () => {
    expect(parseSourceNote('File No. 861.00/2353, 2354').fileNumbers.map((f) => f.value)).toEqual(['861.00/2353', '861.00/2354']);
    expect(parseSourceNote('File No. 661.119Vessels/23').fileNumbers[0]).toEqual({ value: '661.119Vessels/23', scheme: 'decimal' });
    expect(parseSourceNote('File No. 861.99999/–').fileNumbers[0]?.value).toBe('861.99999/–');
  });

  it('reads the 1936 "file: Telegram (part air)" line, words in the file number included', () => {
    const f = parseSourceNote('740.0011 Mutual Guarantee (Mediterranean)/51: Telegram (part air)');
    expect(f.fileNumbers.map((n) => n.value)).toEqual(['740.0011 Mutual Guarantee (Mediterranean)/51']);
    expect(f.flags).toEqual(['telegram', 'part air']);
    expect(parseSourceNote('884.001 Selassie I/318: Telegram').fileNumbers[0]?.value).toBe('884.001 Selassie I/318');
  });

  it('reads the 1894 bracketed labels: enclosure of which despatch, translation, cablegram, confidential', () => {
    expect(parseSourceNote('[Inclosure 2 in dispatch No. 111.—Translation.]')).toMatchObject({ enclosureIn: 'No. 111', flags: ['enclosure', 'translation'] });
    expect(parseSourceNote('[Inclosure in No. 121—Cablegram—Translation.]')).toMatchObject({ enclosureIn: 'No. 121', flags: ['enclosure', 'telegram', 'translation'] });
    expect(parseSourceNote('[Confidential.]').classification).toBe('Confidential');
    expect(parseSourceNote('[Enclosure—Paraphrase]').flags).toEqual(['enclosure', 'paraphrase']);
  });

  it('a decimal number the edition prints cut short is a file number, not a repository (1936: "811.11101 Waivers 81—")', () => {
    expect(parseSourceNote('811.11101 Waivers 81—')).toMatchObject({ fileNumbers: [{ value: '811.11101 Waivers 81', scheme: 'decimal' }] });
    expect(parseSourceNote('811.11101 Waivers 81—').repository).toBeUndefined();
  });

  it('a bracketed label after a modern citation is read: "Top secret; Nodis. [Paraphrase.]"', () => {
    const f = parseSourceNote('Source: Department of State, Central Files, 751.00/5–250. Top secret; Nodis. [Paraphrase.]');
    expect(f).toMatchObject({ classification: 'Top Secret', caveats: ['Nodis'], flags: ['paraphrase'], repository: 'Department of State' });
  });

  it('dates a post-war decimal number by its tail: 12–347 is 3 December 1947', () => {
    expect(parseSourceNote('851.00/12–347: Telegram').fileNumbers[0]).toEqual({ value: '851.00/12–347', scheme: 'dated-decimal', date: '1947-12-03' });
    expect(parseSourceNote('711.00/11–552. Telegram.')).toMatchObject({ fileNumbers: [{ date: '1952-11-05' }], flags: ['telegram'] });
  });

  // Modern notes as FRUS prints them (quoted from published volumes).
  it('reads repository, collection, subject-numeric file and classification of a 1960s note', () => {
    expect(parseSourceNote('Source: Department of State, Central Files 1967–69, POL 27 ARAB–ISR. Secret.')).toMatchObject({
      repository: 'Department of State', collection: 'Central Files 1967–69', classification: 'Secret',
      fileNumbers: [{ value: 'POL 27 ARAB–ISR', scheme: 'subject-numeric' }],
    });
    expect(parseSourceNote('Source: Department of State, Central Files 1967-69, POL 7 VIET S. Confidential.')).toMatchObject({
      classification: 'Confidential', fileNumbers: [{ value: 'POL 7 VIET S' }],
    });
  });

  it('reads a lot file, a record group and handling caveats', () => {
    expect(parseSourceNote('Source: Department of State, S/S Files: Lot 63 D 351, NSC Meetings.')).toMatchObject({
      repository: 'Department of State', collection: 'S/S Files, NSC Meetings', fileNumbers: [{ value: 'Lot 63 D 351', scheme: 'lot' }],
    });
    expect(parseSourceNote('Source: National Archives, RG 59, Central Decimal File 1910–1929, Box 736.')).toMatchObject({
      repository: 'National Archives, RG 59', collection: 'Central Decimal File 1910–1929', fileNumbers: [],
    });
    expect(parseSourceNote('Source: Department of State, Central Foreign Policy File, Electronic Telegrams, D891080-0768. Secret; Exdis. Sent Immediate.')).toMatchObject({
      classification: 'Secret', caveats: ['Exdis'],
    });
  });

  it('keeps the repository of the citation, not of a library named in a later remark', () => {
    const f = parseSourceNote('Source: Department of State, Central Files, 033.6141/4–556. Confidential; Priority. On April 4, Dulles sent the text of this message to Eisenhower with the recommendation that he approve its transmission. (Eisenhower Library, Whitman File)');
    expect(f).toMatchObject({ repository: 'Department of State', collection: 'Central Files', classification: 'Confidential' });
    expect(f.fileNumbers.map((n) => n.value)).toEqual(['033.6141/4–556']);
  });

  it('reads drafted, cleared, approved by (names with initials) and repeated to', () => {
    const f = parseSourceNote('Source: Department of State, Central Files, 611.61/5–1054. Top Secret; Nodis. Drafted by W. W. Rostow; cleared by EUR; approved by Dean Rusk. Repeated to London, Paris, and Moscow.');
    expect(f).toMatchObject({ classification: 'Top Secret', caveats: ['Nodis'], draftedBy: 'W. W. Rostow', clearedBy: 'EUR', approvedBy: 'Dean Rusk', repeatedTo: ['London', 'Paris', 'Moscow'] });
  });

  it('finds no file number in prose without one', () => {
    expect(findFileNumbers('The Ambassador called at 11 a.m. on May 5, 1947.')).toEqual([]);
  });
});

describe('the hand-labelled set (tests/fixtures/source-notes-labelled.json)', () => {
  const notes = loadLabelled();
  const s = score(notes);
  it('holds 100 notes from the three volumes and the FRUS text seeds', () => {
    expect(notes).toHaveLength(100);
    expect(new Set(notes.map((n) => n.volume)).size).toBe(4);
  });
  // Measured 1.000 / 1.000 on every field with support; the floor leaves room for one slip per field.
  it.each(FIELDS.filter((k) => s[k].tp + s[k].fn > 0))('%s: precision and recall at least 0.95', (k) => {
    expect(precision(s[k])).toBeGreaterThanOrEqual(0.95);
    expect(recall(s[k])).toBeGreaterThanOrEqual(0.95);
  });
});

describe('a classification marking normalised to its level', () => {
  it('reads every spelling of a level as one, and keeps a marking naming none', () => {
    expect(['TOP SECRET', 'top secret', ' Top Secret—Eyes Only', 'Top Secret'].map(normaliseClassification)).toEqual(Array(4).fill('Top Secret'));
    expect(normaliseClassification('secret')).toBe('Secret');
    expect(normaliseClassification('Strictly confidential')).toBe('Strictly Confidential');
    expect(normaliseClassification(' Personal ')).toBe('Personal');
  });
});
