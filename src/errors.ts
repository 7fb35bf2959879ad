/**
 * Errors every layer may throw. A UsageError is the user's mistake (a flag, a pattern, a setting,
 * a path): adapters print its message on one line and exit 2, never with a stack trace.
 */
export class UsageError extends Error {
  override name = 'UsageError'
}
