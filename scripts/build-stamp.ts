// The file scripts/build.ts writes in its output directory when a build has finished, after every bundle and copy: a
// build killed half-way leaves none, so test/browser/global-setup.ts reads its time as the time of the build.
export const BUILD_STAMP = '.build-stamp';
