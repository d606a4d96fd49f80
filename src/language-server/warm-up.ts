import {readFileSync} from 'node:fs'
import path from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {VFile} from 'vfile'
import {lintFile} from '../linter.js'
import {ruleDataPath} from '../paths.js'
import {allRules} from '../rules.js'

/**
 * Lint the examples from the rules' documentation while the editor is still
 * opening files. A process's first lints run cold — two to three times as
 * slow as warm ones, until the JIT has seen every rule's paths many times —
 * and without this the first edits a writer makes would pay for it: a burst
 * of typing in a 3,300-word article waited 114–140 ms for its diagnostics
 * after 12 rounds, 88–90 ms after 40 (`node scripts/bench-language-server.js`).
 * Each round lints the rules' examples a few at a time, yielding to the event
 * loop between them and waiting while documents are to be checked, so a
 * document that arrives meanwhile waits for a few examples at most, not
 * for a lint of all 20,000 words of them (0.9 s cold, and the editor's
 * messages were read only between rounds: the first diagnostics of a
 * 3,300-word article came 1.4 s after it was opened).
 */
export async function warmUp(cwd: string, rounds = 40, documentsWaiting: () => boolean = () => false): Promise<void> {
  const pieces = warmUpPieces()
  for (let round = 0; round < rounds; round++) {
    for (const value of pieces) {
      // A timer, not the next turn: the editor's messages are read and dispatched meanwhile.
      await sleep(1)
      // A document the editor has opened or changed goes first: its writer is waiting, the warm-up is not.
      while (documentsWaiting()) await sleep(5)
      // The file sits in the workspace, so the workspace's configuration (and so
      // the processor its documents use) is the one warmed up.
      await lintFile(new VFile({path: path.join(cwd, 'copydesk-warm-up.txt'), value}), {cwd})
    }
  }
}

/**
 * The examples in pieces of about `pieceWords` words, in order: a document
 * waits for one piece at most, and the first piece of a cold server is
 * short (the spelling rule's examples alone are 3,900 words: half a second
 * cold).
 */
function warmUpPieces(pieceWords = 600): string[] {
  const pieces: string[] = []
  let piece: string[] = []
  let words = 0
  for (const example of allRules.flatMap((rule) => examplesOf(rule.meta.id))) {
    piece.push(example)
    words += example.split(/\s+/).length
    if (words >= pieceWords) {
      pieces.push(piece.join('\n'))
      ;[piece, words] = [[], 0]
    }
  }
  if (piece.length > 0) pieces.push(piece.join('\n'))
  return pieces
}

/** The examples of every rule's README, one after another: text that takes each rule down its paths. */
export function warmUpText(): string {
  return allRules.flatMap((rule) => examplesOf(rule.meta.id)).join('\n')
}

/** The text of a rule's examples, as its README gives them. */
function examplesOf(id: string): string[] {
  return [...readFileSync(ruleDataPath(id, 'README.md'), 'utf8').matchAll(/^```txt[^\n]*\n([\s\S]*?)^```$/gm)].map((match) => match[1])
}
