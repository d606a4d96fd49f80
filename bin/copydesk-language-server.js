#!/usr/bin/env node
// The language server: `copydesk-language-server --stdio` (editors start it).
let startLanguageServer
try {
  ;({startLanguageServer} = await import('../dist/src/language-server/index.js'))
} catch (error) {
  console.error(`copydesk-language-server: cannot load the built program (${error.code ?? error.message}); run npm run build`)
  process.exit(2)
}
startLanguageServer()
