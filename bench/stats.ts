import { readFileSync } from 'node:fs'

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * CPU time of the calling thread in ms (Linux: /proc/thread-self/stat, 10 ms ticks), or undefined
 * elsewhere. On a shared machine wall time swings with the load; a thread's CPU time barely does.
 */
export function threadCpuMs(): number | undefined {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return undefined
  }
}

/**
 * CPU time of this process's finished (waited-for) child processes in ms (Linux: /proc/self/stat,
 * cutime + cstime), or undefined elsewhere: what the renderers cost, whatever else the machine runs.
 */
export function childrenCpuMs(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[13]) + Number(fields[14])) * 10
  } catch {
    return undefined
  }
}
