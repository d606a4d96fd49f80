// The script a worker thread of a batch starts from: it runs the thread
// (batch-thread.ts) from the program's bundle, with the code cache the build
// made for it, as the command itself runs.
import {loadProgram} from './load-bundle.js'

const {runBatchThread} = loadProgram() as {runBatchThread: () => void}
runBatchThread()
