// A worker thread of a batch (src/cli/worker-pool.ts): checks the articles it
// is sent, one at a time, as the command would, and sends back each outcome.
import path from 'node:path'
import {parentPort, workerData} from 'node:worker_threads'
import {takeDataProblems} from '../data-problems.js'
import {checkArticle} from './check-article.js'
import {readArticle} from './read-article.js'
import {toWire, type WorkerData} from './worker-pool.js'
import {useSharedFiles} from '../model/shared-bytes.js'

const {options, lintOptions, cwd, shared} = workerData as WorkerData
// Before any rule loads a model: the models are read from the command's memory, not each from disk.
useSharedFiles(shared)

parentPort!.on('message', async ({index, path: file}: {index: number; path: string}) => {
  const outcome = await checkArticle({path: file, read: (maxBytes) => readArticle(path.resolve(cwd, file), maxBytes)}, options, lintOptions, cwd)
  parentPort!.postMessage(toWire(index, outcome, takeDataProblems()))
})
