/**
 * Remember answers per owner (a model, a rule's loaded resource) and key.
 * Articles and an editor's re-checks repeat their words; an owner's answers
 * are forgotten once there are `limit` of them, so long runs stay lean.
 */
export function memoise<Owner extends object, Value>(compute: (owner: Owner, key: string) => Value, limit = 50_000): (owner: Owner, key: string) => Value {
  const caches = new WeakMap<Owner, Map<string, Value>>()
  return (owner, key) => {
    let cache = caches.get(owner)
    if (!cache) {
      cache = new Map()
      caches.set(owner, cache)
    }
    let value = cache.get(key)
    if (value === undefined) {
      value = compute(owner, key)
      if (cache.size >= limit) cache.clear()
      cache.set(key, value)
    }
    return value
  }
}
