/**
 * The page's script (this file and the modules it imports): built to one classic script
 * (scripts/build-page.mjs) that index.html holds inline, allowed by its hash. No library, nothing from another origin. Every piece of arXiv's or
 * the model's text is inserted with textContent, never as HTML; links are built only from arXiv
 * ids and the https code links the action derived. Everything read from the address and from
 * localStorage (which any page of the same origin can write) is checked and dropped with a
 * warning when it is not what this script wrote. Tested in Chromium (test/e2e/site.e2e.test.ts).
 */
import { drawChart } from './chart.js'
import { byId, copyByHand, el, link } from './dom.js'
import { bibtex, decoder, string, type PageData, type PagePaper } from './paper.js'
import { readList, write } from './storage.js'

const PAGE = 200
const ID = /^[a-z.-]*\/?[0-9.]+$/i

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
  const newOnly = byId<HTMLInputElement>('new-only')
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
      if (newOnly.checked && !fresh.has(p.id)) return false
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
    byId('new-box').hidden = fresh.size === 0
    byId('new-count').textContent = String(fresh.size)
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
  newOnly.addEventListener('change', () => {
    shown = PAGE
    render()
  })
  byId('clear').addEventListener('click', () => {
    newOnly.checked = false
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
    newOnly.checked = false
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
  // A field one types into keeps its keys; a checkbox or a button does not.
  const typesText = (target: EventTarget | null): boolean =>
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type))
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
    if (e.ctrlKey || e.metaKey || e.altKey || typesText(e.target)) return
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
      // A browser reads no file beside a page opened from disk: the folder has to be served.
      byId('status').textContent =
        location.protocol === 'file:'
          ? 'Opened from a file, the page cannot read papers.json: serve its folder (GitHub Pages does) for search and filters. The list shows as served.'
          : 'Search and filters need papers.json beside this page; the list shows as served.'
      document.documentElement.dataset.ready = 'true'
    })
  })
