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
 * Resolves to the exit code: 1 when the merged report holds an error, as
 * one run's would, so the merge can be the gate; 2 when a part is given twice.
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
  // Each file is in one part: a file in two reports means a part given twice (a glob that matched a copy), whose
  // messages would count twice.
  const twice = (pathsOf: (report: unknown) => string[]) => {
    const owner = new Map<string, string>()
    for (const [index, report] of reports.entries()) {
      for (const file of new Set(pathsOf(report))) {
        const other = owner.get(file)
        if (other !== undefined) return `${file} is in both ${other} and ${files[index]}: give each part's report once`
        owner.set(file, files[index])
      }
    }
    return undefined
  }
  if (reports.every(Array.isArray)) {
    const parts = reports as JsonEntry[][]
    const duplicate = twice((report) => (report as JsonEntry[]).map((entry) => String(entry.path)))
    if (duplicate) return fail(duplicate)
    // In path order, as one run over a folder lists them.
    const merged = parts.flat().sort((a, b) => (String(a.path) < String(b.path) ? -1 : String(a.path) > String(b.path) ? 1 : 0))
    streams.stdout.write(JSON.stringify(merged, null, 2) + '\n')
    // The merged report decides as one run would: 1 when it holds an error.
    return merged.some((entry) => entry.messages?.some((message) => message.severity === 'error')) ? 1 : 0
  }
  if (reports.every(isSarif)) {
    const logs = reports as SarifLog[]
    const duplicate = twice((log) => (log as SarifLog).runs.flatMap((run) => (run.results ?? []).map(resultUri)))
    if (duplicate) return fail(duplicate)
    const [first] = logs
    const run = {...first.runs[0], results: logs.flatMap((log) => log.runs.flatMap((each) => each.results ?? []))}
    const artifacts = logs.flatMap((log) => log.runs.flatMap((each) => each.artifacts ?? []))
    if (artifacts.length > 0) run.artifacts = artifacts
    streams.stdout.write(JSON.stringify({...first, runs: [run]}, null, 2) + '\n')
    return run.results.some((result) => (result as {level?: string}).level === 'error') ? 1 : 0
  }
  return fail('the reports must all be JSON (--format json) or all SARIF (--format sarif)')
}

interface JsonEntry {
  path?: string
  messages?: Array<{severity?: string}>
}

/** The file a SARIF result is about. */
function resultUri(result: unknown): string {
  return String((result as {locations?: Array<{physicalLocation?: {artifactLocation?: {uri?: string}}}>}).locations?.[0]?.physicalLocation?.artifactLocation?.uri)
}

function isSarif(value: unknown): value is SarifLog {
  return typeof value === 'object' && value !== null && Array.isArray((value as SarifLog).runs) && typeof (value as SarifLog).version === 'string'
}
