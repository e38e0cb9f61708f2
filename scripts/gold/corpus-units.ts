// The units of a corpus document, as the extension extracts them: Markdown rendered to HTML, then extractDocument.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../../src/core/extract';
import { parseSource, releaseDocument } from '../../src/cli/source';

const here = dirname(fileURLToPath(import.meta.url));
export const corpusDir = resolve(process.env.TERMWATCH_OTA ?? join(here, '..', '..', '..', 'shared', 'corpus', 'ota'));

export interface Unit {
  index: number;
  block: number;
  role: 'heading' | 'paragraph' | 'list_item' | 'cell';
  text: string;
  /** Heading path and lead label, outermost first. */
  context: string[];
}

const SVC_CHANGE =
  '(?:chang|modif|amend|updat|revis|alter|suspend|discontinu|ceas|withdraw|remov|replac|add|limit|restrict|terminat|stop|eliminat)\\w*';
const SVC_THING =
  'services?|features?|functionalit\\w*|products?|prices?|pricing|fees?|charges|apps?|application|site|website|platform|offerings?|subscriptions?|plans?|programs?';

/** The keyword nets: every unit of the corpus whose text matches is labelled for the net's category. */
export const NETS = {
  ai: /\b(?:train(?:s|ed|ing)?|models?|machine[\s-]learning|artificial[\s-]intelligence|algorithms?|algorithmic)\b|\b(?:AI|A\.I\.|GenAI|LLMs?)\b/i,
  sale: /\b(?:sell|sells|selling|sale|sales|sold)\b/i,
  licence: /\b(?:licen[cs]e[sd]?|sublicens\w*|royalty[\s-]free)\b/i,
  // A change word and a document word in one sentence, either order: "we may modify these Terms", "this Policy may be
  // updated". Bounded gaps keep the test linear.
  change:
    /\b(?:chang|modif|amend|updat|revis)\w*\b[^.]{1,200}?\b(?:terms|agreement|policy|notice|statement|conditions)\b|\b(?:terms|agreement|policy|notice|statement|conditions)\b[^.]{1,200}?\b(?:chang|modif|amend|updat|revis)\w*/i,
  retention:
    /\b(?:retain\w*|retention|delet\w*|eras(?:e|ed|ure)|as long as|kept|keep(?:s|ing)?|stor(?:e|ed|es|ing)\b[^.]{1,80}?\b(?:for|until|period))\b/i,
  tracking:
    /\b(?:cookies?|pixels?|beacons?|track(?:s|ed|ing|ers?)?|fingerprint\w*|analytics|interest-based|targeted advertis\w*|cross-(?:site|device))\b/i,
  // Labelled on a seeded shard of the documents only (README: the keyword nets): the net is too large to label whole.
  share:
    /\b(?:share[sd]?|sharing|disclos\w*|third[\s-]part(?:y|ies)|transfer(?:s|red|ring)?|affiliates?|partners?|(?:sub-?)?processors?|service providers?|vendors?)\b/i,
  // Unilateral changes of the service and its prices (GUIDE.md, S1–S3): a change word and a service word in one
  // sentence. Labelled on the whole documents and on the seeded shard 3/24 only (README: the keyword nets).
  svc: new RegExp(
    `\\b${SVC_CHANGE}\\b[^.]{1,160}?\\b(?:${SVC_THING}|content)\\b|\\b(?:${SVC_THING})\\b[^.]{1,160}?\\b${SVC_CHANGE}`,
    'i',
  ),
} as const;
export type NetName = keyof typeof NETS;

export function loadUnits(file: string): Unit[] {
  const text = readFileSync(join(corpusDir, file), 'utf8');
  const { doc, url } = parseSource(text, join(corpusDir, file));
  try {
    const { document, blocks } = extractDocument(doc, url);
    return document.clauses.map((c, index) => ({
      index,
      block: c.block,
      role: blocks[c.block]?.role ?? 'paragraph',
      text: c.text,
      context: c.sectionPath,
    }));
  } finally {
    void releaseDocument(doc);
  }
}
