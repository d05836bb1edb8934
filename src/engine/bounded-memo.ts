/**
 * A function of a string, remembered for the strings it was asked about, across articles: for pure
 * readings of short texts that recur (a body's name, a title, an ordinal, a number in words). At most
 * `limit` strings are kept; past that the memory starts again, so whatever the input, it stays bounded.
 *
 * A key is kept as a copy of its own, and `make` reads that copy: V8 makes a slice a view of the text
 * it was cut from, so a slice kept as a key (or a value sliced from it) would keep a whole article
 * alive. Values may be `undefined` or `null`: they are remembered too.
 */
export function boundedMemo<T>(limit: number, make: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>()
  return (key) => {
    const known = memo.get(key)
    if (known !== undefined || memo.has(key)) return known as T
    if (memo.size >= limit) memo.clear()
    const own = detached(key)
    const value = make(own)
    memo.set(own, value)
    return value
  }
}

/** A copy of `s` that holds no reference to the text it was sliced from (a concatenation, flattened by the slice of it, is a string of its own). */
function detached(s: string): string {
  return (' ' + s).slice(1)
}
