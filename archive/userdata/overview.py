"""Themes across the archive: per year, month, folder or document, how many documents are
tagged with each theme and how many coded passages it has.

A document counts under a theme when it is tagged with it as a whole or has a passage coded
with it (as the search index's ``theme:`` field has it). Passages are the excerpts of
``archive.userdata.passages``, counted under each of their themes: what a cell counts is
what the excerpts list shows for it, and what an export of that theme contains.

Keys: a document's year (``YYYY``) or month (``YYYY-MM``) from its date, None when it has
none (that row comes last); its folder (``/`` separated, ``.`` for the archive's top);
or its own path. Only keys with something counted get a row.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from archive.types import (
    OVERVIEW_KEYS,
    Annotation,
    DocumentRecord,
    DocumentTag,
    ThemeOverview,
    ThemeOverviewRow,
)
from archive.userdata.passages import excerpts, is_coded

_KEYS: dict[str, Callable[[DocumentRecord], str | None]] = {
    "year": lambda r: r.date[:4] if r.date else None,
    "month": lambda r: r.date[:7] if r.date else None,
    "folder": lambda r: r.path.rsplit("/", 1)[0] if "/" in r.path else ".",
    "document": lambda r: r.path,
}
assert tuple(_KEYS) == OVERVIEW_KEYS


def theme_overview(
    by: str,
    themes: Sequence[str],
    documents: Sequence[DocumentRecord],
    tags: Sequence[DocumentTag],
    annotations: Sequence[Annotation],
) -> ThemeOverview:
    """Count by ``by`` (one of ``OVERVIEW_KEYS``); ``themes`` are listed first, in their order,
    then any other theme found; ``annotations`` come in the user's excerpt order."""
    key_of = _KEYS[by]
    keys = {r.id: key_of(r) for r in documents}
    tagged: dict[str, set[str]] = defaultdict(set)  # theme -> document ids
    for tag in tags:
        tagged[tag.theme_id].add(tag.document_id)
    for a in annotations:
        if is_coded(a):
            tagged[str(a.theme_id)].add(a.document_id)
    documents_by_key: dict[str | None, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for theme, doc_ids in tagged.items():
        for doc_id in doc_ids & keys.keys():
            documents_by_key[keys[doc_id]][theme] += 1
    counts: dict[str | None, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for passage in excerpts(annotations)[0]:
        doc_id = passage.annotation.document_id
        if doc_id in keys:
            for theme in passage.themes:
                counts[keys[doc_id]][theme].append(passage.annotation.id)
    order = list(dict.fromkeys([*themes, *sorted(tagged)]))
    rows = tuple(
        ThemeOverviewRow(
            key,
            {t: documents_by_key[key].get(t, 0) for t in order},
            {t: len(counts[key].get(t, ())) for t in order},
            {t: tuple(counts[key].get(t, ())) for t in order},
        )
        for key in sorted(counts.keys() | documents_by_key.keys(), key=lambda k: (k is None, k or ""))
    )
    return ThemeOverview(by, tuple(order), rows)
