// Part of npm run build: the index official-name measures slipped names
// against (the official names and the names the acronym table spells out),
// built once here into dist/data/name-slips.json with the hash of the lists
// it came from. A process reads it in a few milliseconds, where building it
// costs tens; a newsroom's edit to either list changes the hash, and the
// index is built at run time again.
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {compiledNameSlipsFile, knownNames, shippedNameLists, shippedNamesHash} from '../dist/src/knowledge/known-names.js'
import {sourceStamps} from '../dist/src/text/data-files.js'
import {NameSlipIndex} from '../dist/src/knowledge/name-slips.js'

const index = NameSlipIndex.of(knownNames())
mkdirSync(path.dirname(compiledNameSlipsFile), {recursive: true})
writeFileSync(compiledNameSlipsFile, JSON.stringify({sha1: shippedNamesHash(), stamps: sourceStamps(shippedNameLists), data: index.data()}))
console.log(`indexed ${index.data().names.length} names for slipped words into ${path.relative(process.cwd(), compiledNameSlipsFile)}`)
