// Child process for the Node heap figure (run with --expose-gc so the baseline is a collected heap).
// Prints one JSON line: heap and RSS around one cold analyzeText of the given file, the result kept alive.
import { readFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { analyzeText } from '../../../src/core/analyze';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const text = readFileSync(process.argv[2]!, 'utf8');
gc();
const before = {
  used: process.memoryUsage().heapUsed,
  committed: getHeapStatistics().total_heap_size,
  maxRss: process.resourceUsage().maxRSS,
};
const result = analyzeText(text);
const after = {
  used: process.memoryUsage().heapUsed,
  committed: getHeapStatistics().total_heap_size,
  maxRss: process.resourceUsage().maxRSS,
};
gc();
const retained = process.memoryUsage().heapUsed;
console.log(
  JSON.stringify({
    chars: text.length,
    findings: result.findings.length,
    clauses: result.clauses.length,
    usedGrowth: after.used - before.used,
    committedGrowth: after.committed - before.committed,
    retainedGrowth: retained - before.used,
    maxRssGrowthKb: after.maxRss - before.maxRss,
    maxRssKb: after.maxRss,
  }),
);
