import assert from 'node:assert/strict'
import { afterEach, test } from 'node:test'
import { readSettings } from '../../../src/settings/settings.js'
import { errorMessage } from '../../../src/common/secrets.js'

function setInputs(inputs: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value
}

afterEach(() => setInputs({}))

test('defaults: what action.yml documents', () => {
  setInputs({ keywords: 'x', mode: 'local' })
  const settings = readSettings()
  assert.equal(settings.maxPapers, 100)
  assert.equal(settings.sortBy, 'updated')
  assert.equal(settings.readmePath, 'README.md')
  assert.equal(settings.requestDelayMs, 3000)
  assert.equal(settings.timezone, 'UTC')
  assert.equal(settings.maxRetries, 3)
  assert.equal(settings.timeoutMs, 30_000)
  assert.equal(settings.pageSize, undefined)
  assert.equal(settings.overlapDays, 7)
  assert.equal(settings.arxivApiUrl, 'https://export.arxiv.org/api/query')
  assert.equal(settings.github.prBranch, 'arxiv-daily/update')
})

const cases: [Record<string, string>, RegExp][] = [
  [{ keywords: '  \n ' }, /Input "keywords": is empty/],
  [{ keywords: 'LLM\nllm' }, /"llm" appears twice/],
  [{ keywords: 'x'.repeat(201) }, /longer than 200/],
  [{ keywords: 'x', 'max-papers': '0' }, /Input "max-papers": must be a whole number from 1 to 2000; got "0"/],
  [
    { keywords: 'x', 'max-papers': '2.5' },
    /^SettingsError: Input "max-papers": must be a whole number from 1 to 2000; got "2\.5"$/,
  ],
  [
    { keywords: 'x', 'max-papers': '2001' },
    /^SettingsError: Input "max-papers": must be a whole number from 1 to 2000; got "2001"$/,
  ],
  [{ keywords: 'x', mode: 'push' }, /Input "mode": must be one of "local", "commit", "pull-request"/],
  [{ keywords: 'x', 'sort-by': 'relevance' }, /Input "sort-by": must be one of "updated", "published"/],
  [{ keywords: 'x', 'request-delay': '1' }, /Input "request-delay": must be at least 3 seconds for export\.arxiv\.org/],
  [{ keywords: 'x', timezone: 'Mars/Olympus' }, /Input "timezone": "Mars\/Olympus" is not an IANA time zone/],
  [{ keywords: 'x', 'readme-path': '/etc/passwd' }, /Input "readme-path": must be relative/],
  [{ keywords: 'x', 'readme-path': '../outside.md' }, /Input "readme-path": must name a file inside the repository/],
  [
    { keywords: 'x', 'readme-path': 'docs/../../x.md' },
    /^SettingsError: Input "readme-path": must name a file inside the repository; got "docs\/\.\.\/\.\.\/x\.md"$/,
  ],
  [
    { keywords: 'x', 'feed-dir': '../feeds' },
    /^SettingsError: Input "feed-dir": must name a folder inside the repository, such as "feeds"; got "\.\.\/feeds"$/,
  ],
  [
    { keywords: 'x', 'json-path': 'README.md' },
    /^SettingsError: Input "json-path": is the README itself \("README\.md"\); name another file such as "digest\.json"$/,
  ],
  [
    { keywords: 'Bad = ti:"open' },
    /Input "keywords": the arXiv query of "Bad" is malformed: it has an unbalanced double quote/,
  ],
  [
    { keywords: 'x', categories: 'Computer Science' },
    /^SettingsError: Input "categories": "Computer Science" is not an arXiv category or archive such as "cs", "cs\.CL" or "astro-ph\.GA" \(see https:\/\/arxiv\.org\/category_taxonomy\)$/,
  ],
  [{ keywords: 'x', 'pr-draft': 'yes please' }, /Input "pr-draft": must be "true" or "false"/],
  [
    { keywords: 'x', columns: 'Authors, authors' },
    /^SettingsError: Input "columns": names "Authors" twice; name each column once$/,
  ],
  [
    { keywords: 'x', 'readme-path': '.github/workflows/ci.yml' },
    /^SettingsError: Input "readme-path": "\.github\/workflows\/ci\.yml" is inside \.github\/workflows\/, where a file is a workflow that runs with the repository's secrets; name a file elsewhere, such as "README\.md"$/,
  ],
  [
    { keywords: 'x', 'json-path': '.git/config' },
    /^SettingsError: Input "json-path": "\.git\/config" is inside \.git\/, which holds git's own files/,
  ],
  [{ keywords: 'x', 'json-path': '.GitHub/Workflows/x.yml' }, /Input "json-path": .* is inside \.github\/workflows\//],
  [{ keywords: 'x', 'feed-dir': '.git/hooks' }, /^SettingsError: Input "feed-dir": "\.git\/hooks" is inside \.git\//],
  [
    { keywords: 'x', 'arxiv-api-url': 'http://export.arxiv.org/api/query' },
    /^SettingsError: Input "arxiv-api-url": must use https for export\.arxiv\.org, so that no one on the way can change arXiv's answers; use "https:\/\/export\.arxiv\.org\/api\/query"$/,
  ],
  [{ keywords: 'x', mode: 'commit' }, /Input "github-token": is empty/],
]

for (const [inputs, message] of cases) {
  test(`rejects ${JSON.stringify(inputs).slice(0, 80)}`, () => {
    setInputs({ mode: 'local', ...inputs })
    assert.throws(() => readSettings(), message)
  })
}

test('a request delay below 3 s is allowed for an endpoint that is not arxiv.org', () => {
  setInputs({ keywords: 'x', mode: 'local', 'request-delay': '0.2', 'arxiv-api-url': 'http://127.0.0.1:9/api/query' })
  assert.equal(readSettings().requestDelayMs, 200)
})

test('the llm-* inputs: none without llm-api-url; a model is required with it; the key is kept out of messages; the answers file follows the README', () => {
  setInputs({ keywords: 'x', mode: 'local' })
  assert.equal(readSettings().llm, undefined)
  setInputs({ keywords: 'x', mode: 'local', 'llm-api-url': 'https://api.deepseek.com/v1' })
  assert.throws(() => readSettings(), /Input "llm-model": is empty while llm-api-url is set/)
  setInputs({
    keywords: 'x',
    mode: 'local',
    'llm-api-url': 'http://localhost:11434/v1',
    'llm-model': 'qwen2.5:7b',
    'llm-api-key': 'sk-secret-value-123',
    'readme-path': 'docs/ML.md',
  })
  const llm = readSettings().llm!
  assert.equal(llm.language, 'English')
  assert.equal(llm.maxPapers, 50)
  assert.equal(llm.summariesPath, '.arxiv-daily/summaries-docs-ml-md.json')
  assert.equal(errorMessage(new Error('echo sk-secret-value-123')), 'echo ***')
  setInputs({ keywords: 'x', mode: 'local', 'llm-api-url': 'ftp://x', 'llm-model': 'm' })
  assert.throws(() => readSettings(), /Input "llm-api-url": must be an http\(s\) URL/)
})
