/**
 * Lookups of a word the date grammars read (a part of day, a weekday, a unit) by its lower case,
 * without lower-casing it: `toLowerCase` of a Vietnamese word takes V8's slow case-mapping path,
 * and the grammars read these words from finite lists, written lower case or capitalised.
 */

/** `w` with the first letter of each of its words capitalised, one variant per choice: `thứ hai` → `thứ hai`, `Thứ hai`, `thứ Hai`, `Thứ Hai`. */
function caseVariants(w: string): string[] {
  let out = ['']
  for (const word of w.split(' ')) {
    const upper = word[0]!.toUpperCase() + word.slice(1)
    out = out.flatMap((o) => [word, upper].map((v) => (o ? `${o} ${v}` : v)))
  }
  return out
}

/**
 * `(written) => table[written.toLowerCase()]`, for a table whose keys are lower case: the forms with
 * their words capitalised or not are looked up as written (made once from the table's keys); any
 * other form is lower-cased and looked up as before. Keys of `Object.prototype` are never read.
 */
export function byLowerCase<T>(table: Readonly<Record<string, T>>): (written: string) => T | undefined {
  const forms = new Map<string, T>()
  for (const key of Object.keys(table)) {
    for (const v of caseVariants(key)) if (v.toLowerCase() === key) forms.set(v, table[key]!)
  }
  return (written) => {
    const v = forms.get(written)
    if (v !== undefined) return v
    const lower = written.toLowerCase()
    return Object.hasOwn(table, lower) ? table[lower] : undefined
  }
}
