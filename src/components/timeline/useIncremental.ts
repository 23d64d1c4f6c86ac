import { useEffect, useRef, useState } from 'react'
import { FIRST_PAGE } from '../../data/wire.ts'

/**
 * Renders a long list a page at a time: more items mount when a sentinel near the end scrolls
 * into view, so the DOM never holds thousands of cards.
 */
export function useIncremental(total: number, pageSize = FIRST_PAGE) {
  const [count, setCount] = useState(pageSize)
  const sentinel = useRef<HTMLDivElement>(null)
  useEffect(() => setCount(pageSize), [total, pageSize])
  useEffect(() => {
    const el = sentinel.current
    if (!el || count >= total || typeof IntersectionObserver === 'undefined') return
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setCount((c) => Math.min(total, c + pageSize))
    }, { rootMargin: '800px 0px' })
    io.observe(el)
    return () => io.disconnect()
  }, [count, total, pageSize])
  return {
    count: Math.min(count, total),
    sentinel,
    showMore: () => setCount((c) => Math.min(total, c + pageSize)),
    /** Back to the first page (for a list that now starts elsewhere). */
    reset: () => setCount(pageSize),
  }
}
