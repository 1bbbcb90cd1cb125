"""The neutral export model: the excerpts to export, grouped, with everything writers need.

Which annotations are excerpts, with which themes and notes, is the rule of
``archive.userdata.passages`` (highlights and coded passages), in the user's excerpt order
(``Annotation.position``); the model adds, if asked, the tags of each excerpt's whole
document. Every writer renders this one model; none reads the archive itself.

Excerpts whose passage was lost when their document changed (orphaned) are left out, and
listed in ``ExportModel.left_out``: their paragraph number would be wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol

from archive.colors import safe_color
from archive.errors import DocumentNotFound
from archive.export.chart import Chart, theme_chart
from archive.export.text import citation, labels
from archive.progress import CancelToken, Progress, ProgressCallback
from archive.types import Annotation, Document, DocumentRecord, DocumentTag, Theme, ThemeOverview
from archive.userdata.passages import excerpts as coded_excerpts


class ExportSource(Protocol):
    """What the model reads of a library (``archive.library.Library`` is one)."""

    def annotations(self) -> list[Annotation]: ...
    def document_tags(self) -> list[DocumentTag]: ...
    def themes(self, *, include_hidden: bool = False) -> list[Theme]: ...
    def record(self, document_id: str) -> DocumentRecord | None: ...
    def document(self, path: str) -> Document: ...
    def theme_overview(self, by: str = "year") -> ThemeOverview: ...


Grouping = Literal["theme", "document", "none"]
GROUPINGS: tuple[Grouping, ...] = ("theme", "document", "none")


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What to export and how. ``themes`` keeps excerpts tagged with any of them;
    ``annotation_ids`` (None: every excerpt) picks excerpts, kept in the user's order;
    ``chart`` ("year" or "month") adds the themes chart of the whole archive by that key."""

    group: Grouping = "none"
    lang: str = "en"
    include_notes: bool = True
    include_themes: bool = True
    include_citations: bool = True
    include_document_tags: bool = False
    themes: tuple[str, ...] = ()
    annotation_ids: tuple[str, ...] | None = None
    title: str | None = None
    chart: Literal["year", "month"] | None = None


@dataclass(frozen=True, slots=True)
class ThemeInfo:
    id: str
    label: str  # in the export's language
    color: str  # #rrggbb


@dataclass(frozen=True, slots=True)
class Excerpt:
    """One exported passage. ``citation`` is raw (for data formats); ``display_citation``
    keeps paths and numbers left to right in rendered text (see ``archive.export.text``)."""

    id: str
    path: str
    title: str
    date: str | None
    text: str
    start: int
    end: int
    paragraph: int | None  # 1-based line of the display text; None if the file is gone
    themes: tuple[str, ...]
    notes: tuple[str, ...]
    citation: str
    display_citation: str


@dataclass(frozen=True, slots=True)
class Group:
    """A heading and its excerpts; ``key`` is a theme id or a path (None: no grouping)."""

    key: str | None
    heading: str
    color: str | None
    excerpts: tuple[Excerpt, ...]


@dataclass(frozen=True, slots=True)
class ExportModel:
    lang: str
    options: ExportOptions
    title: str
    themes: dict[str, ThemeInfo]
    excerpts: tuple[Excerpt, ...]  # every excerpt once, in the user's order
    groups: tuple[Group, ...]  # with grouping by theme an excerpt is under each of its themes
    left_out: tuple[str, ...] = field(default=())  # ids of orphaned excerpts
    chart: Chart | None = None  # the themes chart, when the options ask for it

    @property
    def rtl(self) -> bool:
        return self.lang == "ar"

    @property
    def labels(self) -> dict[str, str]:
        return labels(self.lang)

    def color(self, excerpt: Excerpt, group: Group) -> str | None:
        """The colour an excerpt is marked with: its group's theme, else its first theme."""
        first = self.themes.get(excerpt.themes[0]) if excerpt.themes else None
        return group.color or (first.color if first else None)


class Ticker:
    """Progress and cancellation for a writer: call once per excerpt written."""

    def __init__(self, total: int, progress: ProgressCallback | None, cancel: CancelToken | None,
                 phase: str = "write") -> None:
        self.total, self.done, self.phase = total, 0, phase
        self._progress, self._cancel = progress, cancel

    def __call__(self, detail: str = "") -> None:
        if self._cancel is not None:
            self._cancel.raise_if_cancelled()
        self.done += 1
        if self._progress is not None:
            self._progress(Progress(self.phase, self.done, self.total, detail))


