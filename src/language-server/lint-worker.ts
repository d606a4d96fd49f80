// The script a lint thread of the language server starts from: it runs the
// thread (lint-thread.ts) from the program's bundle, with the code cache the
// build made for it, so that V8 neither parses the bundle nor compiles the
// functions a lint runs; the ES module bundle the server itself runs from can
// have no cache in Node 20.
import {loadProgram} from '../cli/load-bundle.js'

const {runLintThread} = loadProgram() as {runLintThread: () => Promise<void>}
await runLintThread()
