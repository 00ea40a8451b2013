/**
 * The run's waits (pacing arXiv, backoff, `Retry-After`) go through here, so that a test calling
 * the action in-process can record them instead of spending real seconds. The action itself
 * never replaces it.
 */
export const clock = {
  wait: (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms)),
}
