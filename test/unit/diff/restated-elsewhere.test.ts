// A sentence of prose a new edition says again in the words of a clause it rewrote elsewhere is a wording edit; a
// sentence with a word of its own, a repeat of an old sentence still said, a short one, or one whose old clause
// carried a finding the new one does not say, stays reported.
import { describe, expect, it } from 'vitest';
import { INTRO, LAW, reportedAndEdits, type C } from './helpers';

const ARBITRATION: C = {
  section: '18. Arbitration',
  text: 'This section may significantly affect your legal rights, including your right to file a lawsuit in court.',
};
// The new edition's arbitration section, rewritten: the warning is said twice, once shorter.
const ARBITRATION_NEW: C = {
  section: '19. Disputes',
  text: 'Please read this carefully: disputes are decided by an arbitrator instead of a court.',
};
const WARNING: C = { section: '19. Disputes', text: 'It affects your legal rights.' };

const compare = reportedAndEdits;

describe('prose restated elsewhere', () => {
  it('a new sentence said in the words of an old clause the edition rewrote is a wording edit', () => {
    const { reported, edits } = compare([INTRO, ARBITRATION, LAW], [INTRO, LAW, ARBITRATION_NEW, WARNING]);
    expect(edits).toContain(WARNING.text);
    expect(reported).not.toContain(WARNING.text);
    expect(reported).toContain(ARBITRATION_NEW.text);
  });

  it('a word of its own makes it new', () => {
    const waived = { ...WARNING, text: 'It waives your legal rights.' };
    const { reported } = compare([INTRO, ARBITRATION, LAW], [INTRO, LAW, ARBITRATION_NEW, waived]);
    expect(reported).toContain(waived.text);
  });

  // The old edition's long clause is rewritten; the new sentence, in another section, uses only its words (too few of
  // them to be paired with it as its rewording).
  const moved: Array<[string, string, string]> = [
    [
      'the parties trade places',
      'Sellers pay return shipping costs to buyers when an order arrives damaged, the marketplace reviews each claim within a week, and refunds are issued to the original payment method once the review is complete.',
      'Buyers pay return shipping costs to sellers when an order arrives damaged.',
    ],
    [
      'the events trade places',
      'Your profile is deleted when your subscription ends, your payment details are removed from our processor at the same time, and messages you sent stay visible to their recipients.',
      'Your subscription ends when your profile is deleted.',
    ],
    [
      'a number moves to another subject',
      'Monthly plans can be cancelled within 14 days of purchase for a full refund, annual plans can be cancelled within 30 days of purchase, and refunds are issued to the original payment method once the request is approved.',
      'Annual plans can be cancelled within 14 days of purchase.',
    ],
  ];
  for (const [name, old, added] of moved)
    it(`${name}: the new sentence is reported`, () => {
      const oldClause: C = { section: '7. Orders', text: old };
      const rewritten: C = { section: '7. Orders', text: 'Orders are governed by the seller terms shown at checkout.' };
      const sentence: C = { section: '12. Questions', text: added };
      const { reported } = compare([INTRO, oldClause, LAW], [INTRO, rewritten, LAW, sentence]);
      expect(reported).toContain(added);
    });

  it('a repeat of an old sentence the new edition still says is reported (it may speak of other data)', () => {
    const { reported } = compare([INTRO, ARBITRATION, LAW], [INTRO, ARBITRATION, LAW, WARNING]);
    expect(reported).toContain(WARNING.text);
  });

  it('a negation the old clause did not say is new', () => {
    const not = { ...WARNING, text: 'It does not affect your legal rights.' };
    const { reported } = compare([INTRO, ARBITRATION, LAW], [INTRO, LAW, ARBITRATION_NEW, not]);
    expect(reported).toContain(not.text);
  });

  it('a sentence of fewer than three words that carry a term is too short to call a restatement', () => {
    const short = { ...WARNING, text: 'It is your legal right.' };
    const { reported } = compare([INTRO, ARBITRATION, LAW], [INTRO, LAW, ARBITRATION_NEW, short]);
    expect(reported).toContain(short.text);
  });

  it('a clause the analyser finds a right in is never judged this way', () => {
    const shared: C = { ...WARNING, f: [['data_sharing', 'grant', 'high']] };
    const { reported } = compare([INTRO, ARBITRATION, LAW], [INTRO, LAW, ARBITRATION_NEW, shared]);
    expect(reported).toContain(shared.text);
  });

  it('an old sentence whose words a new clause all says is a wording edit when removed', () => {
    const old: C = { section: '5. Security', text: 'We keep comprehensive disaster recovery plans.' };
    const merged: C = {
      section: '5. Security',
      text: 'Our security programme includes encrypted backups held in several regions, and we keep comprehensive disaster recovery plans for every office and data centre we run.',
    };
    const { edits } = compare([INTRO, old, LAW], [INTRO, LAW, merged]);
    expect(edits).toContain(old.text);
  });
});
