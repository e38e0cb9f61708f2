// The condition a model tracking finding takes from a named control or consent (GUIDE.md T4, T5).
import { describe, expect, it } from 'vitest';
import { trackingCondition } from '../../../../src/core/analyze/model/tracking-stance';

describe('trackingCondition', () => {
  it.each([
    ['Click “Cookie Settings” at the bottom of the page to change your choices.', 'opt_out'],
    ['iOS devices: Settings > Privacy > Advertising > Limit Ad Tracking', 'opt_out'],
    ['Install the analytics opt-out browser add-on to stop this collection.', 'opt_out'],
    ['You will be asked to provide your separate consent to the storage of cookies.', 'opt_in'],
    ['Depending on which cookies you enable, we may use this information for advertising.', 'opt_in'],
    ['We use cookies to measure how visitors use the site.', null],
    ['Our partners set pixels on our pages to track conversions.', null],
  ])('%s → %s', (text, expected) => {
    expect(trackingCondition(text)).toBe(expected);
  });
});
