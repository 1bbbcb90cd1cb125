"""``SearchIndex``: the archive's Whoosh index behind one door.

Opening (rebuilt when damaged or outdated), bringing it up to date with the files, refreshing
documents' themes, searching a page at a time and finding a query's words in a text: the
rest of the core asks this class and never sees a Whoosh object.

Thread safety: searches may run on any thread (one searcher is shared, under a lock);
updates are serialised across processes by the update lock.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path

from whoosh.index import IndexError as WhooshIndexError
from whoosh.searching import Searcher

from archive.errors import IndexLost
from archive.progress import CancelToken, ProgressCallback
from archive.search.highlight import match_spans, matcher_for
from archive.search.index import create_index, open_index
from archive.search.indexer import ThemeLookup, refresh_entries, update_index, update_lock
from archive.search.parsing import TEXT_FIELDS, parse
from archive.search.searching import Ranking, rank
from archive.search.themes_in_index import indexed_themes
from archive.types import DocumentRecord, IndexReport, SearchResults
from archive.userdata.store import Store


class SearchIndex:
    """The index in ``directory``, with its update lock at ``lock_path``."""

    def __init__(self, directory: Path, lock_path: Path) -> None:
        self._directory = directory
        self._lock_path = lock_path
        self._ix, self.was_created = open_index(directory, self.exclusive)
        # Opening a searcher reads every segment's tables: keep one, renewed on change.
        self._searcher: Searcher | None = None
        self._lock = threading.Lock()
        self._last: tuple[tuple, Ranking] | None = None

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """One index update (or rebuild) at a time per archive, across processes."""
        with update_lock(self._lock_path):
            yield

    # -- writing --------------------------------------------------------------------------

    def update(
        self,
        root: Path,
        store: Store,
        themes: ThemeLookup,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
        rebuild: bool = False,
        procs: int = 1,
    ) -> IndexReport:
        """Bring the index up to date with the files under ``root`` (everything again with
        ``rebuild``); the store's registry is updated on the way."""
        with self.exclusive():
            if rebuild:
                self._drop_searcher()
                self._ix = create_index(self._directory)
            return update_index(
                root, store, self._ix, progress=progress, cancel=cancel, procs=procs, themes=themes
            )

    def indexed_themes(self) -> dict[str, set[str]]:
        """doc_id -> the theme ids the index holds for it (documents with none left out)."""
        return indexed_themes(self._ix)

    def titles_and_dates(self, doc_ids: list[str]) -> dict[str, tuple[str, str | None]]:
        """doc_id -> (title, date) as the index holds them, for these documents."""
        with self._ix.searcher() as searcher:
            stored = {doc_id: searcher.document(doc_id=doc_id) for doc_id in doc_ids}
        return {d: (s.get("title", ""), s.get("date_label")) for d, s in stored.items() if s is not None}

    def refresh_entries(self, changed: list[tuple[DocumentRecord, list[str]]]) -> int:
        """Make searches and facets see these documents' themes, titles and dates as they are
        now; returns how many changed."""
        return refresh_entries(self._ix, changed)

    # -- reading --------------------------------------------------------------------------

    def search(
        self,
        text: str,
        *,
        offset: int = 0,
        limit: int = 20,
        sort: str = "relevance",
        themes: list[str] | tuple[str, ...] = (),
        years: list[str] | tuple[str, ...] = (),
        facets: bool = True,
        match_chars: int | None = None,
        known_themes: Collection[str] | None = None,
    ) -> SearchResults:
        """The hits of ranks ``offset`` .. ``offset + limit`` of a query (see
        ``archive.search.searching.rank`` for the options).

        The query is scored once: the next page of the same search on an unchanged index
        continues the ranking and builds only its own hits. ``theme:`` filters naming none of
        ``known_themes`` are refused (UnknownFieldValue), as are malformed ``year:`` values.
        """
        asked = (text, sort, tuple(themes), tuple(years), facets, match_chars)
        with self._lock:
            try:
                searcher = self._current_searcher()
                last = self._last
                if last is not None and last[0] == asked and last[1].searcher is searcher:
                    ranking = last[1]
                else:
                    ranking = rank(
                        searcher, text, sort=sort, themes=themes, years=years, facets=facets,
                        match_chars=match_chars, known_themes=known_themes,
                    )
                    self._last = (asked, ranking)
                return ranking.page(offset, limit)
            except (OSError, WhooshIndexError) as exc:  # its files were deleted or broke meanwhile
                raise IndexLost(str(self._directory)) from exc

    def reopen(self) -> None:
        """Open the index again after it was lost: an empty one if it is gone or damaged
        (``was_created`` is then set, and an update fills it)."""
        self._drop_searcher()
        self._ix.close()
        self._ix, self.was_created = open_index(self._directory, self.exclusive)

    def matches(self, text: str, query_text: str) -> list[tuple[int, int]]:
        """Offsets in ``text`` of the words a query matches (the reader's highlights)."""
        return match_spans(text, matcher_for(parse(self._ix.schema, query_text), TEXT_FIELDS))

    @property
    def document_count(self) -> int:
        return self._ix.doc_count()

    def _current_searcher(self) -> Searcher:
        # Not Searcher.refresh(): in whoosh-reloaded 2.7.5 it reuses the old segment
        # readers and keeps showing documents deleted or replaced since.
        if self._searcher is None or not self._searcher.up_to_date():
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None  # opening the next may fail (the index was lost)
            self._searcher = self._ix.searcher()
            self._last = None
        return self._searcher

    def _drop_searcher(self) -> None:
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
            self._last = None

    def close(self) -> None:
        self._drop_searcher()
        self._ix.close()
