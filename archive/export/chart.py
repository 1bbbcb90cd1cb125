"""The themes chart: coded passages per theme over time, as PNG and SVG, drawn by matplotlib.

One line per theme that has coded passages, over the years or months of the documents'
dates (``archive.userdata.overview``; undated documents have no place on a time axis and
are left out, the caption says how many passages that is). matplotlib 3.11 lays text out
with libraqm (HarfBuzz and FriBiDi), so labels are given in logical order, as Qt is given
them, never reshaped: the paragraph direction follows the first strong letter. Text is
written as outlines in the SVG. In Arabic the chart is mirrored: time runs from right to
left, the count axis and the title are on the right, the legend on the left.

The figure is drawn without pyplot (no global state, no GUI backend), so that it can be
rendered on a worker thread; matplotlib is imported only when a chart is drawn (about a
second), never when the window starts.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass

from archive.locations import RESOURCES
from archive.types import ThemeOverview

_FONTS = ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")
_TEXT = {
    "en": {"year": "Coded passages per theme, by year", "month": "Coded passages per theme, by month",
           "axis": "Coded passages", "undated": "Not shown: {n} coded passages in undated documents.",
           "empty": "No coded passages in dated documents."},
    "ar": {"year": "المقاطع المرمّزة حسب الموضوع والسنة", "month": "المقاطع المرمّزة حسب الموضوع والشهر",
           "axis": "المقاطع المرمّزة", "undated": "غير معروض: {n} من المقاطع المرمّزة في وثائق بلا تاريخ.",
           "empty": "لا مقاطع مرمّزة في وثائق مؤرخة."},
}


@dataclass(frozen=True, slots=True)
class Chart:
    """A rendered chart: the same figure as PNG and as SVG, and its title (logical order)."""

    png: bytes
    svg: bytes
    title: str


def theme_chart(
    overview: ThemeOverview, labels: Mapping[str, str], colors: Mapping[str, str], lang: str = "en",
    *, width: float = 8.0, height: float = 4.5, dpi: int = 150,
) -> Chart:
    """Draw ``overview`` (by year or month) with each theme's label and colour (#rrggbb)."""
    from matplotlib import font_manager
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    for name in _FONTS:
        font_manager.fontManager.addfont(str(RESOURCES / "fonts" / name))  # idempotent
    text = _TEXT["ar" if lang == "ar" else "en"]
    rtl = lang == "ar"
    dated = [r for r in overview.rows if r.key is not None]
    undated = sum(sum(r.passages.values()) for r in overview.rows if r.key is None)
    keys = [r.key or "" for r in dated]
    shown = [t for t in overview.themes if any(r.passages[t] for r in dated)]
    title = text.get(overview.by, text["year"])

    from matplotlib import rc_context
    from matplotlib.ticker import MaxNLocator

    with rc_context({"font.family": ["Noto Naskh Arabic", "DejaVu Sans"], "svg.fonttype": "path",
                     "svg.hashsalt": "wathaiq"}):
        figure = Figure(figsize=(width, height), dpi=dpi, layout="constrained")
        FigureCanvasAgg(figure)
        ax = figure.add_subplot()
        for theme in shown:
            ax.plot(range(len(keys)), [r.passages[theme] for r in dated], marker="o", linewidth=2,
                    color=colors.get(theme, "#777777"), label=labels.get(theme, theme))
        ax.set_xticks(range(len(keys)), keys, rotation=45 if overview.by == "month" else 0)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no half passages
        ax.set_ylim(bottom=0)
        ax.set_ylabel(text["axis"])
        ax.set_title(title, loc="right" if rtl else "left")
        ax.grid(axis="y", alpha=0.3)
        if rtl:  # mirrored: time runs right to left, counts on the right
            ax.invert_xaxis()
            ax.yaxis.tick_right()
            ax.yaxis.set_label_position("right")
        if shown:
            figure.legend(loc="outside left upper" if rtl else "outside right upper", fontsize="small",
                          frameon=False, alignment="right" if rtl else "left", markerfirst=not rtl)
        else:
            ax.text(0.5, 0.5, text["empty"], transform=ax.transAxes, ha="center", va="center")
        if undated:
            note = text["undated"].replace("{n}", str(undated))
            figure.text(0.99 if rtl else 0.01, 0.005, note, ha="right" if rtl else "left",
                        va="bottom", fontsize="small", color="#555555")
        png, svg = io.BytesIO(), io.BytesIO()
        figure.savefig(png, format="png")
        figure.savefig(svg, format="svg", metadata={"Date": None})
    return Chart(png.getvalue(), svg.getvalue(), title)
