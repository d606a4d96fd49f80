// The script a worker thread of a batch starts from: it runs the thread
// (batch-thread.ts) from the program's bundle, dist/bundle/copydesk.cjs, with
// the code cache the build made for it, as the command itself runs.
import path from 'node:path'
import {loadBundle} from './load-bundle.js'
import {packageRoot} from '../paths.js'

const {runBatchThread} = loadBundle(path.join(packageRoot, 'dist', 'bundle', 'copydesk.cjs')).exports as {runBatchThread: () => void}
runBatchThread()
