"""The stats page's chart of articles over time, as geometry for an inline SVG drawn server-side.

No chart library and no script: a few rectangles in a template, which the page's
Content-Security-Policy allows and which reads the same with JavaScript off.
"""

from __future__ import annotations

import attrs

__all__ = ["Bar", "Timeline", "timeline"]

# Beyond three years of months the bars get too thin to read: count by year instead.
MAX_MONTHS = 36
WIDTH = 640
HEIGHT = 200
AXIS = 24  # room under the bars for the labels


@attrs.frozen
class Bar:
    label: str
    count: int
    x: float
    y: float
    width: float
    height: float
    show_label: bool


@attrs.frozen
class Timeline:
    """Bars of articles per ``unit`` ("month" or "year"), scaled to ``width`` by ``height``."""

    bars: tuple[Bar, ...]
    unit: str
    peak: int
    width: int = WIDTH
    height: int = HEIGHT
    axis: int = AXIS

    @property
    def total(self) -> int:
        return sum(b.count for b in self.bars)


def _months(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def timeline(by_month: dict[str, int]) -> Timeline:
    """Bars for every month (or year) from the first to the last, empty ones included."""
    months = sorted(m for m in by_month if len(m) == 7 and m[:4].isdigit() and m[5:].isdigit())
    if not months:
        return Timeline((), "month", 0)
    labels = _months(months[0], months[-1])
    unit = "month"
    counts = {m: by_month[m] for m in months}
    if len(labels) > MAX_MONTHS:
        unit = "year"
        labels = [str(y) for y in range(int(months[0][:4]), int(months[-1][:4]) + 1)]
        counts = {y: sum(n for m, n in by_month.items() if m.startswith(y)) for y in labels}
    peak = max(counts.values())
    slot = WIDTH / len(labels)
    room = HEIGHT - AXIS
    every = max(1, round(len(labels) / 8))  # about eight labels fit under the bars
    bars = []
    for i, label in enumerate(labels):
        n = counts.get(label, 0)
        h = room * n / peak if peak else 0.0
        bars.append(
            Bar(
                label,
                n,
                x=round(i * slot + slot * 0.1, 2),
                y=round(room - h, 2),
                width=round(slot * 0.8, 2),
                height=round(h, 2),
                show_label=i % every == 0,
            )
        )
    return Timeline(tuple(bars), unit, peak)
