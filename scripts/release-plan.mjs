// What a pushed tag releases: checked against package.json, notes from CHANGELOG.md, and whether
// the major tag (v1) moves. Only a final version (vX.Y.Z) moves it; a pre-release (v1.2.0-rc.1)
// never does. Run by the release workflow; the logic is a pure function so that tests cover it.
// Usage: node scripts/release-plan.mjs <tag> <notes-file>  → prints "major=<tag or empty>",
// "prerelease=<true|false>" and the notes for $GITHUB_OUTPUT; exits 1 with a message on a mismatch.
import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const VERSION_TAG = /^v(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/

/** The CHANGELOG section of `version` (`## 1.2.0 - date` up to the next `## `), without its heading. */
export function changelogSection(changelog, version) {
  const lines = changelog.split('\n')
  const start = lines.findIndex((line) => new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?(\\s|$)`).test(line))
  if (start === -1) return undefined
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '))
  return lines
    .slice(start + 1, end === -1 ? undefined : end)
    .join('\n')
    .trim()
}

/**
 * The release a tag makes, or the problem that stops it: { tag, version, prerelease, major,
 * notes } or { error }.
 */
export function releasePlan(tag, packageVersion, changelog) {
  const match = VERSION_TAG.exec(tag)
  if (!match) return { error: `The tag "${tag}" is not a version tag such as v1.2.0 or v1.2.0-rc.1.` }
  const version = tag.slice(1)
  if (version !== packageVersion) {
    return {
      error: `The tag "${tag}" does not match package.json's version "${packageVersion}"; bump the version, commit, then tag.`,
    }
  }
  const notes = changelogSection(changelog, version)
  if (!notes)
    return { error: `CHANGELOG.md has no "## ${version}" section; add the release notes there, commit, then tag.` }
  const prerelease = match[4] !== undefined
  return { tag, version, prerelease, major: prerelease ? undefined : `v${match[1]}`, notes }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [tag = '', notesFile = 'release-notes.md'] = process.argv.slice(2)
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'))
  const plan = releasePlan(tag, version, readFileSync('CHANGELOG.md', 'utf8'))
  if (plan.error) {
    console.error(`::error::${plan.error}`)
    process.exit(1)
  }
  writeFileSync(notesFile, `${plan.notes}\n`)
  console.log(`prerelease=${plan.prerelease}`)
  console.log(`major=${plan.major ?? ''}`)
  // The notes as a job output, so that the job that writes runs no code of the repository.
  const delimiter = `NOTES_${randomBytes(12).toString('hex')}`
  console.log(`notes<<${delimiter}\n${plan.notes}\n${delimiter}`)
}
