// The language server's answer to a burst of typing: 50 rapid edits of a
// 3,000-word article (the corpus articles run together), and the time from the
// last edit to the diagnostics for it, once the server has warmed up (it lints
// the rules' examples while the editor opens its files; an editing session is
// long, its first seconds are not). Part of npm run bench (budget 100 ms), which
// also prints how long the first diagnostics take on a cold server;
// `node scripts/bench-language-server.js` prints both alone.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {startServer} from './lsp-client.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')

/** `first`: open to first diagnostics on a cold server; `burst`: the median burst latency once warm. */
export async function languageServerTimes(bursts = 3) {
  const text = ['000_09e2d2f1245f9809.txt', '001_1d753330948b20d3.txt', '003_871418fd08b4ac8e.txt', '004_9bfdd210c1d62a51.txt']
    .map((name) => readFileSync(path.join(root, 'corpus', name), 'utf8'))
    .join('\n\n')
  const server = startServer()
  await server.request('initialize', {processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {}})
  server.notify('initialized', {})
  // The first document, opened at once: the cold start a writer sees when the editor opens.
  const firstUri = pathToFileURL(path.join(root, 'corpus', 'bench-first.txt')).href
  const started = performance.now()
  const firstDiagnostics = server.diagnostics(firstUri, 1)
  server.notify('textDocument/didOpen', {textDocument: {uri: firstUri, languageId: 'plaintext', version: 1, text}})
  await firstDiagnostics
  const first = performance.now() - started
  server.notify('textDocument/didClose', {textDocument: {uri: firstUri}})
  // Answered once the warm-up is over.
  await server.request('copydesk/heap', {})
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
  return {first, burst: samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {first, burst} = await languageServerTimes()
  console.log(`language server: first diagnostics ${first.toFixed(0)} ms after opening a 3,300-word article on a cold server; once warm, final diagnostics ${burst.toFixed(0)} ms after the last of 50 rapid edits (median of 3 bursts)`)
}
