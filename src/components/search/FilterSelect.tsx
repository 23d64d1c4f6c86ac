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
  options: Option[]
  /** Shown as the chosen option when the URL names something the collection does not have. */
  unknown?: string
  onChange: (value: string) => void
}

/** A labelled picker whose options carry their counts ("2021 (3)"). */
export function FilterSelect({ id, label, all, value, options, unknown, onChange }: Props) {
  return (
    <div className="flex items-center gap-3">
      <label htmlFor={id} className="w-16 shrink-0 text-sm font-medium text-slate-700 sm:w-auto dark:text-slate-300">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="min-h-11 min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 text-sm sm:max-w-[16rem] sm:flex-none dark:border-slate-700 dark:bg-slate-900"
      >
        <option value="">{all}</option>
        {unknown && <option value={value}>{unknown}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label} ({o.count})
          </option>
        ))}
      </select>
    </div>
  )
}
