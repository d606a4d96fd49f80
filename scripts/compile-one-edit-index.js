// Part of npm run build: the one-edit neighbours of every word of the default
// model (src/model/neighbours.ts) into dist/data/one-edit-neighbours.bin,
// headed by the model's checksum. The one-edit check reads a word's rivals
// there instead of searching for them; a rebuilt model has another checksum,
// and its words' neighbours are searched for at run time again.
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {LanguageModel} from '../dist/src/model/model.js'
import {compiledOneEditFile, defaultModelFile} from '../dist/src/model/files.js'
import {serializeOneEditIndex} from '../dist/src/model/neighbours.js'

const model = LanguageModel.read(defaultModelFile)
mkdirSync(path.dirname(compiledOneEditFile), {recursive: true})
writeFileSync(compiledOneEditFile, serializeOneEditIndex(model))
console.log(`listed the one-edit neighbours of the default model's ${model.words.length} words into ${path.relative(process.cwd(), compiledOneEditFile)}`)
