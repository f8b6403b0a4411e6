import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time the browser spends on a page load, all its processes together: the page's main thread and
 * MapLibre's worker (the renderer), SwiftShader drawing and compiling shaders (the GPU process), the
 * browser and its network service. On a machine with few cores these share the cores, so the time to
 * ready follows their sum more than the order the page does things in. Read from Linux's /proc.
 */

/** A process as /proc/<pid>/stat gives it: its parent, and the CPU it has used, user and system. */
export interface ProcessTimes {
  pid: number;
  parent: number;
  /** In clock ticks (USER_HZ, 100 a second on Linux). */
  ticks: number;
}

/** One line of /proc/<pid>/stat. The command name may hold spaces and parentheses: fields follow its last ')'. */
export function parseStat(line: string): ProcessTimes {
  const close = line.lastIndexOf(')');
  if (close < 0) throw new Error(`parseStat: no command name in "${line.slice(0, 60)}"`);
  const pid = Number(line.slice(0, line.indexOf(' ')));
  // After the name: state, ppid, pgrp, session, tty_nr, tpgid, flags, minflt, cminflt, majflt, cmajflt, utime, stime.
  const fields = line.slice(close + 2).split(' ');
  const [parent, utime, stime] = [fields[1], fields[11], fields[12]].map(Number);
  if (![pid, parent, utime, stime].every(Number.isInteger))
    throw new Error(`parseStat: unreadable fields in "${line.slice(0, 60)}"`);
  return { pid, parent: parent!, ticks: utime! + stime! };
}

/** CPU milliseconds used so far by every process descended from `root` (not `root` itself). */
export function descendantsCpuMs(processes: ProcessTimes[], root: number, msPerTick = 10): number {
  const children = new Map<number, ProcessTimes[]>();
  for (const process of processes) children.set(process.parent, [...(children.get(process.parent) ?? []), process]);
  let ticks = 0;
  const pending = [...(children.get(root) ?? [])];
  for (let process = pending.pop(); process; process = pending.pop()) {
    ticks += process.ticks;
    pending.push(...(children.get(process.pid) ?? []));
  }
  return ticks * msPerTick;
}

/** Every process /proc lists now; none where there is no /proc (macOS, Windows). */
function readProcesses(): ProcessTimes[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  return pids.flatMap((pid) => {
    try {
      return [parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'))];
    } catch {
      return []; // The process ended while the list was read.
    }
  });
}

/** Whether this machine can measure it: Linux, where the browser runs as a child of this Node process. */
export const canMeasureCpu = (): boolean => readProcesses().length > 0;

/** CPU milliseconds the browser (every process this Node process started) has used so far. */
export const browserCpuMs = (): number => descendantsCpuMs(readProcesses(), process.pid);
