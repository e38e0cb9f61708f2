// The popup's report says when the page came over plain http: a network attacker could have changed its text.
import { afterEach, describe, expect, it } from 'vitest';
import { analysedState, showReport } from '../../support/popup-report';

const NOTICE = /not served securely \(http\)/;

const show = (url: string): HTMLElement => showReport(analysedState(url));

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
