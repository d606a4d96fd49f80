// Whether dist/ was built from the sources as they are, so that `npm test` builds only when it must:
// on a fresh clone `npm ci` has just built everything (the prepare script), and building again cost the
// test command half a minute of its minute. The stamp is a hash of what the build reads (the sources,
// the build scripts, the data and models it compiles, the lockfile) and of the Node that built it (the
// bundle's code cache fits one V8); `npm run build` clears it first and writes it last, so a build that
// stopped half-way is never taken for a whole one.
//
//   node scripts/build-stamp.js check   exit 0 if dist/ is up to date, 1 if not
//   node scripts/build-stamp.js clear   (the build's first step)
//   node scripts/build-stamp.js write   (its last)
import {createHash} from 'node:crypto'
import {readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const stamp = path.join(root, 'dist', '.build-inputs')

/** Every file under the folders the build reads, and the single files it reads, in a fixed order. */
function inputs() {
  const files = ['package.json', 'package-lock.json', 'tsconfig.json']
  const walk = (folder, deep) => {
    for (const name of readdirSync(path.join(root, folder)).sort()) {
      const relative = path.join(folder, name)
      if (statSync(path.join(root, relative)).isDirectory()) {
        if (deep) walk(relative, deep)
      } else files.push(relative)
    }
  }
  for (const folder of ['src', 'rules', 'scripts', 'bin', 'model']) walk(folder, true)
  // The corpus's own data files (the newsroom's lists); its folders of articles are read by the tests, not the build.
  walk('corpus', false)
  return files
}

function digest() {
  const hash = createHash('sha256').update(process.version)
  for (const file of inputs()) hash.update(`\0${file}\0`).update(readFileSync(path.join(root, file)))
  return hash.digest('hex')
}

const command = process.argv[2]
if (command === 'clear') rmSync(stamp, {force: true})
else if (command === 'write') writeFileSync(stamp, digest() + '\n')
else if (command === 'check') {
  let built = ''
  try {
    built = readFileSync(stamp, 'utf8').trim()
  } catch {
    // No stamp: never built, or a build stopped half-way.
  }
  if (built !== digest()) {
    console.error('copydesk: dist/ is not built from the sources as they are; building')
    process.exitCode = 1
  }
} else {
  console.error('usage: node scripts/build-stamp.js check|clear|write')
  process.exitCode = 2
}
