/** Errors are thrown deep and turned into one message here, the only place that formats them. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
