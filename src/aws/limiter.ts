/**
 * Bounds how many calls are in flight at once. Tasks start in the order they
 * were handed in.
 */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>

export function createLimiter(maxInFlight: number): Limiter {
  if (!Number.isInteger(maxInFlight) || maxInFlight < 1) {
    throw new RangeError(
      `maxInFlight must be a positive integer; got ${maxInFlight}`
    )
  }
  let running = 0
  const waiting: (() => void)[] = []

  // A finished task hands its slot straight to the next waiting one, so a
  // task arriving in between cannot take it as well.
  const release = (): void => {
    const next = waiting.shift()
    if (next) next()
    else running--
  }

  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running < maxInFlight) running++
    else await new Promise<void>(resolve => waiting.push(resolve))
    try {
      return await task()
    } finally {
      release()
    }
  }
}
