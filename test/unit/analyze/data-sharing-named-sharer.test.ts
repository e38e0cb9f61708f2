// The company by a name the page does not define (no first party known) sharing after an opening clause that names the
// reader: a condition ("When you …, Acme shares …") or a purpose ("To help ensure you receive useful ads, Acme shares
// …"); the reader there is that clause's, not the sharer (actor.ts namedSharerAt). A verb in "-s" before the user's
// data is a verb ("Acme shares limited personal information"). Examples written for this test.
import { describe, expect, it } from 'vitest';
import { sharingStance as sharing } from './sharing-stance';

describe('data_sharing: a named sharer after an opening clause', () => {
  it.each([
    [
      'To help ensure you receive more useful ads, Acme shares limited personal information with our advertising partners.',
      'grant',
    ],
    [
      'So that you receive better ads, Acme shares limited personal information with our advertising partners.',
      'grant',
    ],
    ['To help ensure you receive more useful ads, Acme may share your data with advertising partners.', 'grant'],
    ['When you receive ads, Acme shares limited personal information with advertising partners.', 'grant'],
    ['When you receive ads, Acme shares your personal information with advertising partners.', 'grant'],
    // Near misses: the reader or the reader's side is the subject; a name that is no sharer.
    ['To use the service, you share your personal information with advertising partners.', '-'],
    ['To protect you, Customers may not share your data with advertisers.', '-'],
    ['To receive offers, Members may share your personal information with our advertising partners.', '-'],
    ['To the extent you share your personal information with advertising partners, Acme is not responsible.', '-'],
    ['If you subscribe, Acme Shares Fund reports your account data to regulators.', '-'],
    // A capitalised word in "-s" goes on the name, not a verb.
    ['If you invest, Acme Shares personal data is kept in Ireland.', '-'],
    ['When you sign up, Acme Shares customer data sheets are emailed to you.', '-'],
    // A negation between the name and its verb keeps the name the subject.
    [
      'To help ensure you receive useful ads, Acme does not share your personal information with advertisers.',
      'restrict',
    ],
    ['When you receive ads, Acme does not share your personal information with advertisers.', 'restrict'],
    // A marketplace role opening the main clause is another party, not the company.
    ['To protect you, Hosts may share your personal information with the police.', '-'],
    ['When you book, Guests may share your personal information with their travel companions.', '-'],
  ])('%s → %s', (text, want) => {
    expect(sharing(text)).toBe(want);
  });
});
