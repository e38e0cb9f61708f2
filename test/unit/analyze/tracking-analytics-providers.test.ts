// tracking.analytics-providers (GUIDE T6, T10, T18): analytics the service's providers do for it, not analytics it sells
// as its product, a tool the reader connects, nor the reader's own figures.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';

const fires = (text: string): boolean =>
  analyzeText(text).findings.some((f) => f.rule === 'tracking.analytics-providers');

describe('tracking.analytics-providers', () => {
  it.each([
    'Our service providers perform functions such as analytics, hosting, and customer support.',
    'We use service providers for various operations, such as payment processing, diagnostics, analytics, and others.',
    'Our vendors include analytics providers and payment processors.',
  ])('fires: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    // The service itself (T10) or a tool the reader connects (T18).
    'Acme is an analytics company that helps publishers measure the performance of their content.',
    'You can connect your store to third-party analytics platforms such as Google Analytics.',
    'The Company provides dashboards, analytics, and reports to its business customers.',
    'Our platform gives you reports, analytics, and exports for your own store.',
    'Our platform offers reports, analytics, and exports.',
    // The reader's own figures, "own" or not; a list of what partners see, naming no function of theirs.
    'Partners can see sales, analytics and payouts in the dashboard.',
    'Merchants can view their sales, analytics, and payouts in the partner dashboard.',
    'Partners, such as resellers, can see their sales, analytics and payouts.',
  ])('does not fire: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});
