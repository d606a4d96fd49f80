// Part of npm run build, after tsc: the JavaScript that dist/src and
// dist/rules ship (the library, and what the bundles are made from) is
// written again without its comments, which are a third of it. The comments
// stay in the TypeScript sources and in the type declarations (*.d.ts); the
// code is the same, and the package stays under its size budget.
import {readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {transformSync} from 'esbuild'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const walk = (folder) => readdirSync(folder).flatMap((name) => {
  const file = path.join(folder, name)
  return statSync(file).isDirectory() ? walk(file) : [file]
})

let before = 0
let after = 0
for (const file of ['dist/src', 'dist/rules'].flatMap((folder) => walk(path.join(root, folder))).filter((file) => file.endsWith('.js'))) {
  const code = readFileSync(file, 'utf8')
  const stripped = transformSync(code, {format: 'esm', target: 'es2022', legalComments: 'none', charset: 'utf8'}).code
  before += code.length
  after += stripped.length
  writeFileSync(file, stripped)
}
console.log(`stripped the comments from dist/src and dist/rules: ${(before / 1e3).toFixed(0)} kB of JavaScript -> ${(after / 1e3).toFixed(0)} kB`)
