// The reproductions of issue #13 as pages for the browser bench: the Bolt Drivers privacy policy of the Open Terms
// Archive corpus (read from ../shared at run time, rendered like the five long pages; nothing of it is committed), and
// generated terms pages whose clauses put 2,000-character runs of dashes, apostrophes, slashes and hyphenated words
// next to cue words, the shapes that once made the analyser's regular expressions backtrack catastrophically.
import { longestOtaPages, type OtaPage } from './ota-pages';

export interface ReproPage {
  name: string;
  path: string;
  html: string;
}

const RUN = 2000;

const RUNS: Array<[string, string]> = [
  ['dashes', '-'.repeat(RUN)],
  ['apostrophes', "'".repeat(RUN)],
  ['slashes', '/'.repeat(RUN)],
  [
    'hyphenated words',
    Array(Math.ceil(RUN / 12))
      .fill('third-party')
      .join('-')
      .slice(0, RUN),
  ],
];

// Ordinary clauses with the cue words of several categories; each hostile clause puts a run between two of them.
const CUES = [
  'Personal Data provided by you to the service',
  'We may share your personal data with advertising partners.',
  'We may use your content to train our artificial intelligence models.',
  'We may change these terms at any time without notice.',
  'We keep your information for as long as we see fit.',
  'You grant us a perpetual, irrevocable licence to use your content.',
  'We use cookies and similar tracking technologies to follow you across sites.',
  'We do not sell your personal information to third parties.',
];

function punctuationPage(kind: string, run: string): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < 40; i++) {
    const a = CUES[i % CUES.length]!;
    const b = CUES[(i + 3) % CUES.length]!;
    // Every fourth clause carries a run; the others are ordinary, so the page reads as terms and has findings.
    paragraphs.push(`<p>${i + 1}. ${a} ${i % 4 === 0 ? `${run} ` : ''}${b}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Terms of Service</title></head>
<body><main><article><h1>Terms of Service</h1><p>These Terms govern your use of the service. By using it you agree to them.</p>
<h2>Runs of ${kind} next to cue words</h2>
${paragraphs.join('\n')}
</article></main></body></html>`;
}

/** The Bolt Drivers privacy policy (null without the corpus), then one generated page per kind of run. */
export function reproPages(): ReproPage[] {
  const pages: ReproPage[] = [];
  const bolt: OtaPage | undefined = longestOtaPages(
    1,
    (d) => d.service === 'Bolt Drivers' && d.type === 'Privacy Policy',
  )?.[0];
  if (bolt) pages.push({ name: `${bolt.name} (OTA)`, path: '/repro/bolt-drivers/privacy-policy', html: bolt.html });
  for (const [kind, run] of RUNS)
    pages.push({
      name: `${RUN}-char runs of ${kind} next to cue words`,
      path: `/repro/${kind.replace(/\W+/g, '-')}/terms-of-service`,
      html: punctuationPage(kind, run),
    });
  return pages;
}
