// The script a lint thread of the language server starts from: it runs the
// thread (lint-thread.ts) from the program's bundle, dist/bundle/copydesk.cjs,
// with the code cache the build made for it, so that V8 neither parses the
// bundle nor compiles the functions a lint runs; the ES module bundle the
// server itself runs from can have no cache in Node 20.
import path from 'node:path'
import {loadBundle} from '../cli/load-bundle.js'
import {packageRoot} from '../paths.js'

const {runLintThread} = loadBundle(path.join(packageRoot, 'dist', 'bundle', 'copydesk.cjs')).exports as {runLintThread: () => Promise<void>}
await runLintThread()
