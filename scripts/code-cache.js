// Make the code cache of the lint command's bundle (dist/bundle/copydesk.cjs.cache):
// load the bundle as bin/copydesk.js does, lint the examples of the rules'
// READMEs with it, so that the cache holds the compiled code of every
// function a lint runs and not just the bundle's top level, and save it.
// Run by `npm run build` with --random-seed, which makes V8 write the same
// cache every time (its hash tables are otherwise seeded at random).
import {Readable, Writable} from 'node:stream'
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {loadBundle} from '../dist/src/cli/load-bundle.js'
import {warmUpText} from '../dist/src/language-server/rule-examples.js'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const bundle = path.join(root, 'dist', 'bundle', 'copydesk.cjs')
const {exports, script} = loadBundle(bundle)
const discard = new Writable({write: (_chunk, _encoding, done) => done()})
await exports.main(['--stdin', '--stdin-filename', path.join(root, 'copydesk-warm-up.txt')], {stdout: discard, stderr: discard, stdin: Readable.from([warmUpText()]), isTerminal: false})
const cache = script.createCachedData()
writeFileSync(`${bundle}.cache`, cache)
console.log(`cached the lint command's compiled code (${(cache.length / 1048576).toFixed(1)} MB) in ${path.relative(root, bundle)}.cache`)
