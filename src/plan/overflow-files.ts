/**
 * The overflow files as files: which linked files the action made (and may rewrite or delete),
 * which it did not, and which to write after a layout.
 */
import type { ReadmeDocument } from '../readme/document.js'
import { samePapers } from './merge.js'
import type { Digest, Paper, Section } from '../readme/model.js'
import { isOverflowFile, linkedPath, type Layout } from '../readme/overflow.js'

/**
 * The overflow files to write: a file whose papers did not change is left as it is, even when
 * the `Last update:` line in it would move (no file rewritten for nothing).
 */
export function overflowWrites(
  layout: Layout,
  existing: ReadonlyMap<string, string | undefined>,
  movedBefore: ReadonlyMap<string, readonly Paper[]>,
): Map<string, string | null> {
  const files = new Map<string, string | null>()
  // Files the README linked that this layout no longer uses (a section shrank or was removed).
  for (const [file, text] of existing) if (text !== undefined && !layout.overflow.has(file)) files.set(file, null)
  for (const [file, text] of layout.overflow) {
    const exists = existing.get(file) !== undefined
    if (exists && samePapers(movedBefore.get(file) ?? [], layout.moved.get(file) ?? [])) continue
    files.set(file, text)
  }
  return files
}

/**
 * The linked files the action made, and those it did not (a person's file that a `More:` link
 * was pointed at): the latter are neither read as overflow nor ever written or deleted.
 */
export function ownOverflow(texts: ReadonlyMap<string, string | undefined>): {
  overflowTexts: Map<string, string | undefined>
  foreign: Set<string>
} {
  const overflowTexts = new Map<string, string | undefined>()
  const foreign = new Set<string>()
  for (const [file, text] of texts) {
    if (text === undefined || isOverflowFile(text)) overflowTexts.set(file, text)
    else foreign.add(file)
  }
  return { overflowTexts, foreign }
}

export function withoutLinksTo(digest: Digest, files: ReadonlySet<string>, readmePath: string): Digest {
  if (files.size === 0) return digest
  const linksTo = (section: Section): boolean =>
    section.overflow !== undefined && files.has(linkedPath(readmePath, section.overflow))
  return {
    ...digest,
    sections: digest.sections.map((section) =>
      linksTo(section) ? { title: section.title, papers: section.papers, text: section.text } : section,
    ),
  }
}

/** The overflow files a README links to, as repository paths. */
export function overflowPaths(document: ReadmeDocument, readmePath: string): string[] {
  return document.digest.sections
    .map((section) => section.overflow)
    .filter((link): link is string => link !== undefined)
    .map((link) => linkedPath(readmePath, link))
}
