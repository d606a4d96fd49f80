import type {ChildProcess} from 'node:child_process'
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {packageRoot} from '../src/paths.js'
import {LspClient} from './support/lsp-client.js'

// A short soak: 10 documents, 300 edits, documents closed and opened under
// new URIs as it goes. It runs with the big-input checks (npm run test:stress,
// in CI after npm test) to keep npm test within its minute. The endurance run
// with its heap and latency figures is npm run soak (scripts/soak-language-server.js).
const wanted = Boolean(process.env.COPYDESK_TEST_STRESS)

interface Published {
  uri: string
  version?: number
  diagnostics: Array<{code: string; range: {start: {line: number; character: number}; end: {line: number; character: number}}}>
}
interface Document {
  uri: string
  /** The path the in-process lint is given: none for a URI that names no file here. */
  path?: string
  text: string
  version: number
}

const articleDir = path.join(packageRoot, 'corpus', 'real', 'clean')
const articles = readdirSync(articleDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(path.join(articleDir, name), 'utf8'))

let client: LspClient
let stderr = ''
// LspClient keeps its process to itself; the soak must see it alive and its stderr empty.
const child = () => (client as unknown as {child: ChildProcess}).child

beforeAll(async () => {
  if (!wanted) return
  client = new LspClient()
  child().stderr!.on('data', (chunk: Buffer) => (stderr += String(chunk)))
  await client.request('initialize', {processId: process.pid, rootUri: pathToFileURL(packageRoot).href, capabilities: {}, workspaceFolders: null})
  client.notify('initialized', {})
}, 30_000)

afterAll(() => client?.close())

const publishes = (uri: string): Published[] =>
  client.notifications.filter((message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri).map((message) => message.params)

/** The diagnostics for a document's version, whether they came already or are still to come. */
async function diagnosticsOf(document: Document): Promise<Published> {
  const found = publishes(document.uri).find((params) => params.version === document.version)
  if (found) return found
  const message = await client.waitFor((message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === document.uri && message.params.version === document.version)
  return message.params
}

const summary = (code: string, range: Published['diagnostics'][number]['range']) =>
  `${code} ${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`

it.skipIf(!wanted)('lints 10 documents through 300 edits with documents closed and reopened, and ends on each one’s final text', {timeout: 60_000}, async () => {
  let nextArticle = 0
  let opened = 0
  const open: Document[] = []
  const closed: Document[] = []
  function openDocument(uri?: string): void {
    const file = path.join(packageRoot, 'corpus', `soak-test-${opened++}.txt`)
    // One document under a file: URI with a remote host, which names no file
    // here: the server lints it as untitled text instead of ending.
    const document: Document = uri ? {uri, text: articles[nextArticle++], version: 1} : {uri: pathToFileURL(file).href, path: file, text: articles[nextArticle++], version: 1}
    open.push(document)
    client.notify('textDocument/didOpen', {textDocument: {uri: document.uri, languageId: 'plaintext', version: 1, text: document.text}})
  }
  openDocument('file://remote-host/share/soak-test.txt')
  for (let n = 1; n < 10; n++) openDocument()

  for (let edit = 1; edit <= 300; edit++) {
    // Deterministic spread; the remote-host document is never closed, so it is checked at the end.
    const document = open[(edit * 7) % open.length]
    document.text += edit % 3 === 0 ? `\nThe destroyer number ${edit} was comissioned.` : ` Edit ${edit}.`
    document.version++
    client.notify('textDocument/didChange', {textDocument: {uri: document.uri, version: document.version}, contentChanges: [{text: document.text}]})
    // Pauses let debounces expire mid-stream, so lints run (and go stale) while edits arrive.
    if (edit % 10 === 0) await sleep(5)
    if (edit % 50 === 0 && edit < 300) {
      for (const gone of open.splice(1 + (edit / 50) % 3, 2)) {
        closed.push(gone)
        client.notify('textDocument/didClose', {textDocument: {uri: gone.uri}})
      }
      openDocument()
      openDocument()
    }
  }

  expect(open).toHaveLength(10)
  expect(closed).toHaveLength(10)
  const finals = await Promise.all(open.map(diagnosticsOf))
  await sleep(300)

  for (const [index, document] of open.entries()) {
    // Nothing older came after the final version's diagnostics…
    expect(publishes(document.uri).at(-1)!.version).toBe(document.version)
    // …and they are those of the final text.
    const [fresh] = await lint(document.path ? {path: document.path, value: document.text} : {value: document.text})
    expect(finals[index].diagnostics.map((diagnostic) => summary(diagnostic.code, diagnostic.range))).toEqual(
      fresh.messages.map((message) => {
        const place = message.place as {start: {line: number; column: number}; end: {line: number; column: number}}
        return summary(message.ruleId!, {start: {line: place.start.line - 1, character: place.start.column - 1}, end: {line: place.end.line - 1, character: place.end.column - 1}})
      })
    )
  }
  // A closed document's last word is an empty publish, without a version.
  for (const document of closed) expect(publishes(document.uri).at(-1)).toEqual({uri: document.uri, diagnostics: []})

  // Still alive and answering, and no error said or written.
  const actions = await client.request('textDocument/codeAction', {textDocument: {uri: open[1].uri}, range: {start: {line: 0, character: 0}, end: {line: 0, character: 1}}, context: {diagnostics: []}})
  expect(actions).toEqual([])
  expect(child().exitCode).toBeNull()
  expect(client.notifications.filter((message) => /^window\/(showMessage|logMessage)$/.test(message.method ?? '') && message.params.type === 1)).toEqual([])
  expect(stderr).toBe('')
})
