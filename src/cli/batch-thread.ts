// A worker thread of a batch (src/cli/worker-pool.ts): checks the articles it
// is sent, one at a time, as the command would, and sends back each outcome.
// In the program's bundle (src/program.ts), whose code cache it shares with
// the command: lint-worker.ts loads it there.
import {createRequire} from 'node:module'
import path from 'node:path'
import {takeDataProblems} from '../data-problems.js'
import {checkArticle} from './check-article.js'
import {readArticle} from './read-article.js'
import {toWire, type WorkerData} from './worker-pool.js'
import {useSharedFiles} from '../model/shared-bytes.js'

/** Check what the command sends until it stops this thread. */
export function runBatchThread(): void {
  // Required here, not imported: a one-article lint runs this bundle too, and starts no thread.
  const {parentPort, workerData} = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')
  const {options, lintOptions, cwd, shared} = workerData as WorkerData
  // Before any rule loads a model: the models are read from the command's memory, not each from disk.
  useSharedFiles(shared)
  parentPort!.on('message', async ({index, path: file}: {index: number; path: string}) => {
    const outcome = await checkArticle({path: file, read: (maxBytes) => readArticle(path.resolve(cwd, file), maxBytes)}, options, lintOptions, cwd)
    parentPort!.postMessage(toWire(index, outcome, takeDataProblems()))
  })
}
