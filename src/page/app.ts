/**
 * The page's script: built to one classic script (scripts/build-page.mjs) that index.html holds
 * inline, allowed by its hash. No library, nothing from another origin. Every piece of arXiv's or
 * the model's text is inserted with textContent, never as HTML; links are built only from arXiv
 * ids and the https code links the action derived. Everything read from the address and from
 * localStorage (which any page of the same origin can write) is checked and dropped with a
 * warning when it is not what this script wrote. Tested in Chromium (test/e2e/site.e2e.test.ts).
 */

/** The page's record of its papers (papers.json), as site.ts writes it. */
interface PageData {
  readonly updated: string
  readonly keywords: readonly string[]
  /** The name of each position of a row (the JSON digest's names, then `code` and `keywords`). */
  readonly fields: readonly string[]
  readonly papers: readonly (readonly unknown[])[]
}

interface PagePaper {
  readonly id: string
  readonly version: number
  readonly title: string
  readonly authors: readonly string[]
  readonly date: string
  readonly categories: readonly string[]
  readonly comment: string
  readonly code: string
  readonly keywords: readonly number[]
  readonly tldr: string
  readonly translated: string
  readonly relevance: { readonly score: number; readonly reason: string } | undefined
  abstract: string
  hay?: string
  hayAbstract?: boolean
}

const PAGE = 200
const ID = /^[a-z.-]*\/?[0-9.]+$/i
const storeKey = `arxiv-daily:${location.pathname}`

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id)
  if (!node) throw new Error(`the page lacks #${id}`)
  return node as T
}

function el(tag: string, text?: string, className?: string): HTMLElement {
  const node = document.createElement(tag)
  if (text !== undefined) node.textContent = text
  if (className) node.className = className
  return node
}

function link(text: string, href: string): HTMLAnchorElement {
  const a = document.createElement('a')
  a.textContent = text
  a.href = href
  return a
}

const string = (value: unknown): string => (typeof value === 'string' ? value : '')
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []

/** One row of papers.json as a paper, by the names the file gives its positions. */
function decoder(data: PageData): (row: readonly unknown[]) => PagePaper {
  const at = (name: string): number => data.fields.indexOf(name)
  const [id, version, title, date, comment, authors, categories, tldr, translated, relevance, code, keywords] = [
    'id',
    'version',
    'title',
    'date',
    'comment',
    'authors',
    'categories',
    'tldr',
    'title_translated',
    'relevance',
    'code',
    'keywords',
  ].map(at)
  return (row) => {
    const get = (index: number | undefined): unknown => (index === undefined || index < 0 ? undefined : row[index])
    const scored = get(relevance) as { score?: unknown; reason?: unknown } | null | undefined
    return {
      id: string(get(id)),
      version: Number(get(version)) || 0,
      title: string(get(title)),
      date: string(get(date)),
      comment: string(get(comment)),
      authors: strings(get(authors)),
      categories: strings(get(categories)),
      tldr: string(get(tldr)),
      translated: string(get(translated)),
      relevance:
        scored && typeof scored.score === 'number' ? { score: scored.score, reason: string(scored.reason) } : undefined,
      code: string(get(code)),
      keywords: (Array.isArray(get(keywords)) ? (get(keywords) as unknown[]) : []).filter(
        (k): k is number => typeof k === 'number' && k >= 0 && k < data.keywords.length,
      ),
      abstract: '',
    }
  }
}

