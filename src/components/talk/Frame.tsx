interface Props {
  src: string
  title: string
  /** Sandbox tokens; undefined only where a sandbox breaks the content (PDF viewers). */
  sandbox?: string
  allow?: string
  className?: string
}

/** Every embed goes through here: titled, sandboxed as tightly as the content allows, no referrer leaks. */
export function Frame({ src, title, sandbox, allow, className = 'aspect-video' }: Props) {
  return (
    <iframe
      src={src}
      title={title}
      sandbox={sandbox}
      allow={allow}
      referrerPolicy="strict-origin-when-cross-origin"
      loading="lazy"
      allowFullScreen
      className={`w-full rounded-2xl border-0 bg-slate-900 ${className}`}
    />
  )
}
