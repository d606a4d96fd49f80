// npm run bench: how fast copydesk lints, against a plain retext-spell chain
// measured in the same run on the same text.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {lint, allRules} from '../dist/src/index.js'
import {parsePlainText} from '../dist/src/parse/plain-text.js'
import {annotate} from '../dist/src/article/plugin.js'
import {paragraphRoles} from '../dist/src/article/roles.js'
import {paragraphTexts} from '../dist/src/parse/paragraphs.js'
import {languageServerTimes} from './bench-language-server.js'
import {peerRatios} from './bench-peers.js'
import {lintPeer} from './bench-peer.js'
import {archiveRun} from './bench-archive.js'
import {chunkCount} from './bench-unseen.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const corpusDir = path.join(root, 'corpus')
const articles = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({name, text: readFileSync(path.join(corpusDir, name), 'utf8')}))
const words = (text) => text.split(/\s+/).filter(Boolean).length
const totalWords = articles.reduce((sum, {text}) => sum + words(text), 0)

const rounds = Number(process.env.BENCH_ROUNDS ?? 20)
const syntheticCount = Number(process.env.BENCH_SYNTHETIC ?? 1000)

const lintCopydesk = async (text) => lint(text)

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Median milliseconds per 1,000 words over every article and round, after one warm-up pass. */
async function msPer1000Words(run) {
  for (const {text} of articles) await run(text)
  const samples = []
  for (let round = 0; round < rounds; round++) {
    for (const {text} of articles) {
      const start = performance.now()
      await run(text)
      samples.push(((performance.now() - start) / words(text)) * 1000)
    }
    process.stderr.write(`\r  round ${round + 1}/${rounds}`)
  }
  process.stderr.write('\n')
  return median(samples)
}

/** A synthetic archive: each article is a seeded shuffle of paragraphs from the corpus. */
function syntheticArchive(count) {
  const paragraphs = articles.flatMap(({text}) => text.split(/\n+/).filter((line) => line.trim()))
  let seed = 42
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  return Array.from({length: count}, () => Array.from({length: 8 + Math.floor(random() * 12)}, () => paragraphs[Math.floor(random() * paragraphs.length)]).join('\n'))
}

async function articlesPerSecond(run, archive, label) {
  const start = performance.now()
  for (let index = 0; index < archive.length; index++) {
    await run(archive[index])
    if ((index + 1) % 100 === 0) process.stderr.write(`\r  ${label}: ${index + 1}/${archive.length} articles`)
  }
  process.stderr.write('\n')
  return archive.length / ((performance.now() - start) / 1000)
}

function coldStart(args) {
  const samples = []
  for (let index = 0; index < 5; index++) {
    const start = performance.now()
    spawnSync(process.execPath, args, {cwd: root, stdio: 'ignore'})
    samples.push(performance.now() - start)
  }
  return median(samples)
}

const ratio = (ours, theirs) => `${(ours / theirs).toFixed(2)}× the peer`

console.log(`copydesk benchmark — ${articles.length} corpus articles (${totalWords} words), ${rounds} rounds; peer: retext-english + retext-spell (en-GB)`)
console.error('warm linting, copydesk:')
const ours = await msPer1000Words(lintCopydesk)
console.error('warm linting, peer:')
const theirs = await msPer1000Words(lintPeer)
console.log(`warm: ${ours.toFixed(2)} ms per 1,000 words (median); peer ${theirs.toFixed(2)} ms; ${ratio(ours, theirs)}`)

// What each rule costs: its transformer alone, timed on articles parsed and
// annotated once, over many passes (best of five).
const settings = {dialect: 'en-GB', words: new Set(), officialNames: []}
const prepared = articles.map(({text}) => {
  const file = new VFile(text)
  const tree = parsePlainText(text)
  file.data.article = annotate(tree, text)
  return {tree, file}
})
const costs = []
for (const rule of allRules) {
  const transform = rule({severity: 'warning', settings, options: {}, resource: await rule.load(settings)})
  let best = Infinity
  for (let repeat = 0; repeat < 5; repeat++) {
    const start = performance.now()
    for (let round = 0; round < rounds; round++) {
      for (const {tree, file} of prepared) {
        file.messages = []
        transform(tree, file)
      }
    }
    best = Math.min(best, performance.now() - start)
  }
  costs.push(`${rule.meta.id} ${((best / (rounds * totalWords)) * 1000).toFixed(3)}`)
}
console.log(`per-rule cost, ms per 1,000 words (warm, rule alone): ${costs.join(', ')}`)

