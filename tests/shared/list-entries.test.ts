import { describe, expect, it } from 'vitest';
import type { DocumentBody, Inline } from '../../src-shared/model/document';
import { personDefinitions, personMentions } from '../../src-shared/people/person-links';
import { termCitations, termDefinitions } from '../../src-shared/terms/glossary';

const text = (s: string): Inline => ({ t: 'text', text: s });
const link = (target: string, s: string): Inline => ({ t: 'link', target, runs: [text(s)] });
const page: Inline = { t: 'page', n: '12' };

describe('entries of a volume’s persons and terms lists', () => {
  it('reads a term whose item begins after a printed page break, as it does a person’s', () => {
    const body: DocumentBody = {
      blocks: [
        { t: 'list', ordered: false, items: [[page, text(' '), link('#t_NODIS1', 'NODIS'), text(', No Distribution')], [link('#t_EXDIS1', 'EXDIS'), text(', Exclusive Distribution')]] },
        { t: 'list', ordered: false, items: [[page, link('p_BND1', 'Baker, Newton D.'), text(', Secretary of War.')]] },
      ],
      footnotes: [],
    };
    expect(termDefinitions(body).map((d) => [d.id, d.term, d.expansion])).toEqual([
      ['t_NODIS1', 'NODIS', 'No Distribution'],
      ['t_EXDIS1', 'EXDIS', 'Exclusive Distribution'],
    ]);
    expect(personDefinitions(body)).toEqual([{ id: 'p_BND1', name: 'Baker, Newton D.', description: 'Secretary of War' }]);
    // The lists' own entries are no citations or mentions.
    expect(termCitations(body).size).toBe(0);
    expect(personMentions(body)).toEqual([]);
  });

  it('counts citations and mentions in the text, in descriptions and in footnotes, not the entries', () => {
    const body: DocumentBody = {
      blocks: [
        { t: 'paragraph', runs: [link('#p_BND1', 'Baker'), text(' sent it '), link('#t_NODIS1', 'NODIS')] },
        { t: 'list', ordered: false, items: [[link('p_LAN1', 'Lansing, Robert'), text(', see '), link('#p_BND1', 'Baker')]] },
      ],
      footnotes: [{ id: 'fn1', label: '1', runs: [link('#t_NODIS1', 'NODIS')] }],
    };
    expect([...termCitations(body)]).toEqual([['t_NODIS1', 2]]);
    expect(personMentions(body)).toEqual([{ target: '#p_BND1', count: 2, text: 'Baker' }]);
  });
});
