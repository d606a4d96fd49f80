import {defaultModelFile} from './files.js'
import {LanguageModel, ModelError} from './model.js'
import {dataProblem} from '../data-problems.js'


const models = new Map<string, LanguageModel>()

/**
 * A model file as a process reads it. A learned model's checksum is
 * verified: it was written and copied by a newsroom's own tools. The default
 * model's is not: it comes in the package, whose every byte the package
 * manager verified on install, and hashing its 12 MB would cost each cold
 * start about 15 ms (its size is still checked).
 */
export function readModel(file: string): LanguageModel {
  return LanguageModel.read(file, {checksum: file !== defaultModelFile})
}

/**
 * A model file, read once per process. A damaged learned model is reported
 * and the default model serves instead: a newsroom's gate keeps running.
 */
export function loadModel(file: string = defaultModelFile): LanguageModel {
  let model = models.get(file)
  if (!model) {
    try {
      model = readModel(file)
    } catch (error) {
      if (!(error instanceof ModelError) || file === defaultModelFile) throw error
      dataProblem(`${error.message}; using the default model instead`)
      model = loadModel()
    }
    models.set(file, model)
  }
  return model
}
