// The detector's bounded text sample: what it reads of a page, within its cap. Texts written for this test.
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../../src/cli/source';
import { mainCandidate, sampleText } from '../../../src/core/detect/sample-text';

const page = (body: string): Element =>
  mainCandidate(htmlToDocument(`<!doctype html><html><body><main>${body}</main></body></html>`, 'https://a.invalid/'))!;

describe('sampleText', () => {
  it('reads past a long menu of links to the body of the page', () => {
    // 200 links of ~70 characters: more link text than the whole cap, as a site menu captured with the page.
    const menu = Array.from(
      { length: 200 },
      (_, i) =>
        `<li><a href="/p${i}">Product line number ${i} with a long descriptive label for the menu entry</a></li>`,
    ).join('');
    const s = sampleText(page(`<ul>${menu}</ul><p>By using the planner you agree to these rules.</p>`));
    expect(s.text).toContain('you agree to these rules');
    expect(s.linkChars).toBeGreaterThan(12000);
  });

  it('counts policy headings written as headings, bold leads or short lines of their own, and nothing else', () => {
    const body = (line: (t: string) => string): string =>
      ['Governing law', '4. Your rights', 'Disclaimer of warranties and limitation of liability']
        .map((t) => line(t) + '<p>Some text under it.</p>')
        .join('');
    for (const line of [
      (t: string) => `<h2>${t}</h2>`,
      (t: string) => `<p><strong>${t}.</strong> Some words after the lead.</p>`,
      (t: string) => `<p>${t}</p>`,
      (t: string) => `<p><b>${t}</b></p>`,
    ])
      expect(sampleText(page(body(line))).policyHeadings).toBe(3);
    // Sentences that merely start with such words, a bold word inside a sentence, a line that goes on after a
    // link: none is a heading.
    const prose = [
      '<p>Contact us by post at the address below, or by phone on any working day of the week, from nine to five.</p>',
      '<p>You may <b>terminate</b> the plan.</p>',
      '<p>Cookies <a href="/c">are explained here</a></p>',
    ].join('');
    expect(sampleText(page(prose)).policyHeadings).toBe(0);
  });

  it('counts a line of its own only when it is heading-shaped, outside links, and not a help or pricing topic', () => {
    // Sentences that start with a heading word (a product page), short ones too; a help tile inside a link.
    const sentences = [
      '<p>Children under 13 get their own profile with parental controls turned on by default.</p>',
      '<p>Governing law applies.</p>',
      '<p>Your rights, in short</p>',
      '<a href="/help/rights"><p>Your rights</p></a>',
    ].join('');
    expect(sampleText(page(sentences)).policyHeadings).toBe(0);
    // A topic alone is a help or pricing section as much as a policy's; in heading markup it still counts, and a
    // topic with more words on its line ("Payment terms") is a policy heading.
    const topics = ['Payments', 'Refunds', 'Contact us'];
    expect(sampleText(page(topics.map((t) => `<p>${t}</p><p>Text.</p>`).join(''))).policyHeadings).toBe(0);
    expect(sampleText(page(topics.map((t) => `<h3>${t}</h3><p>Text.</p>`).join(''))).policyHeadings).toBe(3);
    expect(sampleText(page('<p>Payment terms</p><p>Account termination</p>')).policyHeadings).toBe(2);
    // A bold lead is read as before, whatever its length.
    const longLead = `<p><b>Limitation of liability. ${'To the fullest extent the law allows, we are not liable. '.repeat(3)}</b></p>`;
    expect(sampleText(page(longLead)).policyHeadings).toBe(1);
  });

  it('still stops within its cap on prose', () => {
    const s = sampleText(page('<p>A sentence of ordinary prose about the weather today.</p>'.repeat(1000)));
    expect(s.truncated).toBe(true);
    expect(s.text.length).toBeLessThan(13000);
  });
});
