import { describe, expect, it } from 'vitest'
import { asOneValue } from '../../src/components/ui/dev-props.ts'

// React's development build descends into a changed prop only when Object.prototype.toString calls
// it "[object Array]" or "[object Object]" (addObjectDiffToProperties in react-dom's dev client).
describe('asOneValue', () => {
  const rows = () => Array.from({ length: 1000 }, (_, i) => ({ slug: `t${i}`, pos: i }))

  it('makes a list one value to the props diff of React’s dev build', () => {
    expect(import.meta.env.DEV).toBe(true)
    const list = asOneValue(rows())
    expect(Object.prototype.toString.call(list)).toBe('[object List]')
    expect(Object.prototype.toString.call(rows())).toBe('[object Array]')
  })

  it('leaves the list an ordinary array to every other reader', () => {
    const plain = rows()
    const list = asOneValue(rows())
    expect(Array.isArray(list)).toBe(true)
    expect(list.length).toBe(plain.length)
    expect(list.every((r, i) => r.slug === plain[i]!.slug)).toBe(true)
    expect(JSON.stringify(list)).toBe(JSON.stringify(plain))
    expect(Object.keys(list)).toEqual(Object.keys(plain))
    expect([...list].map((r) => r.slug)).toEqual(plain.map((r) => r.slug))
    expect(String(asOneValue(['a', 'b']))).toBe('a,b')
  })

  it('returns the same list, and tags it once', () => {
    const list = rows()
    expect(asOneValue(list)).toBe(list)
    expect(() => asOneValue(list)).not.toThrow()
  })
})
