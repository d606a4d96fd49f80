import {existsSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import type Picomatch from 'picomatch'

/**
 * The glob library (and the directory walker under it, which loads picomatch
 * as it starts: 3 ms of every start), loaded when a pattern or a folder is
 * named, not for the files a CI gate or an editor names one by one.
 */
const globbing = () => import('tinyglobby')
/** Characters without one of which no argument is a pattern (picomatch's): only then is the glob library asked. */
const patternCharacters = /[*?[\]{}()!+@\\]/

/** Article files a folder is searched for. */
export const articleExtensions = ['txt', 'md', 'markdown', 'html', 'htm']

export interface InputProblem {
  path: string
  problem: string
}

/**
 * Turn command-line paths, folders and globs into article files. Folders are
 * searched for articles; `.copydeskignore` files leave files out of folder
 * and glob searches (files named one by one are always linted).
 */
export async function expandPaths(args: string[], cwd: string): Promise<{files: string[]; problems: InputProblem[]}> {
  const files: string[] = []
  const problems: InputProblem[] = []
  const ignored = ignoreMatcher(cwd)
  // One article, one report: a file reached twice (named twice, through a
  // symbolic link back up the tree, or by another hard link) is linted once,
  // under its first name; a story would count it as two articles.
  const seen = new Set<string>()
  const add = (file: string) => {
    const identity = fileIdentity(path.resolve(cwd, file))
    if (seen.has(identity)) return
    seen.add(identity)
    files.push(file)
  }

  for (const arg of args) {
    const globs = patternCharacters.test(arg) ? await globbing() : undefined
    if (globs?.isDynamicPattern(arg)) {
      const matches = (await globs.glob(arg, {cwd, onlyFiles: true, ignore: ['**/node_modules/**']})).sort().filter((file) => !ignored(file))
      if (matches.length === 0) problems.push({path: arg, problem: 'no files match this pattern'})
      matches.forEach(add)
      continue
    }
    const absolute = path.resolve(cwd, arg)
    let isFolder: boolean
    try {
      isFolder = statSync(absolute).isDirectory()
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      problems.push({path: arg, problem: code === 'ELOOP' ? 'is a loop of symbolic links' : code === 'EACCES' ? 'permission denied' : 'no such file or folder'})
      continue
    }
    if (isFolder) {
      const matches = articlesIn(absolute, (folder, problem) => problems.push({path: path.relative(cwd, folder) || folder, problem}))
      const names = matches.sort().map((file) => path.relative(cwd, path.join(absolute, file)) || file)
      // A file's own path before any path to it through a symbolic link.
      const direct = (file: string) => realPath(path.resolve(cwd, file)) === path.resolve(cwd, file)
      const kept = [...names.filter(direct), ...names.filter((file) => !direct(file))].filter((file) => !ignored(file))
      // A folder named with nothing to lint is a mistake a gate must not pass in silence, as a pattern matching nothing.
      if (kept.length === 0) problems.push({path: arg, problem: names.length === 0 ? `no articles in this folder (${articleExtensions.map((extension) => `.${extension}`).join(', ')})` : 'every article in this folder is left out by a .copydeskignore'})
      kept.forEach(add)
      continue
    }
    add(arg)
  }
  return {files, problems}
}

/**
 * The article files under a folder, relative to it (hidden entries and
 * node_modules left out), following symbolic links, each folder walked once.
 * What cannot be read is said, not passed over: a gate that skipped an
 * unreadable subfolder in silence would pass articles nobody checked. So are
 * an article's name that is a dangling link, a loop of links, or no regular
 * file (a named pipe).
 */
function articlesIn(root: string, problem: (file: string, problem: string) => void): string[] {
  const found: string[] = []
  const walked = new Set<string>()
  const stack = ['']
  while (stack.length > 0) {
    const relative = stack.pop()!
    const folder = path.join(root, relative)
    let entries: Dirent[]
    try {
      const real = realpathSync(folder)
      if (walked.has(real)) continue
      walked.add(real)
      entries = readdirSync(folder, {withFileTypes: true})
    } catch (error) {
      problem(folder, `cannot read this folder (${(error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : ((error as NodeJS.ErrnoException).code ?? 'error')}); its articles were not checked`)
      continue
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const name = relative ? `${relative}/${entry.name}` : entry.name
      const article = articleExtensions.includes(path.extname(entry.name).slice(1).toLowerCase())
      let kind: 'folder' | 'file' | 'other' = entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other'
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(path.join(root, name))
          kind = target.isDirectory() ? 'folder' : target.isFile() ? 'file' : 'other'
        } catch (error) {
          if (article) problem(path.join(root, name), (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'is a loop of symbolic links' : 'is a symbolic link to nothing')
          continue
        }
      }
      if (kind === 'folder') stack.push(name)
      else if (article && kind === 'file') found.push(name)
      else if (article) problem(path.join(root, name), 'is not a regular file (a named pipe, a socket or a device); not checked')
    }
  }
  return found
}

