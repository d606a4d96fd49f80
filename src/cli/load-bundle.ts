import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {setFlagsFromString} from 'node:v8'
import {Script} from 'node:vm'
import {packageRoot} from '../paths.js'

/**
 * The lint command's bundle (dist/bundle/copydesk.cjs, a CommonJS script) with
 * the code cache the build made for it (copydesk.cjs.cache, written by
 * scripts/code-cache.js after linting the rules' examples): V8 then neither
 * parses the bundle nor compiles the functions a lint runs. A cold start on
 * one seed article: median 1,166 ms with the ES module bundle, 1,128 with this
 * one uncached, 1,034 cached (15 runs each, interleaved). V8 checks that a
 * cache fits its own version and flags and ignores one that does not; the
 * build writes the cache anew with every bundle (scripts/bundle.js deletes
 * the old one), as V8 would not notice a changed bundle of the same length.
 */
export function loadBundle(file: string): {exports: Record<string, unknown>; script: Script} {
  // Compile each pattern to machine code at its first use: copydesk's patterns run over whole
  // articles, which V8's pattern interpreter (its default until a pattern has run once) reads
  // slowly. A cold start on one seed article: median 829 → 738 ms (15 runs each, interleaved).
  // Set here, before the bundle is compiled, because a code cache fits only the flags it was made with.
  setFlagsFromString('--no-regexp-tier-up')
  let cachedData: Buffer | undefined
  try {
    cachedData = readFileSync(`${file}.cache`)
  } catch {
    // No cache (a build that stopped half-way): the bundle compiles as any script does.
  }
  // The function Node wraps a CommonJS module in, which gives the bundle its require and __filename.
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`
  const script = new Script(source, {filename: file, cachedData})
  const module = {exports: {}}
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file))
  return {exports: module.exports, script}
}

/**
 * The program's bundle (src/program.ts) loaded with its code cache: what a
 * batch's worker thread and a language server's lint thread run, as the
 * command does.
 */
export function loadProgram(): Record<string, unknown> {
  return loadBundle(path.join(packageRoot, 'dist', 'bundle', 'copydesk.cjs')).exports
}
