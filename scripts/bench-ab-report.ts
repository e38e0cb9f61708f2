// Time from load end to the report on the 1 MB terms page, this build (dist/chrome) against another build, one load
// of each per round in alternating order, without the heartbeat probe. `--gap` waits between rounds so that each page
// meets analysis workers stopped for idleness (WORKER_IDLE_MS is a minute), as a user's page usually does.
//   npx tsx scripts/bench-ab-report.ts --baseline=DIR [--rounds=8] [--gap=SECONDS]
import { launchChromiumWithExtension, startFixtureServer } from '../test/browser/harness';
import { flag, median } from './bench-util';
import { htmlRoute, reportRun } from './bench/extension';
import { bigTermsPage } from './bench/lib/pages';
import { installRecorder } from './bench/lib/status-recorder';
import { browserPid } from './bench/lib/thread-cpu';

const TERMS_PATH = '/legal/terms-of-service/';

async function main(): Promise<void> {
  const baselineDir = flag('baseline');
  if (!baselineDir) {
    console.error('usage: ab-report.ts --baseline=DIR [--rounds=8] [--gap=SECONDS]');
    process.exit(2);
  }
  const rounds = Number(flag('rounds') ?? 8);
  const gapMs = Number(flag('gap') ?? 0) * 1000;
  const server = await startFixtureServer([htmlRoute({ [TERMS_PATH]: bigTermsPage() })]);
  const builds = [
    { name: 'this build', browser: await launchChromiumWithExtension(), ms: [] as number[] },
    { name: 'baseline', browser: await launchChromiumWithExtension({ extensionDir: baselineDir }), ms: [] as number[] },
  ];
  try {
    for (const b of builds) await installRecorder(b.browser);
    for (let i = 0; i < rounds; i++) {
      if (i > 0 && gapMs) await new Promise((r) => setTimeout(r, gapMs));
      for (const b of i % 2 ? [...builds].reverse() : builds) {
        const url = server.url(`${TERMS_PATH}?round=${i}&build=${b.ms.length}${b.name === 'baseline' ? 'b' : 'a'}`);
        const run = await reportRun(b.browser.ctx, url, b.browser, browserPid(b.browser.profile));
        b.ms.push(run.status === 'analysed' ? run.analysedAt - run.loadEnd : NaN);
        console.log(
          `round ${i}, ${b.name}: ${run.status}, report ${(run.analysedAt - run.loadEnd).toFixed(0)} ms after load`,
        );
      }
    }
  } finally {
    for (const b of builds) await b.browser.close();
    await server.close();
  }
  const [mine, base] = builds.map((b) => b.ms) as [number[], number[]];
  const paired = mine.map((m, i) => m / base[i]!);
  console.log(
    `report after load, median of ${rounds}: this build ${median(mine).toFixed(0)} ms, baseline ${median(base).toFixed(0)} ms (ratio ${(median(mine) / median(base)).toFixed(2)}); paired ratios ${paired.map((r) => r.toFixed(2)).join(' ')}, median ${median(paired).toFixed(2)}, faster in ${paired.filter((r) => r < 1).length} of ${rounds}`,
  );
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
