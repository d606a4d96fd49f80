// Part of npm run build: the index of the default model's pairs by their
// second word (src/model/pair-index.ts) into dist/data/pair-index.bin, headed
// by the model's checksum. A process reads it in a couple of milliseconds,
// where working it out costs a cold one about thirty; a rebuilt model has
// another checksum, and its index is worked out at run time again.
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {LanguageModel} from '../dist/src/model/model.js'
import {compiledPairIndexFile, defaultModelFile} from '../dist/src/model/files.js'
import {serializePairIndex} from '../dist/src/model/pair-index.js'

const model = LanguageModel.read(defaultModelFile)
mkdirSync(path.dirname(compiledPairIndexFile), {recursive: true})
writeFileSync(compiledPairIndexFile, serializePairIndex(model))
console.log(`indexed the ${model.bigramKeys.length} pairs of the default model by their second word into ${path.relative(process.cwd(), compiledPairIndexFile)}`)
