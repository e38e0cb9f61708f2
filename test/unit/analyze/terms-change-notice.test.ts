// Under a heading about changes to the document, a unit that only says how a change is announced or dated takes no
// right (GUIDE C3): an "effective date" is a date line's label, not a change taking effect. A unit there that says the
// change applies, or advises the user to check, keeps the grant.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';

const underHeading = (heading: string, text: string): string[] =>
  analyzeText(`# ${heading}\n\n${text}`, { model: 'off' })
    .findings.filter((f) => f.category === 'terms_change')
    .map((f) => f.stance);

describe('terms_change notices under a changes heading', () => {
  it.each([
    'We will notify you of changes by posting the effective date of the latest version at the top of this privacy policy.',
    'We will let you know by email, prior to the change becoming effective, and update the "effective date" at the top of this Privacy Policy.',
    'The “Last Updated” date at the top of this policy reflects the effective date of such policy changes.',
    'If there are material changes to the statement, we will provide at least 30 days prior notice by updating our website.',
    'We may also provide notification via email of any material changes to our Privacy Statement.',
    'Where we consider that such changes are material, we will (where reasonably practicable) notify you on this page.',
  ])('%j is no grant', (text) => {
    expect(underHeading('Changes to This Privacy Policy', text)).toEqual([]);
  });

  it.each([
    'When we revise it, the new version applies from the day we post it.',
    'It is important that you verify the effective date of the latest update of the Policy each time you visit the Site, to ensure you are familiar with our most updated policies.',
    'We will post the revised Policy on this page, and it takes effect on the effective date shown.',
  ])('%j stays a grant', (text) => {
    expect(underHeading('Changes to This Privacy Policy', text)).toEqual(['grant']);
  });

  // Nothing here takes effect, applies or asks to be checked: only the change itself, after a modal with an aside, in
  // "will" with no modal, or by superseding, says that the service changes the document alone (GUIDE S2, C3).
  it.each([
    'Acme may, at its sole discretion, modify this Policy and will post the revised Policy with a new effective date.',
    'We reserve the right, at our sole discretion, to change this Policy; we will post a new effective date.',
    'Acme reserves the right, in its sole discretion, to modify this Policy, and will indicate the effective date of the changes.',
    'We may, in our discretion, amend this Policy by posting the amended version with a new effective date.',
    'We will amend this Privacy Policy by posting a revised version with a new effective date.',
    'We will change this Privacy Policy by updating the effective date below.',
    'The revised Privacy Policy supersedes the prior version as of the effective date.',
    'We will (where necessary) change the Privacy Policy to reflect new laws.',
    'Acme will (in its discretion) revise the Privacy Policy when our practices change.',
  ])('%j stays a grant with no effect named', (text) => {
    expect(underHeading('Changes to This Privacy Policy', text)).toEqual(['grant']);
  });

  it.each([
    'If we change this Privacy Policy, we will notify you by email.',
    'When we update this Privacy Policy, we will revise the "Last Updated" date at the top of this page.',
    'We will (where required) update the effective date at the top of this Privacy Policy.',
    'We will notify you of changes by posting the revised Policy here; the revised Policy replaces the prior Policy.',
  ])('%j, a notice naming the change only as its condition, is no grant', (text) => {
    expect(underHeading('Changes to This Privacy Policy', text)).toEqual([]);
  });
});

describe('terms_change: a change stated with a date line in the same unit', () => {
  it.each([
    'Acme may, at its sole discretion, modify these Terms and will post the revised Terms with a new effective date.',
    'We reserve the right, at our sole discretion, to change these Terms; we will post a new effective date.',
    'We will amend these Terms by posting a revised version with a new effective date.',
    'We will (where necessary) change the Terms of Service to reflect new laws.',
    'Acme will, at its discretion, update these Terms and post the new effective date on this page.',
  ])('%j is a grant with no heading', (text) => {
    expect(
      analyzeText(text, { model: 'off' })
        .findings.filter((f) => f.category === 'terms_change')
        .map((f) => f.stance),
    ).toEqual(['grant']);
  });
});

describe('terms_change: a document defined "as amended from time to time"', () => {
  it('reads the definition after the aside as the document changed (C4)', () => {
    const text =
      'Acme and the counterparty have entered into an agreement for the provision of the Controller Services (as amended from time to time, the “Agreement”).';
    expect(
      analyzeText(text, { model: 'off' })
        .findings.filter((f) => f.category === 'terms_change')
        .map((f) => [f.stance, f.rule]),
    ).toEqual([['grant', 'terms_change.as-amended']]);
  });
});
