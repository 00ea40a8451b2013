/**
 * The pipeline benchmark's own process, so that its peak RSS is the pipeline's alone: parse 50
 * Atom feeds of 100 real entries, merge them into a README of the same size, render. The inputs
 * are files the parent wrote (argv[2]: a folder of feed-<k>.xml and README-<n>.md), so that
 * building them costs this process nothing.
 * Prints one JSON line: { ms, rssMb, atomMbPerS }.
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
const feeds = Array.from({ length: KEYWORDS }, (_, k) => read(`feed-${k}.xml`))
// Two READMEs that differ in one byte, used in turn: a run parses its README once, and the parser
// keeps only the last document, so every iteration pays for one full parse as a run does.
const readmes = [read('README-0.md'), read('README-1.md')]
for (let i = 0; i < 3; i++) pipeline(feeds, readmes[i % 2]!)
const times: number[] = []
for (let i = 0; i < 15; i++) {
  const start = performance.now()
  pipeline(feeds, readmes[i % 2]!)
  times.push(performance.now() - start)
}
const rssMb = process.resourceUsage().maxRSS / 1024
console.log(JSON.stringify({ ms: median(times), rssMb, atomMbPerS: atomThroughput(read('fixture.xml')) }))