// Line roles (src/article/roles.ts) on the real-copy clean set, lines alone: warm, best of 20 rounds after 20.
const roleBudget = 0.5
const cleanDir = path.join(root, 'corpus', 'real', 'clean')
const cleanTexts = readdirSync(cleanDir).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(path.join(cleanDir, name), 'utf8'))
const cleanLines = cleanTexts.map(paragraphTexts)
const cleanWords = cleanTexts.reduce((sum, text) => sum + text.split(/\s+/).filter(Boolean).length, 0)
// Warm is after twenty passes over the set: V8 takes some fifteen to optimise the checks (on 6 December 2026,
// 3.0 ms per 1,000 words on the first pass, 1.0 on the fourth, about 0.5 from the fifteenth). Then the best of
// twenty: a pass takes some 70 ms, and on a machine shared with other work the best of five still varied by a
// fifth from run to run (0.43 to 0.55 on 7 December 2026, the same code). The roles count the article's content
// words themselves, as they do in a lint, inside the clock.
let roleBest = Infinity
for (let round = 0; round < 40; round++) {
  const start = performance.now()
  for (const lines of cleanLines) paragraphRoles(lines)
  if (round >= 20) roleBest = Math.min(roleBest, performance.now() - start)
}
const roleCost = (roleBest / cleanWords) * 1000
console.log(`line roles: ${roleCost.toFixed(3)} ms per 1,000 words (warm, ${cleanTexts.length} real articles; budget ${roleBudget} ms)${roleCost > roleBudget ? ' — OVER BUDGET' : ''}`)
if (roleCost > roleBudget) process.exitCode = 1

// What each rule costs on text the process has not seen (scripts/bench-unseen.js), in three fresh
// processes: one run's chunks take a few milliseconds each, and a machine shared with other work
// stretches some of them; the median of three runs is the figure, and what the budgets are held to.
console.error('per-rule cost on unseen real copy (three processes)…')
// real-word's budget is the real-word issue's bar for the rule with its one-edit check, on by default.
const unseenBudgets = {'person-title': 1, 'real-word': 2}
const unseenRun = (...what) => {
  const run = spawnSync(process.execPath, ['--expose-gc', path.join(root, 'scripts', 'bench-unseen.js'), ...what], {cwd: root, encoding: 'utf8'})
  if (run.status !== 0) throw new Error(`bench-unseen.js failed: ${run.stderr}`)
  return JSON.parse(run.stdout)
}
const unseenRuns = [0, 1, 2].map(() => unseenRun())
const unseenCosts = Object.keys(unseenRuns[0].costs).map((id) => {
  const [middle, high] = ['median', 'p95'].map((figure) => median(unseenRuns.map((run) => run.costs[id][figure])))
  const budget = unseenBudgets[id]
  if (budget !== undefined && middle > budget) process.exitCode = 1
  return `${id} ${middle.toFixed(2)}/${high.toFixed(2)}${budget === undefined ? '' : ` (budget ${budget} ms${middle > budget ? ' — OVER BUDGET' : ''})`}`
})
console.log(`per-rule cost on unseen real copy, ms per 1,000 words (median/p95 over ${chunkCount} chunks of the test half, ${unseenRuns[0].articles} articles, after the tuning half; median of three processes): ${unseenCosts.join(', ')}`)
console.error('whole lint on unseen real copy (three more processes)…')
const wholeRuns = [0, 1, 2].map(() => unseenRun('whole'))
const [wholeMedian, wholeHigh, peerMedian] = [['whole', 'median'], ['whole', 'p95'], ['peer', 'median']].map(([what, figure]) => median(wholeRuns.map((run) => run[what][figure])))
const wholeTarget = 5
console.log(`whole lint on unseen real copy, all default rules with parsing and annotations: ${wholeMedian.toFixed(2)} ms per 1,000 words (median), ${wholeHigh.toFixed(2)} (p95), same chunks; peer ${peerMedian.toFixed(2)} ms; ${ratio(wholeMedian, peerMedian)} (target ${wholeTarget} ms${wholeMedian > wholeTarget ? ': not met' : ''})`)

