import path from 'node:path'
import {VFile} from 'vfile'
import {takeDataProblems} from '../data-problems.js'
import {configFor, lintFile} from '../linter.js'
import {getProcessor} from '../processor.js'
import {tooLarge} from '../cli/read-article.js'
import {refreshConfigs} from '../config/load.js'
import {toWireMessage, type WireMessage} from '../wire-message.js'

/** A document as the editor holds it, sent to a lint thread. */
export interface DocumentToCheck {
  /** The file its URI names: none for an unsaved document or a remote one. */
  path?: string
  value: string
  /** Its format, for a document whose name does not tell it. */
  format?: 'markdown' | 'html'
  /** The workspace's folder: where configuration discovery starts for a document with no path. */
  root?: string
}

/** What checking a document gives, as it crosses back from a lint thread. */
export type CheckOutcome =
  /** Not checked, as the command does not read it: why, in `tooLarge`'s words. */
  | {tooLarge: string}
  /** Not checked: a configuration half-way through an edit, a file copydesk needs that it cannot read. */
  | {failure: string}
  | {messages: WireMessage[]; controlProblems: string[]; skippedRules: string[]; dataProblems: string[]}

/** Check one document as the lint command would check it as a file. Runs in a lint thread (lint-worker.ts). */
export async function checkDocument(document: DocumentToCheck): Promise<CheckOutcome> {
  const {root, value} = document
  const file = new VFile({path: document.path, value, cwd: root ?? process.cwd()})
  if (document.format) file.data.format = document.format
  try {
    // An edited .copydeskrc applies from the next lint on, without a restart.
    refreshConfigs()
    const {maxFileBytes} = configFor(file, {cwd: root})
    const size = Buffer.byteLength(value)
    if (size > maxFileBytes) return {tooLarge: tooLarge(size, maxFileBytes)}
    await lintFile(file, {cwd: root})
  } catch (error) {
    return {failure: (error as Error).message}
  }
  return {
    messages: file.messages.map(toWireMessage),
    controlProblems: file.data.controlProblems ?? [],
    skippedRules: file.data.skippedRules ?? [],
    // Data the config names but copydesk could not use (a damaged model): the server says it once.
    dataProblems: takeDataProblems()
  }
}

/**
 * Load the processor of the workspace's configuration, which its documents
 * will use: what a lint thread does before it says it is ready, so that the
 * time it takes to be ready is what a restart costs.
 */
export async function loadProcessor(root: string | undefined): Promise<void> {
  const cwd = root ?? process.cwd()
  try {
    await getProcessor(configFor(new VFile({path: path.join(cwd, 'copydesk-warm-up.txt'), cwd}), {cwd: root}))
  } catch {
    // A configuration that does not load is said by the first check of a document under it.
  }
}
