import { useEffect, useRef, useState } from 'react'
import { normalQuery } from '../../data/search-params.ts'
import { prepareTyping } from '../../data/search-service.ts'
import { takeRefocus } from './early-typing.ts'

interface Props {
  value: string
  onChange: (value: string) => void
}

/** The search field: `/` or Ctrl/Cmd-K focuses it from anywhere, Escape clears it. */
export function SearchBox({ value, onChange }: Props) {
  const input = useRef<HTMLInputElement>(null)
  const [text, setText] = useState(value)
  // The queries typed since the page last caught up: `value` coming back as one of them is typing's
  // echo (the page renders behind the keys), not a change to follow.
  const sent = useRef<string[]>([])
  // Back/forward or a cleared filter changes the query: follow it.
  useEffect(() => {
    const echoes = sent.current
    if (value === echoes[echoes.length - 1]) sent.current = []
    else if (!echoes.includes(value)) {
      setText(value)
      sent.current = []
    }
  }, [value])

  // Typed into before the app took over (early-typing.ts): the focus comes back, caret at the end.
  useEffect(() => {
    const r = takeRefocus()
    if (r && input.current) {
      input.current.focus()
      input.current.setSelectionRange(r.caret, r.caret)
    }
  }, [])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null
      const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
      if ((e.key === '/' && !typing) || (e.key.toLowerCase() === 'k' && (e.metaKey || e.ctrlKey))) {
        e.preventDefault()
        input.current?.focus()
        input.current?.select()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const update = (next: string) => {
    setText(next)
    sent.current = [...sent.current.slice(-20), normalQuery(next)]
    onChange(next)
  }

  return (
    <div className="relative">
      <label htmlFor="talk-search" className="sr-only">
        Search talks
      </label>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="pointer-events-none absolute left-3.5 top-1/2 size-5 -translate-y-1/2 text-slate-400" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
        <circle cx="11" cy="11" r="7" />
        <path d="m20 20-3.5-3.5" />
      </svg>
      <input
        ref={input}
        id="talk-search"
        type="search"
        value={text}
        onChange={(e) => update(e.target.value)}
        // Every body is searched too, and every result shows its summary: they start loading as soon as someone is about to type.
        onFocus={prepareTyping}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && text) {
            e.preventDefault()
            update('')
          }
        }}
        placeholder="Search talks, speakers, topics…"
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        aria-keyshortcuts="/ Control+K Meta+K"
        className="h-12 w-full rounded-xl border border-slate-300 bg-white pl-11 pr-4 text-base shadow-sm placeholder:text-slate-500 focus:border-brand-500 sm:pr-12 dark:border-slate-700 dark:bg-slate-900 dark:placeholder:text-slate-400 dark:focus:border-brand-400"
      />
      <kbd aria-hidden="true" className="pointer-events-none absolute right-3 top-1/2 hidden -translate-y-1/2 rounded border border-slate-300 px-1.5 text-xs text-slate-500 sm:block dark:border-slate-600 dark:text-slate-400">/</kbd>
    </div>
  )
}
