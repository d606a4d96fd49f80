import path from 'node:path'
import {packageRoot} from '../paths.js'
import {LanguageModel} from './model.js'

/** The model copydesk ships, rebuilt by `npm run build:model`. */
export const defaultModelFile = path.join(packageRoot, 'model', 'default.cdm')

const models = new Map<string, LanguageModel>()

/** A model file, read once per process. */
export function loadModel(file: string = defaultModelFile): LanguageModel {
  let model = models.get(file)
  if (!model) {
    model = LanguageModel.read(file)
    models.set(file, model)
  }
  return model
}
