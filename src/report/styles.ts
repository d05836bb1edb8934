/**
 * The report's and the playground's style sheet, generated from KINDS: each kind's tint, underline
 * style and tag, the per-kind toggles (classes on the root), nesting (an outer span's underline sits
 * below its inner spans' underlines), fragments of crossing spans (hatched), and the page layout.
 */
import { KINDS, type Kind } from './kinds.ts'

function rgba(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16)
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`
}

/** Black or white text for a tag on the kind's ink, whichever reads better. */
function tagText(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16)
  const lum = 0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255)
  return lum > 110 ? '#000' : '#fff'
}

function kindRules(k: Kind): string {
  const sel = `[data-kind="${k.key}"]`
  const width = k.line === 'double' ? 3 : 2
  const tint = k.colour === '#F0E442' ? 0.38 : 0.2
  return `
.hl${sel},.swatch${sel}{border-bottom:${width}px ${k.line} ${k.ink}}
.hl${sel}[data-part="main"],.swatch${sel}{background-color:${rgba(k.colour, tint)}}
.hl${sel}[data-part="mention"]{background-color:${rgba(k.colour, tint / 2.5)}}
.hl${sel}.part.on,.vne.all-parts .hl${sel}.part{outline:1px dashed ${k.ink};background-color:${rgba(k.colour, tint / 2)}}
.hl${sel}.marked{background-color:${rgba(k.colour, Math.min(0.6, tint * 2.4))}}
.vne:not(.no-tags) .hl${sel}[data-part="main"]:not(.frag)::before,.vne:not(.no-tags) .hl${sel}[data-part="main"][data-frag^="1/"]::before,.swatch${sel}::before{content:"${k.tag}";background:${k.ink};color:${tagText(k.ink)}}
.vne.hide-${k.key} .hl${sel}{background-color:transparent;border-bottom-color:transparent;outline:none;padding-bottom:0}
.vne.hide-${k.key} .hl${sel}::before{content:none}
.vne.hide-${k.key} .side-kind${sel},.vne.hide-${k.key} .crossing-item${sel}{display:none}`
}

export const REPORT_CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:14px/1.45 "DejaVu Sans","Noto Sans",system-ui,sans-serif;color:#111;background:#f6f6f4}
.vne{display:flex;flex-direction:column;height:100%}
.vne-top{display:flex;flex-wrap:wrap;align-items:center;gap:.4em 1.2em;padding:.5em 1em;background:#fff;border-bottom:1px solid #ccc}
.vne-top h1{font-size:1.05em;margin:0}
.vne-summary{color:#444}
.legend{display:flex;flex-wrap:wrap;gap:.2em .7em;align-items:center;margin:0;padding:0;border:0}
.legend legend{float:left;font-weight:600;margin-right:.4em;padding:0}
.legend label{display:inline-flex;align-items:center;gap:.25em;cursor:pointer;white-space:nowrap}
.legend .opts{margin-left:.6em;padding-left:.6em;border-left:1px solid #ccc;display:inline-flex;gap:.7em}
.swatch{display:inline-block;padding:0 .3em 1px;line-height:1.3}
.swatch::before,.hl::before{font:600 10px/1.2 "DejaVu Sans",sans-serif;padding:0 3px;margin-right:2px;border-radius:2px;vertical-align:.45em;letter-spacing:.02em}
.vne-main{flex:1;min-height:0;display:grid;grid-template-columns:minmax(15em,21em) minmax(0,1fr) minmax(14em,21em)}
.vne.single .vne-main{grid-template-columns:minmax(0,1fr) minmax(14em,22em)}
.vne.single .vne-index{display:none}
.vne-index,.vne-article,.vne-side{overflow:auto;min-height:0;padding:.7em 1em}
.vne-index{border-right:1px solid #ccc;background:#fff}
.vne-side{border-left:1px solid #ccc;background:#fff}
.vne-index input[type=search]{width:100%;font:inherit;padding:.25em .4em}
.vne-index .filters{display:flex;flex-direction:column;gap:.3em;margin-bottom:.5em}
.rows{list-style:none;margin:0;padding:0}
.rows button{display:block;width:100%;text-align:left;font:inherit;background:none;border:0;border-bottom:1px solid #eee;padding:.35em .2em;cursor:pointer;color:inherit}
.rows button:hover,.rows button:focus-visible{background:#eef4fb}
.rows button[aria-current="true"]{background:#dce9f7;box-shadow:inset 3px 0 0 #0072B2}
.rows .r-title{display:block;font-weight:600;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.rows .r-meta{display:block;color:#555;font-size:.86em}
.rows .r-err,.issue{color:#a4331b}
.pager{display:flex;gap:.4em;align-items:center;margin-top:.5em}
.badge{display:inline-block;padding:0 .3em;margin-right:.25em;border-radius:3px;background:#eee;font-size:.86em}
.vne-article h2{font-size:1.1em;margin:.1em 0 .2em}
.vne-article .meta{color:#444;margin:0 0 .2em}
.vne-article .nav{display:flex;gap:.4em;margin-bottom:.4em}
.vne-text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:16px;line-height:2.15;max-width:56em;background:#fff;border:1px solid #ddd;padding:.8em 1em;margin:.5em 0}
.hl{padding-bottom:1px;border-radius:1px;cursor:pointer}
.hl.h1{padding-bottom:5px}.hl.h2{padding-bottom:9px}.hl.h3{padding-bottom:13px}.hl.h4{padding-bottom:17px}
.vne .hl.part{border-bottom-color:transparent;background-color:transparent;padding-bottom:0}
.hl.frag{background-image:repeating-linear-gradient(135deg,rgba(0,0,0,.16) 0 2px,transparent 2px 7px)}
.hl.marked{outline:2px solid #111;outline-offset:1px}
.hl:focus-visible{outline:3px solid #111;outline-offset:1px}
.vne.hide-mentions .hl[data-part="mention"]{background-color:transparent;border-bottom-color:transparent;padding-bottom:0}
.markup{color:#8a8a8a}
.gap{display:inline-block;margin:.2em 0;padding:0 .5em;border:1px dashed #aaa;color:#666;font-style:italic;font-size:.85em;line-height:1.6}
.gap::before{content:attr(data-label)}
.vne-crossing{max-width:50em}
.vne-crossing h3,.vne-side h3{font-size:.95em;margin:.6em 0 .3em}
.crossing-item{margin:.2em 0;line-height:2.1;white-space:pre-wrap;overflow-wrap:anywhere}
.crossing-item .ctx{color:#777}
.side-kind{margin-bottom:.6em}
.side-kind ol{margin:0;padding:0;list-style:none}
.side-kind button{display:grid;grid-template-columns:2em 1fr;font:inherit;text-align:left;background:none;border:0;padding:.1em .2em;cursor:pointer;color:inherit;width:100%}
.side-kind .s-n{color:#666;grid-row:span 2}
.side-kind button:hover,.side-kind button:focus-visible{background:#eef4fb}
.side-kind button.marked{background:#dce9f7;box-shadow:inset 3px 0 0 #111}
.side-kind .s-sum{display:block;color:#555;font-size:.86em;grid-column:2}
details.json pre{white-space:pre-wrap;overflow-wrap:anywhere;font-size:12px;background:#fff;border:1px solid #ddd;padding:.5em;max-height:40em;overflow:auto}
.tip{position:fixed;z-index:10;max-width:30em;background:#fff;border:1px solid #777;box-shadow:0 2px 8px rgba(0,0,0,.25);padding:.45em .6em;font-size:13px;pointer-events:none}
.tip[hidden]{display:none}
.tip .t-head{font-weight:600}
.tip .t-text{margin:.15em 0 .3em}
.tip dl{display:grid;grid-template-columns:auto 1fr;gap:0 .7em;margin:0}
.tip dt{color:#555}
.tip dd{margin:0;overflow-wrap:anywhere}
.error-box{border:1px solid #a4331b;background:#fff4f1;padding:.6em .8em;max-width:50em}
.pg-input{display:grid;grid-template-columns:1fr auto;gap:.5em;align-items:start}
.pg-input textarea{width:100%;min-height:9em;font:13px/1.4 "DejaVu Sans Mono",monospace}
.pg-input .drop{border:2px dashed #aaa;padding:.5em}
.pg-input .drop.over{border-color:#0072B2;background:#eef4fb}
.pg-opts{display:flex;flex-direction:column;gap:.35em}
.pg-opts input,.pg-opts select,.pg-opts button{font:inherit}
${KINDS.map(kindRules).join('')}
`