/** What one file is, whatever its names: its device and inode (its real path where it cannot be read). */
function fileIdentity(file: string): string {
  try {
    const {dev, ino} = statSync(file)
    // A file system without inodes (some on Windows) gives 0 for every file.
    return ino === 0 ? realPath(file) : `${dev}:${ino}`
  } catch {
    return realPath(file)
  }
}

function realPath(file: string): string {
  try {
    return realpathSync(file)
  } catch {
    return file
  }
}

/**
 * A predicate over paths relative to `cwd`. Like .gitignore, a
 * `.copydeskignore` applies to its own folder and everything below it, with
 * patterns relative to that folder; every such file above an article counts.
 */
function ignoreMatcher(cwd: string): (file: string) => boolean {
  const matchers = new Map<string, ((relative: string) => boolean) | undefined>()
  const matcherFor = (dir: string) => {
    if (!matchers.has(dir)) {
      const candidate = path.join(dir, '.copydeskignore')
      let matcher: ((relative: string) => boolean) | undefined
      if (existsSync(candidate)) {
        const patterns = readFileSync(candidate, 'utf8')
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter((line) => line !== '' && !line.startsWith('#'))
          .map((pattern) => pattern.replace(/^\//, ''))
        const picomatch = createRequire(import.meta.url)('picomatch') as typeof Picomatch
        const match = picomatch(patterns, {dot: true})
        matcher = (relative) => match(relative) || match(path.posix.basename(relative))
      }
      matchers.set(dir, matcher)
    }
    return matchers.get(dir)
  }

  return (file) => {
    const absolute = path.resolve(cwd, file)
    let dir = path.dirname(absolute)
    for (;;) {
      const matcher = matcherFor(dir)
      if (matcher?.(path.relative(dir, absolute).split(path.sep).join('/'))) return true
      const parent = path.dirname(dir)
      if (parent === dir) return false
      dir = parent
    }
  }
}

/**
 * Articles changed since a git ref (added, copied, modified or renamed, in
 * the working tree), relative to `cwd`, kept to the given paths if any.
 */
export function changedArticles(ref: string, cwd: string, within: string[]): {files: string[]; problems: InputProblem[]} {
  // Loaded here, not with the program (a cold start pays about 4 ms for it): only --changed runs git.
  const {execFileSync} = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process')
  let output: string
  try {
    // Names ended by NUL, as written: git's default quotes a name with non-ASCII characters (“"\\303\\251.txt"”), which named no file.
    output = execFileSync('git', ['diff', '--name-only', '-z', '--relative', '--diff-filter=ACMR', ref, '--'], {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
  } catch (error) {
    const stderr = String((error as {stderr?: unknown}).stderr ?? '').trim().split('\n')[0]
    return {files: [], problems: [{path: ref, problem: `cannot list changed files (${stderr || 'git failed'})`}]}
  }
  const ignored = ignoreMatcher(cwd)
  const roots = within.map((item) => path.resolve(cwd, item))
  const files = output
    .split('\0')
    .filter((file) => file !== '' && articleExtensions.includes(path.extname(file).slice(1).toLowerCase()))
    .filter((file) => roots.length === 0 || roots.some((root) => path.resolve(cwd, file) === root || path.resolve(cwd, file).startsWith(root + path.sep)))
    .filter((file) => !ignored(file))
  return {files, problems: []}
}
