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
import {dataProblem, takeDataProblems} from '../data-problems.js'
import {modelFiles} from '../model/files.js'
import {shareFiles} from '../model/shared-bytes.js'
import {widenDeletion} from '../widen-deletion.js'
import type {WireMessage} from '../wire-message.js'
import type {CheckOutcome} from './check-document.js'
import {LintLane} from './lint-lane.js'
import {warmUp} from './warm-up.js'

/** How long the editor's keystrokes must pause before a document is linted. */
export const debounceMilliseconds = 15

/**
 * Documents of this many characters or more are checked in a lane of their
 * own, so that a short document's check never waits behind theirs. 100,000
 * characters is some 15,000 words, past any news article or feature, and
 * takes some 0.3 s to lint once warm; a 1 MB document takes 2–6 s.
 */
export const longDocument = 100_000

/**
 * copydesk's language server (`copydesk-language-server --stdio`). It keeps
 * unified-language-server's conventions — diagnostics with the rule id as
 * code, `source`, a link to the rule's documentation, and quick fixes from
 * `expected` — but schedules checks itself: edits are debounced, and a run
 * whose document has changed since it started publishes nothing, so a stale
 * run never overwrites a newer one. Documents are linted in lint threads
 * (lint-lane.ts), each with the processor and its dictionaries loaded once,
 * so the server answers the editor while a lint runs: one lane for long
 * documents and one for the rest, warmed up while the editor opens its files.
 */
