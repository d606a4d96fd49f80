import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {packageRoot} from '../paths.js'
import {parseYaml} from './yaml.js'

/** A plain word list: one entry per line, `#` starts a comment, blank lines ignored. */
export function readWordList(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line !== '')
}

/**
 * A YAML data file a newsroom edits; errors name the file. Files copydesk
 * ships were parsed at build time (scripts/compile-data.js): while a file is
 * unchanged, its JSON is read instead, which is many times faster.
 */
export function readYamlData(file: string): unknown {
  try {
    const text = readFileSync(file, 'utf8')
    return compiledData(file, text) ?? parseYaml(text)
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message.split('\n')[0]}`)
  }
}

/** The build's JSON of a shipped YAML file, if it was made from this very text. */
function compiledData(file: string, text: string): unknown {
  const relative = path.relative(packageRoot, file)
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined
  const compiled = path.join(packageRoot, 'dist', 'data', `${relative}.json`)
  if (!existsSync(compiled)) return undefined
  const {sha1, data} = JSON.parse(readFileSync(compiled, 'utf8')) as {sha1: string; data: unknown}
  return sha1 === createHash('sha1').update(text).digest('hex') ? data : undefined
}
