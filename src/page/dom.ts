/** The few DOM helpers the page needs; every text goes in as text, never as HTML. */

export function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id)
  if (!node) throw new Error(`the page lacks #${id}`)
  return node as T
}

export function el(tag: string, text?: string, className?: string): HTMLElement {
  const node = document.createElement(tag)
  if (text !== undefined) node.textContent = text
  if (className) node.className = className
  return node
}

export function link(text: string, href: string): HTMLAnchorElement {
  const a = document.createElement('a')
  a.textContent = text
  a.href = href
  return a
}

/** Copies text where the clipboard API is refused (an insecure origin, an old browser). */
export function copyByHand(text: string): void {
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('aria-label', 'BibTeX')
  document.body.appendChild(area)
  area.select()
  try {
    document.execCommand('copy')
  } catch {
    // The text stays selected for the reader to copy.
  }
  area.remove()
}
