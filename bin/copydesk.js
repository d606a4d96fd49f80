#!/usr/bin/env node
// The lint command. The TypeScript sources are compiled to dist/ and bundled into
// dist/bundle (one file loads faster than a hundred modules), with a code cache of
// the bundle, by `npm install` (the prepare script) or `npm run build`.
import {fileURLToPath} from 'node:url'
let main
try {
  const {loadBundle} = await import('../dist/src/cli/load-bundle.js')
  ;({main} = loadBundle(fileURLToPath(new URL('../dist/bundle/copydesk.cjs', import.meta.url))).exports)
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
