// Seeded generators of hostile input for the fuzz suite: random and mutated HTML, odd scripts and code units,
// broken markup, and legal sentences spliced into junk. Every input is a pure function of (run seed, index), so
// one failing input can be regenerated alone from the two numbers a failure message prints.
import { mulberry32 } from '../../../scripts/seeded-random';

export interface Rng {
  /** [0, 1) */
  next(): number;
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function makeRng(seed: number): Rng {
  const next = mulberry32(seed);
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

/** The seed of input `index` in a run: independent of every other input, so replaying one needs no others. */
export function inputSeed(runSeed: number, index: number): number {
  return (Math.imul(runSeed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
}

// Legal-looking sentences in our own words, covering every category and the negations the analyser must respect.
export const LEGAL_SENTENCES = [
  'We may use your content to train our artificial intelligence and machine learning models.',
  'We will not use your audio, video or chat content to train AI models without your consent.',
  'We share your personal information with third parties for advertising purposes.',
  'We do not sell your personal data to anyone.',
  'You grant us a perpetual, worldwide, royalty-free, sublicensable licence to use, reproduce and modify your content.',
  'We use cookies and similar tracking technologies to show you targeted ads.',
  'We retain your data indefinitely, even after you close your account.',
  'We may change these terms at any time without notice to you.',
  'Unless you opt out, we may share usage data with our partners.',
  'With your consent, we may use your recordings to improve our models.',
  '10.4 Customer License Grant. You agree that we may use Customer Content for machine learning, e.g. to tune models.',
  'Acme Inc. (U.S.) and its affiliates may sell information about you, i.e. your browsing history, to data brokers.',
  'You agree that you will not: (i) reverse engineer the Service; (ii) use it to train a competing model; (iii) resell it.',
  '§ 3 Nutzung. Wir dürfen Ihre Daten an Dritte weitergeben.',
];

const LATIN =
  'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua terms privacy data'.split(
    ' ',
  );
const SCRIPT_SAMPLES: Record<string, string> = {
  cjk: '本服务条款适用于您对我们服务的使用。我们可能会收集您的个人信息！利用規約に同意します。개인정보를 수집합니다',
  cyrillic: 'Мы можем передавать ваши данные третьим лицам. Условия использования могут меняться',
  arabic: 'قد نشارك بياناتك الشخصية مع أطراف ثالثة. شروط الخدمة',
  hebrew: 'אנו עשויים לשתף את המידע שלך עם צדדים שלישיים. תנאי שימוש',
  emoji: '🙂 👩‍👩‍👧‍👦 🏳️‍🌈 🇪🇺 ✅ 🔒 1️⃣',
  astral: '𝕿𝖊𝖗𝖒𝖘 𝔬𝔣 𝔖𝔢𝔯𝔳𝔦𝔠𝔢 𐍈 𠜎𠜱 𝟏𝟎.𝟒',
  bidi: '\u202Eesrever\u202C \u2066isolate\u2069 \u200F\u200E \u061C',
  invisible: 'zero\u200Bwidth soft\u00ADhyphen bom\uFEFF joiner\u200D\u2060',
  combining: 'e\u0301\u0301\u0301 a\u0308\u0323 Z\u0335\u0321\u035C\u0336',
  nfkc: '\uFDFA \uFB03 \u2474 \u33A1 \uFF21\uFF22 \u2460',
  surrogates: 'lone \uD800 high, lone \uDFFF low, swapped \uDC00\uD800, split \uD83D x',
  controls: 'nul\u0000 bel\u0007 bs\u0008 vt\u000B ff\u000C esc\u001B del\u007F nel\u0085 ls\u2028 ps\u2029 cr\r',
};
export const SCRIPT_KINDS = Object.keys(SCRIPT_SAMPLES);

/** Random code unit from a weighted mix of ranges, surrogate halves and controls included. */
function randomChar(rng: Rng): string {
  const r = rng.next();
  if (r < 0.45) return String.fromCharCode(rng.int(0x20, 0x7e));
  if (r < 0.55) return String.fromCharCode(rng.int(0, 0x1f));
  if (r < 0.65) return String.fromCharCode(rng.int(0xd800, 0xdfff)); // lone surrogate halves
  if (r < 0.8) return String.fromCodePoint(rng.int(0x80, 0xd7ff));
  if (r < 0.9) return String.fromCodePoint(rng.int(0xe000, 0xfffd));
  return String.fromCodePoint(rng.int(0x10000, 0x10ffff));
}

export function randomChars(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += randomChar(rng);
  return s;
}

function scriptText(kind: string): string {
  return SCRIPT_SAMPLES[kind] ?? '';
}

/** A run of text mixing legal sentences, words, other scripts and raw junk; `punct` false strips . ! ? and CJK stops. */
export function mixedText(rng: Rng, approxLen: number, punct = true): string {
  const parts: string[] = [];
  let len = 0;
  while (len < approxLen) {
    const r = rng.next();
    let piece: string;
    if (r < 0.35) piece = rng.pick(LEGAL_SENTENCES);
    else if (r < 0.6) piece = Array.from({ length: rng.int(1, 12) }, () => rng.pick(LATIN)).join(' ');
    else if (r < 0.85) piece = scriptText(rng.pick(SCRIPT_KINDS));
    else piece = randomChars(rng, rng.int(1, 40));
    parts.push(piece);
    len += piece.length + 1;
  }
  const text = parts.join(rng.chance(0.2) ? '' : ' ');
  return punct ? text : text.replace(/[.!?。！？]/g, ' ');
}

/** Text with markup-significant characters escaped, so it stays text (junk that should be markup is added on purpose elsewhere). */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

const BLOCK_TAGS = [
  'div',
  'p',
  'section',
  'article',
  'ul',
  'ol',
  'li',
  'table',
  'tr',
  'td',
  'th',
  'tbody',
  'details',
  'summary',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'dl',
  'dt',
  'dd',
  'pre',
  'header',
  'figure',
  'figcaption',
  'address',
  'center',
];
const INLINE_TAGS = [
  'span',
  'b',
  'strong',
  'i',
  'em',
  'a',
  'code',
  'small',
  'sup',
  'font',
  'mark',
  'abbr',
  'u',
  'x-custom',
  'q',
];
const CHROME_TAGS = [
  'nav',
  'footer',
  'aside',
  'form',
  'button',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'select',
  'textarea',
  'dialog',
  'menu',
];
const CLASSES = [
  'cookie-banner',
  'accordion',
  'collapse',
  'content',
  'related-links',
  'sidebar',
  'toc',
  'legal',
  'panel',
  'share',
  'onetrust-pc',
  'tab-content',
  'x'.repeat(3),
];
const ROLES = ['heading', 'main', 'navigation', 'banner', 'dialog', 'presentation', 'region', 'listitem', 'none'];
/** aria-level values that once gave TextBlockInfo.headingLevel outside 1–6 (fixed; regression test in fuzz.test.ts). */
export const ONCE_BAD_ARIA_LEVELS = ['-3', '2.5', '-Infinity'];
const ARIA_LEVELS = [
  '1',
  '2',
  '7',
  '0',
  '1e9',
  'Infinity',
  'NaN',
  'abc',
  '',
  '99999999999999999999',
  ...ONCE_BAD_ARIA_LEVELS,
];
const NUMBERS = ['1', '0', '-1', '10', '1e300', 'NaN', '2.5', '-0', '99999999999', 'x'];
const LANGS = ['en', 'de', 'zh-Hans', 'ar', 'he', '', 'xx-yy-zz', 'EN_us', '💥', 'en;q=0.5', 'e'];

function attrs(rng: Rng): string {
  let s = '';
  const n = rng.int(0, 3);
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    if (r < 0.2) s += ` class="${rng.pick(CLASSES)}"`;
    else if (r < 0.3) s += ` id="${rng.pick(['main', 'p1', 'panel-1', 'cookie-notice', ''])}"`;
    else if (r < 0.4) s += ` role="${rng.pick(ROLES)}" aria-level="${rng.pick(ARIA_LEVELS)}"`;
    else if (r < 0.5)
      s += rng.pick([' hidden', ' aria-hidden="true"', ' aria-expanded="false"', ' aria-controls="panel-1 p1"']);
    else if (r < 0.6) s += ` start="${rng.pick(NUMBERS)}" value="${rng.pick(NUMBERS)}"`;
    else if (r < 0.7) s += ` lang="${rng.pick(LANGS)}" dir="${rng.pick(['rtl', 'ltr', 'auto'])}"`;
    else if (r < 0.8) s += ` style="display:none;${randomChars(rng, 5).replace(/["&<]/g, '')}"`;
    else s += ` data-${rng.int(0, 9)}='${esc(randomChars(rng, rng.int(0, 30))).replace(/'/g, '')}'`;
  }
  return s;
}

/** A random element tree as HTML; depth-limited recursion in the generator only (it is test code, depth ≤ maxDepth). */
function randomTree(rng: Rng, depth: number, maxDepth: number, budget: { left: number }): string {
  if (budget.left <= 0) return '';
  const out: string[] = [];
  const children = rng.int(1, depth === 0 ? 12 : 5);
  for (let i = 0; i < children && budget.left > 0; i++) {
    const r = rng.next();
    if (r < 0.35 || depth >= maxDepth) {
      const t = esc(mixedText(rng, rng.int(1, 300), rng.chance(0.8)));
      budget.left -= t.length;
      out.push(t);
      continue;
    }
    const tag = r < 0.7 ? rng.pick(BLOCK_TAGS) : r < 0.92 ? rng.pick(INLINE_TAGS) : rng.pick(CHROME_TAGS);
    const inner = randomTree(rng, depth + 1, maxDepth, budget);
    budget.left -= tag.length * 2 + 5;
    // Sometimes leave the tag unclosed or close a different one: the parser must recover, so must we.
    const close = rng.chance(0.9) ? `</${tag}>` : rng.chance(0.5) ? '' : `</${rng.pick(BLOCK_TAGS)}>`;
    out.push(`<${tag}${attrs(rng)}>${inner}${close}`);
  }
  return out.join(rng.chance(0.5) ? '\n' : '');
}

/** A well-formed legal page (headings, numbered sections, lists, a table, an accordion) for mutation. */
export function legalPage(rng: Rng, sections: number): string {
  const parts: string[] = [
    '<!doctype html><html lang="en"><head><title>Terms of Service</title></head><body>',
    '<nav><a href="/">Home</a></nav><main><h1>Terms of Service</h1><p>Last updated: 1 March 2023</p>',
  ];
  for (let s = 1; s <= sections; s++) {
    parts.push(
      `<h2>${s}. ${rng.pick(['Customer Content', 'Privacy', 'Cookies', 'Changes', 'Data Sharing', 'AI Features'])}</h2>`,
    );
    for (let k = 1; k <= rng.int(1, 4); k++) {
      parts.push(
        `<p><strong>${s}.${k} ${rng.pick(['Licence Grant', 'Use of Data', 'Retention'])}.</strong> ${esc(rng.pick(LEGAL_SENTENCES))} ${esc(rng.pick(LEGAL_SENTENCES))}</p>`,
      );
    }
    if (rng.chance(0.3))
      parts.push(
        `<ol start="${s}"><li>${esc(rng.pick(LEGAL_SENTENCES))}</li><li value="7">${esc(rng.pick(LEGAL_SENTENCES))}</li></ol>`,
      );
    if (rng.chance(0.2))
      parts.push(
        `<table><tr><th>Cookie</th><th>Purpose</th></tr><tr><td>_ga</td><td>${esc(rng.pick(LEGAL_SENTENCES))}</td></tr></table>`,
      );
    if (rng.chance(0.2))
      parts.push(
        `<button aria-controls="acc-${s}" aria-expanded="false">More</button><div id="acc-${s}" hidden><p>${esc(rng.pick(LEGAL_SENTENCES))}</p></div>`,
      );
  }
  parts.push('</main><footer>© Acme</footer></body></html>');
  return parts.join('\n');
}

const JUNK_MARKUP = [
  '<',
  '>',
  '</',
  '<p',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<script>',
  '</script>',
  '<style>',
  '<table>',
  '<td>',
  '<li>',
  '</li></ul>',
  '<details open>',
  '<summary>',
  '&',
  '&amp',
  '&#',
  '&#x',
  '&#0;',
  '&#xD800;',
  '&#x110000;',
  '&#99999999;',
  '&nosuch;',
  '&NotNestedGreaterGreater;',
  '&lt',
  '"',
  "'",
  '=',
  '<br/>',
  '<hr>',
  '<h1>',
  '</h1>',
  '<main>',
  '</main>',
  '<plaintext>',
  '<textarea>',
  '<title>',
  '<svg><foreignObject><p>',
  '<math><mi>',
  '<select><option>',
  '<frameset>',
  '<body>',
  '</html>',
  '\u0000',
];

/** Random edits: delete, duplicate, swap, insert junk markup or raw code units, and (unless told not to) truncate. */
export function mutate(rng: Rng, html: string, edits: number, truncate = true): string {
  let s = html;
  for (let e = 0; e < edits && s.length > 0; e++) {
    const at = rng.int(0, s.length);
    const len = rng.int(0, Math.min(200, s.length - at));
    const r = rng.next();
    if (r < 0.2) s = s.slice(0, at) + s.slice(at + len);
    else if (r < 0.35) s = s.slice(0, at) + s.slice(at, at + len).repeat(rng.int(2, 4)) + s.slice(at);
    else if (r < 0.65) s = s.slice(0, at) + rng.pick(JUNK_MARKUP) + s.slice(at);
    else if (r < 0.8) s = s.slice(0, at) + randomChars(rng, rng.int(1, 20)) + s.slice(at);
    else if (r < 0.9) {
      const other = rng.int(0, s.length - len);
      const a = s.slice(at, at + len);
      s = s.slice(0, at) + s.slice(other, other + len) + s.slice(at + len);
      s = s.slice(0, other) + a + s.slice(other + len);
    } else if (r < 0.95) {
      if (truncate) s = s.slice(0, rng.int(Math.floor(s.length / 2), s.length));
    } else s = s.slice(0, at) + scriptText(rng.pick(SCRIPT_KINDS)) + s.slice(at);
  }
  return s;
}

/** Legal sentences spliced, whole or cut, into raw junk. */
function legalInJunk(rng: Rng): string {
  const parts: string[] = [];
  for (let i = rng.int(3, 30); i > 0; i--) {
    parts.push(rng.chance(0.5) ? randomChars(rng, rng.int(0, 200)) : rng.pick(JUNK_MARKUP));
    const sentence = rng.pick(LEGAL_SENTENCES);
    parts.push(rng.chance(0.7) ? sentence : sentence.slice(rng.int(0, sentence.length)));
  }
  return parts.join('');
}

const URLS = [
  'https://example.com/terms',
  'https://example.com/privacy-policy',
  'https://example.com/legal/cookies',
  'https://example.com/ai-terms',
  'https://example.com/blog/why-we-changed-our-terms',
  'https://example.com/',
  'https://пример.рф/условия',
  'https://example.com/terms?q=<script>&x=%00%ZZ',
  'file:///tmp/terms%20of%20service.html',
  'https://example.com/tos#section-10.4',
  'about:blank',
];

/** The generator kinds of the bulk HTML run (deep nesting is tested separately: see the known-bug cases). */
export const HTML_KINDS = [
  'random',
  'mutated',
  'legal-in-junk',
  'scripts',
  'no-punct',
  'unclosed',
  'huge-attr',
  'tiny-inline',
  'details-table',
  'entities',
  'giant-pre',
  'aria-headings',
  'nested',
  'long-heading',
] as const;
export type HtmlKind = (typeof HTML_KINDS)[number];

export interface HtmlInput {
  index: number;
  kind: HtmlKind;
  url: string;
  html: string;
}

/** Below the depth at which happy-dom's recursive querySelector overflows the stack (~4,000): see fuzz.test.ts. */
export const BULK_MAX_DEPTH = 1000;

function wrap(rng: Rng, body: string): string {
  const main = rng.chance(0.5);
  const title = rng.chance(0.7)
    ? esc(rng.pick(['Terms of Service', 'Privacy Policy', 'Cookie Policy', 'AI Terms', 'Blog', mixedText(rng, 40)]))
    : '';
  return `${rng.chance(0.8) ? '<!doctype html>' : ''}<html${attrs(rng)}><head><title>${title}</title></head><body>${main ? '<main>' : ''}${body}${main ? '</main>' : ''}</body></html>`;
}

export function generateHtml(runSeed: number, index: number): HtmlInput {
  const rng = makeRng(inputSeed(runSeed, index));
  const kind = HTML_KINDS[index % HTML_KINDS.length]!;
  const url = rng.pick(URLS);
  let html: string;
  switch (kind) {
    case 'random':
      html = wrap(rng, randomTree(rng, 0, rng.int(1, 12), { left: rng.int(200, 15_000) }));
      break;
    case 'mutated':
      html = mutate(rng, legalPage(rng, rng.int(1, 12)), rng.int(1, 60));
      break;
    case 'legal-in-junk':
      html = rng.chance(0.5) ? legalInJunk(rng) : wrap(rng, legalInJunk(rng));
      break;
    case 'scripts': {
      const script = rng.pick(SCRIPT_KINDS);
      const paras = Array.from(
        { length: rng.int(1, 30) },
        () =>
          `<p dir="${rng.pick(['rtl', 'ltr'])}">${esc(scriptText(script).repeat(rng.int(1, 20)))} ${esc(rng.pick(LEGAL_SENTENCES))} ${esc(scriptText(rng.pick(SCRIPT_KINDS)))}</p>`,
      );
      html = wrap(rng, paras.join('\n'));
      break;
    }
    case 'no-punct':
      html = wrap(
        rng,
        Array.from(
          { length: rng.int(1, 4) },
          () => `<p>${esc(mixedText(rng, rng.int(100, rng.chance(0.2) ? 20_000 : 3_000), false))}</p>`,
        ).join(''),
      );
      break;
    case 'unclosed': {
      const opens = Array.from(
        { length: rng.int(1, 300) },
        () => `<${rng.pick([...BLOCK_TAGS, ...INLINE_TAGS])}${attrs(rng)}>${esc(rng.pick(LEGAL_SENTENCES))}`,
      );
      const tail = rng.pick(['', '<p', '<!--', '<script>', '<![CDATA[', '<a href="', '<textarea>', '<title>']);
      html = wrap(rng, opens.join('')).replace(/<\/body><\/html>$/, '') + tail + esc(rng.pick(LEGAL_SENTENCES));
      break;
    }
    case 'huge-attr': {
      // Mostly tens of kB; one in ten near a megabyte (regexes over class/id values must stay linear).
      const big = rng
        .pick(['x', 'cookie-banner ', 'a b ', '"', 'é', '\u200B'])
        .repeat(rng.chance(0.1) ? rng.int(10_000, 30_000) : rng.int(100, 3_000))
        .replace(/"/g, '&quot;');
      const attr = rng.pick(['class', 'id', 'data-x', 'aria-controls', 'style', 'title', 'lang', 'role', 'aria-level']);
      html = wrap(
        rng,
        `<div ${attr}="${big}"><p ${attr}="${big}">${esc(rng.pick(LEGAL_SENTENCES))}</p></div><p>${esc(rng.pick(LEGAL_SENTENCES))}</p>`,
      );
      break;
    }
    case 'tiny-inline': {
      // Every letter its own element: thousands of text nodes per block.
      const sentence = Array.from({ length: rng.int(1, 8) }, () => rng.pick(LEGAL_SENTENCES)).join(' ');
      const tag = rng.pick(INLINE_TAGS);
      const inner = Array.from(sentence, (ch) => `<${tag}>${esc(ch)}</${tag}>`).join(rng.chance(0.3) ? '\n' : '');
      html = wrap(rng, `<p>${inner}</p>`.repeat(rng.int(1, 6)));
      break;
    }
    case 'details-table': {
      let inner = esc(rng.pick(LEGAL_SENTENCES));
      for (let d = rng.int(1, 60); d > 0; d--) {
        inner = rng.chance(0.5)
          ? `<details${rng.chance(0.5) ? ' open' : ''}><summary>${d}. ${esc(rng.pick(['Data', 'Licence', 'AI']))}</summary>${inner}<p>${esc(rng.pick(LEGAL_SENTENCES))}</p></details>`
          : `<table><tr><td>${inner}</td><td>${esc(rng.pick(LEGAL_SENTENCES))}</td></tr></table>`;
      }
      html = wrap(rng, inner);
      break;
    }
    case 'entities': {
      const ents = [
        '&amp',
        '&#0;',
        '&#xD800;',
        '&#xDFFF;&#xD800;',
        '&#x110000;',
        '&#99999999999;',
        '&nosuch;',
        '&#;',
        '&#x;',
        '&&&;',
        '&NotNestedGreaterGreater;',
        '&lt',
        '&gt;',
        '&nbsp',
        '&#128512;',
        '&#x1F600',
        '&#65279;',
        '&#8238;',
        '&#133;',
        '&#12290;',
      ];
      const words = Array.from({ length: rng.int(10, 400) }, () =>
        rng.chance(0.4) ? rng.pick(ents) : rng.pick(LATIN),
      );
      html = wrap(
        rng,
        `<p>${esc(rng.pick(LEGAL_SENTENCES))} ${words.join(rng.chance(0.5) ? ' ' : '')}.</p><p title="${rng.pick(ents)}">${rng.pick(ents)}${esc(rng.pick(LEGAL_SENTENCES))}</p>`,
      );
      break;
    }
    case 'giant-pre': {
      const lines = Array.from({ length: rng.int(20, rng.chance(0.2) ? 2_000 : 300) }, () =>
        rng.chance(0.3) ? rng.pick(LEGAL_SENTENCES) : mixedText(rng, rng.int(0, 120)),
      );
      html = wrap(rng, `<pre>${esc(lines.join('\n'))}</pre>`);
      break;
    }
    case 'aria-headings': {
      const parts = Array.from({ length: rng.int(1, 80) }, (_, k) =>
        rng.chance(0.5)
          ? `<div role="heading" aria-level="${rng.pick(ARIA_LEVELS)}">${k}. ${esc(mixedText(rng, rng.int(1, 60)))}</div>`
          : `<p><b>${rng.int(1, 12)}.${rng.int(1, 12)} Title</b> ${esc(rng.pick(LEGAL_SENTENCES))}</p>`,
      );
      html = wrap(rng, parts.join(''));
      break;
    }
    case 'nested': {
      const depth = rng.int(50, BULK_MAX_DEPTH);
      const tags = Array.from({ length: depth }, () => rng.pick([...BLOCK_TAGS, ...INLINE_TAGS]));
      html = wrap(
        rng,
        tags.map((t) => `<${t}>`).join('') +
          esc(rng.pick(LEGAL_SENTENCES)) +
          tags
            .reverse()
            .map((t) => `</${t}>`)
            .join(''),
      );
      break;
    }
    case 'long-heading': {
      // A long heading above many clauses: every clause names it in its section path.
      const heading = esc(mixedText(rng, rng.int(100, 5_000), false));
      const paras = Array.from({ length: rng.int(10, 300) }, () => `<p>${esc(rng.pick(LEGAL_SENTENCES))}</p>`);
      html = wrap(rng, `<h2>${heading}</h2>${paras.join('')}`);
      break;
    }
  }
  return { index, kind, url, html };
}

/** Plain text for analyzeText and the splitters: short lines of mixed text, bounded so the slow path stays cheap. */
export function generateText(runSeed: number, index: number): string {
  const rng = makeRng(inputSeed(runSeed ^ 0x7e57, index));
  const lines = Array.from({ length: rng.int(1, 40) }, () => {
    const r = rng.next();
    if (r < 0.3) return rng.pick(LEGAL_SENTENCES);
    if (r < 0.4) return `${'#'.repeat(rng.int(1, 7))} ${mixedText(rng, rng.int(0, 60))}`;
    if (r < 0.5) return `**${rng.int(1, 20)}.${rng.int(1, 20)} ${rng.pick(LATIN)}**. ${rng.pick(LEGAL_SENTENCES)}`;
    if (r < 0.6) return mutate(rng, rng.pick(LEGAL_SENTENCES), rng.int(1, 5));
    return mixedText(rng, rng.int(0, 400), rng.chance(0.7));
  });
  return lines.join(rng.pick(['\n', '\r\n', '\n\n', '\r']));
}
