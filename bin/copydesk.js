#!/usr/bin/env node
// The lint command. The TypeScript sources are compiled to dist/ and bundled into
// dist/bundle (one file loads faster than a hundred modules) by `npm install`
// (the prepare script) or `npm run build`.
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
