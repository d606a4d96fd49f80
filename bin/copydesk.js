#!/usr/bin/env node
// The lint command. The TypeScript sources are compiled to dist/ and bundled into
// dist/bundle (one file loads faster than a hundred modules), with a code cache of
// the bundle, by `npm install` (the prepare script) or `npm run build`.
import {fileURLToPath} from 'node:url'
let main
let filesRead
try {
  // Every module is imported before the large files are read ahead: Node reads a module's source on
  // its I/O threads, where the last import waited behind 37 MB of reads (20-25 ms of a one-article lint).
  const [{readAheadFiles}, {readAhead}, {loadBundle}] = await Promise.all([import('../dist/src/model/files.js'), import('../dist/src/model/shared-bytes.js'), import('../dist/src/cli/load-bundle.js')])
  // The large files a lint reads whole are read on Node's I/O threads while the program loads (src/model/shared-bytes.ts).
  filesRead = readAhead(readAheadFiles)
  ;({main} = loadBundle(fileURLToPath(new URL('../dist/bundle/copydesk.cjs', import.meta.url))).exports)
} catch (error) {
  console.error(`copydesk: cannot load the built program (${error.code ?? error.message}); run npm run build`)
  process.exit(2)
}
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // Made on first use: Node builds standard input's stream when asked for it, which only --stdin needs.
  get stdin() {
    return process.stdin
  },
  isTerminal: process.stdout.isTTY === true,
  filesRead
})
// Leave once the output is written, without waiting for Node to take down the heap (the model, the
// dictionaries) as a natural exit does: a CI gate that lints one article waits some 6 ms less
// (median of 15 interleaved runs, three times).
process.stdout.write('', () => process.stderr.write('', () => process.exit()))
