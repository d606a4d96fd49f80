import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    // Many tests run the real command in a child process, several times over; on the
    // 2-core CI machine, with other test files running beside them, one such test took
    // 5.2 s, past vitest's 5 s default. A hang still fails, just later.
    testTimeout: 30_000,
  },
})
