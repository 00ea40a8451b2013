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
} as const
