// Part of npm run build: the table of the default model's word ids
// (src/model/word-index.ts) into dist/data/word-index.bin, headed by the
// model's checksum. A cold process reads it as it is, where filling it costs
// some 5 ms; a rebuilt model has another checksum, and its table is filled at
// run time.
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {LanguageModel} from '../dist/src/model/model.js'
import {compiledWordIndexFile, defaultModelFile} from '../dist/src/model/files.js'
import {serializeWordIndex} from '../dist/src/model/word-index.js'

const model = LanguageModel.read(defaultModelFile)
mkdirSync(path.dirname(compiledWordIndexFile), {recursive: true})
writeFileSync(compiledWordIndexFile, serializeWordIndex(model))
console.log(`indexed the ${model.words.length} words of the default model into ${path.relative(process.cwd(), compiledWordIndexFile)}`)
