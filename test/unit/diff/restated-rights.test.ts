// Rights, not sentences, in a new edition (restated-rights.ts): a clause added or removed whose rights the other
// edition's clauses give, naming nothing a reader checks that they do not name, is a wording edit, whatever plain
// words it says them in. It stays reported when it gains over them a recipient, a period, a purpose, a data kind, a
// name, a negation, a condition, a subject, a stronger right, or a right none of them gives, and when it says a word
// the other edition never says.
import { describe, expect, it } from 'vitest';
import { alignClauses } from '../../../src/core/diff/align';
import { restatedRights } from '../../../src/core/diff/restated-rights';
import type { Finding } from '../../../src/core/types';
import { INTRO, LAW, reportedAndEdits, snapshot, type C } from './helpers';

const SHARING = '4. Sharing';
const grant: C['f'] = [['data_sharing', 'grant', 'medium']];

const OLD: C = {
  section: SHARING,
  text:
    'We share your personal information, such as your name and email address, with our advertising partners, who use ' +
    'it to show you relevant ads.',
  f: grant,
};
// The new edition's rewrite of OLD: more words, the same right.
const REWRITTEN: C = { ...OLD, text: OLD.text.replace('relevant ads.', 'relevant ads and measure how they perform.') };
// A summary the new edition adds, in the old clause's words (and the rewrite's).
const summary = (text: string, f: C['f'] = grant): C => ({ section: '1. Summary', text, f });
const SUMMARY = summary('Your personal information is shared with advertising partners to show you ads.');

/** The kind of the alignment entry of the clause at `index` of `after` (or of `before`, for side 'before'). */
function kindOf(before: readonly C[], after: readonly C[], index: number, side: 'before' | 'after' = 'after'): string {
  const alignment = alignClauses(snapshot(before).clauses, snapshot(after).clauses);
  return alignment.find((e) => e[side] === index)?.kind ?? 'none';
}

