// The CPU of this process and of everything it starts, Chromium's orphans included.
//
// A process's children's times (cutime) are not enough: when Chromium exits, its zygote is orphaned
// and reaped by init, and with it the time of every renderer and of the GPU process. So the count
// comes from a cgroup holding this process (all it starts inherits it, orphans stay in it), or,
// where none can be made (not root, no cgroup file system), from polling /proc for every process
// descended from this one, each counted at the last time it was seen.
import { mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';

export interface CpuMeter {
  /** How it counts: 'cgroup' (exact) or 'poll' (each process's last reading, every 50 ms). */
  source: 'cgroup' | 'poll';
  /** CPU-seconds so far. */
  read(): number;
  /** CPU-seconds by Chromium process type (browser, renderer, gpu-process, utility:…) and node, between start and stop. */
  byProcess: { start(): void; stop(): Record<string, number> };
  close(): void;
}

interface Proc {
  pid: number;
  ppid: number;
  ticks: number;
  kind: string;
}

function readProc(pid: number): Proc | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    // Chromium rewrites its command line into one string: split on spaces too.
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
    let kind = comm;
    if (/chrom/i.test(cmd[0] ?? '') || /chrom/i.test(comm)) {
      const type = cmd.find((a) => a.startsWith('--type='));
      kind = type ? type.slice(7) : 'browser';
      const sub = cmd.find((a) => a.startsWith('--utility-sub-type='));
      if (sub) kind += `:${sub.split('.').pop()}`;
      if (cmd.includes('--top-chrome-webui')) kind += ':webui';
    }
    return { pid, ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]), kind };
  } catch {
    return null;
  }
}

function descendants(exclude: number[]): Proc[] {
  const kids = new Map<number, Proc[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const p = readProc(Number(d));
    if (p) kids.set(p.ppid, [...(kids.get(p.ppid) ?? []), p]);
  }
  const out: Proc[] = [];
  const stack = [process.pid];
  while (stack.length) for (const k of kids.get(stack.pop()!) ?? []) if (!exclude.includes(k.pid)) out.push(k), stack.push(k.pid);
  return out;
}

/** Every descendant's last reading, polled; a process that exits keeps the kind it was first seen with (a zombie has no command line). */
function poller(intervalMs: number, exclude: number[]) {
  const base = new Map<number, number>();
  const last = new Map<number, Proc>();
  let timer: NodeJS.Timeout | null = null;
  const sample = () => {
    for (const p of descendants(exclude)) {
      const prev = last.get(p.pid);
      if (prev && p.kind === 'browser' && prev.kind !== 'browser') p.kind = prev.kind;
      last.set(p.pid, p);
    }
  };
  return {
    start() {
      base.clear();
      last.clear();
      for (const p of descendants(exclude)) base.set(p.pid, p.ticks), last.set(p.pid, p);
      timer = setInterval(sample, intervalMs);
    },
    stop(): Record<string, number> {
      sample();
      if (timer) clearInterval(timer);
      timer = null;
      const by: Record<string, number> = {};
      for (const [pid, p] of last) by[p.kind] = (by[p.kind] ?? 0) + (p.ticks - (base.get(pid) ?? 0)) / 100;
      return by;
    },
  };
}

function cgroupMeter(): { read(): number; close(): void } | null {
  if (process.getuid?.() !== 0) return null;
  const v1 = '/sys/fs/cgroup/cpuacct';
  try {
    const dir = `${v1}/hoptrace-bench-${process.pid}`;
    mkdirSync(dir);
    try {
      writeFileSync(`${dir}/cgroup.procs`, String(process.pid));
      return {
        read: () => Number(readFileSync(`${dir}/cpuacct.usage`, 'utf8')) / 1e9,
        close: () => {
          try {
            writeFileSync(`${v1}/cgroup.procs`, String(process.pid));
            rmdirSync(dir);
          } catch {
            // a process still in it: the group goes when it is empty and removed by hand
          }
        },
      };
    } catch {
      rmdirSync(dir);
      return null;
    }
  } catch {
    return null;
  }
}

/** `exclude`: processes already running (and their own children) that are not to be counted. */
export function startCpuMeter(exclude: number[] = [], source: 'cgroup' | 'poll' = 'cgroup'): CpuMeter {
  const byProcess = poller(50, exclude);
  const cg = source === 'cgroup' ? cgroupMeter() : null;
  if (cg) return { source: 'cgroup', read: cg.read, byProcess, close: cg.close };
  // Without a cgroup the poller is the meter itself, running the whole time.
  const all = poller(50, exclude);
  all.start();
  let offset = 0;
  return {
    source: 'poll',
    read: () => {
      const by = all.stop();
      all.start();
      offset += Object.values(by).reduce((a, b) => a + b, 0);
      const own = process.cpuUsage();
      return offset + (own.user + own.system) / 1e6;
    },
    byProcess,
    close: () => void all.stop(),
  };
}