/** A list of short strings kept in this browser; anything else is dropped with a warning. */
function readList(name: string, limit: number): string[] | undefined {
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

function write(name: string, value: unknown): void {
  try {
    localStorage.setItem(`${storeKey}:${name}`, JSON.stringify(value))
  } catch {
    // Private mode or a full storage: nothing is kept, the page works the same.
  }
}

function bibtex(p: PagePaper): string {
  const esc = (s: string) => s.replace(/[\\{}%&#$_^~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`))
  const key = `arxiv${p.id.replace(/[^0-9a-z]/gi, '')}`
  const authors = p.authors.map(esc).join(' and ')
  return [
    `@misc{${key},`,
    `  title = {${esc(p.title)}},`,
    ...(authors ? [`  author = {${authors}},`] : []),
    `  year = {${p.date.slice(0, 4)}},`,
    `  eprint = {${p.id}},`,
    '  archivePrefix = {arXiv},',
    ...(p.categories[0] ? [`  primaryClass = {${esc(p.categories[0])}},`] : []),
    `  url = {https://arxiv.org/abs/${p.id}}`,
    '}',
    '',
  ].join('\n')
}

function copyByHand(text: string): void {
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

function start(data: PageData): void {
  const papers = data.papers.map(decoder(data)).filter((p) => p.id !== '')
  const paperById = new Map(papers.map((p) => [p.id, p]))
  let abstracts: Record<string, unknown> | undefined
  let loading: Promise<void> | undefined
  let shown = PAGE

  // New since the last visit: the ids seen then, kept in this browser only. A set, not a list:
  // a visit to a page of 20,000 papers compares each once.
  const seen = readList('seen', 100_000)
  const seenIds = new Set(seen ?? [])
  const fresh = new Set(seen ? papers.filter((p) => !seenIds.has(p.id)).map((p) => p.id) : [])
  write(
    'seen',
    papers.map((p) => p.id),
  )
  const pins = readList('pins', 100) ?? []

  const haystack = (p: PagePaper): string => {
    if (p.hay === undefined || p.hayAbstract !== (abstracts !== undefined)) {
      p.hay = [p.title, p.translated, p.tldr, p.authors.join('; '), p.comment, p.abstract].join(' ').toLowerCase()
      p.hayAbstract = abstracts !== undefined
    }
    return p.hay
  }

  const loadAbstracts = (): Promise<void> =>
    (loading ??= fetch('abstracts.json')
      .then((response) => response.json() as Promise<{ abstracts?: Record<string, unknown> }>)
      .then((json) => {
        const found = json.abstracts ?? {}
        abstracts = found
        for (const p of papers) p.abstract = string(found[p.id])
      })
      .catch(() => {
        abstracts = {}
      }))

  const q = byId<HTMLInputElement>('q')
  const from = byId<HTMLInputElement>('from')
  const to = byId<HTMLInputElement>('to')
  const list = byId<HTMLOListElement>('list')
  const status = byId<HTMLParagraphElement>('status')
  const more = byId<HTMLButtonElement>('more')
  const order = byId<HTMLSelectElement>('order')
  const minScore = byId<HTMLInputElement>('min-score')
  const baseTitle = document.title
  const counts = data.keywords.map(() => 0)
  for (const p of papers) for (const k of p.keywords) counts[k] = (counts[k] ?? 0) + 1
  const checks = data.keywords.map((title, i) => {
    const label = document.createElement('label')
    const input = document.createElement('input')
    input.type = 'checkbox'
    input.checked = true
    input.value = String(i)
    input.addEventListener('change', () => {
      shown = PAGE
      update()
    })
    label.append(input, ` ${title} (${counts[i] ?? 0})`)
    byId('keywords').appendChild(label)
    return input
  })

  const readAddress = (): void => {
    const params = new URLSearchParams(location.hash.slice(1))
    // The address is anyone's to write: a date that is not one and an overlong search are dropped.
    const day = (value: string | null): string => (/^\d{4}-\d{2}-\d{2}$/.test(value ?? '') ? (value ?? '') : '')
    q.value = (params.get('q') ?? '').slice(0, 500)
    from.value = day(params.get('from'))
    to.value = day(params.get('to'))
    const k = params.get('k')
    if (k !== null) {
      const wanted = k.split(',')
      for (const c of checks) c.checked = wanted.includes(data.keywords[Number(c.value)] ?? '')
    }
  }

  const writeAddress = (): void => {
    const params = new URLSearchParams()
    if (q.value) params.set('q', q.value)
    if (from.value) params.set('from', from.value)
    if (to.value) params.set('to', to.value)
    if (checks.some((c) => !c.checked))
      params.set(
        'k',
        checks
          .filter((c) => c.checked)
          .map((c) => data.keywords[Number(c.value)])
          .join(','),
      )
    const hash = params.toString()
    history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search)
  }

  const matches = (): PagePaper[] => {
    const terms = q.value.toLowerCase().split(/\s+/).filter(Boolean)
    const on = new Set(checks.filter((c) => c.checked).map((c) => Number(c.value)))
    const least = minScore.value === '' ? NaN : Number(minScore.value)
    const found = papers.filter((p) => {
      if (!p.keywords.some((k) => on.has(k))) return false
      // A paper the model did not score is never hidden by the score.
      if (!isNaN(least) && p.relevance && p.relevance.score < least) return false
      if (from.value && p.date < from.value) return false
      if (to.value && p.date > to.value) return false
      if (terms.length === 0) return true
      const hay = haystack(p)
      return terms.every((t) => hay.includes(t))
    })
    // By relevance: the papers the reader's model scored highest first (unscored ones last).
    if (order.value === 'relevance')
      found.sort((a, b) => (b.relevance ? b.relevance.score : -1) - (a.relevance ? a.relevance.score : -1))
    return found
  }

  const pinned = (p: PagePaper): boolean => {
    if (pins.length === 0) return false
    const hay = haystack(p)
    return pins.some((pin) => hay.includes(pin.toLowerCase()))
  }

  const card = (p: PagePaper): HTMLLIElement => {
    const li = document.createElement('li')
    li.className = `paper${pinned(p) ? ' pinned' : ''}`
    li.dataset.id = p.id
    const h = el('h3')
    if (fresh.has(p.id)) h.appendChild(el('span', 'New', 'badge new'))
    if (pinned(p)) h.appendChild(el('span', 'Pinned', 'badge'))
    const safe = ID.test(p.id)
    h.appendChild(safe ? link(p.title, `https://arxiv.org/abs/${p.id}v${p.version}`) : el('span', p.title))
    li.appendChild(h)
    // What the reader's own model wrote: the title in their language, then the TL;DR.
    if (p.translated) li.appendChild(el('p', p.translated, 'translated'))
    if (p.tldr) li.appendChild(el('p', `TL;DR: ${p.tldr}`, 'tldr'))
    if (p.relevance)
      li.appendChild(
        el('p', `Relevance ${p.relevance.score}/10${p.relevance.reason ? `: ${p.relevance.reason}` : ''}`, 'relevance'),
      )
    const keywordTitles = p.keywords.map((k) => data.keywords[k]).join(', ')
    const meta = [p.authors.join('; '), p.date, p.categories.join(' '), keywordTitles].filter(Boolean)
    li.appendChild(el('p', meta.join(' · '), 'meta'))
    if (p.comment) li.appendChild(el('p', p.comment, 'comment'))
    const actions = el('div', undefined, 'actions')
    if (safe) actions.appendChild(link('PDF', `https://arxiv.org/pdf/${p.id}v${p.version}`))
    if (p.code.startsWith('https://')) actions.appendChild(link('Code', p.code))
    const toggle = el('button', 'Abstract') as HTMLButtonElement
    toggle.type = 'button'
    toggle.setAttribute('aria-expanded', 'false')
    const abs = el('p', undefined, 'abstract')
    abs.id = `abstract-${p.id.replace(/[^0-9a-z]/gi, '-')}`
    abs.hidden = true
    toggle.setAttribute('aria-controls', abs.id)
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') === 'true'
      toggle.setAttribute('aria-expanded', String(!open))
      abs.hidden = open
      if (!open) {
        abs.textContent = abstracts ? p.abstract : 'Loading…'
        void loadAbstracts().then(() => {
          abs.textContent = p.abstract || 'No abstract.'
        })
      }
    })
    actions.appendChild(toggle)
    const copy = el('button', 'Copy BibTeX') as HTMLButtonElement
    copy.type = 'button'
    copy.addEventListener('click', () => {
      const text = bibtex(p)
      const done = () => {
        byId('copied').textContent = `BibTeX of ${p.id} copied`
      }
      if (typeof navigator.clipboard?.writeText === 'function')
        navigator.clipboard.writeText(text).then(done, () => {
          copyByHand(text)
          done()
        })
      else {
        copyByHand(text)
        done()
      }
    })
    actions.appendChild(copy)
    li.append(actions, abs)
    return li
  }

  const render = (): void => {
    const found = matches()
    const frag = document.createDocumentFragment()
    for (const p of found.slice(0, shown)) frag.appendChild(card(p))
    list.replaceChildren(frag)
    const newCount = found.filter((p) => fresh.has(p.id)).length
    // New since the last visit, at a glance: in the tab's title and beside the list.
    document.title = baseTitle + (fresh.size ? ` (${fresh.size} new)` : '')
    byId('seen-all').hidden = fresh.size === 0
    status.textContent =
      `Showing ${Math.min(shown, found.length)} of ${found.length} papers` +
      (found.length === papers.length ? '' : ` (${papers.length} in all)`) +
      (newCount ? `, ${newCount} new since your last visit` : '') +
      '.'
    more.hidden = found.length <= shown
  }

  const update = (): void => {
    writeAddress()
    render()
  }

  const renderPins = (): void => {
    const ul = byId('pins')
    ul.replaceChildren()
    pins.forEach((pin, i) => {
      const li = el('li')
      const b = el('button', `Unpin ${pin}`) as HTMLButtonElement
      b.type = 'button'
      b.addEventListener('click', () => {
        pins.splice(i, 1)
        write('pins', pins)
        renderPins()
        render()
      })
      li.appendChild(b)
      ul.appendChild(li)
    })
  }
  const addPin = (value: string): void => {
    if (value && !pins.includes(value)) {
      pins.push(value)
      write('pins', pins)
      renderPins()
      render()
    }
  }

  q.addEventListener('input', () => {
    shown = PAGE
    update()
    if (q.value && !abstracts) void loadAbstracts().then(render)
  })
  for (const input of [from, to])
    input.addEventListener('change', () => {
      shown = PAGE
      update()
    })
  more.addEventListener('click', () => {
    shown += PAGE
    render()
  })
  byId('clear').addEventListener('click', () => {
    q.value = ''
    from.value = ''
    to.value = ''
    for (const c of checks) c.checked = true
    shown = PAGE
    update()
  })
  const pinInput = byId<HTMLInputElement>('pin')
  const pinTyped = (): void => {
    addPin(pinInput.value.trim())
    pinInput.value = ''
  }
  byId('pin-add').addEventListener('click', pinTyped)
  pinInput.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') pinTyped()
  })
  window.addEventListener('hashchange', () => {
    readAddress()
    render()
  })
  byId('order-box').hidden = !papers.some((p) => p.relevance)
  order.addEventListener('change', () => {
    shown = PAGE
    render()
  })
  minScore.addEventListener('input', () => {
    shown = PAGE
    render()
  })
  byId('seen-all').addEventListener('click', () => {
    fresh.clear()
    render()
  })
  const keysToggle = byId('keys-toggle')
  const toggleKeys = (): void => {
    const keys = byId('keys')
    keys.hidden = !keys.hidden
    keysToggle.setAttribute('aria-expanded', String(!keys.hidden))
  }
  keysToggle.addEventListener('click', toggleKeys)

  // The keyboard: / searches, j and k move from paper to paper, o opens, a shows the abstract,
  // p pins the first author, ? lists the keys. Keys typed into a field are the field's.
  let current = -1
  const cards = (): HTMLElement[] => [...list.querySelectorAll<HTMLElement>('.paper')]
  const focusCard = (index: number): void => {
    const all = cards()
    if (all.length === 0) return
    current = Math.max(0, Math.min(all.length - 1, index))
    const target = all[current]?.querySelector<HTMLElement>('h3 a') ?? all[current]
    if (!target) return
    if (!target.hasAttribute('href')) target.tabIndex = -1
    target.focus()
  }
  document.addEventListener('keydown', (e) => {
    const tag = e.target instanceof HTMLElement ? e.target.tagName : ''
    if (e.ctrlKey || e.metaKey || e.altKey || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return
    const focused = cards()[current]
    if (e.key === '/') {
      e.preventDefault()
      q.focus()
    } else if (e.key === 'j') {
      e.preventDefault()
      focusCard(current + 1)
    } else if (e.key === 'k') {
      e.preventDefault()
      focusCard(current - 1)
    } else if (e.key === 'o' && focused) focused.querySelector<HTMLElement>('h3 a')?.click()
    else if (e.key === 'a' && focused) focused.querySelector<HTMLElement>('.actions button')?.click()
    else if (e.key === 'p' && focused) {
      const author = paperById.get(focused.dataset.id ?? '')?.authors[0]
      if (author && !pins.includes(author)) {
        addPin(author)
        focusCard(current)
      }
    } else if (e.key === '?') toggleKeys()
  })

  readAddress()
  renderPins()
  render()
  // The list as served said how many it holds; the status line says it now.
  document.getElementById('served')?.remove()
  // The papers first; the chart is drawn once they show.
  setTimeout(() => drawChart(data, papers), 0)
  if (q.value) void loadAbstracts().then(render)
  document.documentElement.dataset.ready = 'true'
}

