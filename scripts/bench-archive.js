// npm run bench -- --archive: copydesk over an archive of 10,000 articles of
// about 700 words, whole process, as a newsroom lints its back catalogue:
// wall time and the process's peak memory (worker threads included). The
// articles are the real-copy clean set's, run together to about 700 words
// each, cycled. About a minute and a half on two cores.
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Seconds and peak megabytes for linting `count` articles of about `words` words in one run. */
export function archiveRun(root, count = 10_000, words = 700) {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'copydesk-archive-'))
  const articles = path.join(folder, 'articles')
  mkdirSync(articles)
  const clean = path.join(root, 'corpus', 'real', 'clean')
  const texts = readdirSync(clean).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(path.join(clean, name), 'utf8'))
  let next = 0
  for (let index = 0; index < count; index++) {
    const parts = []
    for (let length = 0; length < words; ) {
      const text = texts[next++ % texts.length]
      parts.push(text)
      length += text.split(/\s+/).filter(Boolean).length
    }
    writeFileSync(path.join(articles, `article-${String(index).padStart(5, '0')}.txt`), parts.join('\n'))
  }
  // The peak memory of the whole process, worker threads included, as the process itself sees it at exit.
  const wrapper = path.join(folder, 'run.mjs')
  writeFileSync(wrapper, `process.on('exit', () => process.stderr.write('peak ' + process.resourceUsage().maxRSS + '\\n'))\nawait import(${JSON.stringify(path.join(root, 'bin', 'copydesk.js'))})\n`)
  const start = performance.now()
  const result = spawnSync(process.execPath, [wrapper, '--format', 'json', 'articles'], {cwd: folder, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1048576})
  const seconds = (performance.now() - start) / 1000
  rmSync(folder, {recursive: true, force: true})
  const peak = /peak (\d+)/.exec(result.stderr.toString())
  return {count, seconds, megabytes: peak ? Number(peak[1]) / 1024 : Number.NaN}
}
