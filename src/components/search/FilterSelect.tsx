import { groupDigits } from '../ui/format.ts'

interface Option {
  value: string
  label: string
  count: number
}

interface Props {
  id: string
  label: string
  /** The first option, which clears this filter. */
  all: string
  value: string
  options: readonly Option[]
  /** Shown as the chosen option when the URL names something the collection does not have. */
  unknown?: string
  /**
   * Its width from the sm breakpoint up (a Tailwind class such as "sm:w-64"). A definite width: a
   * select sized to its widest option measures every option, most of the first layout of the home
   * page at 10,000 talks.
   */
  width: string
  onChange: (value: string) => void
}

/**
 * At most this many options: those with the most talks (and the chosen one), in their own order. A
 * longer list is not one to scroll through, and thousands of options cost a keystroke a render and a
 * layout (the picker measures every option); the others are found with the search box.
 */
export const MAX_OPTIONS = 200

export function shortList(options: readonly Option[], value: string): { shown: readonly Option[]; more: number } {
  if (options.length <= MAX_OPTIONS) return { shown: options, more: 0 }
  const keep = new Set([...options].sort((a, b) => b.count - a.count).slice(0, MAX_OPTIONS).map((o) => o.value))
  keep.add(value)
  const shown = options.filter((o) => keep.has(o.value))
  return { shown, more: options.length - shown.length }
}

/** A labelled picker whose options carry their counts ("2021 (3)"). */
export function FilterSelect({ id, label, all, value, options, unknown, width, onChange }: Props) {
  const { shown, more } = shortList(options, value)
  return (
    <div className="flex items-center gap-3">
      <label htmlFor={id} className="w-16 shrink-0 text-sm font-medium text-slate-700 sm:w-auto dark:text-slate-300">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={`min-h-11 min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 text-sm sm:flex-none ${width} dark:border-slate-700 dark:bg-slate-900`}
      >
        <option value="">{all}</option>
        {unknown && <option value={value}>{unknown}</option>}
        {shown.map((o) => (
          // One text node: React would write "label (count)" as five nodes, hundreds of them in a picker.
          <option key={o.value} value={o.value}>{`${o.label} (${o.count})`}</option>
        ))}
        {more > 0 && <option disabled>{`… ${groupDigits(more)} more with fewer talks: use the search box`}</option>}
      </select>
    </div>
  )
}
