/**
 * Samples the resident memory of a process and all its descendants from Linux's
 * `/proc` a few times a second, and keeps the peaks of their sum: over the whole
 * run, per kind of process, and per phase the caller names. GNU time and
 * `maxRSS` see one process at a time; a build whose processes are alive
 * together (the build, Pagefind's service) needs their sum. Summed resident sets
 * count pages shared between processes (a binary's code) once per process, so
 * the sum errs high by a few tens of megabytes, never low.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeProcess {
  pid: number;
  /** The process's name as the kernel keeps it (`comm`: at most 15 characters, set by `process.title` in Node). */
  name: string;
}

export interface TreeMemoryPeaks {
  /** The highest sum of the tree's resident sets at one sample (MB). */
  totalMB: number;
  /** Per kind of process, the highest sum of that kind's resident sets at one sample (MB). */
  byKindMB: Record<string, number>;
  /** Per phase, the highest sum of the tree's resident sets sampled during it (MB). */
  byPhaseMB: Record<string, number>;
  /** Per phase, what each kind held at that highest sum (MB): who set the phase's peak. */
  atPhasePeakMB: Record<string, Record<string, number>>;
  /** Per phase, the highest each kind held at any sample during it (MB): which processes the phase ran, whether or not they set its peak. */
  byPhaseKindMB: Record<string, Record<string, number>>;
  samples: number;
}

export interface TreeMemoryWatch {
  /** Starts phase `name`: the samples from now on count toward it. */
  phase(name: string): void;
  /** Takes a last sample, stops sampling and returns the peaks. */
  stop(): TreeMemoryPeaks;
}

export interface WatchOptions {
  /** Groups the tree's processes for `byKindMB` (default: by name). */
  kind?: (process: TreeProcess) => string;
  /** The phase the first samples count toward. */
  phase?: string;
  intervalMs?: number;
}

/** Starts watching `rootPid`'s process tree; undefined where `/proc` cannot tell its memory (not Linux, or the process is gone). */
export function watchTreeMemory(rootPid: number, { kind = (process) => process.name, phase = 'run', intervalMs = 200 }: WatchOptions = {}): TreeMemoryWatch | undefined {
  if (residentKB(rootPid) === undefined) return undefined;
  const peaks: TreeMemoryPeaks = { totalMB: 0, byKindMB: {}, byPhaseMB: {}, atPhasePeakMB: {}, byPhaseKindMB: {}, samples: 0 };
  let current = phase;
  const sample = (): void => {
    const byKind: Record<string, number> = {};
    let total = 0;
    for (const process of processTree(rootPid)) {
      const kb = residentKB(process.pid) ?? 0;
      const group = kind(process);
      byKind[group] = (byKind[group] ?? 0) + kb;
      total += kb;
    }
    const byKindMB = Object.fromEntries(Object.entries(byKind).map(([group, kb]) => [group, megabytes(kb)]));
    const inPhase = (peaks.byPhaseKindMB[current] ??= {});
    for (const [group, mb] of Object.entries(byKindMB)) {
      peaks.byKindMB[group] = Math.max(peaks.byKindMB[group] ?? 0, mb);
      inPhase[group] = Math.max(inPhase[group] ?? 0, mb);
    }
    const totalMB = megabytes(total);
    peaks.totalMB = Math.max(peaks.totalMB, totalMB);
    if (totalMB >= (peaks.byPhaseMB[current] ?? 0)) {
      peaks.byPhaseMB[current] = totalMB;
      peaks.atPhasePeakMB[current] = byKindMB;
    }
    peaks.samples += 1;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    phase(name) {
      // The phase ending keeps what it held at its last moment.
      sample();
      current = name;
    },
    stop() {
      clearInterval(timer);
      sample();
      return peaks;
    },
  };
}

/** `rootPid` and its living descendants, read from every process's `/proc/<pid>/stat` (the kernel keeps no list of children here). */
function processTree(rootPid: number): TreeProcess[] {
  const children = new Map<number, TreeProcess[]>();
  let root: TreeProcess | undefined;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readProc(`/proc/${entry}/stat`);
    if (stat === undefined) continue;
    // `pid (name) state ppid …`: the name may hold spaces and parentheses, so it ends at the last `)`.
    const close = stat.lastIndexOf(')');
    const process = { pid: Number(entry), name: stat.slice(stat.indexOf('(') + 1, close) };
    const parent = Number(stat.slice(close + 2).split(' ')[1]);
    if (process.pid === rootPid) root = process;
    const siblings = children.get(parent);
    if (siblings === undefined) children.set(parent, [process]);
    else siblings.push(process);
  }
  if (root === undefined) return [];
  const tree = [root];
  for (let index = 0; index < tree.length; index++) tree.push(...(children.get(tree[index]!.pid) ?? []));
  return tree;
}

/** A process's resident set (`VmRSS`, kB); undefined once it is gone, 0 for a zombie. */
function residentKB(pid: number): number | undefined {
  const status = readProc(`/proc/${pid}/status`);
  if (status === undefined) return undefined;
  return Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? 0);
}

/** A `/proc` file's text, or undefined when it cannot be read (the process exited meanwhile, or there is no `/proc`). */
function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function megabytes(kb: number): number {
  return Math.round(kb / 1024);
}
