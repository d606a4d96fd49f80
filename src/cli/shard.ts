import path from 'node:path'
import {fnv1a} from '../text/fnv.js'

/** One part of a file set split n ways: `--shard 2/4` is part 2 of 4. */
export interface Shard {
  index: number
  count: number
}

/** Read `i/n` (1 ≤ i ≤ n), or say what is wrong. */
export function parseShard(value: string): Shard | string {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim())
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count) return `--shard must be i/n with 1 ≤ i ≤ n (such as 2/4), not “${value}”`
  return {index, count}
}

/**
 * Whether a file falls in a shard: by a hash of its path relative to the
 * working folder, written with forward slashes, so that every machine of a
 * CI matrix splits the same file set the same way and each file lands in
 * exactly one shard, whatever order the files are listed in.
 */
export function inShard(file: string, shard: Shard, cwd: string): boolean {
  const relative = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/')
  return fnv1a(relative) % shard.count === shard.index - 1
}
