import path from 'node:path'
import {packageRoot} from '../paths.js'

// The large files a lint reads whole. They are named here, in a module that loads nothing but
// the package's root, so that the lint command can start reading them (`readAhead`) before it
// loads the program that needs them.

/** The model copydesk ships, rebuilt by `npm run build:model`. */
export const defaultModelFile = path.join(packageRoot, 'model', 'default.cdm')

/** model/general-english.bin, rebuilt by `npm run build:general-model` (scripts/build-general-model.js). */
export const generalEnglishFile = path.join(packageRoot, 'model', 'general-english.bin')

/** The build's index of the default model's pairs (scripts/compile-pair-index.js). */
export const compiledPairIndexFile = path.join(packageRoot, 'dist', 'data', 'pair-index.bin')

/** The build's table of the default model's word ids (scripts/compile-word-index.js). */
export const compiledWordIndexFile = path.join(packageRoot, 'dist', 'data', 'word-index.bin')

/** The build's one-edit neighbours of the default model's words (scripts/compile-one-edit-index.js). */
export const compiledOneEditFile = path.join(packageRoot, 'dist', 'data', 'one-edit-neighbours.bin')

/** model/confusables.bin, rebuilt by `npm run build:confusables` (scripts/build-confusables.js). */
export const confusablesFile = path.join(packageRoot, 'model', 'confusables.bin')

/** model/line-words.bin, rebuilt by `npm run build:line-words` (scripts/train-line-words.js). */
export const lineWordsFile = path.join(packageRoot, 'model', 'line-words.bin')

/** Where the build writes the word lists in the forms that load fastest (scripts/compile-word-lists.js). */
export const builtWordLists = path.join(packageRoot, 'dist', 'data', 'word-lists')

/** Where the build writes the Hunspell dictionaries expanded (scripts/compile-data.js). */
export const hunspellFolder = path.join(packageRoot, 'dist', 'data', 'hunspell')

/** The models and the tables the build worked out from the default one: what every worker of a batch would otherwise read whole. */
export const modelFiles = [defaultModelFile, generalEnglishFile, compiledWordIndexFile, compiledPairIndexFile, compiledOneEditFile, confusablesFile, lineWordsFile]

/**
 * What one article's lint reads whole: the models, SCOWL's lists up to sizes
 * 70 and 80, and the word forms the dictionaries share (37 MB in all).
 */
export const readAheadFiles = [
  ...modelFiles,
  path.join(builtWordLists, 'scowl-70.txt'),
  path.join(builtWordLists, 'scowl-80.txt'),
  path.join(hunspellFolder, 'common.words.txt')
]
