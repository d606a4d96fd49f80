#!/usr/bin/env node
// The language server: `copydesk-language-server --stdio` (editors start it), from
// the bundle `npm run build` writes to dist/bundle.
import {setFlagsFromString} from 'node:v8'
// Patterns compiled to machine code at first use, as the lint command does (bin/copydesk.js says why).
setFlagsFromString('--no-regexp-tier-up')
let startLanguageServer
try {
  ;({startLanguageServer} = await import('../dist/bundle/copydesk-language-server.js'))
} catch (error) {
  console.error(`copydesk-language-server: cannot load the built program (${error.code ?? error.message}); run npm run build`)
  process.exit(2)
}
startLanguageServer()
