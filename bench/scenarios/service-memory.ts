import { readFileSync } from 'node:fs';
import { fmt, type BenchLine } from '../support/results-table.js';

const MB = 1024 * 1024;
const GOAL_BYTES = 300 * MB;

/** A process's resident memory from /proc/<pid>/status, in bytes. */
export interface ResidentMemory {
  /** VmRSS: everything resident, = anon + file + shmem. */
  rss: number;
  /** RssAnon: the JS heaps (main thread and the projector worker), native allocations, SQLite's page caches. */
  anon: number;
  /** RssFile: resident file-backed pages: SQLite's mmap of the database files (mmap_size) and of their WAL index (-shm), the loaded code. */
  file: number;
  /** RssShmem: shared memory; the SQLite files' pages land here instead of `file` when the data directory is on a tmpfs. */
  shmem: number;
  /** VmHWM: the highest VmRSS since the process started. */
  peak: number;
}

/**
 * Reads the resident memory of process `pid` from outside it (Linux /proc; the kernel reports
 * kB), so that measuring costs the service nothing and needs no hook in it. Threads share the
 * process's memory, so the projector worker's heap is included.
 * @throws when /proc/<pid>/status is missing (not Linux, or the process has exited) or lacks a field.
 */
export function residentMemory(pid: number): ResidentMemory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string): number => {
    const match = new RegExp(`^${name}:\\s+(\\d+) kB$`, 'm').exec(status);
    if (!match) throw new Error(`/proc/${pid}/status has no ${name}`);
    return Number(match[1]) * 1024;
  };
  return {
    rss: field('VmRSS'),
    anon: field('RssAnon'),
    file: field('RssFile'),
    shmem: field('RssShmem'),
    peak: field('VmHWM'),
  };
}

/**
 * The table's line for the service's memory after a fill of `events` (goal: RSS ≤ 300 MB), beside
 * what it held once started (`atStart`: after the rule setup, before the fill).
 */
export function serviceMemoryLine(memory: ResidentMemory, atStart: ResidentMemory, events: number): BenchLine {
  const mb = (bytes: number) => `${fmt(bytes / MB)} MB`;
  return {
    measurement: `service RSS after the fill to ${fmt(events)} events and the projector's catch-up (/proc/<pid>/status, whole process with its worker threads)`,
    result:
      `${mb(memory.rss)}: anon ${mb(memory.anon)} (JS heaps, native, SQLite page caches), file ${mb(memory.file)} (mmap of the SQLite files and WAL index, code), ` +
      `shmem ${mb(memory.shmem)}; peak ${mb(memory.peak)}; at start ${mb(atStart.rss)} (anon ${mb(atStart.anon)}, file ${mb(atStart.file)})`,
    ceiling: '—',
    target: '≤ 300 MB',
    met: memory.rss <= GOAL_BYTES,
  };
}
