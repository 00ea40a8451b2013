import { byId } from './dom.js'
import type { PageData, PagePaper } from './paper.js'

/** Papers per week and keyword over the last twelve weeks: a line per keyword in its legend's colour. */
export function drawChart(data: PageData, papers: readonly PagePaper[]): void {
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
