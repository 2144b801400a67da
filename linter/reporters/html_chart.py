"""Horizontal bar charts as inline SVG for the HTML report (no script, no external file).

Each row is a label, a bar stacked by severity (errors, then warnings, then
infos) and the row's total as text after the bar, so the numbers can be read
without telling the colours apart. Bars are scaled to the largest total.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from linter.findings import Severity

SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)

ROW_HEIGHT = 24
BAR_HEIGHT = 16
BAR_WIDTH = 320  # the longest bar
CHAR_WIDTH = 7.3  # one character of the 12 px monospace labels
MAX_LABEL_CHARS = 44  # longer labels are shortened; the full text is in the tooltip
GAP = 10
NUMBER_WIDTH = 56


@dataclass(frozen=True)
class Row:
    """One bar: its label, an optional link for the label, and counts per severity."""

    label: str
    counts: dict[Severity, int]
    href: str = ""
    tooltip: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def bar_chart(rows: list[Row], title: str, labels: dict[Severity, str]) -> str:
    """Return an ``<svg>`` element drawing ``rows`` as stacked horizontal bars.

    ``title`` is the chart's accessible name; ``labels`` names each severity in
    the segment tooltips ("3 Fehler"). An empty ``rows`` gives an empty chart.
    """
    label_chars = min(max((len(r.label) for r in rows), default=0), MAX_LABEL_CHARS)
    label_width = round(label_chars * CHAR_WIDTH) + GAP
    width = label_width + BAR_WIDTH + GAP + NUMBER_WIDTH
    height = max(len(rows), 1) * ROW_HEIGHT
    largest = max((r.total for r in rows), default=0)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><title>{escape(title)}</title>'
    ]
    for number, row in enumerate(rows):
        parts.append(_row(row, number * ROW_HEIGHT, label_width, largest, labels))
    parts.append("</svg>")
    return "".join(parts)


def segment_widths(row: Row, largest: int) -> list[tuple[Severity, float]]:
    """The width of each non-empty severity segment of ``row``, scaled so ``largest`` fills BAR_WIDTH."""
    if largest <= 0:
        return []
    return [(s, BAR_WIDTH * row.counts[s] / largest) for s in SEVERITY_ORDER if row.counts.get(s, 0) > 0]


def _row(row: Row, top: int, label_width: int, largest: int, labels: dict[Severity, str]) -> str:
    middle = top + ROW_HEIGHT / 2
    shown = _shorten(row.label)
    label = f'<text class="label" x="{label_width - GAP}" y="{middle}" text-anchor="end" dominant-baseline="central">'
    label += f"<title>{escape(row.tooltip or row.label)}</title>{escape(shown)}</text>"
    if row.href:
        label = f'<a href="{escape(row.href)}">{label}</a>'
    bars = []
    x = float(label_width)
    bar_top = top + (ROW_HEIGHT - BAR_HEIGHT) / 2
    for severity, seg_width in segment_widths(row, largest):
        count = row.counts[severity]
        bars.append(
            f'<rect class="bar {severity.label}" x="{x:.1f}" y="{bar_top}" width="{seg_width:.1f}" '
            f'height="{BAR_HEIGHT}"><title>{count} {escape(labels[severity])}</title></rect>'
        )
        x += seg_width
    total = f'<text class="count" x="{x + GAP / 2:.1f}" y="{middle}" dominant-baseline="central">{row.total}</text>'
    return label + "".join(bars) + total


def _shorten(label: str) -> str:
    if len(label) <= MAX_LABEL_CHARS:
        return label
    return label[: MAX_LABEL_CHARS - 1] + "…"
