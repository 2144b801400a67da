"""The stylesheet of the HTML report, inlined into the page (the page loads nothing else).

Severity is never shown by colour alone: each has its own icon and word, and
its highlight its own underline style (error solid, warning dashed, info dotted).
"""

_RULES = """
:root {
  color-scheme: light;
  --ink: #1b1c20; --muted: #5b5e66; --line: #d8dbe2; --paper: #fff; --page: #f3f4f6;
  --error: #a11d16; --error-fill: #d0342c; --error-bg: #fde3e0;
  --warning: #7a4d00; --warning-fill: #e09b00; --warning-bg: #fff0c4;
  --info: #1a55b0; --info-fill: #3b7ddd; --info-bg: #e1ebfb;
  --focus: #ffbf47;
}
* { box-sizing: border-box; }
html { scroll-padding-top: 5rem; }  /* targets stay clear of the sticky header */
body { margin: 0; background: var(--page); color: var(--ink);
  font: 15px/1.5 system-ui, "Segoe UI", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
a { color: var(--info); }
a:focus-visible, mark:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.top { background: #1f2430; color: #fff; padding: .7rem 2rem; display: flex; flex-wrap: wrap;
  gap: .4rem 2rem; align-items: center; position: sticky; top: 0; z-index: 5; }
.top h1 { margin: 0; font-size: 1.3rem; font-weight: 650; }
.top nav a { color: #fff; margin-right: 1.25rem; }
.filter { display: flex; flex-wrap: wrap; gap: .2rem 1rem; align-items: center; margin: 0 0 0 auto;
  padding: 0; border: 0; }
.filter legend { float: left; margin-right: .3rem; color: #c9ccd4; padding: 0; }
.filter label { white-space: nowrap; cursor: pointer; }
.filter input { accent-color: #ffbf47; margin: 0 .3rem 0 0; vertical-align: -2px; }
main { max-width: 92rem; margin: 0 auto; padding: 1.5rem 2rem 3rem; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
  padding: 1.1rem 1.5rem 1.3rem; margin-bottom: 1.5rem; }
h2 { font-size: 1.15rem; margin: 0 0 .8rem; }
.totals { display: flex; flex-wrap: wrap; gap: .75rem; list-style: none; margin: 0 0 1rem; padding: 0; }
.totals li { border: 1px solid var(--line); border-left: 6px solid var(--muted); border-radius: 6px;
  padding: .45rem .9rem; min-width: 8.5rem; }
.totals .n { display: block; font-size: 1.6rem; font-weight: 700; line-height: 1.15;
  font-variant-numeric: tabular-nums; }
.totals .error { border-left-color: var(--error-fill); }
.totals .warning { border-left-color: var(--warning-fill); }
.totals .info { border-left-color: var(--info-fill); }
.totals .problem .n { color: var(--error); }
.totals .zero { color: var(--muted); border-left-color: var(--line); }
.verdict { margin: 0 0 1rem; }
.legend { color: var(--muted); margin: 0 0 1.2rem; }
.legend .hl { margin: 0 .2rem; }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem 3rem; }
figure { margin: 0; max-width: 100%; overflow-x: auto; }
figcaption { font-weight: 600; margin-bottom: .35rem; }
svg.chart text { font: 12px "DejaVu Sans Mono", Menlo, Consolas, monospace; fill: var(--ink); }
svg.chart .count { font-weight: 700; }
svg.chart a text { fill: var(--info); text-decoration: underline; }
svg.chart a:focus-visible { outline: 3px solid var(--focus); }
.bar.error { fill: var(--error-fill); }
.bar.warning { fill: var(--warning-fill); }
.bar.info { fill: var(--info-fill); }
.tablewrap { max-height: 32rem; overflow: auto; border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .35rem .7rem; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { position: sticky; top: 0; background: #eceef2; z-index: 1; }
tbody th { font-weight: 500; font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .9em;
  overflow-wrap: anywhere; min-width: 14rem; }  /* on a narrow window the table scrolls sideways instead */
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.zero { color: #9a9da5; }
tr.failed td.status { color: var(--error); font-weight: 600; }
tr.warned td.status { color: var(--warning); font-weight: 600; }
tr.clean td.status { color: var(--muted); }
.file h2 { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 1.05rem;
  overflow-wrap: anywhere; }
.filecounts { margin: -.4rem 0 .9rem; color: var(--muted); }
.problem-note { border-radius: 6px; padding: .55rem .8rem; margin: 0 0 .8rem; white-space: pre-wrap;
  overflow-wrap: anywhere; }
.problem-note.error { background: var(--error-bg); color: var(--error); border: 1px solid var(--error-fill); }
.problem-note.warning { background: var(--warning-bg); color: var(--warning); border: 1px solid var(--warning-fill); }
.columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(19rem, 27rem); gap: 1.5rem;
  align-items: start; }
.copy { white-space: pre-wrap; overflow-wrap: anywhere; tab-size: 4; margin: 0;
  font: 1.06rem/1.8 Georgia, Cambria, "Times New Roman", "DejaVu Serif", serif;
  background: #fffdf8; border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.3rem; }
.findings { list-style: none; margin: 0; padding: 0 .25rem 0 0; position: sticky; top: 4.5rem;
  max-height: calc(100vh - 5.25rem); overflow: auto; }
.finding { background: var(--paper); border: 1px solid var(--line); border-left: 5px solid var(--muted);
  border-radius: 6px; padding: .5rem .75rem .55rem; margin-bottom: .6rem; }
.finding.error { border-left-color: var(--error-fill); }
.finding.warning { border-left-color: var(--warning-fill); }
.finding.info { border-left-color: var(--info-fill); }
.finding:target { outline: 3px solid var(--ink); outline-offset: 1px; }
.finding p { margin: .2rem 0; }
.finding .meta { display: flex; flex-wrap: wrap; gap: .25rem .6rem; align-items: baseline; font-size: .9em; }
.finding .message { font-weight: 600; }
.finding .key { color: var(--muted); }
.finding .rule { font-size: .85em; color: var(--muted); overflow-wrap: anywhere; }
.finding .rule code { font-size: 1em; }
.finding .description { font-size: .9em; color: var(--muted); margin: .2rem 0; }
.finding .description summary { cursor: pointer; width: max-content; }
.finding q { font-family: Georgia, "DejaVu Serif", serif; quotes: "\\201E" "\\201C"; }
.finding ins { text-decoration: none; background: #e3f4e6; border: 1px solid #9fd2a8; border-radius: 3px;
  padding: 0 .25rem; font-family: Georgia, "DejaVu Serif", serif; }
.sev { font-weight: 700; white-space: nowrap; }
.sev.error { color: var(--error); }
.sev.warning { color: var(--warning); }
.sev.info { color: var(--info); }
.hl { color: inherit; border-bottom: 2px solid; padding: 0 0 3px; border-radius: 2px; }
.hl .hl { padding-bottom: 0; }
.hl.error { background: var(--error-bg); border-bottom-color: var(--error-fill); }
.hl.warning { background: var(--warning-bg); border-bottom-color: var(--warning-fill); border-bottom-style: dashed; }
.hl.info { background: var(--info-bg); border-bottom-color: var(--info-fill); border-bottom-style: dotted; }
.hl:hover { outline: 1px solid var(--muted); }
.hl:target { outline: 3px solid var(--ink); outline-offset: 1px; }
.hl.point { border-bottom: 0; padding: 0; background: none; }
.hl.point::before { content: "\\2038"; font-weight: 700; }
.hl.point.error::before { color: var(--error); }
.hl.point.warning::before { color: var(--warning); }
.hl.point.info::before { color: var(--info); }
a.ref { font: 700 .66rem/1 system-ui, "DejaVu Sans", sans-serif; vertical-align: super; text-decoration: none;
  padding: 0 .15rem; margin: 0 .05rem; border-radius: 3px; }
a.ref::after { content: attr(data-n); }
a.ref.error { color: var(--error); } a.ref.error::before { content: "\\2716"; }
a.ref.warning { color: var(--warning); } a.ref.warning::before { content: "\\25B2"; }
a.ref.info { color: var(--info); } a.ref.info::before { content: "\\2139"; }
footer { color: var(--muted); font-size: .85em; text-align: center; padding: 0 0 2rem; }
@media (max-width: 64rem) {
  .columns { grid-template-columns: minmax(0, 1fr); }
  .findings { position: static; max-height: none; }
  main { padding: 1rem; }
}
@media print {
  .top { position: static; }
  .top nav, .filter { display: none; }
  .tablewrap { max-height: none; overflow: visible; }
  thead th { position: static; }
  .findings { position: static; max-height: none; overflow: visible; }
  .columns { grid-template-columns: minmax(0, 1fr); }
  body { background: #fff; }
}
"""


def _severity_filter(severity: str) -> str:
    """CSS for the header's check box of one severity: unchecked, its list entries and number links
    go and its highlights turn into plain text, without a script."""
    off = f"body:has(#zeige-{severity}:not(:checked))"
    return (
        f"{off} .finding.{severity}, {off} a.ref.{severity} {{ display: none; }}\n"
        f"{off} .copy .hl.{severity} {{ background: none; border-bottom-color: transparent; }}\n"
        f"{off} .copy .hl.point.{severity}::before {{ content: none; }}\n"
    )


STYLE = _RULES + "".join(_severity_filter(s) for s in ("error", "warning", "info"))
"""The whole stylesheet: the fixed rules, then the filter rules per severity."""