describe('restatedRights', () => {
  it('finds the added summary, and not the rewrite (paired with the old clause)', () => {
    const before = snapshot([INTRO, OLD, LAW]);
    const after = snapshot([INTRO, SUMMARY, REWRITTEN, LAW]);
    const alignment = alignClauses(before.clauses, after.clauses);
    expect(alignment.find((e) => e.after === 1)?.kind).toBe('added');
    expect(alignment.find((e) => e.after === 2)?.kind).toBe('modified');
    const of =
      (s: typeof before) =>
      (id: string): Finding[] =>
        s.findings.filter((f) => f.clauseId === id);
    const { added, removed } = restatedRights(alignment, before.clauses, after.clauses, of(before), of(after));
    expect([...added]).toEqual([1]);
    expect([...removed]).toEqual([]);
  });

  it('a right a new edition says again in its rewritten clause’s words is a wording edit', () => {
    const { reported, edits } = reportedAndEdits([INTRO, OLD, LAW], [INTRO, SUMMARY, REWRITTEN, LAW]);
    expect(edits).toContain(SUMMARY.text);
    expect(reported).not.toContain(SUMMARY.text);
  });

  it('a clause removed whose right and words the rewrite says is a wording edit', () => {
    const { reported, edits } = reportedAndEdits([INTRO, SUMMARY, OLD, LAW], [INTRO, REWRITTEN, LAW]);
    expect(edits).toContain(SUMMARY.text);
    expect(reported).not.toContain(SUMMARY.text);
  });

  it('words said by two rewritten clauses, each of another pairing, are not said: one source must say them all', () => {
    const other: C = {
      section: '5. Analytics',
      text: 'We share usage data with our analytics providers to measure how the Services perform.',
      f: grant,
    };
    const otherRewritten: C = { ...other, text: `${other.text.slice(0, -1)} and to improve them.` };
    const both = summary(
      'We share your personal information and usage data with advertising partners and analytics providers.',
    );
    const { reported } = reportedAndEdits([INTRO, OLD, other, LAW], [INTRO, both, REWRITTEN, otherRewritten, LAW]);
    expect(reported).toContain(both.text);
  });

  it('which data goes to which recipient is kept: a swap stays reported, the same pairing is a wording edit', () => {
    const email: C = {
      section: '5. Analytics',
      text: 'We share your email address with analytics providers to measure how the Services perform.',
      f: grant,
    };
    const location: C = {
      section: '6. Ads',
      text: 'We share your precise location with advertising partners to show you relevant ads.',
      f: grant,
    };
    const rewrite = (c: C): C => ({ ...c, text: c.text.replace('.', ' and improve them.') });
    const run = (text: string): { reported: string[]; edits: string[] } =>
      reportedAndEdits([INTRO, email, location, LAW], [INTRO, summary(text), rewrite(email), rewrite(location), LAW]);
    const swapped = 'We share your precise location with analytics providers.';
    const same = 'We share your precise location with advertising partners.';
    expect(
      kindOf([INTRO, email, location, LAW], [INTRO, summary(swapped), rewrite(email), rewrite(location), LAW], 1),
    ).toBe('added');
    expect(run(swapped).reported).toContain(swapped);
    expect(run(same).edits).toContain(same);
  });

  it('a recipient turned from excluded to included stays reported', () => {
    const old: C = {
      section: SHARING,
      text: 'We share your personal information with advertising partners, but not with data brokers.',
      f: grant,
    };
    const rewritten: C = { ...old, text: old.text.replace('information', 'information and email address') };
    const turned = 'Your personal information is shared with data brokers, but not with advertising partners.';
    expect(kindOf([INTRO, old, LAW], [INTRO, summary(turned), rewritten, LAW], 1)).toBe('added');
    const { reported } = reportedAndEdits([INTRO, old, LAW], [INTRO, summary(turned), rewritten, LAW]);
    expect(reported).toContain(turned);
  });

  describe('a right restated by meaning in a new edition', () => {
    const restrict: C['f'] = [['retention', 'restrict', 'low']];
    const oldDelete: C = {
      section: '6. Your Rights',
      text: 'Once we receive and verify your request, we will delete your personal information from our records unless an exception applies.',
      f: restrict,
    };
    const newDelete: C = { ...oldDelete, text: oldDelete.text.replace('your request', 'your consumer request') };
    // Words the restatement says in its own way, said elsewhere in the old edition.
    const note: C = {
      section: '7. Exceptions',
      text: 'Upon request, you have the right to know which data we collected and which exceptions are legally permissible, subject to certain limits.',
    };
    const run = (text: string): { reported: string[]; edits: string[] } =>
      reportedAndEdits(
        [INTRO, oldDelete, note, LAW],
        [INTRO, { section: '8. US States', text, f: restrict }, newDelete, note, LAW],
      );
    const restated =
      'Right to Delete Your Information: Upon your request, we will delete the personal information we have collected from you, subject to certain legally permissible exceptions.';

    it('is a wording edit when it names nothing the old clauses with that right do not', () => {
      expect(run(restated).edits).toContain(restated);
      expect(run(restated).reported).not.toContain(restated);
    });

    it('stays reported when it names a number, a party, a condition, a subject or a negation of its own', () => {
      for (const text of [
        restated.replace('delete', 'delete within 45 days'),
        restated.replace('collected from you', 'collected from you and our partners'),
        restated.replace('exceptions.', 'exceptions, only if you verify your identity.'),
        restated.replace('we will delete', 'they will delete'),
        restated.replace('we will delete', 'we will not delete'),
        restated.replace('collected from you', 'collected from you through Acme Ads'),
      ]) {
        expect(run(text).reported, text).toContain(text);
      }
    });
  });

  it('a longer retention, restated in other words, stays reported', () => {
    const keep: C['f'] = [['retention', 'grant', 'medium']];
    const old: C = {
      section: '5. Retention',
      text: 'We keep your messages for 30 days after you delete them.',
      f: keep,
    };
    const rewritten: C = { ...old, text: 'We keep your messages for 30 days after you delete them from the app.' };
    const longer = summary('For 90 days after you delete your messages, we keep them.', keep);
    const same = summary('For 30 days after you delete your messages, we keep them.', keep);
    expect(reportedAndEdits([INTRO, old, LAW], [INTRO, longer, rewritten, LAW]).reported).toContain(longer.text);
    // A number in words, said elsewhere in the old edition but not by the clause that gives the right.
    const elsewhere: C = { section: '9. Backups', text: 'Backups are overwritten every ninety days.' };
    const ninety = summary('For ninety days after you delete your messages, we keep them.', keep);
    expect(
      reportedAndEdits([INTRO, old, elsewhere, LAW], [INTRO, ninety, rewritten, elsewhere, LAW]).reported,
    ).toContain(ninety.text);
    expect(reportedAndEdits([INTRO, old, LAW], [INTRO, same, rewritten, LAW]).edits).toContain(same.text);
  });

  it('stays reported when it gains over its sources what a reader must be told', () => {
    const nearMisses = [
      // a new recipient
      'Your personal information is shared with advertising partners and data brokers to show you ads.',
      // a new purpose, in otherwise the same words
      'Your personal information is shared with advertising partners to show you ads and build profiles.',
      // a new kind of data
      'Your precise location is shared with advertising partners to show you ads.',
      // a period, a number
      'Your personal information is shared with advertising partners for 90 days to show you ads.',
      // a condition
      'Unless you object, your personal information is shared with advertising partners to show you ads.',
      'Your personal information is shared only with advertising partners to show you ads.',
      // a purpose in words the old edition never says
      'Your personal information is shared with advertising partners to show you ads and to prevent fraud.',
      // a data kind in words the old edition never says
      'Your shoe size is shared with advertising partners to show you ads.',
      // a negation the sources do not say
      'Your personal information is not shared with advertising partners to show you ads.',
      // another subject, said by a pronoun (a function word: only the bearing words see it)
      'They share your personal information with advertising partners to show you ads.',
      // another party named
      'Your personal information is shared with advertising partners, such as Globex, to show you ads.',
    ];
    for (const text of nearMisses) {
      const after = [INTRO, summary(text), REWRITTEN, LAW];
      expect(kindOf([INTRO, OLD, LAW], after, 1), text).toBe('added');
      expect(reportedAndEdits([INTRO, OLD, LAW], after).reported, text).toContain(text);
    }
  });

  it('stays reported when the subject of a modal changes', () => {
    const oldMay: C = { ...OLD, text: OLD.text.replace('We share', 'We may share') };
    const rewrittenMay: C = { ...REWRITTEN, text: REWRITTEN.text.replace('We share', 'We may share') };
    const run = (text: string): { reported: string[]; edits: string[] } =>
      reportedAndEdits([INTRO, oldMay, LAW], [INTRO, summary(text), rewrittenMay, LAW]);
    const ours = 'To show you ads, we may share your personal information with advertising partners.';
    const yours = 'To show you ads, you may share your personal information with advertising partners.';
    expect(kindOf([INTRO, oldMay, LAW], [INTRO, summary(yours), rewrittenMay, LAW], 1)).toBe('added');
    expect(run(ours).edits).toContain(ours);
    expect(run(yours).reported).toContain(yours);
  });

  it('stays reported when its right is said more strongly, or is another right, or is taken by someone else', () => {
    const stronger = summary(SUMMARY.text, [['data_sharing', 'grant', 'high']]);
    const sold = summary(SUMMARY.text, [['data_sale', 'grant', 'medium']]);
    const conditional = summary(SUMMARY.text, [['data_sharing', 'conditional', 'medium']]);
    for (const added of [stronger, sold, conditional]) {
      const { reported } = reportedAndEdits([INTRO, OLD, LAW], [INTRO, added, REWRITTEN, LAW]);
      expect(reported).toContain(added.text);
    }
    const before = snapshot([INTRO, OLD, LAW]);
    const after = snapshot([INTRO, SUMMARY, REWRITTEN, LAW]);
    after.findings = after.findings.map((f): Finding => (f.clauseId === 'c1' ? { ...f, actor: 'third_party' } : f));
    const alignment = alignClauses(before.clauses, after.clauses);
    const of =
      (s: typeof before) =>
      (id: string): Finding[] =>
        s.findings.filter((f) => f.clauseId === id);
    expect(restatedRights(alignment, before.clauses, after.clauses, of(before), of(after)).added.size).toBe(0);
  });

  it('a right said again beside the old clause still standing is a repetition, and stays reported', () => {
    expect(reportedAndEdits([INTRO, OLD, LAW], [INTRO, SUMMARY, OLD, LAW]).reported).toContain(SUMMARY.text);
    const more = summary(
      'Your personal information is shared with advertising partners and data brokers to show you ads.',
    );
    expect(reportedAndEdits([INTRO, OLD, LAW], [INTRO, more, OLD, LAW]).reported).toContain(more.text);
  });

  it('a clause removed that says more than the rewrite (a recipient, a period) stays reported', () => {
    for (const text of [
      'Your personal information is shared with advertising partners and data brokers to show you ads.',
      'Your personal information is shared with advertising partners for 90 days to show you ads.',
    ]) {
      const before = [INTRO, summary(text), OLD, LAW];
      expect(kindOf(before, [INTRO, REWRITTEN, LAW], 1, 'before'), text).toBe('removed');
      expect(reportedAndEdits(before, [INTRO, REWRITTEN, LAW]).reported, text).toContain(text);
    }
  });

  it('prose with no finding is left to the other tests', () => {
    const note = summary(SUMMARY.text, []);
    const { reported } = reportedAndEdits([INTRO, OLD, LAW], [INTRO, note, REWRITTEN, LAW]);
    expect(reported).toContain(note.text);
  });
  // Three real changes (said here in other words): the reader's new right to erase beside the company's duty to erase, a
  // recipient passing data on beside the first disclosure, a right kept over a plan the new edition brings in beside the
  // same right over the service.
  describe('who holds the right, whom the data goes to, what the right is over', () => {
    const erase: C['f'] = [['retention', 'restrict', 'low']];
    const duty: C = {
      section: '6. Retention',
      text: 'Some information we hold about you we erase once we no longer need it for these purposes.',
      f: erase,
    };
    const dutyRewritten: C = { ...duty, text: duty.text.replace('these purposes', 'the purposes above') };
    const item = (leads: string[]): C => ({
      section: '9. State Rights',
      text: 'Erase some information we hold about you.',
      leads,
      f: erase,
    });
    const readerAsks = item(['Depending on where you live, the law may allow you to ask that we:']);

    it('the reader’s new right to erase stays reported beside the company’s duty to erase', () => {
      const after = [INTRO, readerAsks, dutyRewritten, LAW];
      expect(kindOf([INTRO, duty, LAW], after, 1)).toBe('added');
      expect(reportedAndEdits([INTRO, duty, LAW], after).reported).toContain(readerAsks.text);
    });

    it('the reader’s right said again beside the same right of the reader is a wording edit', () => {
      const right: C = { ...duty, text: `When you ask us, ${duty.text.charAt(0).toLowerCase()}${duty.text.slice(1)}` };
      const rightRewritten: C = { ...right, text: right.text.replace('these purposes', 'the purposes above') };
      const after = [INTRO, readerAsks, rightRewritten, LAW];
      expect(reportedAndEdits([INTRO, right, LAW], after).edits).toContain(readerAsks.text);
    });

    const first: C = {
      section: SHARING,
      text: 'We share your information with service providers who help us run our business, where the law requires it.',
      f: grant,
    };
    const firstRewritten: C = { ...first, text: first.text.replace('run our business', 'run and secure our business') };

    it('an onward disclosure stays reported beside the first one', () => {
      for (const text of [
        'Your information may be further shared with service providers to help run our business.',
        'Our service providers may also share your information where the law requires it.',
      ]) {
        const after = [INTRO, summary(text), firstRewritten, LAW];
        expect(kindOf([INTRO, first, LAW], after, 1), text).toBe('added');
        expect(reportedAndEdits([INTRO, first, LAW], after).reported, text).toContain(text);
      }
      const same = 'Your information is shared with service providers to help run our business.';
      expect(reportedAndEdits([INTRO, first, LAW], [INTRO, summary(same), firstRewritten, LAW]).edits).toContain(same);
    });

    it('a recipient passing data on stays reported when the old edition says every word of it', () => {
      const toPartners: C = {
        section: SHARING,
        text: 'We share your information with partners who receive it to run our business.',
        f: grant,
      };
      const rewritten: C = { ...toPartners, text: toPartners.text.replace('run our', 'run and secure our') };
      const note: C = { section: '10. More', text: 'Further details are in section 9.' };
      const onward = 'Partners who receive your information share it further.';
      const after = [INTRO, summary(onward), rewritten, note, LAW];
      expect(kindOf([INTRO, toPartners, note, LAW], after, 1)).toBe('added');
      expect(reportedAndEdits([INTRO, toPartners, note, LAW], after).reported).toContain(onward);
    });

    it('the reader’s right after "you also have the right to" stays reported beside the company’s duty', () => {
      const close: C = {
        section: '6. Retention',
        text: 'When you close your account, we delete your personal information.',
        f: erase,
      };
      const closeRewritten: C = { ...close, text: close.text.replace('we delete', 'we promptly delete') };
      const note: C = {
        section: '10. More',
        text: 'You also have a right to ask us about this policy; promptly, we answer.',
      };
      const asks = summary('You also have the right to ask that we delete your personal information.', erase);
      const after = [INTRO, asks, closeRewritten, note, LAW];
      expect(kindOf([INTRO, close, note, LAW], after, 1)).toBe('added');
      expect(reportedAndEdits([INTRO, close, note, LAW], after).reported).toContain(asks.text);
    });

    it('a lost right of the reader stays reported beside "you may" in a relative clause of the company’s duty', () => {
      const mayAsk: C = {
        section: '9. Your Rights',
        text: 'You may ask us to delete your personal information.',
        f: erase,
      };
      const duty: C = {
        section: '6. Retention',
        text: 'We delete the personal information you give us when you close your account.',
        f: erase,
      };
      const dutyRewritten: C = {
        ...duty,
        text: 'We delete the personal information you may give us when you close your account with us.',
      };
      const note: C = { section: '10. More', text: 'Ask us anything about this policy.' };
      const before = [INTRO, mayAsk, duty, note, LAW];
      const after = [INTRO, dutyRewritten, note, LAW];
      expect(kindOf(before, after, 1, 'before')).toBe('removed');
      expect(reportedAndEdits(before, after).reported).toContain(mayAsk.text);
    });

    const change: C['f'] = [['terms_change', 'grant', 'medium']];
    const kept: C = {
      section: '12. Add-on Services',
      text: 'Acme reserves the right to alter the Service in any way or discontinue this Service at any time.',
      f: change,
    };
    const keptRewritten: C = { ...kept, text: kept.text.replace('in any way', 'in any way, including its vendor,') };
    const plans: C = { section: '12. Add-on Services', text: 'You must subscribe to select plans to qualify.' };

    it('a right kept over a plan the new edition brings in stays reported beside the same right over the service', () => {
      const plan = 'Acme reserves the right to alter or discontinue this plan at any time.';
      const service = 'Acme reserves the right to alter or discontinue this Service at any time.';
      const run = (text: string): { reported: string[]; edits: string[] } =>
        reportedAndEdits([INTRO, kept, plans, LAW], [INTRO, summary(text, change), keptRewritten, plans, LAW]);
      expect(kindOf([INTRO, kept, plans, LAW], [INTRO, summary(plan, change), keptRewritten, plans, LAW], 1)).toBe(
        'added',
      );
      expect(run(plan).reported).toContain(plan);
      expect(run(service).edits).toContain(service);
      for (const other of ['the plan', 'any plan', 'that plan', 'plans']) {
        const text = plan.replace('this plan', other);
        expect(run(text).reported, text).toContain(text);
      }
    });

    it('a plan named without "this" by another source is not the plan "this plan" points at', () => {
      const rate: C = {
        section: '7. Charges',
        text: 'We may move you to the appropriate rate plan at any time.',
        f: change,
      };
      const rateRewritten: C = { ...rate, text: rate.text.replace('at any time', 'at any time, with notice') };
      const plan = 'Acme reserves the right to alter or discontinue this plan at any time.';
      const { reported } = reportedAndEdits(
        [INTRO, kept, rate, plans, LAW],
        [INTRO, summary(plan, change), keptRewritten, rateRewritten, plans, LAW],
      );
      expect(reported).toContain(plan);
    });
  });
});
