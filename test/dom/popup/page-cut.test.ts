// A page longer than the background reads is reported on its start, and the popup says so.
import { afterEach, describe, expect, it } from 'vitest';
import { analysedState, showReport } from '../../support/popup-report';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('popup: a page cut at the bounds', () => {
  it('says the report covers only the start of the page, and how much of it', () => {
    const root = showReport(
      analysedState('https://example.com/terms', { pageCut: { chars: 12_000_000, clauses: 51_234 } }),
    );
    expect(root.querySelector('.page-cut')?.textContent).toMatch(
      /longer than Termwatch reads: the report covers its first 12,000,000 characters \(51,234 clauses\)/,
    );
  });

  it('says nothing of the kind for a page read whole', () => {
    const root = showReport(analysedState('https://example.com/terms'));
    expect(root.querySelector('.page-cut')).toBeNull();
  });
});
