// A lint thread of the language server (lint-lane.ts): loads the rules for
// the workspace once, then answers the server's requests one at a time. In
// the program's bundle (src/program.ts), whose code cache it shares with the
// lint command: lint-worker.ts loads it there.
import {createRequire} from 'node:module'
import {useSharedFiles} from '../model/shared-bytes.js'
import {checkDocument, loadProcessor} from './check-document.js'
import type {LaneAnswer, LaneRequest, LintThreadData} from './lint-lane.js'
import {lintExamples} from './rule-examples.js'

/** Answer the server from this thread until it is stopped. */
export async function runLintThread(): Promise<void> {
  // Required here, not imported: the lint command's bundle holds this module too, and a one-article lint
  // loads neither.
  const require = createRequire(import.meta.url)
  const {parentPort, workerData} = require('node:worker_threads') as typeof import('node:worker_threads')
  const {getHeapStatistics} = require('node:v8') as typeof import('node:v8')
  const {shared, root} = workerData as LintThreadData
  // Before any rule loads a model: the models are read from the server's memory, not each from disk.
  useSharedFiles(shared)
  const answer = (message: LaneAnswer) => parentPort!.postMessage(message)
  const answerTo = async (request: LaneRequest): Promise<unknown> => {
    if (request.kind === 'check') return checkDocument(request.document)
    if (request.kind === 'warm-up') return lintExamples(root ?? process.cwd(), request.piece)
    ;(globalThis as {gc?: () => void}).gc?.()
    return getHeapStatistics().used_heap_size
  }
  parentPort!.on('message', async (request: LaneRequest) => {
    try {
      answer({id: request.id, answer: await answerTo(request)})
    } catch (error) {
      // A warm-up that fails (a broken configuration) ends the warm-up, not the thread.
      answer({id: request.id, error: (error as Error).message})
    }
  })
  await loadProcessor(root)
  answer({ready: true})
}
