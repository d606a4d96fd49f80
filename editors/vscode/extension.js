// A minimal client: start copydesk's language server for Markdown, plain-text
// and HTML documents. The server ships inside the extension (server/), so the
// workspace needs nothing installed.
const path = require('node:path')
const {LanguageClient, TransportKind} = require('vscode-languageclient/node')

let client

function activate(context) {
  const module = context.asAbsolutePath(path.join('server', 'node_modules', 'copydesk', 'bin', 'copydesk-language-server.js'))
  const server = {module, transport: TransportKind.stdio, args: ['--stdio']}
  client = new LanguageClient(
    'copydesk',
    'copydesk',
    {run: server, debug: server},
    {documentSelector: ['markdown', 'plaintext', 'html'].map((language) => ({scheme: 'file', language}))}
  )
  return client.start()
}

function deactivate() {
  return client ? client.stop() : undefined
}

module.exports = {activate, deactivate}
