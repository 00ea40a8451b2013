/*
 * The one check of a paper's date, for arXiv's answer and the README alike: what the action
 * writes is always a date it reads back. A date that is not on the calendar (2026-02-30) or lies
 * past tomorrow (2099-01-01; a typed date in the future would stay on top and narrow every later
 * fetch) is refused wherever it comes from.
 */

const DAY_MS = 86_400_000

// A run checks every date of every answer and row (tens of thousands) among a few hundred
// distinct days: each day's calendar check is made once.
const onCalendar = new Map<string, boolean>()
let tomorrow = { day: Number.NaN, date: '' }

/** Why `date` (YYYY-MM-DD) cannot be a paper's date, or undefined when it can. Reads the clock. */
export function dateProblem(date: string, now = Date.now()): string | undefined {
  let valid = onCalendar.get(date)
  if (valid === undefined) {
    const time = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : Number.NaN
    valid = !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === date
    if (valid) onCalendar.set(date, valid)
  }
  if (!valid) return 'is not a calendar date'
  const today = Math.floor(now / DAY_MS)
  if (tomorrow.day !== today) tomorrow = { day: today, date: new Date((today + 1) * DAY_MS).toISOString().slice(0, 10) }
  if (date > tomorrow.date) return 'is later than tomorrow'
  return undefined
}
