import { escapeCell } from './digest/cells.js'
import type { SectionChange } from './digest/merge.js'
import { paperUrl, type Paper } from './digest/model.js'

/** GitHub refuses pull request and issue bodies longer than this. */
export const GITHUB_BODY_LIMIT = 65_536
const BODY_BUDGET = GITHUB_BODY_LIMIT - 2_000

export const Outputs = {
  Changed: 'changed',
  NewPapersCount: 'new-papers-count',
  NewPapers: 'new-papers',
  FailedKeywords: 'failed-keywords',
  CommitSha: 'commit-sha',
  PullRequestNumber: 'pull-request-number',
  PullRequestUrl: 'pull-request-url',
  PullRequestOperation: 'pull-request-operation',
  IssueNumber: 'issue-number',
  IssueUrl: 'issue-url',
} as const

function link(paper: Paper): string {
  return `[${escapeCell(paper.title)}](${paperUrl(paper)})`
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/**
 * Joins blocks until the budget is spent, then says how much was left out, so that a body never
 * exceeds GitHub's limit and the reader knows it was shortened.
 */
export function fitBlocks(head: string, blocks: readonly string[], tail: string, budget = BODY_BUDGET): string {
  let body = head
  for (const [index, block] of blocks.entries()) {
    if (body.length + block.length + tail.length > budget) {
      const left = blocks.length - index
      return `${body}\n_${left} more ${left === 1 ? 'entry' : 'entries'} not shown: the list was shortened to stay under GitHub's ${GITHUB_BODY_LIMIT.toLocaleString('en-US')}-character limit. The README holds every paper._\n${tail}`
    }
    body += block
  }
  return body + tail
}

function lines(papers: readonly Paper[], line: (paper: Paper) => string): string[] {
  return papers.map((paper) => `${line(paper)}\n`)
}

/** The update pull request's body: new papers per keyword and what `max-papers` pushed out. */
export function pullRequestBody(changes: readonly SectionChange[], readmePath: string, failures: readonly { title: string }[]): string {
  const total = changes.reduce((sum, change) => sum + change.added.length, 0)
  const head = `This pull request adds **${plural(total, 'new paper')}** from arXiv to \`${readmePath}\`.\n`
  const blocks: string[] = []
  for (const change of changes) {
    if (change.added.length === 0 && change.revised.length === 0 && change.removed.length === 0) continue
    blocks.push(`\n### ${change.title}: ${change.added.length} new\n\n`)
    blocks.push(...lines(change.added, (paper) => `- ${link(paper)} (${paper.date})`))
    if (change.revised.length > 0) blocks.push(`\n${plural(change.revised.length, 'paper')} updated to a newer version.\n`)
    if (change.removed.length > 0) blocks.push(`\n${plural(change.removed.length, 'older paper')} pushed out by \`max-papers\`.\n`)
  }
  const failed = failures.length > 0 ? `\n> [!WARNING]\n> Not updated this time (arXiv failed): ${failures.map((f) => f.title).join(', ')}.\n` : ''
  const tail = `${failed}\n---\n<sub>Kept up to date by the arXiv daily digest action: each run replaces this branch with one commit on top of the base branch.</sub>\n`
  return fitBlocks(head, blocks, tail)
}

/** The notification issue: this run's new papers per keyword, without abstracts. */
export function issueBody(changes: readonly SectionChange[], isNew: (paper: Paper) => boolean): string {
  const blocks: string[] = []
  for (const change of changes) {
    const papers = change.added.filter(isNew)
    if (papers.length === 0) continue
    blocks.push(`\n## ${change.title}\n\n`)
    blocks.push(...lines(papers, (paper) => `- ${link(paper)} (${paper.date})${paper.comment ? `: ${escapeCell(paper.comment)}` : ''}`))
  }
  return fitBlocks('New arXiv papers for the keywords this repository follows.\n', blocks, '')
}

export function countNew(changes: readonly SectionChange[], isNew: (paper: Paper) => boolean): number {
  return changes.reduce((sum, change) => sum + change.added.filter(isNew).length, 0)
}
