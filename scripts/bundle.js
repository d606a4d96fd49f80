// Bundle the built program (dist/src) into a few files in dist/bundle: the
// lint command, the language server and the lint worker. Loading a hundred
// modules one by one costs about 150 ms at every start; one bundle costs a
// third of that. Run by `npm run build`; the output is deterministic.
import {build} from 'esbuild'
import {rmSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const outdir = path.join(root, 'dist', 'bundle')
// Also deletes the lint command's code cache, which fits only the bundle it was made from.
rmSync(outdir, {recursive: true, force: true})

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Node has read \p{…} in patterns since version 10: without this, esbuild writes each such
  // pattern as a `new RegExp(…)` call, made anew every time the code around it runs.
  supported: {'regexp-unicode-property-escapes': true},
  logLevel: 'warning'
}

await build({
  ...common,
  entryPoints: {
    'copydesk-language-server': 'dist/src/language-server/index.js',
    'lint-worker': 'dist/src/cli/lint-worker.js'
  },
  outdir,
  // Parsers of Markdown and HTML, and the diff library, load only when an article needs them.
  splitting: true,
  format: 'esm',
  // Bundled CommonJS packages call require; an ES module has none of its own.
  banner: {js: "import {createRequire as __copydeskRequire} from 'node:module'; const require = __copydeskRequire(import.meta.url);"}
})

// The lint command is one CommonJS script, which bin/copydesk.js runs through node:vm with the
// code cache scripts/code-cache.js makes for it (an ES module cannot use one in Node 20). The
// parsers it rarely needs are in it too, but V8 only pre-parses them.
await build({
  ...common,
  entryPoints: ['dist/src/cli/main.js'],
  outfile: path.join(outdir, 'copydesk.cjs'),
  format: 'cjs',
  // The modules find their data files from their own address, which a CommonJS script reads from __filename.
  define: {'import.meta.url': '__copydeskUrl'},
  banner: {js: "const __copydeskUrl = require('node:url').pathToFileURL(__filename).href;"}
})
console.log(`bundled the lint command, the language server and the lint worker into ${path.relative(root, outdir)}/`)
