/** Errors are thrown deep and turned into one message here, the only place that formats them. */

// Values no message may show (the GitHub token). The runner masks a secret only where it appears
// exactly; once a message is escaped for Markdown (`ghs\_...`) the mask no longer matches, so the
// value is taken out here, before any message is printed or written.
const secrets = new Set<string>()

/** Registers a value that errorMessage replaces with `***` wherever an error echoes it. */
export function hideInMessages(secret: string): void {
  if (secret.trim().length >= 4) secrets.add(secret.trim())
}

/** The text with every registered secret replaced by `***`. */
export function withoutSecrets(text: string): string {
  let result = text
  for (const secret of secrets) result = result.split(secret).join('***')
  return result
}

export function errorMessage(error: unknown): string {
  return withoutSecrets(error instanceof Error ? error.message : String(error))
}
