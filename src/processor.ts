import {timed} from './timings.js'
import {unified, type Processor} from 'unified'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {articleAnnotations} from './article/plugin.js'
import {parserFor, type ArticleFormat, type ArticleParser} from './parse/article.js'
import {settleMessages} from './settle-messages.js'
import {allRules} from './rules.js'
import type {ResolvedConfig} from './config/types.js'
import type {SharedSettings} from './types.js'

export type CopydeskProcessor = Processor<Root, Root, Root>

/** unified parser plugin: the format's parser, loaded beforehand. */
function articleParser(this: Processor, parse: ArticleParser) {
  this.parser = parse
}

const processors = new Map<string, Promise<CopydeskProcessor>>()
const keys = new WeakMap<ResolvedConfig, string>()

/**
 * The processor for a configuration and format: built once per distinct
 * pair and reused for every file, so dictionaries and data load once per
 * process (rules cache what they load across formats).
 */
export function getProcessor(config: ResolvedConfig, format: ArticleFormat = 'text'): Promise<CopydeskProcessor> {
  // Serialising a config (its word list may hold a million words) is done once per resolved config.
  let settingsKey = keys.get(config)
  if (settingsKey === undefined) {
    settingsKey = JSON.stringify({dialect: config.dialect, words: config.words, officialNames: config.officialNames, model: config.model, people: config.people, furniturePatterns: config.furniturePatterns, rules: config.rules})
    keys.set(config, settingsKey)
  }
  const key = format + settingsKey
  let processor = processors.get(key)
  if (!processor) {
    processor = buildProcessor(config, format)
    processors.set(key, processor)
    processor.catch(() => processors.delete(key))
  }
  return processor
}

async function buildProcessor(config: ResolvedConfig, format: ArticleFormat): Promise<CopydeskProcessor> {
  const settings: SharedSettings = {dialect: config.dialect, words: new Set(config.words), officialNames: config.officialNames, model: config.model, people: config.people, furniturePatterns: config.furniturePatterns}
  const processor = unified().use(articleParser, await parserFor(format)).use(articleAnnotations) as unknown as Processor
  for (const rule of allRules) {
    const {severity, options} = config.rules[rule.meta.id]
    if (severity === 'off') continue
    const resource = await rule.load(settings)
    processor.use(rule, {severity, settings, options, resource})
  }
  processor.use(settleMessages)
  return processor.freeze() as unknown as CopydeskProcessor
}

/**
 * Parse and check one file in place; its messages end up on `file.messages`.
 * A Markdown or HTML page is checked as its reading copy, where its parser
 * made one (src/parse/reading-copy.ts), and keeps its own value: the
 * messages are placed in it.
 */
export async function runProcessor(processor: CopydeskProcessor, file: VFile): Promise<VFile> {
  const source = file.value
  const tree = timed('parsing', () => processor.parse(file))
  if (file.data.readingCopy) file.value = file.data.readingCopy.copy.value
  try {
    await processor.run(tree, file)
  } finally {
    file.value = source
    delete file.data.readingCopy
  }
  return file
}
