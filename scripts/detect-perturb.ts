// `npx tsx scripts/detect-perturb.ts [NAME…] [-m] [-v]`: how well detection by content generalises. Takes the
// development terms and privacy documents (documents.json part "dev", 150 words or more), perturbs each the ways real
// pages differ (no title or another one, sampling windows, site chrome around the text, headings as plain lines, no
// emphasis, numbered sections, a company description or a definitions list ahead of the text), and counts per
// perturbation how many are still detected as legal and as the right kind. -m lists the misses, -v with reasons.
// Development documents only: held-back documents are never read. The added texts are written for this script.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlToDocument, markdownToHtml, releaseDocument } from '../src/cli/source';
import { detectPage } from '../src/core/detect';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, '..', 'shared', 'corpus', 'ota');
interface Doc {
  file: string;
  service: string;
  type: string;
  part: string;
}
const docs = (
  JSON.parse(readFileSync(join(root, 'test/fixtures/gold/real/documents.json'), 'utf8')) as { documents: Doc[] }
).documents.filter((d) => d.part === 'dev' && (d.type === 'Terms of Service' || d.type === 'Privacy Policy'));
const HEAD_RE = /^#{1,6}[ \t](\S.*)$/;
function splitTitle(md: string): { title: string; rest: string } {
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.trim()) continue;
    const m = HEAD_RE.exec(l);
    if (m) return { title: m[1]!.trim(), rest: lines.slice(i + 1).join('\n') };
    if (i + 1 < lines.length && /^(?:=+|-+)\s*$/.test(lines[i + 1]!) && l.trim())
      return { title: l.trim(), rest: lines.slice(i + 2).join('\n') };
    return { title: '', rest: md };
  }
  return { title: '', rest: md };
}
function setext(md: string): string {
  const s = splitTitle(md);
  return s.title ? `${s.title}\n${'='.repeat(s.title.length)}\n\n${s.rest}` : md;
}
const words = (s: string) => s.split(/\s+/).filter(Boolean);
const paras = (s: string) => s.split(/\n\s*\n/);
function firstWords(md: string, n: number): string {
  const out: string[] = [];
  let c = 0;
  for (const p of paras(md)) {
    if (c >= n) break;
    out.push(p);
    c += words(p).length;
  }
  return out.join('\n\n');
}
function middle(md: string, n: number): string {
  const ps = paras(md);
  const total = words(md).length;
  let c = 0;
  let i = 0;
  while (i < ps.length && c < total * 0.4) c += words(ps[i++]!).length;
  return firstWords(ps.slice(i).join('\n\n'), n);
}
function afterFirstHeading(md: string): string {
  const lines = md.split('\n');
  const i = lines.findIndex((l) => HEAD_RE.test(l));
  return i >= 0 ? lines.slice(i + 1).join('\n') : md;
}
const plainHeadings = (md: string) => md.replace(/^#{1,6}[ \t]/gm, '').replace(/^(?:=+|-+)[ \t]*$/gm, '');
const noEmph = (md: string) => md.replace(/\*\*|__/g, '').replace(/(^|\s)[*_](\S[^*_\n]*)[*_](?=[\s.,;:]|$)/gm, '$1$2');
function numbered(md: string): string {
  let k = 0;
  return md.replace(/^(#{2,6})[ \t](?:\d+[.)]?[ \t])?(?=\S)/gm, (_m, h: string) => `${h} ${++k}. `);
}
const COMPANY = `Acme is a global technology company founded in 2004 with offices in twelve countries. Our mission is to help people and businesses connect, create and grow. We build products that millions of people use every day, from our flagship app to our cloud platform and our hardware devices.\n\nOur teams work on search, maps, video, messaging and productivity tools, and we partner with schools, hospitals and local communities. We believe that great products come from listening to the people who use them, and we invest heavily in research and in the communities where we operate.\n\nAcme Holdings Inc. is headquartered in Springfield. The Acme family of companies includes Acme Cloud, Acme Devices, Acme Media and Acme Labs. Each of them offers its own products, and some of them have their own pages describing how they work. Thank you for choosing Acme. We are proud of the trust that people place in us and we work hard to keep it every day, across every product and every country where we are present.`;
const DEFS = `## Definitions\n\n"Account" means the account you create to access the Service.\n\n"Affiliate" means an entity that controls, is controlled by or is under common control with a party.\n\n"Content" means text, images, video, audio and other material.\n\n"Device" means any device that can access the Service, such as a computer, a phone or a tablet.\n\n"Service" means the website, the apps and the related services offered by Acme.\n\n"Subscription" means the plan under which you access the Service.\n\n"User" means any person who uses the Service.\n\n"You" means the individual accessing or using the Service, or the company on behalf of which such individual is accessing the Service.\n\n"Third-party Service" means any service or content provided by a third party that is available through the Service.\n\n"Website" refers to the Acme site, accessible from acme.example.`;
const NAV = `<div class="site-header"><a href="/">Acme</a><ul class="menu"><li><a href="/products">Products</a></li><li><a href="/solutions">Solutions</a></li><li><a href="/pricing">Pricing</a></li><li><a href="/blog">Blog</a></li><li><a href="/about">About us</a></li><li><a href="/careers">Careers</a></li><li><a href="/help">Help center</a></li><li><a href="/login">Log in</a></li><li><a class="btn" href="/signup">Sign up</a></li></ul></div>`;
const BANNER = `<div id="cookie-banner"><p>We use cookies and similar technologies to improve your experience, analyse traffic and personalise content and ads. You can accept all cookies or manage your preferences. See our <a href="/cookies">Cookie Policy</a>.</p><button>Accept all</button><button>Reject all</button><button>Manage preferences</button></div>`;
const FOOTER = `<div class="site-footer"><ul><li><a href="/about">About</a></li><li><a href="/press">Press</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Service</a></li><li><a href="/cookies">Cookie Policy</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="/sitemap">Sitemap</a></li></ul><p>© 2026 Acme Inc. All rights reserved.</p><p>Follow us: <a href="/x">X</a> <a href="/yt">YouTube</a> <a href="/in">LinkedIn</a></p></div>`;
const SEM_NAV = `<header>${NAV}</header>`;
const SEM_FOOT = `<footer>${FOOTER}</footer>`;

interface P {
  name: string;
  md?: (md: string, svc: string, kind: string) => string;
  html?: (body: string, title: string) => string;
}
const wrap = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const P_LIST: P[] = [
  { name: 'base' },
  { name: 'no-title', md: (md) => splitTitle(md).rest },
  { name: 'title-Legal', md: (md) => `# Legal\n\n${splitTitle(md).rest}` },
  { name: 'title-Agreement', md: (md) => `# Agreement\n\n${splitTitle(md).rest}` },
  { name: 'title-Notice', md: (md) => `# Notice\n\n${splitTitle(md).rest}` },
  { name: 'title-service', md: (md, svc) => `# ${svc}\n\n${splitTitle(md).rest}` },
  { name: 'title-setext', md: (md) => setext(md) },
  { name: 'nt-first300', md: (md) => firstWords(splitTitle(md).rest, 300) },
  { name: 'nt-first600', md: (md) => firstWords(splitTitle(md).rest, 600) },
  { name: 'nt-middle500', md: (md) => middle(splitTitle(md).rest, 500) },
  { name: 'nt-after-heading', md: (md) => afterFirstHeading(splitTitle(md).rest) },
  { name: 'nt-plain-headings', md: (md) => plainHeadings(splitTitle(md).rest) },
  { name: 'nt-no-emphasis', md: (md) => noEmph(splitTitle(md).rest) },
  { name: 'nt-plain+noemph', md: (md) => noEmph(plainHeadings(splitTitle(md).rest)) },
  { name: 'nt-numbered', md: (md) => numbered(splitTitle(md).rest) },
  {
    name: 'nt-company-desc',
    md: (md, _s, k) => (k === 'privacy' ? `${COMPANY}\n\n${splitTitle(md).rest}` : splitTitle(md).rest),
  },
  {
    name: 'nt-definitions',
    md: (md, _s, k) => (k === 'terms' ? `${DEFS}\n\n${splitTitle(md).rest}` : splitTitle(md).rest),
  },
  { name: 'chrome-div', html: (body, t) => wrap(t, `${NAV}${BANNER}<div id="page">${body}</div>${FOOTER}`) },
  { name: 'chrome-semantic', html: (body, t) => wrap(t, `${SEM_NAV}${BANNER}<main>${body}</main>${SEM_FOOT}`) },
  {
    name: 'nt-chrome-div',
    md: (md) => splitTitle(md).rest,
    html: (body) => wrap('Acme', `${NAV}${BANNER}<div id="page">${body}</div>${FOOTER}`),
  },
  {
    name: 'nt-chrome-semantic',
    md: (md) => splitTitle(md).rest,
    html: (body) => wrap('Acme', `${SEM_NAV}${BANNER}<main>${body}</main>${SEM_FOOT}`),
  },
];
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const verbose = process.argv.includes('-v');
const url = 'https://example.invalid/1';
for (const p of P_LIST) {
  if (only.length && !only.includes(p.name)) continue;
  let legal = 0;
  let kind = 0;
  let n = 0;
  const miss: string[] = [];
  for (const d of docs) {
    const raw = readFileSync(join(corpus, d.file), 'utf8');
    if (words(raw).length < 150) continue;
    const want = d.type === 'Privacy Policy' ? 'privacy' : 'terms';
    const md = p.md ? p.md(raw, d.service, want) : raw;
    let html = markdownToHtml(md);
    if (p.html) html = p.html(/<main>([\s\S]*)<\/main>/.exec(html)![1]!, /<title>(.*?)<\/title>/.exec(html)![1]!);
    const doc = htmlToDocument(html, url);
    const det = detectPage(doc, url);
    await releaseDocument(doc);
    n++;
    if (det.isLegal) legal++;
    if (det.kind === want) kind++;
    else miss.push(`${d.file} want ${want} got ${det.kind}${verbose ? ` · ${det.reasons.join('; ')}` : ''}`);
  }
  console.log(`${p.name.padEnd(20)} n=${n} legal ${legal} kind ${kind} miss ${n - kind}`);
  if (process.argv.includes('-m')) for (const m of miss) console.log('   ', m);
}