def build_model(
    source: ExportSource,
    options: ExportOptions = ExportOptions(),
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> ExportModel:
    """Collect the excerpts of ``source`` as ``options`` say (reads each source document once)."""
    chosen = None if options.annotation_ids is None else set(options.annotation_ids)
    passages, orphans = coded_excerpts(source.annotations())
    passages = [p for p in passages if chosen is None or p.annotation.id in chosen]
    left_out = tuple(a.id for a in orphans if chosen is None or a.id in chosen)

    all_themes = source.themes(include_hidden=True)
    rank = {t.id: i for i, t in enumerate(all_themes)}
    themes = {t.id: ThemeInfo(t.id, t.label(options.lang), safe_color(t.color)) for t in all_themes}
    doc_tags: dict[str, list[str]] = {}
    if options.include_document_tags:
        for tag in source.document_tags():
            doc_tags.setdefault(tag.document_id, []).append(tag.theme_id)
    wanted = set(options.themes)

    # One step per source document read (an upper bound when a theme filter skips some).
    ticker = Ticker(len({p.annotation.document_id for p in passages}), progress, cancel, phase="collect")
    sources: dict[str, tuple] = {}
    excerpts = []
    for passage in passages:
        a = passage.annotation
        theme_ids = set(passage.themes) | set(doc_tags.get(a.document_id, ()))
        if wanted and not theme_ids & wanted:
            continue
        if a.document_id not in sources:
            sources[a.document_id] = _source(source, a.document_id)
            ticker(sources[a.document_id][0] or "")
        path, title, date, text = sources[a.document_id]
        if path is None:
            continue  # no longer registered: nothing to cite
        paragraph = text.count("\n", 0, a.anchor.start) + 1 if text is not None else None
        cite = (title, date, path, paragraph, options.lang)
        excerpts.append(Excerpt(
            a.id, path, title, date, a.anchor.exact, a.anchor.start, a.anchor.end, paragraph,
            tuple(sorted(theme_ids, key=lambda t: (rank.get(t, len(rank)), t))), passage.notes,
            citation(*cite, isolate=False), citation(*cite, isolate=True),
        ))
    chart = None
    if options.chart:
        chart = theme_chart(source.theme_overview(options.chart), {t.id: t.label for t in themes.values()},
                            {t.id: t.color for t in themes.values()}, options.lang)
    return ExportModel(
        options.lang, options, options.title or labels(options.lang)["excerpts"], themes,
        tuple(excerpts), _groups(excerpts, options, themes, wanted), left_out, chart,
    )


def _source(source: ExportSource, document_id: str) -> tuple:
    """(path, title, date, display text or None) of a document; all None if unregistered."""
    record = source.record(document_id)
    if record is None:
        return None, None, None, None
    try:
        text = None if record.missing else source.document(record.path).text
    except DocumentNotFound:
        text = None
    return record.path, record.title or record.path.rsplit("/", 1)[-1], record.date, text


def _groups(excerpts: list[Excerpt], options: ExportOptions, themes: dict[str, ThemeInfo],
            wanted: set[str]) -> tuple[Group, ...]:
    if options.group == "document":
        by_path: dict[str, list[Excerpt]] = {}
        for e in excerpts:  # documents in the order of their first excerpt
            by_path.setdefault(e.path, []).append(e)
        return tuple(Group(path, items[0].title, None, tuple(items)) for path, items in by_path.items())
    if options.group == "theme":
        groups = []
        for theme in themes.values():  # the user's theme order
            if wanted and theme.id not in wanted:
                continue
            items = tuple(e for e in excerpts if theme.id in e.themes)
            if items:
                groups.append(Group(theme.id, theme.label, theme.color, items))
        untagged = tuple(e for e in excerpts if not e.themes)
        if untagged:
            groups.append(Group(None, labels(options.lang)["no_theme"], None, untagged))
        return tuple(groups)
    return (Group(None, "", None, tuple(excerpts)),) if excerpts else ()
