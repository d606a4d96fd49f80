import {spawnSync} from 'node:child_process'
import {PassThrough, Readable} from 'node:stream'
import {main} from '../../src/cli/main.js'
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

/**
 * Run the lint command in this process, as the binary does, with its output
 * captured: the same code path without starting Node again (a child process
 * costs a cold start per call). `runCli` stays for what only a real process
 * shows: the binary itself, standard input.
 */
export async function runCommand(args: string[], options: {cwd?: string; input?: string} = {}) {
  const collect = () => {
    const stream = new PassThrough()
    let text = ''
    stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
    return {stream, text: () => text}
  }
  const stdout = collect()
  const stderr = collect()
  const code = await main(args, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: Readable.from(options.input === undefined ? [] : [options.input]),
    cwd: options.cwd ?? packageRoot,
    isTerminal: false
  })
  await new Promise((resolve) => setImmediate(resolve))
  return {code, stdout: stdout.text(), stderr: stderr.text()}
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
