// npm run eval:precision: false flags per 1,000 words on clean, edited copy
// (test/fixtures/clean), per rule. Every message there is a false flag.
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {lint} from '../dist/src/index.js'

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'clean')
const names = readdirSync(folder).filter((name) => name.endsWith('.txt'))
const counts = {}
let words = 0
for (const name of names) {
  const value = readFileSync(path.join(folder, name), 'utf8')
  words += value.split(/\s+/).filter(Boolean).length
  const [file] = await lint({path: name, value})
  for (const message of file.messages) {
    counts[message.ruleId] = (counts[message.ruleId] ?? 0) + 1
    console.log(`  ${name}:${message.place?.start?.line ?? '?'} ${message.ruleId}: ${message.reason}`)
  }
}
const total = Object.values(counts).reduce((sum, count) => sum + count, 0)
console.log(`clean copy: ${names.length} articles, ${words} words, ${total} false flags = ${((total / words) * 1000).toFixed(2)} per 1,000 words`)
for (const [rule, count] of Object.entries(counts)) console.log(`  ${rule}: ${count}`)
