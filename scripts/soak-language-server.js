// npm run soak: the language server's endurance. One server; SOAK_DOCS
// documents (default 40), one real article each (corpus/real/clean); SOAK_EDITS
// full-text edits (default 3,000) spread over them, in rounds of 100 that end
// by waiting for every edited document's final diagnostics and then closing 5
// documents and opening 5 new ones under new URIs. The server runs with
// --expose-gc and answers `copydesk/heap` after a full collection, so the heap
// before the loop (warm, every document linted once) and after it (every
// document closed) compare live data only. Fails (exit 1) if the heap grows by
// more than 20 % and 10 MB, if the server exits, writes an error to stderr or
// shows one, or publishes anything out of order.
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {startServer} from './lsp-client.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const edits = Number(process.env.SOAK_EDITS ?? 3000)
const documentCount = Number(process.env.SOAK_DOCS ?? 40)
const round = 100
const churn = Math.min(5, documentCount)

const articleDir = path.join(root, 'corpus', 'real', 'clean')
const articles = readdirSync(articleDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(path.join(articleDir, name), 'utf8'))
// Sentences to insert: the articles' own, so edits read like copy.
const sentences = articles.flatMap((text) => text.match(/[A-Z][^.!?\n]{20,200}[.!?]/g) ?? [])

// A seeded generator (mulberry32), so a failing run can be repeated.
let seed = Number(process.env.SOAK_SEED ?? 1)
function random() {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = (list) => list[Math.floor(random() * list.length)]

/** One edit a writer might make: a typo, a sentence added or one cut; the text stays near its first length. */
function edit(text, original) {
  const kind = text.length > original.length * 1.3 ? 'cut' : text.length < original.length * 0.8 ? 'add' : pick(['typo', 'typo', 'add', 'cut'])
  const ends = [...text.matchAll(/[.!?] /g)].map((match) => match.index + 2)
  if (kind === 'typo') {
    const words = [...text.matchAll(/\b[a-z]{5,}\b/g)]
    if (words.length) {
      const {0: word, index} = pick(words)
      const at = 1 + Math.floor(random() * (word.length - 2))
      return text.slice(0, index + at) + word[at + 1] + word[at] + text.slice(index + at + 2)
    }
  }
  if (kind === 'cut' && ends.length > 1) {
    const at = Math.floor(random() * (ends.length - 1))
    return text.slice(0, ends[at]) + text.slice(ends[at + 1])
  }
  const at = ends.length ? pick(ends) : text.length
  return `${text.slice(0, at)}${pick(sentences)} ${text.slice(at)}`
}

const failures = []
const stderr = []
const published = new Map() // uri → {version, at} of its latest diagnostics
const closed = new Set()
let publishes = 0
let diagnosticsReceived = 0

const server = startServer({
  nodeArgs: ['--expose-gc'],
  onMessage(message) {
    if (message.method === 'textDocument/publishDiagnostics') {
      const {uri, version, diagnostics} = message.params
      publishes++
      diagnosticsReceived += diagnostics.length
      if (closed.has(uri) && diagnostics.length) failures.push(`diagnostics for ${uri} after it was closed`)
      const last = published.get(uri)
      if (version !== undefined && last?.version > version) failures.push(`${uri}: version ${version} published after ${last.version}`)
      if (version !== undefined) published.set(uri, {version, at: performance.now()})
    } else if (/^window\/(showMessage|showMessageRequest|logMessage)$/.test(message.method) && message.params.type === 1) {
      failures.push(`the server reported an error: ${message.params.message}`)
    }
  }
})
server.child.stderr.on('data', (chunk) => stderr.push(String(chunk)))
let stopping = false
const died = new Promise((resolve, reject) => server.child.on('exit', (code, signal) => stopping || reject(new Error(`the server exited (${signal ?? code})`))))
died.catch(() => undefined)

/** A promise, unless the server dies or a minute passes first. */
function alive(promise, what) {
  return Promise.race([promise, died, sleep(60_000, undefined, {ref: false}).then(() => Promise.reject(new Error(`timed out waiting for ${what}`)))])
}

/** The diagnostics for a document's current version, and how long after its last edit they came. */
async function settled(document) {
  // onMessage runs before any waiter, so a publish that came already is on record.
  if (published.get(document.uri)?.version !== document.version) await alive(server.diagnostics(document.uri, document.version), `${document.uri} v${document.version}`)
  return published.get(document.uri).at - document.sentAt
}

const open = []
let opened = 0
let closedCount = 0
let nextArticle = 0
function openDocument() {
  const text = articles[nextArticle++ % articles.length]
  const uri = pathToFileURL(path.join(articleDir, `soak-${opened++}.txt`)).href
  const document = {uri, original: text, text, version: 1, sentAt: performance.now()}
  open.push(document)
  server.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
  return document
}
async function closeDocument(document) {
  open.splice(open.indexOf(document), 1)
  closed.add(document.uri)
  closedCount++
  const cleared = server.diagnostics(document.uri, undefined)
  server.notify('textDocument/didClose', {textDocument: {uri: document.uri}})
  await alive(cleared, `the clearing of ${document.uri}`)
}
const heap = async () => alive(server.request('copydesk/heap', null), 'copydesk/heap')
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1)

