// CPU time per thread of one Chromium (its browser process and every descendant), read from /proc (Linux only), and
// the whole machine's busy time from /proc/stat. Wall-clock figures on this shared machine mix the work done with the
// time spent waiting for a core; these say which threads did the work (the analysis workers, V8's helper threads that
// compile and collect garbage beside them, the service worker, the page) and how busy the rest of the machine was.
import { existsSync, readFileSync, readdirSync } from 'node:fs';

/** CPU ms of each thread (by `pid/tid`) with its group, plus the machine's busy and total ms over all cores. */
export interface CpuSnapshot {
  threads: Map<string, { group: string; cpu: number }>;
  machineBusy: number;
  machineTotal: number;
}

const WORKER_GROUP = 'extension: analysis worker threads';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // the process or thread has gone
  }
}

/** [ppid, utime + stime in ms] from a /proc stat line (the command name may contain spaces and parentheses). */
function parseStat(stat: string): { comm: string; ppid: number; cpu: number } {
  const close = stat.lastIndexOf(')');
  const comm = stat.slice(stat.indexOf('(') + 1, close);
  const f = stat.slice(close + 2).split(' ');
  return { comm, ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) * TICK_MS };
}

/** The pid of the Chromium browser process that uses `profile` as its user data dir, or null. */
export function browserPid(profile: string): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    const cmd = read(`/proc/${pid}/cmdline`);
    if (cmd && !cmd.includes('--type=') && cmd.includes(`--user-data-dir=${profile}\0`)) return Number(pid);
  }
  return null;
}

/** Which group a thread's CPU counts in: the extension's process by thread kind, pages' renderers, the rest. */
function groupOf(cmd: string, comm: string): string {
  const type = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser';
  if (type === 'renderer' && cmd.includes('--extension-process')) {
    if (comm.startsWith('DedicatedWorker')) return WORKER_GROUP;
    if (comm.startsWith('ThreadPoolForeg')) return 'extension: V8 helper threads (JIT compiler, GC)';
    if (comm.startsWith('ServiceWorker')) return 'extension: service worker thread';
    return 'extension: other threads';
  }
  if (type === 'renderer') return comm === 'chromium' ? 'page renderer: main thread' : 'page renderer: other threads';
  return `browser, GPU and utility processes`;
}

export function cpuSnapshot(rootPid: number | null): CpuSnapshot {
  const threads = new Map<string, { group: string; cpu: number }>();
  const [busy, total] = machineTicks();
  if (rootPid === null) return { threads, machineBusy: busy, machineTotal: total };
  const parent = new Map<number, number>();
  const pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  for (const pid of pids) {
    const stat = read(`/proc/${pid}/stat`);
    if (stat) parent.set(Number(pid), parseStat(stat).ppid);
  }
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 8; p = parent.get(p) ?? 0, hops++) if (p === rootPid) return true;
    return false;
  };
  for (const pid of pids.filter((p) => inTree(Number(p)))) {
    const cmd = read(`/proc/${pid}/cmdline`) ?? '';
    for (const tid of tasksOf(pid)) {
      const stat = read(`/proc/${pid}/task/${tid}/stat`);
      if (!stat) continue;
      const { comm, cpu } = parseStat(stat);
      threads.set(`${pid}/${tid}`, { group: groupOf(cmd, comm), cpu });
    }
  }
  return { threads, machineBusy: busy, machineTotal: total };
}

function tasksOf(pid: string): string[] {
  try {
    return readdirSync(`/proc/${pid}/task`);
  } catch {
    return []; // the process has gone
  }
}

/** Busy and total ms summed over all cores, from the first line of /proc/stat. */
function machineTicks(): [number, number] {
  const line = read('/proc/stat')?.split('\n')[0] ?? '';
  const f = line.trim().split(/\s+/).slice(1).map(Number);
  const total = f.slice(0, 8).reduce((n, x) => n + x, 0);
  const idle = (f[3] ?? 0) + (f[4] ?? 0);
  return [(total - idle) * TICK_MS, total * TICK_MS];
}

/**
 * What each group used between two snapshots: a thread that started in between counts from zero; one that ended in
 * between is missed (analysis workers live on for a minute after a page, so they are seen).
 */
export interface CpuWindow {
  groups: Map<string, number>;
  /** Analysis worker threads that did work in the window, and how many of them started in it (fresh workers). */
  busyWorkers: number;
  freshWorkers: number;
  /** This Chromium's CPU, and the rest of the machine's, over the window. */
  chromium: number;
  others: number;
  /** All cores' time over the window: what could have been used. */
  capacity: number;
}

export function cpuBetween(a: CpuSnapshot, b: CpuSnapshot): CpuWindow {
  const groups = new Map<string, number>();
  let busyWorkers = 0;
  let freshWorkers = 0;
  for (const [key, t] of b.threads) {
    const used = t.cpu - (a.threads.get(key)?.cpu ?? 0);
    groups.set(t.group, (groups.get(t.group) ?? 0) + used);
    if (t.group !== WORKER_GROUP || used <= 0) continue;
    busyWorkers++;
    if (!a.threads.has(key)) freshWorkers++;
  }
  const chromium = [...groups.values()].reduce((n, x) => n + x, 0);
  return {
    groups,
    busyWorkers,
    freshWorkers,
    chromium,
    others: Math.max(0, b.machineBusy - a.machineBusy - chromium),
    capacity: b.machineTotal - a.machineTotal,
  };
}
