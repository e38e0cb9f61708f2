import { describe, expect, it } from 'vitest';
import { exportFileName, type ExportFormat, type ExportInput } from '../../../src/core/export';
import { sampleInput } from './make-input';

const aug7 = Date.UTC(2023, 7, 7, 23, 59);
const cases: [Partial<ExportInput>, ExportFormat, string][] = [
  [{ url: 'https://www.zoom.us/terms', seenAt: aug7 }, 'csv', 'termwatch-zoom.us-terms-2023-08-07.csv'],
  [
    { url: 'https://zoom.us/privacy', kind: 'privacy', seenAt: aug7 },
    'json',
    'termwatch-zoom.us-privacy-2023-08-07.json',
  ],
  [
    { url: 'https://EXAMPLE.com:8443/x', kind: 'ai_policy', seenAt: aug7 },
    'md',
    'termwatch-example.com-ai-policy-2023-08-07.md',
  ],
  [{ url: 'https://bücher.de/agb', seenAt: aug7 }, 'md', 'termwatch-xn--bcher-kva.de-terms-2023-08-07.md'],
  [{ url: 'file:///tmp/Zoom%20ToS%202023.html', seenAt: aug7 }, 'csv', 'termwatch-zoom-tos-2023-terms-2023-08-07.csv'],
  [{ url: 'not a url', seenAt: aug7 }, 'csv', 'termwatch-document-terms-2023-08-07.csv'],
  // UTC day, whatever the local zone: 2023-08-08T00:30Z is the 8th.
  [{ url: 'https://x.org/', seenAt: Date.UTC(2023, 7, 8, 0, 30) }, 'json', 'termwatch-x.org-terms-2023-08-08.json'],
];

describe('exportFileName', () => {
  it.each(cases)('%j as %s → %s', (over, format, expected) => {
    expect(exportFileName(sampleInput(over), format)).toBe(expected);
  });

  it('only ever uses [a-z0-9.-] between the prefix and the extension', () => {
    const name = exportFileName(sampleInput({ url: 'file:///tmp/..%2F..%2Fetc%2Fpasswd<script>.html' }), 'md');
    expect(name).toMatch(/^termwatch-[a-z0-9.-]+\.md$/);
    expect(name).not.toContain('..');
  });
});
