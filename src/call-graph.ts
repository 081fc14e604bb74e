/**
 * Following calls between the units of a scan: Terraform modules that call
 * local child modules, templates whose nested stacks are local templates.
 * The callee is read again with the values its caller passes, because that,
 * not its own defaults, is what gets deployed.
 */

export interface FollowOptions<Unit, Call> {
  /** What the scan read on its own. */
  units: readonly Unit[]
  /** The directory or file a unit is, as reports show it. */
  keyOf(unit: Unit): string
  callsOf(unit: Unit): readonly Call[]
  /** The directory or file a call reads, as reports show it. */
  targetOf(call: Call): string
  /**
   * Reads the call's target with the call's values; null when it cannot be
   * read. `again` is true when an earlier call read the same target.
   */
  read(call: Call, again: boolean): Promise<Unit | null>
  /** Calls nest at most this deep. */
  maxDepth: number
  /** Reads in one scan, at most: hostile input can call without end. */
  maxReads: number
}

export interface Followed<Unit, Call> {
  /** Each call's reading of its target, in the order they were made. */
  readings: Unit[]
  /** Targets read through at least one call. */
  evaluated: Set<string>
  /** Calls not followed because `maxReads` ran out; they must be reported. */
  leftOver: Call[]
}

/**
 * Follows the calls of the roots (the units that no unit of the scan calls),
 * then the calls of what they read, breadth first. A target outside the
 * workspace (`..`), a cycle, or one nested past `maxDepth` is not followed,
 * so that target keeps its own reading and nothing is lost.
 */
export async function followCalls<Unit, Call>(
  options: FollowOptions<Unit, Call>
): Promise<Followed<Unit, Call>> {
  const { keyOf, callsOf, targetOf } = options
  const called = new Set(
    options.units.flatMap(unit => callsOf(unit).map(targetOf))
  )
  const pending = options.units
    .filter(unit => !called.has(keyOf(unit)))
    .flatMap(unit =>
      callsOf(unit).map(call => ({ call, chain: [keyOf(unit)] }))
    )
  const followed: Followed<Unit, Call> = {
    readings: [],
    evaluated: new Set(),
    leftOver: []
  }

  let reads = 0
  while (pending.length > 0 && reads < options.maxReads) {
    const { call, chain } = pending.shift() as (typeof pending)[number]
    const target = targetOf(call)
    if (target.startsWith('..') || chain.includes(target)) continue
    if (chain.length > options.maxDepth) continue

    reads++
    const unit = await options.read(call, followed.evaluated.has(target))
    if (!unit) continue
    followed.evaluated.add(target)
    followed.readings.push(unit)
    for (const next of callsOf(unit)) {
      pending.push({ call: next, chain: [...chain, target] })
    }
  }
  followed.leftOver = pending.map(item => item.call)
  return followed
}
