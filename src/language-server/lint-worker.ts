// A lint thread of the language server (lint-lane.ts): loads the rules for
// the workspace once, then answers the server's requests one at a time.
import {getHeapStatistics} from 'node:v8'
import {parentPort, workerData} from 'node:worker_threads'
import {useSharedFiles} from '../model/shared-bytes.js'
import {checkDocument, loadProcessor} from './check-document.js'
import type {LaneAnswer, LaneRequest, LintThreadData} from './lint-lane.js'
import {lintExamples} from './rule-examples.js'

const {shared, root} = workerData as LintThreadData
// Before any rule loads a model: the models are read from the server's memory, not each from disk.
useSharedFiles(shared)

const answer = (message: LaneAnswer) => parentPort!.postMessage(message)

parentPort!.on('message', async (request: LaneRequest) => {
  try {
    answer({id: request.id, answer: await answerTo(request)})
  } catch (error) {
    // A warm-up that fails (a broken configuration) ends the warm-up, not the thread.
    answer({id: request.id, error: (error as Error).message})
  }
})

async function answerTo(request: LaneRequest): Promise<unknown> {
  if (request.kind === 'check') return checkDocument(request.document)
  if (request.kind === 'warm-up') return lintExamples(root ?? process.cwd(), request.piece)
  ;(globalThis as {gc?: () => void}).gc?.()
  return getHeapStatistics().used_heap_size
}

await loadProcessor(root)
answer({ready: true})
