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
  return builtCopy(path.join(packageRoot, 'dist', 'data', `${relative}.json`), () => sha1(text))
}

/**
 * What the build worked out ahead of a process (a file of dist/data/,
 * `{sha1, data}`), if the hash of its sources is still `sourceHash()`: a
 * newsroom that edits a source gets it worked out at run time instead.
 */
export function builtCopy<T>(file: string, sourceHash: () => string): T | undefined {
  if (!existsSync(file)) return undefined
  const {sha1, data} = JSON.parse(readFileSync(file, 'utf8')) as {sha1: string; data: T}
  return sha1 === sourceHash() ? data : undefined
}

/** The SHA-1 of some texts or bytes, in hex: what a built copy records of its sources. */
export function sha1(...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha1')
  for (const part of parts) hash.update(part)
  return hash.digest('hex')
}
