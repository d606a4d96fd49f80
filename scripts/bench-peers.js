// npm run bench -- --peers: copydesk against harper.js and alex, whole
// process, over the same 300 articles in one run. The peers are installed
// into a throwaway folder (never as the project's dependencies); the articles
// are the real-copy clean set, with the seed articles, cycled to 300.
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const peers = {'harper.js': '2.10.0', alex: '11.0.1'}

/** Seconds for each tool over the same folder of articles, and copydesk's ratio to each. */
export function peerRatios(root, count = 300) {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'copydesk-peers-'))
  process.stderr.write(`installing ${Object.entries(peers).map(([name, version]) => `${name}@${version}`).join(', ')} into ${folder}…\n`)
  execFileSync('npm', ['init', '-y'], {cwd: folder, stdio: 'ignore'})
  execFileSync('npm', ['install', '--no-audit', '--no-fund', ...Object.entries(peers).map(([name, version]) => `${name}@${version}`)], {cwd: folder, stdio: 'ignore'})
  const articles = path.join(folder, 'articles')
  mkdirSync(articles)
  const sources = [path.join(root, 'corpus', 'real', 'clean'), path.join(root, 'corpus')]
  const texts = sources.flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(path.join(dir, name), 'utf8')))
  for (let index = 0; index < count; index++) writeFileSync(path.join(articles, `article-${String(index).padStart(3, '0')}.txt`), texts[index % texts.length])
  // harper.js is a library: a few lines run it over the folder, as its own CLI would.
  writeFileSync(
    path.join(folder, 'harper.mjs'),
    "import {readFileSync, readdirSync} from 'node:fs'\nimport {LocalLinter} from 'harper.js'\nimport {binary} from 'harper.js/binary'\nconst linter = new LocalLinter({binary})\nawait linter.setup()\nfor (const name of readdirSync('articles').sort()) await linter.lint(readFileSync('articles/' + name, 'utf8'))\n"
  )
  const time = (args) => {
    const start = performance.now()
    const result = spawnSync(process.execPath, args, {cwd: folder, stdio: 'ignore'})
    if (result.error) throw result.error
    return (performance.now() - start) / 1000
  }
  const copydesk = time([path.join(root, 'bin', 'copydesk.js'), '--format', 'json', 'articles'])
  const alex = time([path.join(folder, 'node_modules', 'alex', 'cli.js'), 'articles'])
  const harper = time(['harper.mjs'])
  return {count, copydesk, alex, harper}
}
