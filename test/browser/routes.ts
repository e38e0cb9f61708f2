// Fixture pages served at realistic paths, so URL signals in the browser match those in the labelled set.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Route } from './harness';
import { ROOT } from './harness';

export const PAGE_PATHS: Record<string, string> = {
  '/en/terms/': 'zoom-tos-2023-03-31.html',
  '/en/terms-2023-08-11/': 'zoom-tos-2023-08-11.html',
  '/2023/08/08/zoom-terms-of-service-ai-training-backlash': 'news-zoom-ai-terms.html',
  '/product/rooms': 'product-page.html',
};

export function fixtureRoute(paths: Record<string, string> = PAGE_PATHS): Route {
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = paths[path];
    if (!file) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(readFileSync(join(ROOT, 'test', 'fixtures', 'pages', file)));
    return true;
  };
}
