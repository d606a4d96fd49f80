// Bundle the built program (dist/src) into a few files in dist/bundle: the
// lint command, the language server and the lint worker. Loading a hundred
// modules one by one costs about 150 ms at every start; one bundle costs a
// third of that. The dictionaries stay outside: each reads its files next to
// its own module. Run by `npm run build`; the output is deterministic.
import {build} from 'esbuild'
import {rmSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const outdir = path.join(root, 'dist', 'bundle')
rmSync(outdir, {recursive: true, force: true})
await build({
  absWorkingDir: root,
  entryPoints: {
    copydesk: 'dist/src/cli/main.js',
    'copydesk-language-server': 'dist/src/language-server/index.js',
    'lint-worker': 'dist/src/cli/lint-worker.js'
  },
  outdir,
  bundle: true,
  // Parsers of Markdown and HTML, and the diff library, load only when an article needs them.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Node has read \p{…} in patterns since version 10: without this, esbuild writes each such
  // pattern as a `new RegExp(…)` call, made anew every time the code around it runs.
  supported: {'regexp-unicode-property-escapes': true},
  external: ['dictionary-*'],
  // Bundled CommonJS packages call require; an ES module has none of its own.
  banner: {js: "import {createRequire as __copydeskRequire} from 'node:module'; const require = __copydeskRequire(import.meta.url);"},
  logLevel: 'warning'
})
console.log(`bundled the lint command, the language server and the lint worker into ${path.relative(root, outdir)}/`)
