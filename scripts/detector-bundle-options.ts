// How the always-on detector (src/content/detect-entry.ts → content-detect.js) is bundled, beyond the other extension
// entries' options: by scripts/build.ts, by scripts/bench/detector.ts and by test/dom/detect/bundled-detector.test.ts
// (which checks that the bundle decides every fixture page as the source does).
import type * as esbuild from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const detectDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'core', 'detect');

/**
 * safe-dom.ts's native calls without its iterative fallbacks (src/core/detect/safe-dom-native.ts): those are for
 * happy-dom, whose DOM recurses; Chromium's and Firefox's native calls read even a script-built tree 100,000 levels
 * deep without overflowing the stack (safe-dom.ts says how that was checked), so in a page the fallbacks never run.
 */
const nativeDom: esbuild.Plugin = {
  name: 'native-dom',
  setup(build) {
    build.onResolve({ filter: /^\.\/safe-dom$/ }, (args) =>
      args.resolveDir === detectDir ? { path: join(detectDir, 'safe-dom-native.ts') } : undefined,
    );
  },
};

/**
 * Property names that live only inside the detector's bundle, shortened by the minifier (esbuild `mangleProps`): the
 * text sample's counts (sample-text.ts TextSample), the page's metadata (page-meta.ts PageMeta), a name hit
 * (name-match.ts NameHit) and the page watcher's options (page-watch.ts). Spelt out 60-odd times they cost ~650 of
 * the bundle's 21 KB. Never list a name that leaves the bundle (the Detection it sends: kind, isLegal, confidence,
 * reasons, verdict; a message, a stored record, the page record), one that keys a table read by its keys (the
 * document kinds), or one a browser API has (`text`, `title`): the mangled name would not be there.
 * test/dom/detect/mangled-props.test.ts holds the list to the first two.
 */
export const DETECTOR_MANGLED_NAMES = [
  'prose',
  'linkChars',
  'linkTexts',
  'sectionLabels',
  'referenceHeadings',
  'policyHeadings',
  'infobox',
  'truncated',
  'controls',
  'heading',
  'headingAt',
  'canonical',
  'ogType',
  'hasPublishedTime',
  'ldTypes',
  'exact',
  'generic',
  'where',
  'debounceMs',
  'maxWaitMs',
  'maxRunsPerUrl',
  'onSettled',
] as const;

export const DETECTOR_MANGLED_PROPS = new RegExp(`^(${DETECTOR_MANGLED_NAMES.join('|')})$`);

export const DETECTOR_BUNDLE_OPTIONS: esbuild.BuildOptions = {
  mangleProps: DETECTOR_MANGLED_PROPS,
  plugins: [nativeDom],
};
