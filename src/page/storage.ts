/**
 * What the page keeps in this browser (localStorage, per page address): the papers seen and the
 * pins. Any page of the same origin can write there, so a value is used only when it is what
 * this script wrote; anything else is dropped with a warning.
 */

const storeKey = `arxiv-daily:${location.pathname}`

/** A list of short strings kept in this browser; anything else is dropped with a warning. */
export function readList(name: string, limit: number): string[] | undefined {
  let value: unknown
  try {
    value = JSON.parse(localStorage.getItem(`${storeKey}:${name}`) ?? 'null')
  } catch {
    value = undefined
  }
  if (value === null) return undefined
  if (
    Array.isArray(value) &&
    value.length <= limit &&
    value.every((item) => typeof item === 'string' && item.length <= 200)
  )
    return value as string[]
  console.warn(`arXiv digest: the stored "${name}" is not a list of strings; it was dropped`)
  return undefined
}

export function write(name: string, value: unknown): void {
  try {
    localStorage.setItem(`${storeKey}:${name}`, JSON.stringify(value))
  } catch {
    // Private mode or a full storage: nothing is kept, the page works the same.
  }
}
