import {createRequire} from 'node:module'

type YamlModule = typeof import('yaml')
let yaml: YamlModule | undefined

/**
 * Parse YAML, loading the parser on first use: the shipped data is read from
 * its build-time JSON, so most runs parse no YAML at all and should not pay
 * for loading the parser (about 35 ms).
 */
export function parseYaml(text: string): unknown {
  yaml ??= createRequire(import.meta.url)('yaml') as YamlModule
  return yaml.parse(text)
}
