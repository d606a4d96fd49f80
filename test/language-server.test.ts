import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {packageRoot} from '../src/paths.js'
import {LspClient} from './support/lsp-client.js'

const articlePath = path.join(packageRoot, 'corpus', '000_09e2d2f1245f9809.txt')
const uri = pathToFileURL(articlePath).href
const text = readFileSync(articlePath, 'utf8')
let client: LspClient

const diagnosticsFor = (documentUri: string, version: number) =>
  client.waitFor((message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === documentUri && message.params.version === version)

/** The text a range covers. */
function covered(source: string, range: {start: {line: number; character: number}; end: {line: number; character: number}}): string {
  const lines = source.split('\n')
  return lines[range.start.line].slice(range.start.character, range.start.line === range.end.line ? range.end.character : undefined)
}

/** Opens a new plain-text document with a line of furniture, and resolves to its URI and the furniture's diagnostic. */
async function openWithFurniture(name: string, source: string): Promise<{documentUri: string; furniture: any}> {
  const documentUri = pathToFileURL(path.join(mkdtempSync(path.join(os.tmpdir(), 'copydesk-lsp-')), name)).href
  const published = diagnosticsFor(documentUri, 1)
  client.notify('textDocument/didOpen', {textDocument: {uri: documentUri, languageId: 'plaintext', version: 1, text: source}})
  const furniture = (await published).params.diagnostics.find((diagnostic: any) => diagnostic.code === 'boilerplate')
  return {documentUri, furniture}
}

beforeAll(async () => {
  client = new LspClient()
  await client.request('initialize', {processId: process.pid, rootUri: pathToFileURL(packageRoot).href, capabilities: {}, workspaceFolders: null})
  client.notify('initialized', {})
}, 30_000)

afterAll(() => client.close())

describe('copydesk-language-server --stdio', () => {
  it('publishes copydesk diagnostics with rule codes, doc links and quick fixes', async () => {
    const published = diagnosticsFor(uri, 1)
    client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
    const {params} = await published
    const typo = params.diagnostics.find((diagnostic: any) => covered(text, diagnostic.range) === 'Dissuasions')
    expect(typo).toBeDefined()
    expect(['spelling', 'real-word']).toContain(typo.code)
    expect(typo.source).toBe('copydesk')
    expect(typo.codeDescription.href).toMatch(/rules\/(spelling|real-word)\/README\.md$/)
    const codes = params.diagnostics.map((diagnostic: any) => diagnostic.code)
    expect(codes).toContain('boilerplate')
    expect(codes).toContain('quote-balance')

    // The quick fix is the lint command's first suggestion, applied to the range.
    const [expected] = (await lint({path: articlePath, value: text}))[0].messages.find((message) => message.actual === 'Dissuasions')!.expected!
    const actions = await client.request('textDocument/codeAction', {textDocument: {uri}, range: typo.range, context: {diagnostics: [typo]}})
    const edit = actions[0].edit.changes[uri][0]
    expect(edit.range).toEqual(typo.range)
    expect(edit.newText).toBe(expected)
    const lines = text.split('\n')
    const line = lines[edit.range.start.line]
    expect(line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character)).toMatch(/^Discussions on transferring Unicorn/)
  }, 30_000)

  it('removes a furniture line with its quick fix as --fix does: the line, and a blank line beside it so none doubles', async () => {
    const source = 'The ministers met on Monday.\n\nPhoto By: Air Force Staff Sgt. Marco A. Gomez\n\nThey agreed to hold more exercises.\n'
    const {documentUri: furnitureUri, furniture: credit} = await openWithFurniture('credit.txt', source)
    expect(covered(source, credit.range)).toBe('Photo By: Air Force Staff Sgt. Marco A. Gomez')
    const actions = await client.request('textDocument/codeAction', {textDocument: {uri: furnitureUri}, range: credit.range, context: {diagnostics: [credit]}})
    const edit = actions[0].edit.changes[furnitureUri][0]
    expect(edit).toEqual({range: {start: {line: 2, character: 0}, end: {line: 4, character: 0}}, newText: ''})
    // On a page, the fix's title quotes the words as the page shows them, not the tags between them.
    const page = '<p>The ministers met on Monday.</p>\n<p><strong>Photo:</strong> Reuters</p>\n<p>They agreed to hold more exercises.</p>\n'
    const {documentUri: pageUri, furniture: pageCredit} = await openWithFurniture('credit.html', page)
    const [removal] = await client.request('textDocument/codeAction', {textDocument: {uri: pageUri}, range: pageCredit.range, context: {diagnostics: [pageCredit]}})
    expect(removal.title).toBe('Remove “Photo: Reuters”')
  }, 30_000)

  it('checks a document opened at once before it finishes warming up: the warm-up gives way', async () => {
    const fresh = new LspClient()
    try {
      await fresh.request('initialize', {processId: process.pid, rootUri: pathToFileURL(packageRoot).href, capabilities: {}, workspaceFolders: null})
      fresh.notify('initialized', {})
      const order: string[] = []
      const published = fresh
        .waitFor((message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri && message.params.version === 1)
        .then(() => order.push('document'))
      fresh.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
      // Answered once the warm-up is over (its rounds: COPYDESK_WARM_UP_ROUNDS, four in the suite, each every rule's examples).
      const warmed = fresh.request('copydesk/heap', {}).then(() => order.push('warm-up'))
      await Promise.all([published, warmed])
      expect(order).toEqual(['document', 'warm-up'])
    } finally {
      fresh.close()
    }
  }, 60_000)

  it('clears the diagnostic when an edit removes the defect', async () => {
    const fixed = text.replace('Dissuasions', 'Discussions')
    const published = diagnosticsFor(uri, 2)
    client.notify('textDocument/didChange', {textDocument: {uri, version: 2}, contentChanges: [{text: fixed}]})
    const {params} = await published
    expect(params.diagnostics.filter((diagnostic: any) => /Dissuasions|Discussions/.test(covered(fixed, diagnostic.range)))).toEqual([])
    expect(params.diagnostics.some((diagnostic: any) => diagnostic.code === 'boilerplate')).toBe(true)
  }, 30_000)

  it('applies an edited .copydeskrc from the next lint on, without a restart', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'copydesk-lsp-config-'))
    const draft = path.join(folder, 'draft.txt')
    const draftUri = pathToFileURL(draft).href
    const draftText = 'The destroyer was comissioned in 2019.\n'
    writeFileSync(draft, draftText)
    const codes = async (version: number, send: () => void) => {
      const published = diagnosticsFor(draftUri, version)
      send()
      return (await published).params.diagnostics.map((diagnostic: any) => diagnostic.code)
    }
    expect(await codes(1, () => client.notify('textDocument/didOpen', {textDocument: {uri: draftUri, languageId: 'plaintext', version: 1, text: draftText}}))).toContain('spelling')
    writeFileSync(path.join(folder, '.copydeskrc'), JSON.stringify({rules: {spelling: 'off'}}))
    expect(await codes(2, () => client.notify('textDocument/didChange', {textDocument: {uri: draftUri, version: 2}, contentChanges: [{text: draftText + '\n'}]}))).not.toContain('spelling')
  }, 30_000)

  it('offers no quick fix for a diagnostic whose text has moved since it was checked', async () => {
    // Found by probing: a fix asked for with the last diagnostics after an edit above them removed the lead paragraph.
    const source = 'The ministers met on Monday to discuss the exercise.\n\nShare this: Facebook Twitter\n\nThey agreed to hold more exercises next year.\n'
    const {documentUri: movedUri, furniture: share} = await openWithFurniture('moved.txt', source)
    const ask = () => client.request('textDocument/codeAction', {textDocument: {uri: movedUri}, range: share.range, context: {diagnostics: [share]}})
    expect((await ask()).length).toBe(1)
    // Other kinds asked for get none; a request without its context gets none, not an internal error.
    expect(await client.request('textDocument/codeAction', {textDocument: {uri: movedUri}, range: share.range, context: {diagnostics: [share], only: ['source.organizeImports']}})).toEqual([])
    expect(await client.request('textDocument/codeAction', {textDocument: {uri: movedUri}, range: share.range, context: null})).toEqual([])
    const republished = diagnosticsFor(movedUri, 2)
    client.notify('textDocument/didChange', {textDocument: {uri: movedUri, version: 2}, contentChanges: [{text: 'A new lead paragraph.\n\n' + source}]})
    expect(await ask()).toEqual([])
    await republished
  }, 30_000)

  it('reads an unsaved document as its language, and says why a document was not checked in place of stale diagnostics', async () => {
    const untitled = 'untitled:Untitled-1'
    const markdown = '# The destroyer\n\nThe destroyer sailed on Monday.\n\n```\nrecieved the the comissioned\n```\n\n<!-- recieved -->\n'
    const published = diagnosticsFor(untitled, 1)
    client.notify('textDocument/didOpen', {textDocument: {uri: untitled, languageId: 'markdown', version: 1, text: markdown}})
    expect((await published).params.diagnostics).toEqual([])

    const folder = mkdtempSync(path.join(os.tmpdir(), 'copydesk-lsp-broken-'))
    const draftUri = pathToFileURL(path.join(folder, 'draft.txt')).href
    const draftText = 'The destroyer was recieved by the the navy.\n'
    const first = diagnosticsFor(draftUri, 1)
    client.notify('textDocument/didOpen', {textDocument: {uri: draftUri, languageId: 'plaintext', version: 1, text: draftText}})
    expect((await first).params.diagnostics.length).toBeGreaterThan(0)
    // A config half-way through an edit: the old diagnostics would sit on moved text; one notice at the top replaces them.
    writeFileSync(path.join(folder, '.copydeskrc'), JSON.stringify({rules: {spelling: 'bogus'}}))
    const second = diagnosticsFor(draftUri, 2)
    client.notify('textDocument/didChange', {textDocument: {uri: draftUri, version: 2}, contentChanges: [{text: 'New first line.\n\n' + draftText}]})
    const [notice] = (await second).params.diagnostics
    expect((await second).params.diagnostics.length).toBe(1)
    expect(notice.range).toEqual({start: {line: 0, character: 0}, end: {line: 0, character: 0}})
    expect(notice.message).toMatch(/severity.*this document was not checked/)
  }, 30_000)

  it('says a document over maxFileSize was not checked', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'copydesk-lsp-limit-'))
    writeFileSync(path.join(folder, '.copydeskrc'), JSON.stringify({maxFileSize: 0.0001}))
    const draftUri = pathToFileURL(path.join(folder, 'draft.txt')).href
    const published = diagnosticsFor(draftUri, 1)
    client.notify('textDocument/didOpen', {textDocument: {uri: draftUri, languageId: 'plaintext', version: 1, text: 'The destroyer was comissioned in 2019.\n'.repeat(5)}})
    const {params} = await published
    expect(params.diagnostics).toHaveLength(1)
    expect(params.diagnostics[0].message).toMatch(/^copydesk did not check this document: it is too large for an article \(0\.0 MB; the limit is 0 MB/)
  })

  // A long document is linted off the server's thread, in a lane of its own.
  // No time is asserted (a test must pass on any machine), only what comes
  // first, which a lint of half a megabyte decides by a wide margin over a
  // one-line document and a request.
  describe('while a long document is linted', () => {
    const cleanDir = path.join(packageRoot, 'corpus', 'real', 'clean')
    const articles = readdirSync(cleanDir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => readFileSync(path.join(cleanDir, name), 'utf8'))
    let long = ''
    for (let next = 0; long.length < 500_000; next++) long += articles[next % articles.length] + '\n\n'
    const typo = 'The destroyer was comissioned in 2019.\n'

    /** Opens a long document and then a one-line one; resolves, with their URIs, once the short one's diagnostics (which name its typo) have come. */
    async function openLongThenShort(): Promise<{longUri: string; shortUri: string}> {
      const folder = mkdtempSync(path.join(os.tmpdir(), 'copydesk-lsp-long-'))
      const longUri = pathToFileURL(path.join(folder, 'long.txt')).href
      const shortUri = pathToFileURL(path.join(folder, 'short.txt')).href
      // Opened together, the long one first: its check starts first.
      client.notify('textDocument/didOpen', {textDocument: {uri: longUri, languageId: 'plaintext', version: 1, text: long}})
      const short = diagnosticsFor(shortUri, 1)
      client.notify('textDocument/didOpen', {textDocument: {uri: shortUri, languageId: 'plaintext', version: 1, text: typo}})
      expect((await short).params.diagnostics.map((diagnostic: any) => diagnostic.code)).toContain('spelling')
      return {longUri, shortUri}
    }

    /** The versions published for a document, in the order they came. */
    const versions = (documentUri: string) =>
      client.notifications.filter((message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === documentUri).map((message) => message.params.version)

    it('checks a short document and answers requests before the long one’s diagnostics come', {timeout: 120_000}, async () => {
      const {longUri} = await openLongThenShort()
      const actions = await client.request('textDocument/codeAction', {textDocument: {uri: longUri}, range: {start: {line: 0, character: 0}, end: {line: 0, character: 1}}, context: {diagnostics: []}})
      expect(actions).toEqual([])
      expect(versions(longUri)).toEqual([])
      await diagnosticsFor(longUri, 1)
      client.notify('textDocument/didClose', {textDocument: {uri: longUri}})
    })

    it('publishes nothing of a version an edit superseded while it was being linted', {timeout: 120_000}, async () => {
      const {longUri} = await openLongThenShort()
      const edited = long + typo
      const final = diagnosticsFor(longUri, 2)
      client.notify('textDocument/didChange', {textDocument: {uri: longUri, version: 2}, contentChanges: [{text: edited}]})
      const {params} = await final
      expect(versions(longUri)).toEqual([2])
      // The diagnostics are the edited text's: the typo on its last line is found.
      const lastLine = edited.split('\n').length - 2
      expect(params.diagnostics.some((diagnostic: any) => diagnostic.code === 'spelling' && diagnostic.range.start.line === lastLine)).toBe(true)
      client.notify('textDocument/didClose', {textDocument: {uri: longUri}})
    })
  })

  // How fast the final answer comes is a benchmark figure (npm run bench), not
  // a test: a test must pass on any machine, however loaded.
  it('debounces 50 rapid edits of a 3,000-word article, stays responsive, and ends on a fresh lint of the final text', {timeout: 60_000}, async () => {
    const long = ['000_09e2d2f1245f9809.txt', '001_1d753330948b20d3.txt', '003_871418fd08b4ac8e.txt', '004_9bfdd210c1d62a51.txt']
      .map((name) => readFileSync(path.join(packageRoot, 'corpus', name), 'utf8'))
      .join('\n\n')
    expect(long.split(/\s+/).length).toBeGreaterThan(3000)
    const longPath = path.join(packageRoot, 'corpus', 'draft-long.txt')
    const longUri = pathToFileURL(longPath).href
    const opened = diagnosticsFor(longUri, 1)
    client.notify('textDocument/didOpen', {textDocument: {uri: longUri, languageId: 'plaintext', version: 1, text: long}})
    await opened

    let current = long
    const final = diagnosticsFor(longUri, 51)
    for (let version = 2; version <= 51; version++) {
      current = current + `\nThe destroyer number ${version} was comissioned.`
      client.notify('textDocument/didChange', {textDocument: {uri: longUri, version}, contentChanges: [{text: current}]})
    }
    const {params} = await final
    // The server keeps answering requests.
    const actions = await client.request('textDocument/codeAction', {textDocument: {uri: longUri}, range: {start: {line: 0, character: 0}, end: {line: 0, character: 1}}, context: {diagnostics: []}})
    expect(Array.isArray(actions)).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 300))

    // Nothing older arrives after the final diagnostics.
    const published = client.notifications.filter((message) => message.params?.uri === longUri).map((message) => message.params.version)
    expect(published.at(-1)).toBe(51)
    expect(published.filter((version) => version > 1 && version < 51).length).toBeLessThan(50)

    const [fresh] = await lint({path: longPath, value: current})
    const summary = (range: any, code: string) => `${code} ${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`
    expect(params.diagnostics.map((diagnostic: any) => summary(diagnostic.range, diagnostic.code))).toEqual(
      fresh.messages.map((message) => {
        const place = message.place as {start: {line: number; column: number}; end: {line: number; column: number}}
        return summary({start: {line: place.start.line - 1, character: place.start.column - 1}, end: {line: place.end.line - 1, character: place.end.column - 1}}, message.ruleId!)
      })
    )
  })
})
