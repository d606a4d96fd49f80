// Bundle the built program (dist/src) into a few files in dist/bundle: the
// lint command, the language server and the lint workers (the command's and the server's). Loading a hundred
// modules one by one costs about 150 ms at every start; one bundle costs a
// third of that. Run by `npm run build`; the output is deterministic.
import {build} from 'esbuild'
import {readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
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
    'lint-worker': 'dist/src/cli/lint-worker.js',
    'language-server-worker': 'dist/src/language-server/lint-worker.js'
  },
  outdir,
  // Parsers of Markdown and HTML, and the diff library, load only when an article needs them.
  splitting: true,
  format: 'esm',
  // Bundled CommonJS packages call require; an ES module has none of its own.
  banner: {js: "import {createRequire as __copydeskRequire} from 'node:module'; const require = __copydeskRequire(import.meta.url);"}
})

// The lint command is one CommonJS script, which bin/copydesk.js runs through node:vm with the
// code cache scripts/code-cache.js makes for it (an ES module cannot use one in Node 20); the
// threads of a batch and of the language server run from it too (src/program.ts), with the same cache. The
// parsers it rarely needs are in it too, but V8 only pre-parses them.
await build({
  ...common,
  entryPoints: ['dist/src/program.js'],
  outfile: path.join(outdir, 'copydesk.cjs'),
  format: 'cjs',
  // The modules find their data files from their own address, which a CommonJS script reads from __filename.
  define: {'import.meta.url': '__copydeskUrl'},
  banner: {js: "const __copydeskUrl = require('node:url').pathToFileURL(__filename).href;"}
})

// esbuild writes strings, patterns and names in ASCII, but keeps the packages' comments as they are, some
// with a curly quote or an emoji. One such character makes Node read a whole file as UTF-8 into a string
// of two-byte characters: the lint command's 1.6 MB took 5-7 ms to read where ASCII takes 2-4, and V8
// scans the longer string. Escaped, as the rest is, they cost nothing (they are in comments).
for (const name of readdirSync(outdir)) {
  const file = path.join(outdir, name)
  const text = readFileSync(file, 'utf8')
  if (/[^\x00-\x7f]/.test(text)) writeFileSync(file, text.replace(/[^\x00-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`))
}
console.log(`bundled the lint command, the language server and the lint workers into ${path.relative(root, outdir)}/`)
