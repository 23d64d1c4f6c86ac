/**
 * Marks a long list passed as a prop as one value to React's development build. On every re-render
 * whose props changed, React 19.3's dev build diffs old and new props for its Performance track, and
 * its width limit (100 entries) is skipped for entries it descends into: a list of 10,000 talks
 * shifted by one (a talk file added in dev) was walked row by row and field by field, ~245,000
 * entries and ~300 ms. Object.prototype.toString is what that diff asks to decide whether to
 * descend; a tag other than "Array" makes it print the list as one value. Production builds have no
 * such diff, and nothing else reads the tag (Array.isArray, iteration and JSON are unchanged).
 */
export function asOneValue<T>(list: T[]): T[] {
  if (import.meta.env.DEV && !Object.prototype.hasOwnProperty.call(list, Symbol.toStringTag)) {
    Object.defineProperty(list, Symbol.toStringTag, { value: 'List', enumerable: false })
  }
  return list
}
