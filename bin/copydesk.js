#!/usr/bin/env node
// The lint command. The TypeScript sources are compiled to dist/ and bundled into
// dist/bundle (one file loads faster than a hundred modules) by `npm install`
// (the prepare script) or `npm run build`.
import {setFlagsFromString} from 'node:v8'
// Compile each pattern to machine code at its first use: copydesk's patterns run over whole
// articles, which V8's pattern interpreter (its default until a pattern has run once) reads
// slowly. A cold start on one seed article: median 829 → 738 ms (15 runs each, interleaved).
setFlagsFromString('--no-regexp-tier-up')
let main
try {
  ;({main} = await import('../dist/bundle/copydesk.js'))
} catch (error) {
  console.error(`copydesk: cannot load the built program (${error.code ?? error.message}); run npm run build`)
  process.exit(2)
}
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  isTerminal: process.stdout.isTTY === true
})
