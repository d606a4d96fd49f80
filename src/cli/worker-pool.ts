import path from 'node:path'
import {statSync} from 'node:fs'
import {createRequire} from 'node:module'
import type {Worker} from 'node:worker_threads'
import {VFile} from 'vfile'
import type {LintOptions} from '../linter.js'
import {dataProblem} from '../data-problems.js'
import {packageRoot} from '../paths.js'
import {modelFiles} from '../model/files.js'
import {shareFiles} from '../model/shared-bytes.js'
import type {Outcome} from './check-article.js'
import type {CliOptions} from './options.js'
import {toWireMessage, type WireMessage} from '../wire-message.js'

/** What a worker needs to check articles as the command would. */
export interface WorkerSetup {
  options: CliOptions
  lintOptions: LintOptions
  cwd: string
}

/** What a worker is started with: the setup, and the model files the command read once for every worker (src/model/shared-bytes.ts). */
export interface WorkerData extends WorkerSetup {
  shared: Record<string, SharedArrayBuffer>
}

/** An outcome as it crosses from a worker. */
export interface WireOutcome {
  index: number
  path?: string
  messages?: WireMessage[]
  problems: string[]
  notes: string[]
  output?: string
  /** Data problems the worker met (a damaged model), to be told once by the command. */
  dataProblems: string[]
}

export function toWire(index: number, outcome: Outcome, dataProblems: string[]): WireOutcome {
  const messages = outcome.file?.messages.map(toWireMessage)
  return {index, path: outcome.file?.path, messages, problems: outcome.problems, notes: outcome.notes, output: outcome.output, dataProblems}
}

function fromWire(wire: WireOutcome, cwd: string): Outcome {
  let file: VFile | undefined
  if (wire.messages) {
    file = new VFile({path: wire.path, cwd})
    for (const data of wire.messages) {
      const message = file.message(data.reason, {place: data.start && data.end ? {start: data.start, end: data.end} : data.start, ruleId: data.ruleId, source: data.source})
      message.fatal = data.fatal ?? undefined
      if (data.actual !== undefined) message.actual = data.actual
      if (data.expected !== undefined) message.expected = data.expected
      if (data.url !== undefined) message.url = data.url
      if (data.note !== undefined) message.note = data.note
    }
  }
  for (const line of wire.dataProblems) dataProblem(line)
  return {file, problems: wire.problems, notes: wire.notes, output: wire.output}
}

/** A worker's old generation for articles of news length, in MB. */
const baseWorkerHeap = 160
/** And for each MB of the batch's largest file: its syntax tree and annotations. */
const workerHeapPerMegabyte = 200

/**
 * Each worker's young generation, in MB (V8's default here is 48). Short-lived
 * objects (a sentence's tokens, a word's candidates) die in it whatever its
 * size, and the space it keeps for them counts in the peak: at 24 MB, 2,000
 * articles of about 700 words peaked at 340–343 MB on two workers against
 * 373–389 MB at the default, in the same CPU time (three interleaved runs
 * each; 16 MB cost more time); the archive of 10,000, 365 against 405 MB.
 */
const workerYoungGeneration = 24

/**
 * How far each worker's old generation may grow, in MB. Left to itself, V8
 * lets a worker's heap grow far past what it keeps alive: 10,000 articles of
 * about 700 words peaked at 630 MB on two workers. 160 MB holds a worker
 * checking news-length articles (1,500 of them: 562 → 344 MB at the peak, in
 * the same time; 128 MB made the collector work and cost a sixth more
 * time). A long file needs room for its tree, so the limit grows with the
 * batch's largest file (a 2 MB article takes about 450 MB in one thread).
 */
export function workerHeapLimit(paths: string[], cwd: string): number {
  let largest = 0
  for (const file of paths) {
    try {
      largest = Math.max(largest, statSync(path.resolve(cwd, file)).size)
    } catch {
      // A file that cannot be read is reported when it is checked.
    }
  }
  return Math.ceil(baseWorkerHeap + (workerHeapPerMegabyte * largest) / 1048576)
}

/**
 * Check a batch of articles on `jobs` worker threads, each with its own
 * rules and model loaded once, and yield the outcomes in the batch's order
 * as they become available: a big archive is reported as it goes, and only
 * the messages, not the articles, stay in memory.
 */
export async function* checkInWorkers(paths: string[], setup: WorkerSetup, jobs: number): AsyncIterable<Outcome> {
  const script = path.join(packageRoot, 'dist', 'bundle', 'lint-worker.js')
  const ready = new Map<number, WireOutcome>()
  let next = 0
  let failure: Error | undefined
  let wake: (() => void) | undefined
  // Loaded here, not with the program (a cold start pays a few milliseconds for it): one article starts no thread.
  const {Worker: Thread} = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')
  const resourceLimits = {maxOldGenerationSizeMb: workerHeapLimit(paths, setup.cwd), maxYoungGenerationSizeMb: workerYoungGeneration}
  const workerData: WorkerData = {...setup, shared: shareFiles(modelFiles)}
  const workers = Array.from({length: jobs}, () => new Thread(script, {workerData, resourceLimits}))
  const give = (worker: Worker) => {
    if (next >= paths.length) return
    worker.postMessage({index: next, path: paths[next]})
    next++
  }
  for (const worker of workers) {
    worker.on('message', (wire: WireOutcome) => {
      ready.set(wire.index, wire)
      give(worker)
      wake?.()
    })
    worker.on('error', (error) => {
      failure = error
      wake?.()
    })
    // Two files in flight per worker, so none waits on the round trip.
    give(worker)
    give(worker)
  }
  try {
    for (let index = 0; index < paths.length; index++) {
      while (!ready.has(index)) {
        if (failure) throw failure
        await new Promise<void>((resolve) => (wake = resolve))
      }
      const wire = ready.get(index)!
      ready.delete(index)
      yield fromWire(wire, setup.cwd)
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}