export function startLanguageServer(): void {
  const connection = createConnection(ProposedFeatures.all)
  const documents = new TextDocuments(TextDocument)
  const timers = new Map<string, NodeJS.Timeout>()
  /** Documents whose check is due, in the order they fell due: each is checked in its latest version when its lane is free. */
  const due = new Set<string>()
  let root: string | undefined
  let warming: Promise<void> = Promise.resolve()
  // The models are read into memory once, when the first thread starts, and every thread reads them there.
  let shared: Record<string, SharedArrayBuffer> | undefined
  const threadData = () => ({shared: (shared ??= shareFiles(modelFiles)), root})
  // The short lane's thread is warmed up (warm-up.ts), which a restart would undo for seconds of lints two to three
  // times as slow, and its stale lints end within half a second or so: they are left to finish. The long lane's
  // stale lints may run for seconds, and its thread warms up on the length of its documents.
  const lanes = {short: new LintLane(threadData, schedule, false), long: new LintLane(threadData, schedule, true)}
  const laneOf = (document: TextDocument) => (document.getText().length >= longDocument ? lanes.long : lanes.short)

  connection.onInitialize((event) => {
    const folder = event.workspaceFolders?.[0]?.uri ?? event.rootUri
    root = folder ? pathOf(folder) : undefined
    const documentsWaiting = () => timers.size > 0 || [...due].some((uri) => laneOf(documents.get(uri)!) === lanes.short)
    warming = warmUp(lanes.short, warmUpRounds(), documentsWaiting).catch(() => undefined)
    return {capabilities: {textDocumentSync: TextDocumentSyncKind.Full, codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]}}}
  })

  documents.onDidChangeContent(({document}) => {
    for (const lane of Object.values(lanes)) lane.supersede(document.uri)
    // Due again only once the keystrokes pause: a lane that comes free meanwhile would lint a version about to go stale.
    due.delete(document.uri)
    clearTimeout(timers.get(document.uri))
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri)
        due.add(document.uri)
        schedule()
      }, debounceMilliseconds)
    )
  })

  documents.onDidClose(({document}) => {
    for (const lane of Object.values(lanes)) lane.supersede(document.uri)
    clearTimeout(timers.get(document.uri))
    timers.delete(document.uri)
    due.delete(document.uri)
    connection.sendDiagnostics({uri: document.uri, diagnostics: []})
    schedule()
  })

  /** Start the checks that are due on the lanes that are free, and stop the long lane's thread when no long document is open. */
  function schedule(): void {
    for (const uri of due) {
      const document = documents.get(uri)!
      const lane = laneOf(document)
      if (lane.busy) continue
      due.delete(uri)
      void check(document, lane)
    }
    // Its thread is memory the editor no longer needs: with a 1 MB document linted, 180 MB of the server's 500.
    if (!lanes.long.busy && !documents.all().some((document) => laneOf(document) === lanes.long)) lanes.long.stop()
  }

  /** The last failure shown: a config half-way through an edit fails every check, and is said once, not per keystroke. */
  let lastFailure: string | undefined

  // Runs from a timer or a lane's end, so nothing may escape it: a rejection
  // there would be unhandled and end the server.
  async function check(document: TextDocument, lane: LintLane): Promise<void> {
    const {uri, version} = document
    // A document whose name does not tell its format (unsaved, “.mdx”, no extension) is read as its language.
    const outcome = await lane.check(uri, {path: pathOf(uri), value: document.getText(), format: formatOfLanguage[document.languageId], root})
    if (!outcome) return
    tell(outcome)
    // Closed, or closed and reopened (a new document, its versions counting
    // from 1 again), or edited since: a newer run, or none, has the say.
    if (documents.get(uri) !== document || document.version !== version) return
    await connection.sendDiagnostics({uri, version, diagnostics: diagnosticsOf(outcome, document)}).catch(() => undefined)
  }

  /** Show what a check met that is not about its document: a failure, once until a check succeeds; a data problem, once. */
  function tell(outcome: CheckOutcome): void {
    if ('failure' in outcome) {
      // A notification, not window/showMessageRequest: a client that answers that request with an error would reject a
      // promise nobody awaits.
      const reason = `copydesk: ${outcome.failure}`
      if (reason !== lastFailure) void connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Error, message: reason})
      lastFailure = reason
    }
    if (!('messages' in outcome)) return
    lastFailure = undefined
    // Data the config names but copydesk could not use (a damaged model): said once, as the command says it, whichever thread met it.
    for (const line of outcome.dataProblems) dataProblem(line)
    for (const line of takeDataProblems()) void connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Warning, message: `copydesk: ${line}`})
  }

  function diagnosticsOf(outcome: CheckOutcome, document: TextDocument): Diagnostic[] {
    // A document larger than an article may be is not checked, as the command does not read it.
    if ('tooLarge' in outcome) return [notice(`copydesk did not check this document: it is ${outcome.tooLarge}.`, DiagnosticSeverity.Information)]
    // The document's diagnostics are replaced by the reason it was not checked: left in place, they would sit
    // on text that has moved, and their quick fixes with them.
    if ('failure' in outcome) return [notice(`copydesk: ${outcome.failure} (this document was not checked)`, DiagnosticSeverity.Error)]
    const diagnostics = outcome.messages.map((message) => toDiagnostic(message, document))
    for (const line of outcome.controlProblems) diagnostics.push(notice(`copydesk: ${line}`, DiagnosticSeverity.Warning))
    const skipped = outcome.skippedRules
    if (skipped.length) diagnostics.push(notice(`copydesk took longer than its time budget (timeBudget) on this document, so these rules did not run: ${skipped.join(', ')}.`, DiagnosticSeverity.Information))
    return diagnostics
  }

  connection.onCodeAction((event) => {
    const document = event?.textDocument && documents.get(event.textDocument.uri)
    if (!document) return []
    // Only quick fixes are offered: a client asking for other kinds (“source.organizeImports”) gets none.
    const only = event.context?.only
    if (only && !only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`) || kind === CodeActionKind.Empty)) return []
    const diagnostics = Array.isArray(event.context?.diagnostics) ? event.context.diagnostics : []
    return diagnostics.flatMap((diagnostic) => {
      const {expected, actual: flagged, shown} = (diagnostic.data ?? {}) as {expected?: unknown; actual?: unknown; shown?: unknown}
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
          const words = typeof shown === 'string' ? shown : actual
          const title = replacement ? `Replace “${words}” with “${replacement}”` : `Remove “${words}”`
          const action = CodeAction.create(title, {changes: {[document.uri]: [TextEdit.replace(range, replacement)]}}, CodeActionKind.QuickFix)
          action.diagnostics = [diagnostic]
          action.isPreferred = index === 0
          return [action]
        })
    })
  })

  // For npm run soak: the heap once warm-up is over, after a full collection
  // when node runs with --expose-gc, so that two readings compare live data.
  // The lint threads' heaps count in it: theirs is where the documents' lints
  // live, and where a leak would show.
  connection.onRequest('copydesk/heap', async () => {
    await warming
    const gc = (globalThis as {gc?: () => void}).gc
    gc?.()
    const threads = await Promise.all(Object.values(lanes).map((lane) => lane.heapUsed()))
    const memory = process.memoryUsage()
    return {...memory, heapUsed: threads.reduce((sum, used) => sum + used, memory.heapUsed), collected: gc !== undefined}
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

function toDiagnostic(message: WireMessage, document: TextDocument): Diagnostic {
  const {start, end} = message
  const range = start && end ? Range.create(start.line - 1, start.column - 1, end.line - 1, end.column - 1) : Range.create(0, 0, 0, 0)
  const severity = message.fatal === true ? DiagnosticSeverity.Error : message.fatal === false ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information
  const diagnostic = Diagnostic.create(range, message.note ? `${message.reason}\n${message.note}` : message.reason, severity, message.ruleId ?? undefined, message.source ?? 'copydesk')
  if (message.url) diagnostic.codeDescription = {href: message.url}
  // The text the diagnostic covers, as checked: a quick fix asked for once it has moved is not offered. And the words
  // as the page shows them, for the fix's title (“Remove “Photo: Reuters””, not the tags between them).
  diagnostic.data = {expected: message.expected ?? [], actual: document.getText(range), shown: message.actual}
  return diagnostic
}

/** A diagnostic about the document as a whole, at its start, with no fix. */
function notice(text: string, severity: DiagnosticSeverity): Diagnostic {
  return Diagnostic.create(Range.create(0, 0, 0, 0), text, severity, undefined, 'copydesk')
}

/** The formats of the editor's languages, for a document whose name does not tell its format. */
const formatOfLanguage: Record<string, 'markdown' | 'html' | undefined> = {markdown: 'markdown', mdx: 'markdown', html: 'html', xhtml: 'html'}

/** What removing a range takes, as `--fix` does: its line when nothing else is left on it, and a blank line beside it so that none doubles (src/widen-deletion.ts). */
function removal(document: TextDocument, range: Range): Range | undefined {
  const widened = widenDeletion(document.getText(), document.offsetAt(range.start), document.offsetAt(range.end))
  return widened && {start: document.positionAt(widened[0]), end: document.positionAt(widened[1])}
}
