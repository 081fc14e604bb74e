/**
 * A token bucket, as AWS throttles a control plane: `burst` requests at
 * once, refilled at `perSecond`.
 */
export class TokenBucket {
  private tokens: number
  private last = performance.now()

  constructor(
    private readonly perSecond: number,
    private readonly burst: number
  ) {
    this.tokens = burst
  }

  /** Takes a token when there is one; false means throttle the request. */
  take(): boolean {
    const now = performance.now()
    this.tokens = Math.min(
      this.burst,
      this.tokens + ((now - this.last) / 1000) * this.perSecond
    )
    this.last = now
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }
}
