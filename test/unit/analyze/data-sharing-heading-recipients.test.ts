// An item under a heading that names who receives is a recipient (rules/data-sharing.ts SHARING_SECTION and
// RECIPIENTS_HEADING, read from table-cell.ts RECIPIENT_HEADING_SOURCE). A heading about something else may hold the
// same words: a relative with no act after it ("To whom does this policy apply?"), who gets or can access something
// other than the data, or an act's participle after another thing sent ("Products sold to businesses"). Examples
// written for this test.
import { describe, expect, it } from 'vitest';
import { analyzeClauses } from '../../../src/core/analyze';
import { dataSharing } from '../../../src/core/analyze/rules/data-sharing';
import { clauseOf } from './clause-fixture';

const underHeading = (text: string, section: string): string => {
  const f = analyzeClauses([clauseOf(text, { section, sectionPath: [section] })]).findings.find(
    (x) => x.category === 'data_sharing' && !x.role,
  );
  return f ? f.stance : '-';
};

describe('data_sharing: an item under a heading that names who receives', () => {
  it.each([
    ['Advertising partners', 'Who can access your information', 'grant'],
    ['Our payment processor', 'Data sent to third parties', 'grant'],
    ['Advertising partners', 'Categories of third parties to whom we disclose personal information', 'grant'],
    ['Advertising partners', 'Parties with whom personal information may be shared', 'grant'],
    ['Advertising partners', 'Sent to', 'grant'],
    ['Advertising partners', 'Onward transfer to', 'grant'],
    ['Advertising partners', 'Who can access it', 'grant'],
    ['Advertising partners', 'Given to', 'grant'],
    // Near misses: the heading names parties, not who receives the data.
    ['Our business partners and vendors.', 'To whom does this policy apply?', '-'],
    ['Business partners', 'Individuals with whom we interact', '-'],
    ['Vendors and suppliers', 'Parties with whom we do business', '-'],
    ['Our business partners and vendors.', 'Persons to which this notice applies', '-'],
    ['Business partners', 'Laws to which we are subject', '-'],
    ['Advertising partners', 'Who can access the Services', '-'],
    ['Resellers and distribution partners', 'Products sold to businesses', '-'],
    ['Our partners', 'Services provided to enterprise customers', '-'],
    ['Affiliates', 'Notices sent to your employer', '-'],
    ['Government authorities', 'Reports given to regulators', '-'],
    ['Service providers', 'Who we provide our services to', '-'],
    ['Partners', 'Who gets a refund', '-'],
    ['Affiliates.', 'To which countries do we transfer your data?', '-'],
    // A recipient named alone under such a heading (RECIPIENTS_HEADING reads the same words).
    ['Affiliates.', 'To whom does this policy apply?', '-'],
    ['Affiliates.', 'Parties with whom we do business', '-'],
    ['Service providers.', 'Who gets a refund', '-'],
    ['Affiliates.', 'Categories of third parties to which we may disclose personal information', 'grant'],
    ['Affiliates.', 'Who do we share your information with?', 'grant'],
  ])('%j under %j → %s', (text, section, want) => {
    expect(underHeading(text, section)).toBe(want);
  });

  it('reads a long heading in linear time', () => {
    // An exclusion word at the end, so that no start of an act word succeeds: each start looks a bounded way on.
    const section = dataSharing.rules.find((r) => r.id === 'data_sharing.recipient-under-sharing-heading')!.section!;
    const heading = `${'shared with '.repeat(40_000)}cookies`;
    const start = performance.now();
    section.test(heading);
    expect(performance.now() - start).toBeLessThan(500);
  });
});
