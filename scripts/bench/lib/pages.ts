// Generated pages for the browser benchmarks: a ~200 KB news article (not a terms page) and a ~1 MB terms page.
// Both are built from the checked-in fixtures so the bench runs from a fresh clone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../test/browser/harness';

const PAGES = join(ROOT, 'test', 'fixtures', 'pages');

const TOPICS = [
  'battery life',
  'the new camera',
  'pricing in Europe',
  'the keyboard',
  'customer support',
  'shipping delays',
  'the update',
  'the screen',
  'the app',
  'warranty repairs',
];
const NAMES = ['mara_k', 'delta9', 'jlo', 'quietfox', 'Ben T.', 'priya_n', 'okonkwo', 'sven', 'li.wei', 'rosa_m'];

function comment(i: number): string {
  const topic = TOPICS[i % TOPICS.length]!;
  const name = NAMES[(i * 7) % NAMES.length]!;
  return `<li class="comment" id="c${i}"><div class="comment-meta"><a class="user" href="/users/${name}">${name}</a> <time datetime="2023-08-08T${String(10 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z">${1 + (i % 23)}h ago</time></div>
<div class="comment-body"><p>Comment ${i}: I have been using it for ${2 + (i % 9)} months and ${topic} is what matters most to me. The review is fair, but it glosses over how the company handled ${TOPICS[(i + 3) % TOPICS.length]} last year.</p>
<p>Does anyone know whether the ${i % 2 ? 'older' : 'newer'} model gets the same fix? I would rather wait than buy twice.</p></div>
<div class="comment-actions"><button class="like" aria-label="Like">♥ ${i % 37}</button> <button class="reply">Reply</button> <a href="#c${i}">Share</a></div></li>`;
}

function teaser(i: number): string {
  return `<li class="teaser"><a href="/2023/08/${String(1 + (i % 28)).padStart(2, '0')}/story-${i}"><span class="kicker">${['Tech', 'Policy', 'Science', 'Markets'][i % 4]}</span>
<h3>Story ${i}: what ${TOPICS[i % TOPICS.length]} tells us about the next year of gadgets</h3><p>Our reviewers spent a week with it. Here is what surprised them, and what did not.</p></a></li>`;
}

/** The news-article fixture (a non-terms page that quotes Zoom's terms) enlarged with comments and teasers to ~200 KB. */
export function newsPage(targetBytes = 200_000): string {
  const base = readFileSync(join(PAGES, 'news-zoom-ai-terms.html'), 'utf8');
  const style =
    '<style>body{font:16px/1.5 Georgia,serif;margin:0}header,footer{background:#111;color:#eee;padding:8px 16px}main{max-width:720px;margin:auto}.comment{border-top:1px solid #ddd;padding:8px 0}.teaser{display:inline-block;width:45%;vertical-align:top;margin:1%}.kicker{text-transform:uppercase;font-size:12px;color:#a00}</style>';
  const teasers = `<section class="more"><h2>More stories</h2><ul>${Array.from({ length: 40 }, (_, i) => teaser(i)).join('\n')}</ul></section>`;
  const parts: string[] = [];
  let size = base.length + style.length + teasers.length + 200;
  for (let i = 0; size < targetBytes; i++) {
    const c = comment(i);
    parts.push(c);
    size += c.length + 1;
  }
  const comments = `<section class="comments" aria-label="Reader comments"><h2>${parts.length} comments</h2><ol>${parts.join('\n')}</ol></section>`;
  return base.replace('</head>', `${style}</head>`).replace('</main>', `${teasers}${comments}</main>`);
}

/**
 * The Zoom March 2023 terms with the body of the agreement repeated until the page is ~1 MB, sections renumbered
 * (copy k adds k×offset to every "N." and "N.M") so it reads as one long agreement with many flagged clauses.
 */
export function bigTermsPage(targetBytes = 1_000_000): string {
  const html = readFileSync(join(PAGES, 'zoom-tos-2023-03-31.html'), 'utf8');
  const open = html.indexOf('<ol start="1">');
  const close = html.indexOf('</article>');
  if (open < 0 || close < open) throw new Error('zoom-tos-2023-03-31.html changed shape: cannot find the sections');
  const body = html.slice(open, close);
  const sections = Math.max(...[...body.matchAll(/<ol start="(\d+)">/g)].map((m) => Number(m[1])));
  const copies: string[] = [body];
  for (let k = 1; html.length + copies.join('').length - body.length < targetBytes; k++) {
    const shift = (n: string): number => Number(n) + k * sections;
    copies.push(
      body
        .replace(/<ol start="(\d+)">/g, (_, n: string) => `<ol start="${shift(n)}">`)
        .replace(/<strong>(\d+)\.(\d+)/g, (_, n: string, m: string) => `<strong>${shift(n)}.${m}`)
        .replace(/Sections? (\d+)(\.\d+)?/g, (s, n: string, m: string | undefined) =>
          s.replace(`${n}${m ?? ''}`, `${shift(n)}${m ?? ''}`),
        ),
    );
  }
  return html.slice(0, open) + copies.join('\n') + html.slice(close);
}
