/**
 * The one place that inserts HTML. It only ever receives HTML that the build rendered from
 * Markdown and sanitised (src/compiler/markdown.ts): never a raw content string.
 */
export function SafeHtml({ html, className }: { html: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />
}