let maxLatency = 0
let sent = 0
try {
  const started = performance.now()
  const {capabilities} = await alive(server.request('initialize', {processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {}}), 'initialize')
  if (capabilities.textDocumentSync !== 1) throw new Error(`expected full-text sync, the server offers ${JSON.stringify(capabilities.textDocumentSync)}`)
  server.notify('initialized', {})
  const first = Array.from({length: documentCount}, openDocument)
  for (const document of first) await settled(document)
  const before = await heap()
  if (!before.collected) throw new Error('the server has no gc(): it must run with --expose-gc')

  const touched = new Set()
  while (sent < edits) {
    const document = pick(open)
    document.text = edit(document.text, document.original)
    document.version++
    document.sentAt = performance.now()
    server.notify('textDocument/didChange', {textDocument: {uri: document.uri, version: document.version}, contentChanges: [{text: document.text}]})
    touched.add(document)
    sent++
    // Typing pace, roughly: some debounces expire between edits, so lints run
    // while edits arrive and runs go stale, as in an editor.
    if (sent % 10 === 0) await sleep(1)
    if (sent % round !== 0 && sent !== edits) continue
    for (const each of touched) maxLatency = Math.max(maxLatency, await settled(each))
    touched.clear()
    if (sent === edits) break
    for (let n = 0; n < churn; n++) await closeDocument(pick(open))
    for (const each of Array.from({length: churn}, openDocument)) maxLatency = Math.max(maxLatency, await settled(each))
  }

  while (open.length) await closeDocument(open[0])
  const after = await heap()
  const growth = after.heapUsed - before.heapUsed
  const seconds = (performance.now() - started) / 1000

  console.log(`language-server soak (${seconds.toFixed(0)} s)`)
  console.log(`  edits sent:            ${sent} (full text, ${documentCount} documents open at a time)`)
  console.log(`  documents:             ${opened} opened, ${closedCount} closed`)
  console.log(`  diagnostics received:  ${publishes} publishes, ${diagnosticsReceived} diagnostics`)
  console.log(`  heap used before:      ${mb(before.heapUsed)} MB (warm, ${documentCount} documents linted; rss ${mb(before.rss)} MB)`)
  console.log(`  heap used after:       ${mb(after.heapUsed)} MB (every document closed; rss ${mb(after.rss)} MB)`)
  console.log(`  growth:                ${growth >= 0 ? '+' : ''}${mb(growth)} MB (${((growth / before.heapUsed) * 100).toFixed(1)} %)`)
  console.log(`  max latency to final diagnostics: ${maxLatency.toFixed(0)} ms (from a document's last edit; includes waiting behind the other documents' lints)`)
  if (growth > before.heapUsed * 0.2 && growth > 10 * 1024 * 1024) failures.push(`the heap grew by ${mb(growth)} MB`)
} catch (error) {
  failures.push(error.message)
}

stopping = true
server.stop()
const errorOutput = stderr.join('')
if (/unhandled|uncaught|exception|error/i.test(errorOutput)) failures.push(`the server wrote an error to stderr:\n${errorOutput}`)
else if (errorOutput) console.log(`  server stderr (not an error): ${errorOutput.trim()}`)
if (failures.length) {
  console.error(`soak failed (after ${sent} edits):\n  ${[...new Set(failures)].join('\n  ')}`)
  process.exit(1)
}
