/**
 * Remember answers per owner (a model, a rule's loaded resource) and key.
 * Articles and an editor's re-checks repeat their words; an owner's answers
 * are forgotten once there are `limit` of them, so long runs stay lean.
 */
export function memoise<Owner extends object, Value>(compute: (owner: Owner, key: string) => Value, limit = 50_000): (owner: Owner, key: string) => Value {
  const caches = new WeakMap<Owner, Map<string, Value>>()
  // Calls come in runs for one owner (every word of an article, one rule's resource): the last
  // owner's answers are kept at hand, saving a look-up per call.
  let lastOwner: Owner | undefined
  let lastCache: Map<string, Value> | undefined
  return (owner, key) => {
    let cache = owner === lastOwner ? lastCache : caches.get(owner)
    if (!cache) {
      cache = new Map()
      caches.set(owner, cache)
    }
    lastOwner = owner
    lastCache = cache
    let value = cache.get(key)
    if (value === undefined) {
      value = compute(owner, key)
      if (cache.size >= limit) cache.clear()
      cache.set(key, value)
    }
    return value
  }
}

/**
 * A function that works out each distinct key once, for one pass over an
 * article: its words repeat, and a small local map answers faster than a
 * process-wide memo or the work itself.
 */
export function onceEach<Value>(compute: (key: string) => Value): (key: string) => Value {
  const known = new Map<string, Value>()
  return (key) => {
    let value = known.get(key)
    if (value === undefined) known.set(key, (value = compute(key)))
    return value
  }
}
