import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {packageRoot} from '../../src/paths.js'

export const bin = path.join(packageRoot, 'bin', 'copydesk.js')

/** Run the built CLI as a user would, in `cwd`, with optional standard input. */
export function runCli(args: string[], options: {cwd?: string; input?: string | Buffer} = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? packageRoot,
    input: options.input,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1'}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

export interface JsonMessage {
  ruleId: string
  source: string
  severity: string
  fatal: boolean | null
  reason: string
  line: number
  column: number
  endLine: number
  endColumn: number
  actual: string | null
  expected: string[]
  url: string | null
  note: string | null
}

export type JsonReport = Array<{path: string; messages: JsonMessage[]}>
