"""One complete search request from the search room: the panel's query and sort, the facets'
filters, and which rows of the ranking the results list wants.

``Searching`` keeps the request the user is making, changed by what each widget's signal
carries, and asks for it whole (``search_requested``); the window hands it to the archive
session, whose serial numbers drop the answers of requests overtaken since. An empty query
is asked for too: it searches nothing, and clears the results at once. The next page is the
same request at the offset of the rows shown (the results model's ``more_wanted``): the core
continues the ranking it already has, building only the new page.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.search.facets import FacetsPanel
from desktop.search.panel import SearchPanel
from desktop.search.results_model import PAGE

if TYPE_CHECKING:
    from archive.types import SearchResults


@dataclass(frozen=True, slots=True)
class SearchRequest:
    """What the search panel and the facets ask for."""

    text: str
    sort: str = "relevance"
    themes: tuple[str, ...] = ()
    years: tuple[str, ...] = ()
    offset: int = 0  # the first rank wanted
    limit: int = PAGE

    @property
    def empty(self) -> bool:
        """Nothing to search for (no query)."""
        return not self.text.strip()


class Searching(QObject):
    """The search panel and the facets, asking for one request and showing its answer.

    Signals:
        search_requested(SearchRequest): the query, the sort, a filter or the rows wanted
            changed: search for this (an empty request only says older ones are stale).
    """

    search_requested = Signal(object)

    def __init__(self, panel: SearchPanel, facets: FacetsPanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._panel = panel
        self._facets = facets
        self._request = SearchRequest(
            panel.query, panel.sort_key, tuple(facets.selected_themes), tuple(facets.selected_years)
        )
        panel.query_edited.connect(self._on_panel_query_edited)
        panel.sort_changed.connect(self._on_panel_sort_changed)
        self._shown: SearchRequest | None = None  # what the results shown answer (first page)
        panel.model.more_wanted.connect(self._on_model_more_wanted)
        panel.filter_removed.connect(facets.remove_filter)
        panel.filters_cleared.connect(facets.clear_filters)
        facets.filters_changed.connect(self._on_facets_filters_changed)
        panel.set_filters(self._request.themes, self._request.years)

    def search_again(self) -> None:
        """The same search, as many rows as are shown (the index or the tags changed)."""
        self._ask(replace(self._request, offset=0, limit=max(PAGE, self._panel.model.rowCount())))

    def show_results(self, request: SearchRequest, results: SearchResults) -> None:
        """Show the answer to ``request``; another query, sort or filter starts at the top."""
        asked = replace(request, offset=0, limit=PAGE)
        from_top, self._shown = asked != self._shown, asked
        self._panel.show_results(results, from_top=from_top)
        self._facets.set_facets(results.facets)

    def show_error(self, message: str) -> None:
        self._panel.show_error(message)

    def clear(self) -> None:
        self._panel.clear_results()
        self._facets.set_facets({})

    def _ask(self, request: SearchRequest) -> None:
        self._request = request
        self._panel.set_filters(request.themes, request.years)
        if request.empty:
            self.clear()
        self.search_requested.emit(request)

    def _on_panel_query_edited(self, text: str) -> None:
        self._ask(replace(self._request, text=text, offset=0, limit=PAGE))

    def _on_panel_sort_changed(self, sort: str) -> None:
        self._ask(replace(self._request, sort=sort, offset=0, limit=PAGE))

    def _on_facets_filters_changed(self, themes: list, years: list) -> None:
        self._ask(replace(self._request, themes=tuple(themes), years=tuple(years), offset=0, limit=PAGE))

    def _on_model_more_wanted(self, offset: int) -> None:
        self._ask(replace(self._request, offset=offset, limit=PAGE))  # the next page, appended
