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
 * the bundle's 21 KB. Never list a name that leaves the bundle or comes into it, one that keys a table read by its
 * keys (the document kinds), or one a browser API has: the mangled name would not be there.
 * test/dom/detect/mangled-props.test.ts checks that the shipped entry, built with and without this list and run on a
 * terms page, sends and sets the same keys (functions walked too); that no listed name is a key of a Detection, of a
 * record a boundary schema checks, or a property declared by the boundary's types (messages, ports, tab state, page
 * record, storage, and what the detector reads off the analyser: detect-entry.ts, page-watch.ts); and that none is a
 * member of an interface in TypeScript's lib.dom.d.ts or lib.es*.d.ts, except those it allows with a reason.
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

/**
 * The detector as the extension ships it (scripts/build.ts sets these on all its bundles), for the tests and the
 * bench; `mangle: false` leaves every property name as written.
 */
export function detectorBuildOptions(options: esbuild.BuildOptions, mangle = true): esbuild.BuildOptions {
  const { mangleProps, ...rest } = DETECTOR_BUNDLE_OPTIONS;
  return {
    ...rest,
    ...(mangle ? { mangleProps } : {}),
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    legalComments: 'none',
    ...options,
  };
}
