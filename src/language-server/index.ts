import {fileURLToPath} from 'node:url'
import {
  CodeAction,
  CodeActionKind,
  createConnection,
  Diagnostic,
  DiagnosticSeverity,
  MessageType,
  ProposedFeatures,
  Range,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  TextEdit
} from 'vscode-languageserver/node.js'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {takeDataProblems} from '../data-problems.js'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {configFor, lintFile} from '../linter.js'
import {tooLarge} from '../cli/read-article.js'
import {refreshConfigs} from '../config/load.js'
import {warmUp} from './warm-up.js'
import {widenDeletion} from '../fix.js'

/** How long the editor's keystrokes must pause before a document is linted. */
export const debounceMilliseconds = 15

/**
 * copydesk's language server (`copydesk-language-server --stdio`). It keeps
 * unified-language-server's conventions — diagnostics with the rule id as
 * code, `source`, a link to the rule's documentation, and quick fixes from
 * `expected` — but schedules checks itself: edits are debounced, and a run
 * whose document has changed since it started publishes nothing, so a stale
 * run never overwrites a newer one. The processor and its dictionaries load
 * once per server and are warmed up while the editor opens its files; each
 * check is one warm lint of the document.
 */
export function startLanguageServer(): void {
  const connection = createConnection(ProposedFeatures.all)
  const documents = new TextDocuments(TextDocument)
  const timers = new Map<string, NodeJS.Timeout>()
  /** Checks running now: the warm-up waits for them and for those the timers will start. */
  let checking = 0
  let root: string | undefined
  let warming: Promise<void> = Promise.resolve()

  connection.onInitialize((event) => {
    const folder = event.workspaceFolders?.[0]?.uri ?? event.rootUri
    root = folder ? pathOf(folder) : undefined
    warming = warmUp(root ?? process.cwd(), warmUpRounds(), () => timers.size > 0 || checking > 0).catch(() => undefined)
    return {capabilities: {textDocumentSync: TextDocumentSyncKind.Full, codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]}}}
  })

  documents.onDidChangeContent(({document}) => {
    clearTimeout(timers.get(document.uri))
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri)
        void check(document.uri)
      }, debounceMilliseconds)
    )
  })

  documents.onDidClose(({document}) => {
    clearTimeout(timers.get(document.uri))
    timers.delete(document.uri)
    connection.sendDiagnostics({uri: document.uri, diagnostics: []})
  })

  /** The last failure shown: a config half-way through an edit fails every check, and is said once, not per keystroke. */
  let lastFailure: string | undefined

  // Runs from a timer, so nothing may escape it: a rejection there would be
  // unhandled and end the server.
  async function check(uri: string): Promise<void> {
    const document = documents.get(uri)
    if (!document) return
    const {version} = document
    const file = new VFile({path: pathOf(uri), value: document.getText(), cwd: root ?? process.cwd()})
    // A document whose name does not tell its format (unsaved, “.mdx”, no extension) is read as its language.
    const format = formatOfLanguage[document.languageId]
    if (format) file.data.format = format
    // Counted until the diagnostics are written: the warm-up's next lint would hold them back.
    checking++
    try {
      // Closed, or closed and reopened (a new document, its versions counting
      // from 1 again), or edited since: a newer run, or none, has the say.
      const publish = (diagnostics: Diagnostic[]) => {
        const current = documents.get(uri)
        if (current !== document || current.version !== version) return
        return connection.sendDiagnostics({uri, version, diagnostics}).catch(() => undefined)
      }
      try {
        // An edited .copydeskrc applies from the next lint on, without a restart.
        refreshConfigs()
        // A document larger than an article may be is not checked, as the command does not read it.
        const {maxFileBytes} = configFor(file, {cwd: root})
        const size = Buffer.byteLength(document.getText())
        if (size > maxFileBytes) return await publish([notice(`copydesk did not check this document: it is ${tooLarge(size, maxFileBytes)}.`, DiagnosticSeverity.Information)])
        await lintFile(file, {cwd: root})
        lastFailure = undefined
      } catch (error) {
        // The document's diagnostics are replaced by the reason it was not checked: left in place, they would sit
        // on text that has moved, and their quick fixes with them. A notification, not window/showMessageRequest:
        // a client that answers that request with an error would reject a promise nobody awaits.
        const reason = `copydesk: ${(error as Error).message}`
        if (reason !== lastFailure) void connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Error, message: reason})
        lastFailure = reason
        return await publish([notice(`${reason} (this document was not checked)`, DiagnosticSeverity.Error)])
      }
      // Data the config names but copydesk could not use (a damaged model): said once, as the command says it.
      for (const line of takeDataProblems()) void connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Warning, message: `copydesk: ${line}`})
      const diagnostics = file.messages.map((message) => toDiagnostic(message, document))
      for (const line of file.data.controlProblems ?? []) diagnostics.push(notice(`copydesk: ${line}`, DiagnosticSeverity.Warning))
      const skipped = file.data.skippedRules
      if (skipped?.length) diagnostics.push(notice(`copydesk took longer than its time budget (timeBudget) on this document, so these rules did not run: ${skipped.join(', ')}.`, DiagnosticSeverity.Information))
      await publish(diagnostics)
    } finally {
      checking--
    }
  }

  connection.onCodeAction((event) => {
    const document = event?.textDocument && documents.get(event.textDocument.uri)
    if (!document) return []
    // Only quick fixes are offered: a client asking for other kinds (“source.organizeImports”) gets none.
    const only = event.context?.only
    if (only && !only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`) || kind === CodeActionKind.Empty)) return []
    const diagnostics = Array.isArray(event.context?.diagnostics) ? event.context.diagnostics : []
    return diagnostics.flatMap((diagnostic) => {
      const {expected, actual: flagged} = (diagnostic.data ?? {}) as {expected?: unknown; actual?: unknown}
      if (!Array.isArray(expected)) return []
      const actual = document.getText(diagnostic.range)
      // A diagnostic of an earlier version, its text since moved: its fix would land on whatever stands there now.
      if (typeof flagged === 'string' && actual !== flagged) return []
      return expected
        .filter((replacement): replacement is string => typeof replacement === 'string')
        .flatMap((replacement, index) => {
          const range = replacement ? diagnostic.range : removal(document, diagnostic.range)
          // A removal that would leave the page's markup unbalanced is not offered.
          if (!range) return []
          const title = replacement ? `Replace “${actual}” with “${replacement}”` : `Remove “${actual}”`
          const action = CodeAction.create(title, {changes: {[document.uri]: [TextEdit.replace(range, replacement)]}}, CodeActionKind.QuickFix)
          action.diagnostics = [diagnostic]
          action.isPreferred = index === 0
          return [action]
        })
    })
  })

  // For npm run soak: the heap once warm-up is over, after a full collection
  // when node runs with --expose-gc, so that two readings compare live data.
  connection.onRequest('copydesk/heap', async () => {
    await warming
    const gc = (globalThis as {gc?: () => void}).gc
    gc?.()
    return {...process.memoryUsage(), collected: gc !== undefined}
  })

  documents.listen(connection)
  connection.listen()
}

/**
 * Rounds of warm-up: forty, or `COPYDESK_WARM_UP_ROUNDS` (the test suite,
 * which starts many servers and times none of them, asks for a few).
 */
function warmUpRounds(): number {
  const rounds = Number(process.env.COPYDESK_WARM_UP_ROUNDS)
  return Number.isInteger(rounds) && rounds >= 0 ? rounds : 40
}

/** The file a URI names here; none for untitled: documents or a file: URI with a remote host (fileURLToPath throws on those). */
function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}

function toDiagnostic(message: VFileMessage, document: TextDocument): Diagnostic {
  const place = message.place && 'start' in message.place ? message.place : undefined
  const range = place
    ? Range.create(place.start.line - 1, place.start.column - 1, place.end.line - 1, place.end.column - 1)
    : Range.create(0, 0, 0, 0)
  const severity = message.fatal === true ? DiagnosticSeverity.Error : message.fatal === false ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information
  const diagnostic = Diagnostic.create(range, message.note ? `${message.reason}\n${message.note}` : message.reason, severity, message.ruleId ?? undefined, message.source ?? 'copydesk')
  if (message.url) diagnostic.codeDescription = {href: message.url}
  // The text the diagnostic covers, as checked: a quick fix asked for once it has moved is not offered.
  diagnostic.data = {expected: message.expected ?? [], actual: document.getText(range)}
  return diagnostic
}

/** A diagnostic about the document as a whole, at its start, with no fix. */
function notice(text: string, severity: DiagnosticSeverity): Diagnostic {
  return Diagnostic.create(Range.create(0, 0, 0, 0), text, severity, undefined, 'copydesk')
}

/** The formats of the editor's languages, for a document whose name does not tell its format. */
const formatOfLanguage: Record<string, 'markdown' | 'html' | undefined> = {markdown: 'markdown', mdx: 'markdown', html: 'html', xhtml: 'html'}

/** What removing a range takes, as `--fix` does: its line when nothing else is left on it, and a blank line beside it so that none doubles (src/fix.ts). */
function removal(document: TextDocument, range: Range): Range | undefined {
  const widened = widenDeletion(document.getText(), document.offsetAt(range.start), document.offsetAt(range.end))
  return widened && {start: document.positionAt(widened[0]), end: document.positionAt(widened[1])}
}
