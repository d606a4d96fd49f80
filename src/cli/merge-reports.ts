import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {CliStreams} from './main.js'

interface SarifLog {
  version: string
  $schema?: string
  runs: Array<{tool: unknown; results?: unknown[]; artifacts?: unknown[]; [key: string]: unknown}>
}

/**
 * `copydesk merge <reports...>`: the JSON or SARIF reports of `--shard` runs
 * as one report, on standard output. JSON reports are lists of files, so
 * they are joined; SARIF logs keep one run, with every shard's results.
 * Resolves to the exit code.
 */
export async function mergeReports(files: string[], streams: CliStreams): Promise<number> {
  const cwd = streams.cwd ?? process.cwd()
  const fail = (line: string) => {
    streams.stderr.write(`copydesk merge: ${line}\n`)
    return 2
  }
  if (files.length === 0 || files.some((file) => file.startsWith('-'))) return fail('give the JSON or SARIF reports to merge (copydesk merge shard-1.json shard-2.json > all.json)')
  const reports: unknown[] = []
  for (const file of files) {
    try {
      reports.push(JSON.parse(readFileSync(path.resolve(cwd, file), 'utf8')))
    } catch (error) {
      return fail(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not a JSON or SARIF report'}`)
    }
  }
  if (reports.every(Array.isArray)) {
    // In path order, as one run over the whole set lists them.
    const merged = (reports as Array<Array<{path?: string}>>).flat().sort((a, b) => (String(a.path) < String(b.path) ? -1 : String(a.path) > String(b.path) ? 1 : 0))
    streams.stdout.write(JSON.stringify(merged, null, 2) + '\n')
    return 0
  }
  if (reports.every(isSarif)) {
    const logs = reports as SarifLog[]
    const [first] = logs
    const run = {...first.runs[0], results: logs.flatMap((log) => log.runs.flatMap((each) => each.results ?? []))}
    const artifacts = logs.flatMap((log) => log.runs.flatMap((each) => each.artifacts ?? []))
    if (artifacts.length > 0) run.artifacts = artifacts
    streams.stdout.write(JSON.stringify({...first, runs: [run]}, null, 2) + '\n')
    return 0
  }
  return fail('the reports must all be JSON (--format json) or all SARIF (--format sarif)')
}

function isSarif(value: unknown): value is SarifLog {
  return typeof value === 'object' && value !== null && Array.isArray((value as SarifLog).runs) && typeof (value as SarifLog).version === 'string'
}
