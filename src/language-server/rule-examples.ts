import {readFileSync} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {lintFile} from '../linter.js'
import {ruleDataPath} from '../paths.js'
import {allRules} from '../rules.js'

let pieces: string[] | undefined

/**
 * Lint one piece of the rules' examples in the workspace (`piece` counts
 * from 0), and say how many pieces there are: what a lint thread does when
 * the server warms it up (warm-up.ts).
 */
export async function lintExamples(cwd: string, piece: number): Promise<number> {
  pieces ??= examplePieces()
  // The file sits in the workspace, so the workspace's configuration (and so
  // the processor its documents use) is the one warmed up.
  await lintFile(new VFile({path: path.join(cwd, 'copydesk-warm-up.txt'), value: pieces[piece]}), {cwd})
  return pieces.length
}

/**
 * The examples in pieces of about `pieceWords` words, in order: a document
 * waits for one piece at most, and the first piece of a cold thread is
 * short (the spelling rule's examples alone are 3,900 words: half a second
 * cold).
 */
function examplePieces(pieceWords = 600): string[] {
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
