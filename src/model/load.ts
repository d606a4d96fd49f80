import path from 'node:path'
import {packageRoot} from '../paths.js'
import {LanguageModel, ModelError} from './model.js'
import {dataProblem} from '../data-problems.js'

/** The model copydesk ships, rebuilt by `npm run build:model`. */
export const defaultModelFile = path.join(packageRoot, 'model', 'default.cdm')

const models = new Map<string, LanguageModel>()

/**
 * A model file, read once per process. A damaged learned model is reported
 * and the default model serves instead: a newsroom's gate keeps running.
 */
export function loadModel(file: string = defaultModelFile): LanguageModel {
  let model = models.get(file)
  if (!model) {
    try {
      model = LanguageModel.read(file)
    } catch (error) {
      if (!(error instanceof ModelError) || file === defaultModelFile) throw error
      dataProblem(`${error.message}; using the default model instead`)
      model = loadModel()
    }
    models.set(file, model)
  }
  return model
}
