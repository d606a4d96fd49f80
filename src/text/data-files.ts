import {existsSync, readFileSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {packageRoot} from '../paths.js'
import {parseYaml} from './yaml.js'
import {ConfigError} from '../config/types.js'

/** A plain word list: one entry per line, `#` starts a comment, blank lines ignored. */
export function readWordList(file: string): string[] {
  return readDataText(file)
    .split(/\r\n?|\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line !== '')
}

/**
 * A YAML data file a newsroom edits; errors name the file. Files copydesk
 * ships were parsed at build time (scripts/compile-data.js): while a file is
 * unchanged, its JSON is read instead, which is many times faster.
 */
export function readYamlData(file: string): unknown {
  let text: string | undefined
  const read = () => (text ??= readDataText(file))
  try {
    return compiledData(file, read) ?? parseYaml(read())
  } catch (error) {
    if (error instanceof ConfigError) throw error
    throw new ConfigError(`${file}: ${(error as Error).message.split('\n')[0]}`)
  }
}

/**
 * A data file's text: UTF-8, its byte-order mark left out. A file in another
 * encoding is refused, naming it, as an article is: read as UTF-8, Latin-1
 * gave names with “�” in them and UTF-16 a list of no words, in silence.
 */
export function readDataText(file: string): string {
  const bytes = readFileSync(file)
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new ConfigError(`${file}: is UTF-16 text; save it as UTF-8`)
  try {
    return strictUtf8.decode(bytes)
  } catch {
    throw new ConfigError(`${file}: is not valid UTF-8 text; save it as UTF-8`)
  }
}
const strictUtf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false})

/** The build's JSON of a shipped YAML file, if it was made from this very text (`read` gives it). */
function compiledData(file: string, read: () => string): unknown {
  const relative = path.relative(packageRoot, file)
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined
  return builtCopy(path.join(packageRoot, 'dist', 'data', `${relative}.json`), [file], () => sha1(read()))
}

/**
 * What the build worked out ahead of a process (a file of dist/data/,
 * `{sha1, stamps, data}`), if its source files are the ones it read: each
 * with the size and the time of last change the build stamped on it, or
 * else with the hash `sourceHash()` still gives. A newsroom that edits a
 * source gets it worked out at run time instead.
 */
export function builtCopy<T>(file: string, sources: readonly string[], sourceHash: () => string): T | undefined {
  if (!existsSync(file)) return undefined
  const {sha1, stamps, data} = JSON.parse(readFileSync(file, 'utf8')) as {sha1: string; stamps?: SourceStamp[]; data: T}
  return stampsHold(stamps, sources) || sha1 === sourceHash() ? data : undefined
}

/**
 * What a built copy records of a source file beside the hash: its size and
 * its time of last change, which one stat reads. While both hold, the file
 * is the one the build read, and hashing it (reading it, loading node:crypto,
 * hashing a megabyte in all: 6 ms of every start) is not needed. A package
 * whose files' times were reset (npm's tarballs set them all alike) is
 * checked by hash.
 */
export interface SourceStamp {
  /** The file, relative to the package. */
  path: string
  size: number
  modified: number
}

/** The stamps of source files, as the build records them. */
export function sourceStamps(files: readonly string[]): SourceStamp[] {
  return files.map((file) => {
    const {size, mtimeMs} = statSync(file)
    return {path: path.relative(packageRoot, file), size, modified: mtimeMs}
  })
}

/** Whether the files are those stamped, in order, each of the size and time of change recorded. */
export function stampsHold(stamps: readonly SourceStamp[] | undefined, files: readonly string[]): boolean {
  if (!stamps || stamps.length !== files.length) return false
  return files.every((file, index) => {
    const stamp = stamps[index]
    const found = statSync(file, {throwIfNoEntry: false})
    return found !== undefined && stamp.path === path.relative(packageRoot, file) && found.size === stamp.size && found.mtimeMs === stamp.modified
  })
}

/** The SHA-1 of some texts or bytes, in hex: what a built copy records of its sources. node:crypto loads on the first hash. */
export function sha1(...parts: Array<string | Uint8Array>): string {
  const {createHash} = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')
  const hash = createHash('sha1')
  for (const part of parts) hash.update(part)
  return hash.digest('hex')
}
