/**
 * The pipeline benchmark's own processes: parse 50 Atom feeds of 100 real entries, merge them
 * into a README of the same size, render. The inputs are files the parent wrote (argv[2]: a
 * folder of feed-<k>.xml and README-<n>.md), so that building them costs this process nothing.
 * - `memory` (argv[3]): one pipeline, as a run does it (each answer read when it arrives and
 *   dropped after its parse); prints { rssMb }, the process's peak resident memory.
 * - `time`: the pipeline 18 times over inputs held in memory; prints { ms, atomMbPerS }. Its peak
 *   memory is V8 letting garbage of 18 runs pile up, which no run does, so it is not reported.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseAtom } from '../src/arxiv/atom.js'
import { KEYWORDS, median, pipeline } from './feeds.js'

function atomThroughput(xml: string): number {
  for (let i = 0; i < 5; i++) parseAtom(xml)
  const rounds = 40
  const start = performance.now()
  for (let i = 0; i < rounds; i++) parseAtom(xml)
  return (Buffer.byteLength(xml) * rounds) / 1024 / 1024 / ((performance.now() - start) / 1000)
}

const folder = process.argv[2]!
const read = (name: string) => readFileSync(path.join(folder, name), 'utf8')
if (process.argv[3] === 'memory') {
  pipeline((k) => read(`feed-${k}.xml`), read('README-0.md'))
  console.log(JSON.stringify({ rssMb: process.resourceUsage().maxRSS / 1024 }))
  process.exit(0)
}
const feeds = Array.from({ length: KEYWORDS }, (_, k) => read(`feed-${k}.xml`))
// Two READMEs that differ in one byte, used in turn, as earlier versions cached the last parse.
const readmes = [read('README-0.md'), read('README-1.md')]
for (let i = 0; i < 3; i++) pipeline((k) => feeds[k]!, readmes[i % 2])
const times: number[] = []
for (let i = 0; i < 15; i++) {
  const start = performance.now()
  pipeline((k) => feeds[k]!, readmes[i % 2])
  times.push(performance.now() - start)
}
console.log(JSON.stringify({ ms: median(times), atomMbPerS: atomThroughput(read('fixture.xml')) }))
