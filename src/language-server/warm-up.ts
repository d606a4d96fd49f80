import {readFileSync} from 'node:fs'
import path from 'node:path'
import {setImmediate as nextTurn} from 'node:timers/promises'
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
 * Each round yields to the event loop, so a document that arrives meanwhile
 * waits for one lint at most.
 */
export async function warmUp(cwd: string, rounds = 40): Promise<void> {
  const value = warmUpText()
  for (let round = 0; round < rounds; round++) {
    await nextTurn()
    // The file sits in the workspace, so the workspace's configuration (and so
    // the processor its documents use) is the one warmed up.
    await lintFile(new VFile({path: path.join(cwd, 'copydesk-warm-up.txt'), value}), {cwd})
  }
}

/** The examples of every rule's README, one after another: text that takes each rule down its paths. */
export function warmUpText(): string {
  return allRules
    .flatMap((rule) => [...readFileSync(ruleDataPath(rule.meta.id, 'README.md'), 'utf8').matchAll(/^```txt[^\n]*\n([\s\S]*?)^```$/gm)].map((match) => match[1]))
    .join('\n')
}
