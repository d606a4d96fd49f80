import os from 'node:os'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    // Many tests run the real command in a child process, several times over; on the
    // 2-core CI machine, with other test files running beside them, one such test took
    // 5.2 s, past vitest's 5 s default. A hang still fails, just later.
    testTimeout: 30_000,
    // Vitest leaves a core free by default, which on a 2-core machine runs the files one
    // by one (58 s); two at a time they take 35 s, and no test asserts on elapsed time.
    maxWorkers: Math.max(2, os.availableParallelism()),
    // The language servers the tests start warm up with a few rounds, not forty: the tests
    // time nothing, and forty rounds in every server cost the suite about nine seconds.
    env: {COPYDESK_WARM_UP_ROUNDS: '4'},
  },
})
