/**
 * What a model costs a daily run: the loopback OpenAI-compatible server answers as a model does
 * and counts tokens as OpenAI's tokenizer roughly does (four characters a token, plus the
 * request's overhead), on real arXiv abstracts. A first run fills 100 papers; the next day brings
 * 10 new papers and asks only for those.
 */
import { feed, fixtureEntries, startArxivServer } from '../test/support/arxiv-server.js'
import { startModelServer } from '../test/support/model-server.js'
import { runAction, workspaceWith } from '../test/support/run-action.js'

export async function benchModel(): Promise<Record<string, number>> {
  // Real entries, dated so that the first ten are the next day's news.
  const entries = fixtureEntries('v2026_search_all-testing_start0_max100_latex_pipes_lt_greek.xml').map((text, i) => {
    const day =
      i < 10 ? `2026-11-${String(20 + (i % 5)).padStart(2, '0')}` : `2026-10-${String((i % 28) + 1).padStart(2, '0')}`
    return text
      .replace(/<updated>[^<]*<\/updated>/, `<updated>${day}T10:00:00Z</updated>`)
      .replace(/<published>[^<]*<\/published>/, `<published>${day}T10:00:00Z</published>`)
  })
  let served = entries.slice(10)
  const arxiv = await startArxivServer(() => ({ body: feed(served) }))
  const model = await startModelServer()
  try {
    const workspace = workspaceWith({ 'README.md': '# P\n' })
    const inputs = {
      keywords: 'Testing',
      mode: 'local',
      'arxiv-api-url': arxiv.url,
      'request-delay': '0',
      'llm-api-url': model.url,
      'llm-model': 'bench',
      'llm-max-papers': '200',
      // TL;DR and relevance together, in one request a batch.
      interests: 'Testing of software and statistical tests; papers on test suites and hypothesis testing',
    }
    const fill = await runAction({ inputs, workspace })
    const tokens = (run: typeof fill) => JSON.parse(run.outputs['llm-tokens'] ?? '{}') as { in: number; out: number }
    const first = tokens(fill)
    const firstPapers = Number(fill.outputs['llm-papers-answered'])
    const requestsBefore = model.asked.length
    // The next day: ten new papers.
    served = entries
    const daily = await runAction({ inputs, workspace })
    const next = tokens(daily)
    const newPapers = Number(daily.outputs['new-papers-count'])
    return {
      model_tokens_in_per_paper: first.in / firstPapers,
      model_tokens_out_per_paper: first.out / firstPapers,
      model_requests_per_new_paper: (model.asked.length - requestsBefore) / newPapers,
      model_tokens_per_new_paper: (next.in + next.out) / newPapers,
    }
  } finally {
    await arxiv.close()
    await model.close()
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname) console.log(await benchModel())