const archive = syntheticArchive(syntheticCount)
const archiveWords = archive.reduce((sum, text) => sum + words(text), 0)
const oursRate = await articlesPerSecond(lintCopydesk, archive, 'copydesk')
const theirsRate = await articlesPerSecond(lintPeer, archive, 'peer')
console.log(`synthetic archive: ${archive.length} articles, ${archiveWords} words: copydesk ${oursRate.toFixed(0)} articles/s; peer ${theirsRate.toFixed(0)} articles/s; ${(oursRate / theirsRate).toFixed(2)}× the peer's rate`)

const sample = path.join('corpus', articles[0].name)
const peerScript = `import {unified} from 'unified';import e from 'retext-english';import s from 'retext-spell';import d from 'dictionary-en-gb';import {readFileSync} from 'node:fs';const p=unified().use(e).use(s,{dictionary:d,max:0});const t=readFileSync(${JSON.stringify(sample)},'utf8');await p.run(p.parse(t))`
console.error('cold starts…')
const oursCold = coldStart([path.join('bin', 'copydesk.js'), sample])
const theirsCold = coldStart(['--input-type=module', '-e', peerScript])
// Issue 17's target for one article, whole process; a shared machine moves it by a tenth, so it is reported, not enforced.
const coldTarget = 300
console.log(`cold start on one article (${sample}): ${oursCold.toFixed(0)} ms (target ${coldTarget} ms${oursCold > coldTarget ? ': not met' : ''}); peer ${theirsCold.toFixed(0)} ms; ${ratio(oursCold, theirsCold)}`)

// The model's load in a fresh process (this one has read it): the median of five reads of the file into the typed arrays.
// With the general English model the one-edit check asks (read when the check first runs), both together against the budget.
const modelLoadScript = `import {readModel} from './dist/src/model/load.js';import {defaultModelFile} from './dist/src/model/files.js';import {GeneralEnglish} from './dist/src/model/general-english.js';const t=[];for(let i=0;i<5;i++){const s=performance.now();readModel(defaultModelFile);const m=performance.now();GeneralEnglish.read();t.push([m-s,performance.now()-m])}t.sort((a,b)=>a[0]+a[1]-b[0]-b[1]);console.log(t[2].join(' '))`
const [newsroomLoad, generalLoad] = spawnSync(process.execPath, ['--input-type=module', '-e', modelLoadScript], {cwd: root, encoding: 'utf8'}).stdout.trim().split(' ').map(Number)
const modelLoad = newsroomLoad + generalLoad
const modelBudget = 50
const megabytes = (name) => (readFileSync(path.join(root, 'model', name)).length / 1048576).toFixed(1)
console.log(`model load: ${modelLoad.toFixed(1)} ms (the newsroom model ${newsroomLoad.toFixed(1)} ms, ${megabytes('default.cdm')} MB; general English ${generalLoad.toFixed(1)} ms, ${megabytes('general-english.bin')} MB; budget ${modelBudget} ms)${modelLoad > modelBudget ? ' — OVER BUDGET' : ''}`)
if (modelLoad > modelBudget) process.exitCode = 1

