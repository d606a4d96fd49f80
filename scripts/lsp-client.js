// A minimal LSP client over stdio for the scripts that drive
// `copydesk-language-server --stdio` (npm run bench, npm run soak). The tests
// have their own, typed, in test/support/lsp-client.ts.
import {spawn} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Start the server; `nodeArgs` go to node before the script (the soak passes
 * --expose-gc). `onMessage` sees every notification and every request the
 * server sends, before any waiter; the server's requests are answered with null.
 */
export function startServer({nodeArgs = [], onMessage = () => {}} = {}) {
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, 'bin', 'copydesk-language-server.js'), '--stdio'], {cwd: root})
  let buffer = Buffer.alloc(0)
  let nextId = 1
  const waiters = []
  const pending = new Map()
  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk])
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n')
      if (headerEnd < 0) return
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())[1])
      if (buffer.length < headerEnd + 4 + length) return
      const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString())
      buffer = buffer.subarray(headerEnd + 4 + length)
      if (message.id !== undefined && !message.method) {
        pending.get(message.id)?.(message)
        pending.delete(message.id)
        continue
      }
      onMessage(message)
      if (message.id !== undefined) send({jsonrpc: '2.0', id: message.id, result: null})
      else for (const waiter of [...waiters]) if (waiter.match(message)) waiters.splice(waiters.indexOf(waiter), 1) && waiter.resolve(message)
    }
  })
  const send = (message) => {
    const body = JSON.stringify(message)
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
  }
  /** The next notification that matches. */
  const waitFor = (match) => new Promise((resolve) => waiters.push({match, resolve}))
  return {
    child,
    /** The result of a request; an error answer rejects. */
    request: (method, params) => new Promise((resolve, reject) => {
      const id = nextId++
      pending.set(id, (message) => (message.error ? reject(new Error(`${method}: ${message.error.message}`)) : resolve(message.result)))
      send({jsonrpc: '2.0', id, method, params})
    }),
    notify: (method, params) => send({jsonrpc: '2.0', method, params}),
    waitFor,
    /** The diagnostics published for a version of a document (`undefined`: the clearing on close). */
    diagnostics: (uri, version) => waitFor((message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri && message.params.version === version),
    stop: () => child.kill()
  }
}
