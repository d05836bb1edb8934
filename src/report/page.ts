/**
 * The HTML around the report and the playground: one self-contained file with a strict
 * Content-Security-Policy (the one script and the one style sheet allowed by their hashes; no
 * network, no frames, no forms, no base URL), data in `<script type="application/json">` blocks with
 * every `<` escaped, and the script last. Hashes are computed by the caller (Node's crypto in the
 * CLI and the build), so this module stays pure.
 */

/** Escapes text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * JSON for a `<script type="application/json">` block: every `<` is written `\u003c`, so no
 * `</script>` or `<!--` in the data can end or change the block; `JSON.parse` reads it back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c')
}

/** A data block; `id` is ours (never input). */
export function dataBlock(id: string, json: string): string {
  return `<script type="application/json" id="${escapeHtml(id)}">${json}</script>\n`
}

/**
 * A bundle made safe to inline in a `<script>` element: `</script` and `<!--` can only occur in its
 * strings, regular expressions and comments, where `<\/` and `<\!` read the same.
 */
export function inlineScript(bundle: string): string {
  return bundle.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--')
}

export interface ShellOptions {
  title: string
  css: string
  /** `sha256-…` of the style sheet's text, exactly as inlined. */
  styleHash: string
  /** `sha256-…` of the script's text, exactly as inlined. */
  scriptHash: string
  /** `<meta name="generator">` content. */
  generator: string
}

/** The Content-Security-Policy: nothing but the hashed script and style sheet, and no network. */
export function contentSecurityPolicy(o: Pick<ShellOptions, 'styleHash' | 'scriptHash'>): string {
  return [
    "default-src 'none'", `script-src '${o.scriptHash}'`, `style-src '${o.styleHash}'`, "img-src 'none'", "font-src 'none'", "connect-src 'none'",
    "media-src 'none'", "object-src 'none'", "frame-src 'none'", "worker-src 'none'", "manifest-src 'none'", "base-uri 'none'", "form-action 'none'",
  ].join('; ')
}

/** Everything before the data blocks. */
export function shellStart(o: ShellOptions): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(o))}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(o.generator)}">
<title>${escapeHtml(o.title)}</title>
<style>${o.css}</style>
</head>
<body>
<div id="vne" class="vne"><noscript>This page needs JavaScript to show the articles.</noscript></div>
`
}

/** Everything after the data blocks: the script (already passed through inlineScript). */
export function shellEnd(script: string): string {
  return `<script>${script}</script>
</body>
</html>
`
}
