/**
 * Says why a test file skips its tests. Jest shows no console output for a
 * file whose tests are all skipped, so the notice goes to stderr directly.
 */
export function skipNotice(text: string): void {
  process.stderr.write(`notice: ${text}\n`)
}
