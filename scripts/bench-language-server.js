// The language server's answer to a burst of typing: 50 rapid edits of a
// 3,000-word article (the corpus articles run together), and the time from the
// last edit to the diagnostics for it. Part of npm run bench (budget 100 ms);
// `node scripts/bench-language-server.js` prints it alone.
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')

/** A minimal LSP client over stdio: Content-Length framing, notifications by method. */
function startServer() {
  const child = spawn(process.execPath, [path.join(root, 'bin', 'copydesk-language-server.js'), '--stdio'], {cwd: root})
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
      if (message.id !== undefined && !message.method) pending.get(message.id)?.(message)
      else if (message.id !== undefined) send({jsonrpc: '2.0', id: message.id, result: null})
      else for (const waiter of [...waiters]) if (waiter.match(message)) waiters.splice(waiters.indexOf(waiter), 1) && waiter.resolve(message)
    }
  })
  const send = (message) => {
    const body = JSON.stringify(message)
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
  }
  return {
    request: (method, params) => new Promise((resolve) => {
      const id = nextId++
      pending.set(id, resolve)
      send({jsonrpc: '2.0', id, method, params})
    }),
    notify: (method, params) => send({jsonrpc: '2.0', method, params}),
    diagnostics: (uri, version) => new Promise((resolve) => waiters.push({match: (message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri && message.params.version === version, resolve})),
    stop: () => child.kill()
  }
}

export async function languageServerLatency(bursts = 3) {
  const text = ['000_09e2d2f1245f9809.txt', '001_1d753330948b20d3.txt', '003_871418fd08b4ac8e.txt', '004_9bfdd210c1d62a51.txt']
    .map((name) => readFileSync(path.join(root, 'corpus', name), 'utf8'))
    .join('\n\n')
  const server = startServer()
  await server.request('initialize', {processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {}})
  server.notify('initialized', {})
  const samples = []
  for (let burst = 0; burst < bursts; burst++) {
    const uri = pathToFileURL(path.join(root, 'corpus', `bench-${burst}.txt`)).href
    const opened = server.diagnostics(uri, 1)
    server.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
    await opened
    let current = text
    const final = server.diagnostics(uri, 51)
    let last = 0
    for (let version = 2; version <= 51; version++) {
      current += `\nThe destroyer number ${version} was comissioned.`
      server.notify('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text: current}]})
      last = performance.now()
    }
    await final
    samples.push(performance.now() - last)
    server.notify('textDocument/didClose', {textDocument: {uri}})
  }
  server.stop()
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`language server: final diagnostics ${(await languageServerLatency()).toFixed(0)} ms after the last of 50 rapid edits to a 3,300-word article (median of 3 bursts)`)
}
