import { describe, expect, it } from 'vitest';
import { partiesFromHead } from '../../../src-main/core/importers/tei-parties';

const read = (head: string) => {
  const p = partiesFromHead(head, []);
  return { from: p.from?.value, to: p.to?.value };
};

describe('parties read from an untagged head', () => {
  it('leaves a modern head’s number and kind out of the sender', () => {
    expect(read('1. Memorandum From the Director of the Arms Control and Disarmament Agency to the President’s Assistant for National Security Affairs')).toEqual({
      from: [{ role: 'Director of the Arms Control and Disarmament Agency' }],
      to: [{ role: 'President’s Assistant for National Security Affairs' }],
    });
    expect(read('Telegram From the Embassy in France to the Department of State')).toEqual({ from: [{ role: 'Embassy in France' }], to: [{ role: 'Department of State' }] });
  });

  it('still reads an older memorandum head as printed, numbered or not', () => {
    const hackworth = { from: [{ role: 'Legal Adviser', name: 'Hackworth' }], to: undefined };
    expect(read('Memorandum by the Legal Adviser (Hackworth)')).toEqual(hackworth);
    expect(read('6. Memorandum by the Legal Adviser (Hackworth)')).toEqual(hackworth);
  });
});
