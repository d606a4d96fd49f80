import path from 'node:path'
import {Worker} from 'node:worker_threads'
import {packageRoot} from '../paths.js'
import type {CheckOutcome, DocumentToCheck} from './check-document.js'

/** What a lint thread is started with. */
export interface LintThreadData {
  /** The model files, read once by the server for all its threads (src/model/shared-bytes.ts). */
  shared: Record<string, SharedArrayBuffer>
  /** The workspace's folder, whose configuration the thread loads before it is asked anything. */
  root?: string
}

type Ask = {kind: 'check'; document: DocumentToCheck} | {kind: 'warm-up'; piece: number} | {kind: 'heap'}

/** What the server asks of a lint thread; the thread answers each with its `id`. */
export type LaneRequest = Ask & {id: number}

/** A lint thread's messages: `ready` once it has loaded the rules, then one answer per request. */
export type LaneAnswer = {ready: true} | {id: number; answer: unknown} | {id: number; error: string}

interface Thread {
  worker: Worker
  ready: Promise<void>
  /** Requests sent and not yet answered. */
  waiting: Map<number, {resolve: (answer: unknown) => void; reject: (error: Error) => void}>
  /** Fail the start and every request waiting: the thread has stopped. */
  fail: (error: Error) => void
}

interface Job {
  /** The document checked; none for a piece of warm-up. */
  uri?: string
  /** When the thread was sent it: none while the thread is still starting. */
  started?: number
  /** Its document has changed or closed since: nothing it finds will be published. */
  superseded?: boolean
  /** Stops the thread if the job is still running when a restart would have been cheaper (`supersede`). */
  timer?: NodeJS.Timeout
}

const script = path.join(packageRoot, 'dist', 'bundle', 'language-server-worker.js')

/**
 * A lint thread of the language server, with its rules and model loaded
 * once, running one job at a time — a document's check or a piece of
 * warm-up — off the server's own thread: a long lint holds its lane, never
 * the server. A thread that stops (out of memory) fails the check it was
 * running, and a new one starts for the next.
 */
export class LintLane {
  private thread: Thread | undefined
  private job: Job | undefined
  private nextId = 1
  /** How long this lane's thread took to start and load the rules, last time it started: what a restart costs. */
  private restartCost = 0

  /**
   * `threadData` is asked for when a thread starts; `onIdle` is called
   * whenever a job ends, for the server to give the lane its next;
   * `stopsStaleLints` lets the lane stop a stale lint that runs long
   * (`supersede`), where its thread's warmth is worth less than a restart.
   */
  constructor(
    private readonly threadData: () => LintThreadData,
    private readonly onIdle: () => void,
    private readonly stopsStaleLints: boolean
  ) {}

  get busy(): boolean {
    return this.job !== undefined
  }

  /** Check a document; undefined when it was superseded (`supersede`) before it was sent, or its thread was stopped for it. */
  async check(uri: string, document: DocumentToCheck): Promise<CheckOutcome | undefined> {
    try {
      return await this.run<CheckOutcome>({kind: 'check', document}, uri)
    } catch (error) {
      return {failure: `its lint thread stopped (${(error as Error).message}); it starts again for the next check`}
    }
  }

  /** Lint a piece of the rules' examples (rule-examples.ts); resolves to how many pieces there are. */
  async warmUp(piece: number): Promise<number> {
    // A piece of warm-up has no document, so it is never superseded.
    return (await this.run<number>({kind: 'warm-up', piece}))!
  }

  /** Start a thread if none is running; resolves once it has loaded the rules. */
  started(): Promise<void> {
    return (this.thread ?? this.start()).ready
  }

  /** The thread's heap in use, after a full collection when node runs with --expose-gc; 0 while no thread runs. */
  async heapUsed(): Promise<number> {
    const thread = this.thread
    if (!thread) return 0
    await thread.ready
    return this.ask<number>(thread, {kind: 'heap'})
  }

  /**
   * The document `uri` has changed or closed: a check of it that is running
   * is stale, and nothing it finds will be published. One still waiting for
   * its thread to start is never sent. In a lane that `stopsStaleLints`, one
   * running is left to finish while that is cheaper than a restart, and once
   * it has run as long as a restart takes (starting a thread and loading the
   * rules, which the lane measured when its thread started: some 0.3 s), the
   * thread is stopped and a new one starts for the next job. Waiting at most
   * a restart's length before paying for one never costs more than twice the
   * better of the two choices made in hindsight, whatever is left of the
   * lint; stopping at once would throw away a lint that was nearly done, and
   * never stopping would let a stale lint of a 1 MB document hold the lane
   * for seconds.
   */
  supersede(uri: string): void {
    const job = this.job
    if (job?.uri !== uri || job.superseded) return
    job.superseded = true
    if (job.started === undefined || !this.stopsStaleLints) return
    job.timer = setTimeout(() => this.stop(), Math.max(0, this.restartCost - (performance.now() - job.started)))
  }

  /** Stop the thread, failing what it was asked; the next job starts a new one. */
  stop(): void {
    const thread = this.thread
    if (!thread) return
    this.thread = undefined
    void thread.worker.terminate()
    thread.fail(new Error('stopped'))
  }

  private async run<Answer>(ask: Ask, uri?: string): Promise<Answer | undefined> {
    const job: Job = {uri}
    this.job = job
    try {
      const thread = this.thread ?? this.start()
      await thread.ready
      if (job.superseded) return undefined
      job.started = performance.now()
      return await this.ask<Answer>(thread, ask)
    } catch (error) {
      if (job.superseded) return undefined
      throw error
    } finally {
      clearTimeout(job.timer)
      this.job = undefined
      this.onIdle()
    }
  }

  private ask<Answer>(thread: Thread, ask: Ask): Promise<Answer> {
    const id = this.nextId++
    return new Promise<Answer>((resolve, reject) => {
      thread.waiting.set(id, {resolve: resolve as (answer: unknown) => void, reject})
      thread.worker.postMessage({...ask, id} satisfies LaneRequest)
    })
  }

  private start(): Thread {
    const begun = performance.now()
    const worker = new Worker(script, {workerData: this.threadData()})
    // The server lives as long as its connection: an idle thread does not keep it running.
    worker.unref()
    let started!: {resolve: () => void; reject: (error: Error) => void}
    const ready = new Promise<void>((resolve, reject) => (started = {resolve, reject}))
    // A thread that fails to start fails the job waiting for it; with none waiting, nobody need hear of it.
    ready.catch(() => undefined)
    const waiting: Thread['waiting'] = new Map()
    const fail = (error: Error) => {
      started.reject(error)
      for (const {reject} of waiting.values()) reject(error)
      waiting.clear()
    }
    const thread: Thread = {worker, ready, waiting, fail}
    worker.on('message', (message: LaneAnswer) => {
      if ('ready' in message) {
        this.restartCost = performance.now() - begun
        return started.resolve()
      }
      const asked = waiting.get(message.id)
      waiting.delete(message.id)
      if ('error' in message) asked?.reject(new Error(message.error))
      else asked?.resolve(message.answer)
    })
    // A thread that dies (out of memory, a crash) is replaced at the next job; one the lane stopped is already gone.
    const died = (error: Error) => {
      if (this.thread !== thread) return
      this.thread = undefined
      fail(error)
    }
    worker.on('error', died)
    worker.on('exit', (code) => died(new Error(`it exited with code ${code}`)))
    this.thread = thread
    return thread
  }
}
