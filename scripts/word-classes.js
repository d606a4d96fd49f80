// The word classes the real-word rule weighs confusion sets with, from the
// part-of-speech tags of the Brown Corpus documents the model trains on
// (never the held-out ones). Each word gets its commonest class; Brown's
// 80-odd tags fold into the 15 classes below, enough to tell "the principal
// treaty" (an adjective before a noun) from "the principle of". Words are
// model words: American spellings fold onto British ones, as in the model.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {modelWord} from '../dist/src/model/tokenize.js'
import {brownFolder} from './model-sources.js'

/** Brown tag (without -tl/-hl/-nc suffixes, fw- prefixes or +contractions) → class. */
const classes = [
  ['noun', /^(nns?\$?|nrs?\$?|nps?\$?)$/],
  ['adjective', /^(jj[rst]?|od)$/],
  ['verb', /^vb$/],
  ['past', /^vb[dn]$/],
  ['gerund', /^vbg$/],
  ['verb-s', /^vbz$/],
  ['auxiliary', /^(be|hv|do)/],
  ['adverb', /^(rb[rt]?|qlp?|rp|wrb|wql)$/],
  ['preposition', /^in$/],
  ['determiner', /^(at|ap|dt[isx]?|ab[nxl]|pp\$|cd)$/],
  ['conjunction', /^cc$/],
  ['subordinator', /^(cs|wdt)$/],
  ['pronoun', /^(pp|pn|ex|wp)/],
  ['to', /^to$/],
  ['modal', /^md$/]
]

function classOf(tag) {
  const base = tag.replace(/^fw-/, '').split(/[-+]/)[0].replace(/\*$/, '')
  return classes.find(([, pattern]) => pattern.test(base))?.[0]
}

/**
 * Lines "class word word …" for every word seen at least twice, classes in
 * the order above and words sorted, so the file is deterministic.
 * `documents` are names like "brown/ca01".
 */
export function wordClassLines(documents) {
  const tallies = new Map()
  for (const {name} of documents.filter((document) => document.name.startsWith('brown/'))) {
    for (const token of readFileSync(path.join(brownFolder, name.slice('brown/'.length)), 'utf8').split(/\s+/)) {
      const slash = token.lastIndexOf('/')
      const word = modelWord(token.slice(0, slash))
      const kind = slash > 0 && /^[a-z][a-z']*$/.test(word) ? classOf(token.slice(slash + 1)) : undefined
      if (!kind) continue
      const tally = tallies.get(word) ?? new Map()
      tally.set(kind, (tally.get(kind) ?? 0) + 1)
      tallies.set(word, tally)
    }
  }
  const members = new Map(classes.map(([kind]) => [kind, []]))
  for (const [word, tally] of tallies) {
    const ranked = [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    const total = ranked.reduce((sum, [, count]) => sum + count, 0)
    if (total >= 2) members.get(ranked[0][0]).push(word)
  }
  return [...members].map(([kind, words]) => `${kind} ${words.sort().join(' ')}`)
}
