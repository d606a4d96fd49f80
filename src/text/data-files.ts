import {readFileSync} from 'node:fs'
import {parse as parseYaml} from 'yaml'

/** A plain word list: one entry per line, `#` starts a comment, blank lines ignored. */
export function readWordList(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line !== '')
}

/** A YAML data file a newsroom edits; errors name the file. */
export function readYamlData(file: string): unknown {
  try {
    return parseYaml(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message.split('\n')[0]}`)
  }
}
