// The fingerprint of what the bundle is built from: every file of src/ and the lock file. The
// build writes it to dist/sources.sha256; tests that run the bundle compare it first, so that a
// dist/ older than the sources fails with a sentence instead of testing old code.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export const STAMP = 'sources.sha256'

export function sourcesHash(root = '.') {
  const files = readdirSync(path.join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
  const hash = createHash('sha256')
  for (const file of [...files, 'package-lock.json']) {
    hash.update(`${file}\0`)
    hash.update(readFileSync(path.join(root, file)))
    hash.update('\0')
  }
  return `${hash.digest('hex')}\n`
}
