// A worker thread of a batch (src/cli/worker-pool.ts): checks the articles it
// is sent, one at a time, as the command would, and sends back each outcome.
import path from 'node:path'
import {parentPort, workerData} from 'node:worker_threads'
import {takeDataProblems} from '../data-problems.js'
import {checkArticle} from './check-article.js'
import {readArticle} from './read-article.js'
import {toWire, type WorkerSetup} from './worker-pool.js'

const {options, lintOptions, cwd} = workerData as WorkerSetup

parentPort!.on('message', async ({index, path: file}: {index: number; path: string}) => {
  const outcome = await checkArticle({path: file, read: (maxBytes) => readArticle(path.resolve(cwd, file), maxBytes)}, options, lintOptions, cwd)
  parentPort!.postMessage(toWire(index, outcome, takeDataProblems()))
})
