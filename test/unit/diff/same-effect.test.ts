// Same-effect rewordings are not reported changes: they are listed apart (diffWithWordingEdits), so the version is not
// "changed"; a rewording that alters a right, widens a licence or says something new is still reported.
import { describe, expect, it } from 'vitest';
import { diffVersions, diffWithWordingEdits, nearestVariant } from '../../../src/core/diff';
import { ACCOUNT, FEES, INTRO, LAW, snapshot, type C } from './helpers';

const ADS: C = {
  section: '4. Advertising',
  text: 'You can review your settings to control the ads you see, including opting out of ad personalization.',
};
const ADS_UK: C = {
  ...ADS,
  text: 'You can review your settings to control the ads that you see, including opting out of ad personalisation.',
};
const LICENCE: C = {
  section: '5. Your Content',
  text: 'You grant us a worldwide, royalty-free license to host and display your content.',
  f: [['content_licence', 'grant', 'high']],
};

describe('same-effect rewordings', () => {
  it('a spelling change and a function word are a wording edit, not a change', () => {
    const { changes, wordingEdits } = diffWithWordingEdits(
      snapshot([INTRO, ADS, FEES]),
      snapshot([INTRO, ADS_UK, FEES]),
    );
    expect(changes).toEqual([]);
    expect(wordingEdits).toHaveLength(1);
    expect(wordingEdits[0]).toMatchObject({ type: 'modified', before: ADS.text, after: ADS_UK.text });
    expect(diffVersions(snapshot([INTRO, ADS, FEES]), snapshot([INTRO, ADS_UK, FEES]))).toEqual([]);
  });

  it('a slight rewording beside a real change: only the real change is reported', () => {
    const added: C = { section: '3. Fees', text: 'We may charge a cancellation fee of 50 dollars.' };
    const { changes, wordingEdits } = diffWithWordingEdits(
      snapshot([INTRO, ADS, FEES]),
      snapshot([INTRO, ADS_UK, FEES, added]),
    );
    expect(changes.map((c) => c.after)).toEqual([added.text]);
    expect(wordingEdits).toHaveLength(1);
  });

  it('the same words with a negation added are reported', () => {
    const not: C = { ...ACCOUNT, text: 'You are not responsible for keeping your password confidential and secure.' };
    const { changes, wordingEdits } = diffWithWordingEdits(snapshot([INTRO, ACCOUNT]), snapshot([INTRO, not]));
    expect(changes).toHaveLength(1);
    expect(wordingEdits).toEqual([]);
  });

  it('a kind of data brought in where a repeat is dropped is reported, in a clause without findings', () => {
    const share: C = {
      section: '6. Sharing',
      text: 'We share your information with partners, and your information with affiliates.',
    };
    const health: C = { ...share, text: 'We share your health information with partners and affiliates.' };
    const { changes, wordingEdits } = diffWithWordingEdits(snapshot([INTRO, share]), snapshot([INTRO, health]));
    expect(changes).toHaveLength(1);
    expect(wordingEdits).toEqual([]);
  });

  it('a slight rewording whose finding changed stance is reported', () => {
    const before = snapshot([INTRO, { ...ADS, f: [['tracking', 'conditional', 'medium']] }]);
    const after = snapshot([INTRO, { ...ADS_UK, f: [['tracking', 'grant', 'medium']] }]);
    const { changes, wordingEdits } = diffWithWordingEdits(before, after);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ impact: 'worse' });
    expect(wordingEdits).toEqual([]);
  });

  it('a licence that gains one breadth word is reported as widened, never a wording edit', () => {
    const wider: C = { ...LICENCE, text: LICENCE.text.replace('royalty-free', 'royalty-free, perpetual') };
    const { changes, wordingEdits } = diffWithWordingEdits(snapshot([INTRO, LICENCE]), snapshot([INTRO, wider]));
    expect(changes[0]).toMatchObject({ category: 'content_licence', impact: 'worse', right: 'widened' });
    expect(wordingEdits).toEqual([]);
  });

  it('a sentence joined to the one before it is still said: a wording edit, not a removal', () => {
    const access: C = {
      section: '6.1 Managing Your Information',
      text: 'You can access and update some of your personal information through your Account settings.',
    };
    const keep: C = {
      section: '6.1 Managing Your Information',
      text: 'You are responsible for keeping your personal information up to date.',
    };
    // The capture lost the capital that starts the second sentence, so the two are one clause.
    const joined: C = {
      section: '',
      text: `5.3 Managing Your Information. ${access.text} ${keep.text.replace('You', 'you')}`,
    };
    const { changes, wordingEdits } = diffWithWordingEdits(
      snapshot([INTRO, access, keep, LAW]),
      snapshot([INTRO, joined, LAW]),
    );
    expect(changes.filter((c) => c.type === 'removed')).toEqual([]);
    expect(wordingEdits.some((c) => c.type === 'removed' && c.before === keep.text)).toBe(true);
  });

  it('a sentence said only in part elsewhere is still removed', () => {
    const keep: C = { section: '6.1', text: 'You are responsible for keeping your personal information up to date.' };
    const other: C = {
      section: '6.1',
      text: 'You are responsible for keeping your password secret and for all activity.',
    };
    const { changes } = diffWithWordingEdits(snapshot([INTRO, keep, other, LAW]), snapshot([INTRO, other, LAW]));
    expect(changes.map((c) => c.type)).toEqual(['removed']);
  });
});

/** A document long enough to be read as one (150 words or more), under `title`. */
function doc(title: string, extra: C[] = []): C[] {
  const body = Array.from({ length: 14 }, (_, i) => ({
    section: title,
    text: `Clause ${i + 1}: you agree that section ${i + 1} of these terms governs account number ${i + 1} and its billing.`,
  }));
  return [...body, ...extra];
}

describe('a revision that follows a stub', () => {
  const full = snapshot(doc('Privacy Policy'));
  const stub = snapshot([{ section: '', text: 'Something went wrong. Please try again later.' }]);
  const revisedItems = doc('Privacy Policy');
  revisedItems[3] = { section: 'Privacy Policy', text: 'We sell your personal information to data brokers.' };
  const revised = snapshot(revisedItems);

  it('is compared with the last full version', () => {
    expect(nearestVariant(revised, [stub, full])).toBe(1);
    const changes = diffVersions(stub, revised, { earlier: [full] });
    expect(changes.some((c) => c.after === 'We sell your personal information to data brokers.')).toBe(true);
  });

  it('without a full version kept, the stub becoming a page is not a revision', () => {
    expect(diffVersions(stub, revised)).toEqual([]);
  });
});
