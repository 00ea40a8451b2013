import * as core from '@actions/core'
import type { NewPaper } from './plan/update.js'
import { wroteSomething, type Delivery } from './delivery/target.js'

/** Output names, the action's public interface (see action.yml). */
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
  LlmPapersAnswered: 'llm-papers-answered',
  LlmPapersLeft: 'llm-papers-left',
  LlmTokens: 'llm-tokens',
} as const

/** GitHub's limit on a step's outputs together; `new-papers` is cut to the newest that fit. */
export const OUTPUTS_LIMIT = 1024 * 1024
const NEW_PAPERS_BUDGET = OUTPUTS_LIMIT - 64 * 1024

/** The newest papers whose JSON fits the budget, and how many were left out. */
export function fitNewPapers(papers: readonly NewPaper[], budget = NEW_PAPERS_BUDGET): { json: string; left: number } {
  const newest = [...papers].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1))
  // Nearly always all of them fit: one serialisation then, not one per paper.
  const whole = JSON.stringify(newest)
  if (Buffer.byteLength(whole) <= budget) return { json: whole, left: 0 }
  const kept: NewPaper[] = []
  let size = 2
  for (const paper of newest) {
    const bytes = Buffer.byteLength(JSON.stringify(paper)) + 1
    if (size + bytes > budget) break
    kept.push(paper)
    size += bytes
  }
  return { json: JSON.stringify(kept), left: papers.length - kept.length }
}

/** Every output of a run that delivered (also one that then failed). */
export function setOutputs(delivery: Delivery): void {
  const papers = delivery.update.newPapers.filter((paper) => delivery.update.newIds.has(paper.id))
  const { json, left } = fitNewPapers(papers)
  if (left > 0)
    core.warning(
      `The new-papers output lists the newest ${papers.length - left} of ${papers.length} new papers; ${left} were left out to stay under GitHub's 1 MiB limit on outputs. new-papers-count is exact.`,
    )
  core.setOutput(Outputs.Changed, String(wroteSomething(delivery)))
  core.setOutput(Outputs.NewPapersCount, String(papers.length))
  core.setOutput(Outputs.NewPapers, json)
  core.setOutput(Outputs.FailedKeywords, JSON.stringify(delivery.update.failures.map((failure) => failure.title)))
  core.setOutput(Outputs.CommitSha, delivery.commit?.sha ?? '')
  core.setOutput(Outputs.PullRequestNumber, delivery.pullRequest ? String(delivery.pullRequest.number) : '')
  core.setOutput(Outputs.PullRequestUrl, delivery.pullRequest?.url ?? '')
  core.setOutput(Outputs.PullRequestOperation, delivery.pullRequest?.operation ?? 'none')
  core.setOutput(Outputs.IssueNumber, delivery.issue ? String(delivery.issue.number) : '')
  core.setOutput(Outputs.IssueUrl, delivery.issue?.url ?? '')
  const model = delivery.model
  core.setOutput(Outputs.LlmPapersAnswered, String(model?.answered ?? 0))
  core.setOutput(Outputs.LlmPapersLeft, String(model?.left ?? 0))
  core.setOutput(Outputs.LlmTokens, JSON.stringify({ in: model?.tokensIn ?? 0, out: model?.tokensOut ?? 0 }))
}
