// content_licence limits (GUIDE content_licence: "the licence ends when you delete your content" = restrict): a licence
// said to end at the user's act or withdrawn by the user, and no licence kept after removal. Near-misses beside each.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';

const contentLicence = (text: string): string[] =>
  analyzeText(text, { model: 'off' })
    .findings.filter((f) => f.category === 'content_licence')
    .map((f) => (f.condition ? `${f.stance}:${f.condition}` : f.stance));

describe('content_licence: a licence that ends or is not kept (restrict)', () => {
  it.each([
    'Your licences to Acme, our Affiliates and to users end when you close your account or when you remove your content.',
    'The license you grant us ends when you delete your content.',
    'Our licence to display your content ends when you delete it.',
    'By deleting your content from public view, you withdraw your licence for us to publish it.',
    'This license will terminate at the time you remove your Content from the Services.',
    'You can remove your content and cancel your account and Acme does not retain any license rights.',
    'Once you delete your content, Acme retains no licence to it.',
    // The openers and times licence-ends reads; licence-noun's grant is cancelled where licence-ends fires.
    'Any license you grant us to your content ends upon deletion of the content.',
    'The license you grant us ends if you delete your content.',
    'The license you grant us ends in the event you delete your content.',
  ])('%j is restrict', (text) => {
    expect(contentLicence(text)).toEqual(['restrict']);
  });

  it.each([
    'The licence you grant us lasts as long as your content is on the service.',
    'You grant us a worldwide, royalty-free license to host and display your content.',
    // "ends" without a time licence-ends reads: no cancelled grant.
    'The license you grant us to your content never ends and survives deletion.',
  ])('%j stays a grant', (text) => {
    expect(contentLicence(text)).toEqual(['grant']);
  });

  it.each([
    // The user's licence to the software, not one over their content.
    'You do not retain any license to use the Software after termination.',
    'This license to use the app ends when your subscription ends.',
    'Acme will retain a license to content that others have shared.',
  ])('%j is no restrict', (text) => {
    expect(contentLicence(text)).not.toContain('restrict');
  });
});
