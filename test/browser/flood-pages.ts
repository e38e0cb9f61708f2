// Pages for the storage flood tests (storage-floods.test.ts): plain HTML strings, served by host name.

export const page = (title: string, body: string, script = ''): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main>${body}</main>${script}</body></html>`;

/** An ordinary terms page with `extra` more flagged clauses than its four. */
export function termsPage(site: string, extra = 0): string {
  const more = Array.from(
    { length: extra },
    (_, i) => `<p>3.${i + 1} We may share your usage data with analytics partner ${i + 1}.</p>`,
  ).join('\n');
  return page(
    `Terms of Service — ${site}`,
    `<h1>Terms of Service</h1>
<p>These Terms of Service govern your use of the ${site} services. By using the services you agree to these terms.</p>
<h2>1. Your content</h2><p>1.1 We may use the content you upload to train our artificial intelligence and machine learning models.</p>
<p>1.2 We may share your personal information with our advertising partners.</p>
<h2>2. Changes</h2><p>2.1 We may change these terms at any time without notice.</p>
<h2>3. Partners</h2>${more}`,
  );
}

/**
 * `clauses` flagged clauses under five levels of ~900-character headings: each clause's report entry repeats them,
 * so the report takes megabytes of storage.session.
 */
export function sessionFloodPage(clauses: number): string {
  const heading = (level: number): string =>
    `Part ${level}. ${'Conditions of this part of the agreement and of every part below it, as amended from time to time. '.repeat(9)}`;
  const parts: string[] = ['<h1>Terms of Service</h1>'];
  for (let level = 2; level <= 6; level++) parts.push(`<h${level}>${heading(level)}</h${level}>`);
  for (let i = 0; i < clauses; i++)
    parts.push(`<p>We may share your personal information with advertising partner number ${i}.</p>`);
  return page('Terms of Service — session flood', parts.join('\n'));
}
