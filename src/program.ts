// What the program's bundle (dist/bundle/copydesk.cjs, scripts/bundle.js)
// exports: the lint command, a batch's worker thread and a language server's
// lint thread. The threads load the same bundle, and so share the command's
// code cache.
export {main} from './cli/main.js'
export {runBatchThread} from './cli/batch-thread.js'
export {runLintThread} from './language-server/lint-thread.js'
