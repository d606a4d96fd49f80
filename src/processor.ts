import {unified, type Processor} from 'unified'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {articleAnnotations} from './article/plugin.js'
import {parsePlainText} from './parse/plain-text.js'
import {settleMessages} from './settle-messages.js'
import {maskMarkers} from './control/markers.js'
import {allRules} from './rules.js'
import type {ResolvedConfig} from './config/types.js'
import type {SharedSettings} from './types.js'

export type CopydeskProcessor = Processor<Root, Root, Root>

/** unified parser plugin: plain text to nlcst, one paragraph per paragraph span; control comments are blanked first. */
function plainTextParser(this: Processor) {
  this.parser = (document: string) => parsePlainText(maskMarkers(document))
}

const processors = new Map<string, Promise<CopydeskProcessor>>()

/**
 * The processor for a configuration: built once per distinct configuration
 * and reused for every file, so dictionaries and data load once per process.
 */
export function getProcessor(config: ResolvedConfig): Promise<CopydeskProcessor> {
  const key = JSON.stringify({dialect: config.dialect, words: config.words, officialNames: config.officialNames, rules: config.rules})
  let processor = processors.get(key)
  if (!processor) {
    processor = buildProcessor(config)
    processors.set(key, processor)
    processor.catch(() => processors.delete(key))
  }
  return processor
}

async function buildProcessor(config: ResolvedConfig): Promise<CopydeskProcessor> {
  const settings: SharedSettings = {dialect: config.dialect, words: new Set(config.words), officialNames: config.officialNames}
  const processor = unified().use(plainTextParser).use(articleAnnotations) as unknown as Processor
  for (const rule of allRules) {
    const {severity, options} = config.rules[rule.meta.id]
    if (severity === 'off') continue
    const resource = await rule.load(settings)
    processor.use(rule, {severity, settings, options, resource})
  }
  processor.use(settleMessages)
  return processor.freeze() as unknown as CopydeskProcessor
}

/** Parse and check one file in place; its messages end up on `file.messages`. */
export async function runProcessor(processor: CopydeskProcessor, file: VFile): Promise<VFile> {
  const tree = processor.parse(file)
  await processor.run(tree, file)
  return file
}
