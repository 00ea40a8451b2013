import type { Paper } from '../../src/readme/model.js'
import type { SimplePaper } from './arxiv-server.js'

/*
 * The one paper factory of the tests: paper n as the fake arXiv serves it, and as a README row
 * holds it. A test that needs other fields passes them; the defaults are November 2025's n-th
 * paper, dated the n-th.
 */

const two = (n: number): string => String(n).padStart(2, '0')

/** `2511.00003`: paper n of a month (`YYMM`, November 2025 unless said). */
export const arxivId = (n: number, month = '2511'): string => `${month}.${String(n).padStart(5, '0')}`

/** A day as arXiv stamps it, at 10:00 UTC: `arxivTime('2025-11-03')`, or the n-th of November 2025. */
export const arxivTime = (day: string | number): string =>
  `${typeof day === 'number' ? `2025-11-${two(day)}` : day}T10:00:00Z`

/** Paper n as arXiv serves it (n from 1 to 30 for distinct days), dated the n-th of November 2025. */
export function servedPaper(n: number, fields: Partial<SimplePaper> = {}): SimplePaper {
  return { id: arxivId(n), title: `Paper number ${n}`, updated: arxivTime(n), comment: '', ...fields }
}

/** Paper n as a README row holds it, version 1, dated the n-th (days wrap after 28). */
export function heldPaper(n: number, fields: Partial<Paper> = {}): Paper {
  return {
    id: arxivId(n),
    version: 1,
    title: `Paper ${n}`,
    date: `2025-11-${two((n % 28) + 1)}`,
    abstract: 'abstract',
    comment: '',
    ...fields,
  }
}

/** A paper as the DailyArXiv sample README shows one (D3PO, 2503.08295v1), with `fields` changed. */
export const samplePaper = (fields: Partial<Paper> = {}): Paper =>
  heldPaper(8295, {
    id: '2503.08295',
    title: 'D3PO: Preference-Based Alignment',
    date: '2025-03-11',
    abstract: 'Diffusion models.',
    ...fields,
  })
