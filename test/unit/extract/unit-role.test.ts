// The role cues are data: each record must take its own examples and leave its counter-examples, and every example
// must come out with the record's role from unitRole (no earlier record may steal it).
import { describe, expect, it } from 'vitest';
import { cueTakes, ROLE_CUES, unitRole } from '../../../src/core/extract/unit-role';

const takes = cueTakes;

describe('role cue records', () => {
  it('have unique ids named after their role, a reason and examples on both sides', () => {
    const ids = ROLE_CUES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const cue of ROLE_CUES) {
      expect(cue.id.startsWith(`${cue.role}.`)).toBe(true);
      expect(cue.why.length).toBeGreaterThan(20);
      expect(cue.examples.length).toBeGreaterThan(0);
      expect(cue.counterExamples.length).toBeGreaterThan(0);
      for (const re of [...cue.all, ...(cue.none ?? [])]) expect(re.flags).not.toContain('i'); // text is lower-cased
    }
  });

  for (const cue of ROLE_CUES) {
    describe(cue.id, () => {
      it.each(cue.examples)('takes: %s', (text) => {
        expect(takes(cue, text)).toBe(true);
        expect(unitRole(text)).toBe(cue.role);
      });
      it.each(cue.counterExamples)('leaves: %s', (text) => {
        expect(takes(cue, text)).toBe(false);
      });
    });
  }
});

describe('unitRole', () => {
  it.each([
    ['We use your conversations to train our models.', {}, 'operative'],
    ['We use cookies for ads; learn more in our Cookie Policy.', {}, 'operative'],
    ['Purpose', { headerCell: true }, 'heading'],
    ['Do Not Sell My Personal Information', { wholeBlock: true }, 'heading'],
    // Title-like text in a list item or data cell is data ("Service Providers, Advertising Networks").
    ['Service Providers And Advertising Networks', {}, 'operative'],
    // A title with a colon states something ("Sold: Yes").
    ['Sold: Yes To Advertising Partners', { wholeBlock: true }, 'operative'],
    ['Payment Processors', { wholeBlock: true }, 'operative'],
  ] as const)('%s %j → %s', (text, input, role) => {
    expect(unitRole(text, input)).toBe(role);
  });
});

describe('roles inherited from a lead-in', () => {
  const lead = 'Depending on where you live, you may request that we:';
  it.each([
    ['tell you the categories of personal information we sold in the last year;', lead, 'explanation'],
    ['the business purposes for which we shared it;', 'You have the right to know:', 'explanation'],
    // A choice or the deletion right among the items is no explanation.
    ['stop selling your personal information;', 'You have the right to know, and to request that we:', 'operative'],
    ['opt out of the sale of your data;', lead, 'operative'],
    ['delete the data we hold about you;', lead, 'operative'],
    // The items of a contents list name topics; an item with its own subject and verb states what is done.
    ['How we share your information with third parties;', 'This Privacy Notice explains:', 'pointer'],
    ['Without a legal basis, we may not process your personal data.', 'This Privacy Notice explains:', 'operative'],
    ['We share your contact details with our marketing partners;', 'This section explains:', 'operative'],
    // An item of a right-to-know list stays what may be asked about, whatever its grammar.
    [
      'You can also submit a request to access your information through this web form;',
      'You have the right to know:',
      'explanation',
    ],
    // Only right-to-know lead-ins pass their role on.
    ['tell advertisers the categories of personal information we sold;', 'We use your information to:', 'operative'],
  ])('%s (lead-in %j) → %s', (text, l, role) => {
    expect(unitRole(text, { lead: l })).toBe(role);
  });
});
