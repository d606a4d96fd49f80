import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/**
 * The folder that holds copydesk's package.json. Code runs both from `src/`
 * (tests) and from `dist/src/` (the built CLI), so data files are found from
 * the package root rather than relative to the running module.
 */
export const packageRoot: string = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)))

function findPackageRoot(from: string): string {
  let dir = from
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error('copydesk: cannot find its own package.json')
    dir = parent
  }
  return dir
}

/** Absolute path of a file inside a rule's folder, e.g. `ruleDataPath('boilerplate', 'patterns.yaml')`. */
export function ruleDataPath(ruleId: string, name: string): string {
  return path.join(packageRoot, 'rules', ruleId, name)
}
