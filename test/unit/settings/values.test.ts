import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  isArxivHost,
  parseList,
  readArxivUrl,
  readChoice,
  readFolderPath,
  readInteger,
  readReadmePath,
  readSeconds,
  readTimezone,
} from '../../../src/settings/values.js'

test('lists split on newlines and commas, trimmed, empty items dropped', () => {
  assert.deepEqual(parseList(' a,b \n\n c ,, '), ['a', 'b', 'c'])
  assert.deepEqual(parseList(''), [])
})

test('numbers: whole numbers and seconds within their range, or a sentence naming the input', () => {
  assert.equal(readInteger('max-papers', ' 12 ', 1, 2000), 12)
  assert.throws(
    () => readInteger('max-papers', '1e3', 1, 2000),
    /Input "max-papers": must be a whole number from 1 to 2000; got "1e3"/,
  )
  assert.equal(readSeconds('timeout', '1.5', 1, 300), 1500)
  assert.throws(
    () => readSeconds('timeout', '0.5', 1, 300),
    /Input "timeout": must be a number of seconds from 1 to 300; got "0.5"/,
  )
  assert.equal(readChoice('mode', 'local', ['local', 'commit'] as const), 'local')
  assert.throws(() => readChoice('mode', 'Local', ['local', 'commit'] as const), /Input "mode"/)
})

test('paths stay inside the repository and out of .git/ and the workflows folder', () => {
  assert.equal(readReadmePath('readme-path', 'docs\\papers.md'), 'docs/papers.md')
  assert.equal(readReadmePath('readme-path', './a/../README.md'), 'README.md')
  for (const [value, message] of [
    ['/etc/passwd', /must be relative/],
    ['C:\\x.md', /must be relative/],
    ['../x.md', /must name a file inside the repository/],
    ['docs/', /must name a file inside the repository/],
    ['.git/config', /inside \.git\//],
    ['.GitHub/Workflows/x.yml', /inside \.github\/workflows\//],
  ] as const)
    assert.throws(() => readReadmePath('readme-path', value), message, value)
  assert.equal(readFolderPath('feed-dir', ''), undefined)
  assert.equal(readFolderPath('feed-dir', 'feeds/'), 'feeds')
  assert.throws(() => readFolderPath('feed-dir', '..'), /must name a folder inside the repository/)
  assert.throws(
    () => readFolderPath('feed-dir', '.github/workflows'),
    /workflow that runs with the repository's secrets/,
  )
})

test('time zones are IANA names; the arXiv host is arxiv.org and its subdomains only', () => {
  assert.equal(readTimezone('timezone', ''), 'UTC')
  assert.equal(readTimezone('timezone', 'Asia/Tokyo'), 'Asia/Tokyo')
  assert.throws(() => readTimezone('timezone', 'Mars/Olympus'), /is not an IANA time zone/)
  assert.ok(isArxivHost('export.arxiv.org'))
  assert.ok(!isArxivHost('arxiv.org.example.com'))
  assert.equal(readArxivUrl('arxiv-api-url', 'http://127.0.0.1:9/api').host, '127.0.0.1:9')
})
