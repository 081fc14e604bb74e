/**
 * Where the live audit reports progress: the action passes @actions/core's
 * levels, the command line writes warnings to standard error.
 */
export interface LiveLog {
  /** Progress a person follows. */
  info(message: string): void
  /** Degraded but continuing, such as a region that was skipped. */
  warning(message: string): void
  /** Decisions, for when something needs explaining. */
  debug(message: string): void
}

/** A log that drops everything; for tests and quiet callers. */
export const SILENT_LOG: LiveLog = {
  info: () => undefined,
  warning: () => undefined,
  debug: () => undefined
}
