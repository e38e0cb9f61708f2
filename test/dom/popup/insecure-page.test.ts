// The popup's report says when the page came over plain http: a network attacker could have changed its text.
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { PopupActions } from '../../../src/pages/popup/actions';
import { ReportView } from '../../../src/pages/popup/report-view';
import { emptyTabState, type TabState } from '../../../src/shared/tab-state';

const NOTICE = /not served securely \(http\)/;

function analysedState(url: string): TabState {
  return {
    ...emptyTabState(7, url, 'analysed'),
    title: 'Terms of Service',
    detection: { kind: 'terms', isLegal: true, confidence: 0.9, reasons: [] },
    analysis: {
      analyserVersion: 'test-1',
      languageSupported: true,
      findings: [],
      summary: {
        grade: 'A',
        score: 100,
        counts: {
          ai_training: 0,
          data_sharing: 0,
          data_sale: 0,
          content_licence: 0,
          tracking: 0,
          retention: 0,
          terms_change: 0,
        },
        driver: '',
      },
    },
    lang: 'en',
    seenAt: Date.UTC(2024, 0, 1),
  };
}

// The report view only calls these on clicks; none happen here.
const actions = new Proxy({}, { get: () => () => Promise.reject(new Error('not used')) }) as PopupActions;

function show(url: string): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(h(ReportView, { state: analysedState(url), tabId: 7, actions, onRefresh: async () => undefined }), root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('popup report: insecure page line', () => {
  it('is shown for a page served over plain http', () => {
    const root = show('http://example.com/terms');
    const line = [...root.querySelectorAll('p')].find((p) => NOTICE.test(p.textContent ?? ''));
    expect(line?.textContent).toBe(
      'This page was not served securely (http); its text could have been altered on the way.',
    );
    // Right under the heading, before the grade: it qualifies everything below it.
    expect(line?.previousElementSibling?.id).toBe('report-title');
  });

  // https, and the origins browsers already treat as secure (https://w3c.github.io/webappsec-secure-contexts/).
  it.each([
    'https://example.com/terms',
    'file:///home/me/terms.html',
    'http://localhost:8080/terms',
    'http://127.0.0.1/terms',
    'http://[::1]/terms',
    'http://app.localhost/terms',
  ])('is not shown for %s', (url) => {
    expect(show(url).textContent).not.toMatch(NOTICE);
  });
});
