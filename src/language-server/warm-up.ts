import {setTimeout as sleep} from 'node:timers/promises'
import type {LintLane} from './lint-lane.js'

/**
 * Have a lane's lint thread lint the examples from the rules' documentation
 * while the editor is still opening files. A thread's first lints run cold —
 * two to three times as slow as warm ones, until the JIT has seen every
 * rule's paths many times — and without this the first edits a writer makes
 * would pay for it: a burst of typing in a 3,300-word article waited
 * 114–140 ms for its diagnostics after 12 rounds, 88–90 ms after 40
 * (`node scripts/bench-language-server.js`). The examples go a piece at a
 * time (rule-examples.ts), and only while no document is waiting for the
 * lane, so a document that arrives meanwhile waits for one piece at most,
 * not for a lint of all 20,000 words of them (0.9 s cold).
 */
export async function warmUp(lane: LintLane, rounds = 40, documentsWaiting: () => boolean = () => false): Promise<void> {
  // The thread starts now, while the editor opens its files; the first of them, not the warm-up, has it when it is ready.
  await lane.started()
  for (let round = 0; round < rounds; round++) {
    // The thread knows how many pieces the examples make, and says with each: the first round learns it from its first piece.
    for (let piece = 0, pieces = 1; piece < pieces; piece++) {
      // A document the editor has opened or changed goes first: its writer is waiting, the warm-up is not.
      while (lane.busy || documentsWaiting()) await sleep(5)
      pieces = await lane.warmUp(piece)
    }
  }
}