/** Papers per week and keyword over the last twelve weeks: a line per keyword in its legend's colour. */
function drawChart(data: PageData, papers: readonly PagePaper[]): void {
  const NS = 'http://www.w3.org/2000/svg'
  const holder = byId('chart')
  byId('chart-figure').hidden = false
  const newest = papers.reduce((max, p) => (p.date > max ? p.date : max), '')
  if (newest === '') {
    holder.textContent = 'No papers yet.'
    return
  }
  const WEEKS = 12
  const end = Date.parse(`${newest}T00:00:00Z`)
  const week = 7 * 86_400_000
  const series = data.keywords.map(() => new Array<number>(WEEKS).fill(0))
  for (const p of papers) {
    const w = WEEKS - 1 - Math.floor((end - Date.parse(`${p.date}T00:00:00Z`)) / week)
    if (w < 0) continue
    for (const k of p.keywords) {
      const counts = series[k]
      if (counts) counts[w] = (counts[w] ?? 0) + 1
    }
  }
  const max = Math.max(1, ...series.map((s) => Math.max(...s)))
  const [W, H, left, bottom] = [600, 150, 30, 20]
  const svg = document.createElementNS(NS, 'svg')
  svg.setAttribute('viewBox', `0 0 ${W} ${H + 20 * Math.ceil(data.keywords.length / 3)}`)
  svg.setAttribute('role', 'img')
  svg.setAttribute('aria-labelledby', 'chart-title chart-desc')
  const desc = document.createElementNS(NS, 'desc')
  desc.id = 'chart-desc'
  desc.textContent = `${data.keywords.map((k, i) => `${k}: ${series[i]?.join(', ')}`).join('; ')} (papers per week over the last ${WEEKS} weeks, oldest first).`
  svg.appendChild(desc)
  const colors = ['#0969da', '#bf3989', '#1a7f37', '#9a6700', '#8250df', '#cf222e', '#1b7c83', '#57606a']
  const x = (i: number) => left + (i * (W - left - 10)) / (WEEKS - 1)
  const y = (v: number) => H - bottom - (v * (H - bottom - 10)) / max
  const text = (x0: number, y0: number, value: string, className: string): SVGTextElement => {
    const node = document.createElementNS(NS, 'text')
    node.setAttribute('x', String(x0))
    node.setAttribute('y', String(y0))
    node.textContent = value
    node.setAttribute('class', className)
    svg.appendChild(node)
    return node
  }
  text(0, y(max) + 4, String(max), 'axis')
  text(0, y(0) + 4, '0', 'axis')
  // Dates on the axis: the first day of the first week shown, and of the last.
  const day = (i: number) => new Date(end - (WEEKS - 1 - i) * week).toISOString().slice(0, 10)
  text(left, H - 4, day(0), 'axis')
  text(W - 80, H - 4, day(WEEKS - 1), 'axis').setAttribute('text-anchor', 'start')
  series.forEach((s, k) => {
    const color = colors[k % colors.length] ?? '#57606a'
    const line = document.createElementNS(NS, 'polyline')
    line.setAttribute('fill', 'none')
    line.setAttribute('stroke', color)
    line.setAttribute('stroke-width', '2')
    line.setAttribute('points', s.map((v, i) => `${x(i)},${y(v)}`).join(' '))
    svg.appendChild(line)
    // A count on hover: each week's point names its keyword, week and papers.
    s.forEach((v, i) => {
      const dot = document.createElementNS(NS, 'circle')
      dot.setAttribute('cx', String(x(i)))
      dot.setAttribute('cy', String(y(v)))
      dot.setAttribute('r', '3')
      dot.setAttribute('fill', color)
      const tip = document.createElementNS(NS, 'title')
      tip.textContent = `${data.keywords[k]}, week of ${day(i)}: ${v} papers`
      dot.appendChild(tip)
      svg.appendChild(dot)
    })
    const label = text(left + (k % 3) * 190, H + 12 + 20 * Math.floor(k / 3), `■ ${data.keywords[k]}`, 'legend')
    label.setAttribute('fill', color)
  })
  holder.appendChild(svg)
}

// The script runs from the page's head: it asks for the papers' record at once, while the page
// is still read, and starts once both are there. Without it, or without script, the page keeps
// the list it was served with.
document.documentElement.dataset.js = ''
const record = fetch('papers.json').then((response) => {
  if (!response.ok) throw new Error(`papers.json: HTTP ${response.status}`)
  return response.json() as Promise<PageData>
})
const parsed = new Promise<void>((resolve) => {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => resolve())
  else resolve()
})
Promise.all([record, parsed])
  .then(([data]) => start(data))
  .catch((error: unknown) => {
    console.warn('arXiv digest: search and filters are off, the list shows as served:', error)
    void parsed.then(() => {
      delete document.documentElement.dataset.js
      byId('status').textContent = 'Search and filters need papers.json beside this page; the list shows as served.'
      document.documentElement.dataset.ready = 'true'
    })
  })
