/// The stylesheet of `model.playground()`'s panel, shipped with the panel so a report without
/// one carries none of it. Uses the report's colour variables (HTMLStylesheet); the drawing
/// box stays white paper in the dark theme too, since that is what the model expects.
enum PlaygroundStyle {
    static let css = #"""
.out-playground { margin: 1rem 0; }
.playground { border: 1px solid var(--border); border-radius: 8px; padding: .9rem; background: var(--surface); }
.pg-panels { display: flex; flex-wrap: wrap; gap: 1rem 1.25rem; align-items: flex-start; }
.pg-draw { flex: 0 1 280px; min-width: 0; }
.pg-canvas { display: block; width: 100%; max-width: 280px; aspect-ratio: 1; height: auto; background: #fff;
  border: 1px solid var(--border); border-radius: 6px; touch-action: none; cursor: crosshair; }
.pg-tools { display: flex; gap: .5rem; align-items: center; margin-top: .4rem; font-size: .82rem; color: var(--muted); }
.pg-clear, .pg-thumb { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--border);
  border-radius: 6px; cursor: pointer; }
.pg-clear { padding: .2rem .8rem; }
.pg-clear:hover, .pg-thumb:hover { border-color: var(--accent); }
.pg-seen { flex: 0 0 auto; text-align: center; font-size: .82rem; color: var(--muted); }
.pg-seen-image { display: block; width: 112px; height: 112px; image-rendering: pixelated; border-radius: 4px; background: #000; }
.pg-result { flex: 1 1 13rem; min-width: 0; }
.pg-label { margin: 0 0 .4rem; font-weight: 600; }
.pg-bars { list-style: none; margin: 0; padding: 0; font-size: .82rem; font-variant-numeric: tabular-nums; }
.pg-bars li { display: grid; grid-template-columns: 2.2rem minmax(0, 1fr) 4.4rem; gap: .4rem; align-items: center; line-height: 1.45; }
.pg-class { text-align: right; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.pg-track { height: .7rem; background: var(--surface-2); border-radius: 3px; overflow: hidden; }
.pg-bar { display: block; height: 100%; width: 0; background: var(--faint); }
.pg-value { text-align: right; color: var(--muted); white-space: nowrap; }
.pg-best .pg-bar { background: var(--accent); }
.pg-best .pg-class, .pg-best .pg-value { color: var(--fg); font-weight: 600; }
.pg-examples { margin-top: .9rem; font-size: .82rem; color: var(--muted); }
.pg-examples p { margin: 0 0 .3rem; }
.pg-thumbs { display: flex; flex-wrap: wrap; gap: .3rem; }
.pg-thumb { padding: 2px; line-height: 0; }
.pg-thumb.pg-picked { border-color: var(--accent); box-shadow: 0 0 0 1px var(--accent); }
.pg-thumb canvas { width: 42px; height: 42px; image-rendering: pixelated; }
.pg-failed, .pg-unsupported { margin: 0; color: var(--muted); }
.out-playground figcaption { margin-top: .4rem; text-align: center; font-size: .82rem; color: var(--muted); }
.pg-size { font-size: .82rem; color: var(--muted); margin: .4rem 0 0; text-align: center; }
.playground:not(.pg-ready) .pg-panels, .playground:not(.pg-ready) .pg-examples { display: none; }
"""#
}
