// Long pages in plain words: a long text that acts as a document counts its legal words as well as their share
// (detect-page.ts, "legal words": 25 or more earn a point when the text binds its reader or names or declares itself).
// Long articles about contracts and data protection have as many legal words at a share under 2% but bind no one:
// they must stay non-legal at a URL that names nothing (the law firm's post scored one point short of legal before the
// count was tied to acting as a document, and one point over with the count alone).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../src/core/detect';
import { htmlToDocument } from '../../../src/cli/source';

const url = 'https://example.com/page';
const pages = join(__dirname, '..', '..', 'fixtures', 'pages');

describe('long pages in plain words', () => {
  it.each(['blog-lawfirm-supply-contracts.html', 'explainer-gdpr-long.html'])(
    '%s stays non-legal at a neutral URL',
    (file) => {
      const d = detectPage(htmlToDocument(readFileSync(join(pages, file), 'utf8'), url), url);
      expect(d.isLegal, d.reasons.join('; ')).toBe(false);
      // The page has the count of a diluted document (so the test reaches the rule), but not its voice.
      expect(
        d.reasons.some((r) => /^binds its reader/.test(r)),
        d.reasons.join('; '),
      ).toBe(false);
    },
  );
});
