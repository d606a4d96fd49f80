// Part of npm run build: parse the YAML data copydesk ships (rules/**/*.yaml,
// corpus/*.yaml) once, at build time, into dist/data/<path>.json with the
// hash of the YAML it came from (and its size and time of change: while those
// hold, no hash is needed). At run time readYamlData loads the JSON when
// the hash still matches — a newsroom's edit to a YAML file changes the hash,
// and the file is parsed as YAML again — so starting copydesk parses no YAML.
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'
import {sha1, sourceStamps} from '../dist/src/text/data-files.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const sources = [
  ...readdirSync(path.join(root, 'rules'), {recursive: true}).map((name) => path.join('rules', String(name))),
  ...readdirSync(path.join(root, 'corpus')).map((name) => path.join('corpus', name))
].filter((name) => name.endsWith('.yaml'))

for (const name of sources.sort()) {
  const text = readFileSync(path.join(root, name), 'utf8')
  const target = path.join(root, 'dist', 'data', `${name}.json`)
  mkdirSync(path.dirname(target), {recursive: true})
  writeFileSync(target, JSON.stringify({sha1: sha1(text), stamps: sourceStamps([path.join(root, name)]), data: parse(text)}))
}
console.log(`compiled ${sources.length} data files into dist/data/`)
