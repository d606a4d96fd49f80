// Part of npm run build: each word's class (part of speech) for the default
// model, worked out once here from model/word-classes.txt and the model's
// pairs into dist/data/word-classes.json, with the hashes of the model and
// the table it came from. A process reads it in a few milliseconds, where
// working it out costs about fifty; a rebuilt model or an edited table
// changes the hashes, and the classes are worked out at run time again.
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {LanguageModel} from '../dist/src/model/model.js'
import {defaultModelFile} from '../dist/src/model/files.js'
import {compileWordClasses, compiledWordClassesFile, wordClassSources} from '../dist/src/model/word-classes.js'
import {sourceStamps} from '../dist/src/text/data-files.js'

// Read apart from the process's cached model, so that nothing here takes the compiled copy's path.
const compiled = compileWordClasses(LanguageModel.read(defaultModelFile))
mkdirSync(path.dirname(compiledWordClassesFile), {recursive: true})
writeFileSync(compiledWordClassesFile, JSON.stringify({...compiled, stamps: sourceStamps(wordClassSources)}))
console.log(`compiled the classes of ${Buffer.from(compiled.data.byId, 'base64').length} model words into ${path.relative(process.cwd(), compiledWordClassesFile)}`)
