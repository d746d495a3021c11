/// The report's one stylesheet: system fonts, light and dark themes, phone and print layouts.
/// Kept in one place so every report looks the same; no external fonts or files.
enum HTMLStylesheet {
    static let css = #"""
:root {
  --bg: #ffffff; --fg: #1f2328; --muted: #636c76; --faint: #8c959f;
  --border: #d8dee4; --surface: #f6f8fa; --surface-2: #eef1f4; --accent: #0969da;
  --error-bg: #fff1f0; --error-border: #cf222e; --error-fg: #a40e26;
  --warn-bg: #fff8e5; --warn-border: #bf8700; --ok: #1a7f37;
  --tok-keyword: #cf222e; --tok-string: #0a3069; --tok-number: #0550ae; --tok-comment: #6e7781;
  --tok-call: #8250df; --tok-name: #1f2328; --tok-dot: #953800;
  --shadow: 0 1px 2px rgba(31, 35, 40, .06);
  --font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif;
  --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --faint: #6e7681;
    --border: #30363d; --surface: #151b23; --surface-2: #1c232c; --accent: #4493f8;
    --error-bg: #25171c; --error-border: #f85149; --error-fg: #ffa198;
    --warn-bg: #272115; --warn-border: #d29922; --ok: #3fb950;
    --tok-keyword: #ff7b72; --tok-string: #a5d6ff; --tok-number: #79c0ff; --tok-comment: #8b949e;
    --tok-call: #d2a8ff; --tok-name: #e6edf3; --tok-dot: #ffa657;
    --shadow: none;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 16px/1.6 var(--font); font-kerning: normal;
  -webkit-font-smoothing: antialiased;
}
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
code, pre, kbd { font-family: var(--mono); font-size: 0.875em; }
.page {
  max-width: 50rem; margin: 0 auto; padding: 2.5rem 1.5rem 3rem;
  display: grid; grid-template-columns: minmax(0, 1fr); grid-template-areas: "header" "toc" "content" "footer";
}
.doc-header { grid-area: header; }
.toc { grid-area: toc; }
.content { grid-area: content; min-width: 0; }
.doc-footer { grid-area: footer; }
@media (min-width: 1180px) {
  .page {
    max-width: 76rem; column-gap: 3.5rem;
    grid-template-columns: minmax(0, 50rem) 15rem; justify-content: center;
    grid-template-areas: "header toc" "content toc" "footer toc";
    grid-template-rows: auto auto 1fr;
  }
  .toc { position: sticky; top: 1.5rem; align-self: start; max-height: calc(100vh - 3rem); overflow-y: auto;
         border: 0; border-left: 1px solid var(--border); border-radius: 0; padding: 0 0 0 1rem; margin: 0; background: none; }
}

/* Banner */
.failure-banner {
  position: sticky; top: 0; z-index: 10;
  background: var(--error-bg); color: var(--error-fg); border-bottom: 2px solid var(--error-border);
  padding: .65rem 1.5rem; text-align: center; font-size: .95rem;
}
.failure-banner a { color: inherit; font-weight: 600; text-decoration: underline; white-space: nowrap; }

/* Header */
.doc-header { border-bottom: 1px solid var(--border); padding-bottom: 1.25rem; margin-bottom: 1.5rem; }
.title { font-size: 2.25rem; line-height: 1.2; letter-spacing: -0.02em; margin: 0 0 .35rem; font-weight: 700; }
.byline { margin: 0 0 1rem; color: var(--muted); font-size: 1.05rem; }
.facts { display: flex; flex-wrap: wrap; gap: .5rem 1.75rem; margin: 1rem 0 0; font-size: .875rem; }
.facts div { min-width: 0; }
.facts dt { color: var(--muted); font-size: .72rem; text-transform: uppercase; letter-spacing: .06em; font-weight: 600; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.status-ok { color: var(--ok); font-weight: 600; }
.status-cached { color: var(--muted); font-weight: 400; }
.status-failed { color: var(--error-border); font-weight: 600; }
.params { margin-top: .9rem; font-size: .875rem; display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; }
.params-label { color: var(--muted); font-size: .72rem; text-transform: uppercase; letter-spacing: .06em; font-weight: 600; margin-right: .25rem; }
.param { background: var(--surface); border: 1px solid var(--border); border-radius: 999px; padding: .1rem .6rem; font-size: .8rem; }
.param-name { color: var(--muted); }
.data-files { margin-top: .9rem; font-size: .875rem; }
.data-files summary { cursor: pointer; color: var(--muted); }
.data-files .table-wrap { margin-top: .5rem; }
.hash { font-size: .75rem; word-break: break-all; color: var(--muted); }

/* Contents */
.toc { font-size: .875rem; margin: 0 0 1.5rem; padding: .75rem 1rem; border: 1px solid var(--border); border-radius: 8px; background: var(--surface); }
.toc-title { margin: 0 0 .35rem; font-weight: 600; font-size: .72rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.toc ul { list-style: none; margin: 0; padding: 0; }
.toc li { margin: .2rem 0; line-height: 1.35; }
.toc a { color: var(--fg); opacity: .85; }
.toc a:hover { color: var(--accent); opacity: 1; text-decoration: none; }
.toc-level-2 { padding-left: .9rem; }
.toc-level-3 { padding-left: 1.8rem; font-size: .82rem; }

/* Prose */
.prose h1, .prose h2, .prose h3, .prose h4 { line-height: 1.25; margin: 2rem 0 .75rem; letter-spacing: -0.01em; scroll-margin-top: 3.5rem; }
.prose h1 { font-size: 1.75rem; padding-bottom: .3rem; border-bottom: 1px solid var(--border); }
.prose h2 { font-size: 1.4rem; }
.prose h3 { font-size: 1.15rem; }
.prose h4, .prose h5, .prose h6 { font-size: 1rem; }
.prose > :first-child { margin-top: 0; }
.prose .anchor { margin-left: .4rem; color: var(--faint); opacity: 0; font-weight: 400; }
.prose h1:hover .anchor, .prose h2:hover .anchor, .prose h3:hover .anchor, .prose h4:hover .anchor { opacity: 1; }
.prose p, .prose ul, .prose ol, .prose blockquote, .prose table, .prose pre { margin: 0 0 1rem; }
.prose ul, .prose ol { padding-left: 1.6rem; }
.prose li + li { margin-top: .25rem; }
.prose li input[type="checkbox"] { margin: 0 .4rem 0 -1.3rem; vertical-align: middle; }
.prose ul:has(> li > input[type="checkbox"]) { list-style: none; }
.prose blockquote { margin-left: 0; padding: .1rem 1rem; color: var(--muted); border-left: .25rem solid var(--border); }
.prose :not(pre) > code { background: var(--surface-2); padding: .15em .38em; border-radius: 5px; }
.prose pre { background: var(--surface); border: 1px solid var(--border); border-radius: 8px; padding: .8rem 1rem; overflow-x: auto; line-height: 1.45; }
.prose hr { border: 0; border-top: 1px solid var(--border); margin: 2rem 0; }
.prose img { max-width: 100%; }
.prose table { border-collapse: collapse; display: block; overflow-x: auto; max-width: 100%; font-size: .9rem; }
.prose th, .prose td { border: 1px solid var(--border); padding: .35rem .7rem; }
.prose th { background: var(--surface); }

/* Cells */
.cell { margin: 1.25rem 0 1.75rem; scroll-margin-top: 3.5rem; }
.cell-head { display: flex; align-items: baseline; gap: .6rem; font-size: .78rem; color: var(--muted); margin: 0 0 .3rem .1rem; }
.cell-number { font-family: var(--mono); color: var(--faint); }
.cell-label { font-family: var(--mono); font-weight: 600; color: var(--fg); background: var(--surface-2); padding: 0 .45rem; border-radius: 4px; }
.cell-meta { margin-left: auto; display: flex; gap: .75rem; align-items: baseline; white-space: nowrap; }
.cell-time { font-variant-numeric: tabular-nums; }
.badge { font-size: .68rem; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; padding: .05rem .45rem; border-radius: 999px; border: 1px solid currentColor; }
.badge-failed { color: var(--error-border); }
.badge-skipped { color: var(--warn-border); }
pre.code {
  margin: 0; padding: .85rem 1rem; overflow-x: auto; line-height: 1.5; tab-size: 4;
  background: var(--surface); border: 1px solid var(--border); border-left: 3px solid var(--accent);
  border-radius: 8px; box-shadow: var(--shadow);
}
.cell-failed pre.code { border-left-color: var(--error-border); }
.cell-skipped pre.code, .cell-not-evaluated pre.code { border-left-color: var(--warn-border); opacity: .7; }
pre.code code { font-size: .84rem; }
.cell-note { margin: .4rem 0 0; font-size: .85rem; color: var(--warn-border); }
.outputs { margin-top: .6rem; display: flex; flex-direction: column; gap: .75rem; }
.outputs > * { margin: 0; }
.out-text {
  margin: 0; padding: .1rem 0 .1rem 1rem; overflow-x: auto; line-height: 1.45; font-size: .82rem;
  border-left: 3px solid var(--border); white-space: pre; max-height: 36rem; overflow-y: auto;
}
.out-table figcaption, .out-chart figcaption, .out-images figcaption { font-size: .82rem; color: var(--muted); }
.out-table figcaption { font-weight: 600; color: var(--fg); margin-bottom: .35rem; }
.table-wrap { overflow-x: auto; max-width: 100%; border: 1px solid var(--border); border-radius: 8px; }
.out-table { align-self: flex-start; max-width: 100%; min-width: 0; }
.table-wrap table { border-collapse: collapse; font-size: .84rem; font-variant-numeric: tabular-nums; }
.table-wrap th, .table-wrap td { padding: .28rem 1.1rem; line-height: 1.4; text-align: left; white-space: nowrap; border-bottom: 1px solid var(--border); }
.table-wrap thead th { background: var(--surface); font-weight: 600; position: sticky; top: 0; }
.table-wrap tbody tr:last-child td { border-bottom: 0; }
.table-wrap tbody tr:nth-child(even) td { background: color-mix(in srgb, var(--surface) 55%, transparent); }
.table-wrap tbody tr:hover td { background: var(--surface-2); }
.table-wrap .num { text-align: right; }
.table-wrap .center { text-align: center; }
.out-chart, .out-images { text-align: center; color: var(--fg); }
.figure-body { overflow-x: auto; }
.figure-body svg { max-width: 100%; height: auto; display: block; margin: 0 auto; }
.out-chart figcaption, .out-images figcaption { margin-top: .4rem; }
.out-error, .out-warning { border: 1px solid var(--error-border); border-left-width: 4px; background: var(--error-bg); border-radius: 8px; padding: .7rem 1rem; }
.out-warning { border-color: var(--warn-border); background: var(--warn-bg); }
.error-title { margin: 0; font-weight: 700; color: var(--error-fg); font-size: .9rem; }
.out-warning .error-title { color: var(--warn-border); }
.error-message { margin: .15rem 0 .5rem; }
.out-error pre, .out-warning pre { margin: 0; overflow-x: auto; font-size: .8rem; line-height: 1.45; color: var(--fg); }

/* Code tokens (the highlighter emits these classes) */
.tok-keyword { color: var(--tok-keyword); }
.tok-string { color: var(--tok-string); }
.tok-number { color: var(--tok-number); }
.tok-comment { color: var(--tok-comment); font-style: italic; }
.tok-name { color: var(--tok-name); }
.tok-call { color: var(--tok-call); }
.tok-dot { color: var(--tok-dot); }
.tok-operator, .tok-punctuation { color: var(--muted); }

.doc-footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--border); font-size: .8rem; color: var(--muted); }

/* Phones */
@media (max-width: 600px) {
  body { font-size: 15px; }
  .page { padding: 1.25rem 1rem 2rem; }
  .title { font-size: 1.7rem; }
  .facts { gap: .4rem 1.1rem; }
  pre.code { padding: .7rem .8rem; border-radius: 6px; }
  pre.code code { font-size: .78rem; }
  .cell-line { display: none; }
  .failure-banner { position: static; padding: .55rem 1rem; text-align: left; }
}

/* Print */
@media print {
  :root { --bg: #fff; --fg: #000; --surface: #f6f8fa; --border: #ccc; }
  body { font-size: 10.5pt; }
  .page { max-width: none; padding: 0; display: block; }
  .toc, .anchor, .cell-number { display: none; }
  .failure-banner { position: static; border: 1px solid var(--error-border); margin-bottom: 1rem; }
  @page { margin: 1.6cm 1.4cm; }
  .data-files::details-content { content-visibility: visible; height: auto; }
  .data-files summary { list-style: none; }
  pre.code, .out-text, .out-error pre { white-space: pre-wrap; overflow-wrap: anywhere; overflow: visible; max-height: none; box-shadow: none; }
  .table-wrap { overflow: visible; }
  pre.code, figure, .out-error, .out-text, tr, .cell-head { break-inside: avoid; }
  .cell-head { break-after: avoid; }
  .prose h1, .prose h2, .prose h3 { break-after: avoid; }
  a { color: inherit; }
}
"""#
}