// The package as npm would install it: the unpacked size of the files it ships (npm pack, without building).
const packed = JSON.parse(spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8'}).stdout)[0]
const packageBudget = 40
const packageMegabytes = packed.unpackedSize / 1e6
console.log(`package: ${packageMegabytes.toFixed(1)} MB unpacked (${(packed.unpackedSize / 1048576).toFixed(1)} MiB, ${packed.files.length} files; budget ${packageBudget} MB)${packageMegabytes > packageBudget ? ' — OVER BUDGET' : ''}`)
if (packageMegabytes > packageBudget) process.exitCode = 1

console.log(`peak memory (this process, both tools): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)

// Long input, whole process: a 200,000-character line of prose, one of a
// minified export (no sentence and no space in it), and a 2 MB article, made of the real-copy clean set (62,000 words, so the 2 MB
// article repeats it about five times). Cost must grow linearly with input.
console.error('long input…')
const realDir = path.join(root, 'corpus', 'real', 'clean')
const realText = readdirSync(realDir).sort().map((name) => readFileSync(path.join(realDir, name), 'utf8')).join('\n')
const longDir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-'))
const repeatTo = (text, length) => text.repeat(Math.ceil(length / text.length)).slice(0, length)
writeFileSync(path.join(longDir, 'line.txt'), repeatTo(realText.replaceAll('\n', ' '), 200_000) + '\n')
writeFileSync(path.join(longDir, 'export.txt'), repeatTo('{"id":123,"name":"INS-Vikrant","tags":["navy","carrier"]},', 200_000) + '\n')
writeFileSync(path.join(longDir, 'article.txt'), repeatTo(realText + '\n', 2 * 1048576))
writeFileSync(path.join(longDir, 'half.txt'), repeatTo(realText + '\n', 1048576))
// The median of three runs: one run on a shared machine can be a second off either way.
const wholeProcess = (name) => {
  const seconds = [0, 1, 2].map(() => {
    const start = performance.now()
    spawnSync(process.execPath, [path.join(root, 'bin', 'copydesk.js'), '--format', 'json', name], {cwd: longDir, stdio: 'ignore'})
    return (performance.now() - start) / 1000
  })
  return seconds.sort((a, b) => a - b)[1]
}
const [line, exported, half, full] = ['line.txt', 'export.txt', 'half.txt', 'article.txt'].map(wholeProcess)
const lineBudget = 2
const longLines = Math.max(line, exported)
const articleBudget = 5
console.log(`long input, whole process (median of 3 runs): a 200,000-character line ${line.toFixed(2)} s, of a minified export ${exported.toFixed(2)} s (budget ${lineBudget} s)${longLines > lineBudget ? ' — OVER BUDGET' : ''}; a 1 MB article ${half.toFixed(2)} s, a 2 MB article ${full.toFixed(2)} s (budget ${articleBudget} s)${full > articleBudget ? ' — OVER BUDGET' : ''} (${(full / half).toFixed(2)}× the 1 MB time: linear is 2×)`)
// Budgets for long lines, where cost once grew with the square of the length, and for a long article.
if (longLines > lineBudget || full > articleBudget) process.exitCode = 1

if (process.argv.includes('--peers')) {
  const {count, copydesk, alex, harper} = peerRatios(root)
  console.log(`peers, whole process over the same ${count} articles (target: 10× faster than each): copydesk ${copydesk.toFixed(1)} s; harper.js ${harper.toFixed(1)} s (${(harper / copydesk).toFixed(1)}×); alex ${alex.toFixed(1)} s (${(alex / copydesk).toFixed(1)}×)`)
}

if (process.argv.includes('--archive')) {
  console.error('archive of 10,000 articles…')
  const {count, seconds, megabytes} = archiveRun(root)
  console.log(`archive, whole process: ${count} articles of about 700 words in ${seconds.toFixed(1)} s (target 30 s on 2 cores), peak memory ${megabytes.toFixed(0)} MB (target 300 MB)`)
}

// Budgets: a figure past its budget makes the run fail, so a slowdown is seen.
console.error('language server…')
const {first, burst: latency} = await languageServerTimes()
const budget = 100
console.log(`language server: first diagnostics ${first.toFixed(0)} ms after opening a 3,300-word article on a cold server; once warm, final diagnostics ${latency.toFixed(0)} ms after the last of 50 rapid edits (median of 3 bursts; budget ${budget} ms)${latency > budget ? ' — OVER BUDGET' : ''}`)
if (latency > budget) process.exitCode = 1
