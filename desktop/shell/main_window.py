"""The main window: facets | results | reader, menus, status bar, and the archive's life cycle.

Opening an archive (menu, recent list, drag and drop of a folder, or at start-up) runs in the
background: the window shows results from the existing index as soon as the archive is open,
and starts the indexer process to bring the index up to date; each commit of the indexer
refreshes the current search.

The window puts the rooms' widgets and commands in place, sets the window's current archive
(``AppContext.current``) that the rooms follow, does what they ask of the navigator, and
hands the search room's requests to the archive session. All connections are made in
``_connect``.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QSplitter

from desktop.annotate.controller import Annotating
from desktop.annotate.menus import AnnotateMenus
from desktop.common.context import AppContext
from desktop.common.messages import error_message
from desktop.common.theme_catalog import ThemeLabel, themes_of
from desktop.documents.controller import Documents
from desktop.excerpts.controller import Excerpts
from desktop.overview.controller import Overview
from desktop.reader.citing import document_citation, passage_with_citation
from desktop.reader.loader import PreparedDocument, qt_spans
from desktop.reader.panel import ReaderPanel
from desktop.search.controller import Searching, SearchRequest
from desktop.search.facets import FacetsPanel
from desktop.search.panel import SearchPanel
from desktop.session.archive_session import ArchiveSession, DocumentRequest
from desktop.session.indexing import IndexingController
from desktop.shell.actions import Actions
from desktop.shell.backups import Backups
from desktop.shell.indexing_status import IndexingStatus
from desktop.shell.original_files import open_original, show_in_folder
from desktop.shell.status_bar import MESSAGE_MS, StatusBar
from desktop.shell.syntax_help import SyntaxHelp
from desktop.shell.window_state import dropped_folder, restore_window_state, save_window_state

if TYPE_CHECKING:  # the core is imported on a worker thread, not at start-up
    from archive.library import Library

SPLITTER_SIZES = (230, 500, 670)


class MainWindow(QMainWindow):
    """Signals:
        archive_opened(Path): an archive is open and searchable.
        archive_failed(str): an archive could not be opened (the message shown).
        results_shown(object): search results were put in the list (SearchResults).
        search_error_shown(str): a search failed; the message is under the field.
        document_shown(object): a document is in the reader (PreparedDocument).
        document_error_shown(str): a document could not be opened (the message shown).
        indexing_finished(object): the indexer process ended (IndexSummary).
    """

    archive_opened = Signal(Path)
    archive_failed = Signal(str)
    results_shown = Signal(object)
    search_error_shown = Signal(str)
    document_shown = Signal(object)
    document_error_shown = Signal(str)
    indexing_finished = Signal(object)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        context = context.for_window()  # this window's own archive, undo history and navigator
        self._context = context
        self.session: ArchiveSession | None = None
        self._syntax_help: SyntaxHelp | None = None
        self._opening: Path | None = None
        self._pending_passage: tuple[str, int, int] | None = None  # selected once its document is shown
        prefs = context.preferences

        self.facets = FacetsPanel(context.themes)
        self.search = SearchPanel(context.fonts, context.themes, prefs.sort)
        self.searching = Searching(self.search, self.facets, self)
        self.reader = ReaderPanel(context.fonts, prefs.reader_zoom)
        # Tags, highlights, notes and suggestions: over and beside the text, and in the side column.
        self.annotating = Annotating(context, self.reader, self)
        self.annotate_menus = AnnotateMenus(self.annotating, self.reader, context.undo_stack, context.themes, self)
        self.reader.add_header_tool(self.annotating.marks.tags_label, 1)
        self.reader.add_header_tool(self.annotate_menus.toolbar)
        # The side column is a splitter of its own: the facets over the open document's themes.
        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.setObjectName("sideSplitter")
        self.side.addWidget(self.facets)
        self.side.addWidget(self.annotating.themes_panel)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for widget in (self.side, self.search, self.reader):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes(list(SPLITTER_SIZES))
        self.setCentralWidget(self.splitter)
        self.status = StatusBar()
        self.setStatusBar(self.status)
        self.indexing = IndexingController(context.indexer_command, self)
        self.indexing_status = IndexingStatus(self.indexing, self.status, self)
        # Excerpts and export: a dock, File > Export Excerpts…, View > Excerpts.
        self.excerpts = Excerpts(context, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.excerpts.dock)
        # Themes across the archive: View > Theme Overview…; a cell opens its excerpts.
        self.overview = Overview(context, self)
        self.backups = Backups(context, self)
        # Every document in a sortable table, where titles and dates are corrected: View > All Documents.
        self.documents = Documents(context, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.documents.dock)
        self.commands = Actions(self)
        self.commands.build_menus(self.menuBar())
        self._install_room_commands()
        self.commands.sort_date.setChecked(prefs.sort == "date")
        self.commands.sort_relevance.setChecked(prefs.sort != "date")
        (self.commands.arabic if context.is_rtl else self.commands.english).setChecked(True)
        self.setAcceptDrops(True)
        self._connect()
        self._update_document_actions()
        restore_window_state(self, context.window_state, [self.splitter, self.side], (1400, 900))
        self.retranslate_ui()

    def _install_room_commands(self) -> None:
        """The rooms' menus and actions in the menu bar, and their shortcuts on the window."""
        a, menus = self.commands, self.annotate_menus
        a.insert_edit_actions([menus.undo, menus.redo])
        self.menuBar().insertMenu(a.view_menu.menuAction(), menus.annotate_menu)
        a.insert_file_actions([self.excerpts.export, *self.backups.actions])
        a.append_view_actions([self.excerpts.toggle, self.documents.toggle, self.overview.open])
        rooms = (self.excerpts, self.backups, self.documents, self.overview)
        for actions in (menus.actions, *(room.actions for room in rooms)):
            self.addActions(actions)

    def _connect(self) -> None:
        a = self.commands
        a.open_archive.triggered.connect(self._on_open_archive_triggered)
        a.recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        a.clear_recent.triggered.connect(self._on_clear_recent_triggered)
        a.reindex.triggered.connect(lambda: self.start_indexing(rebuild=False))
        a.rebuild_index.triggered.connect(lambda: self.start_indexing(rebuild=True))
        a.show_problems.triggered.connect(self.show_problems)
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self.reader.open_find)
        a.find_next.triggered.connect(self.reader.next_hit)
        a.find_previous.triggered.connect(self.reader.previous_hit)
        a.focus_search.triggered.connect(self.search.focus_search)
        a.zoom_in.triggered.connect(lambda: self._zoom(1))
        a.zoom_out.triggered.connect(lambda: self._zoom(-1))
        a.zoom_reset.triggered.connect(lambda: self._zoom(0))
        a.full_screen.toggled.connect(self._on_full_screen_toggled)
        a.sort_relevance.triggered.connect(lambda: self.search.sort.setCurrentIndex(0))
        a.sort_date.triggered.connect(lambda: self.search.sort.setCurrentIndex(1))
        a.english.triggered.connect(lambda: self.set_language("en"))
        a.arabic.triggered.connect(lambda: self.set_language("ar"))
        a.about.triggered.connect(self._on_about_triggered)
        a.search_syntax.triggered.connect(self.show_search_syntax)
        a.copy_with_citation.triggered.connect(self.copy_with_citation)
        a.open_original.triggered.connect(lambda: self._open_file(self.reader.current_path, open_original))
        a.show_in_folder.triggered.connect(lambda: self._open_file(self.reader.current_path, show_in_folder))
        self.search.original_requested.connect(lambda hit: self._open_file(hit.path, open_original))
        self.search.folder_requested.connect(lambda hit: self._open_file(hit.path, show_in_folder))
        self.search.citation_requested.connect(self._on_search_citation_requested)
        self.reader.context_menu_opening.connect(self._on_reader_context_menu_opening)
        self.reader.view.selectionChanged.connect(self._update_document_actions)
        self.reader.document_changed.connect(lambda _prepared: self._update_document_actions())
        a.about_qt.triggered.connect(QApplication.aboutQt)
        self.searching.search_requested.connect(self._on_searching_search_requested)
        self.search.sort_changed.connect(self._on_search_sort_changed)
        self.search.result_chosen.connect(self._on_search_result_chosen)
        self.reader.find_text_edited.connect(self._on_reader_find_text_edited)
        self.indexing.index_changed.connect(self._on_indexing_index_changed)
        self.indexing.finished.connect(self.indexing_finished)
        self.annotating.themes_refreshed.connect(lambda _ids: self._on_indexing_index_changed())
        navigator = self._context.navigator
        navigator.passage_requested.connect(self._on_navigator_passage_requested)
        navigator.archive_reopen_requested.connect(lambda root: self.open_archive(root, index=False))
        self.documents.document_activated.connect(self.open_document)
        self.documents.record_changed.connect(self._on_documents_record_changed)
        for room in (self.annotating, self.excerpts, self.backups, self.documents):
            room.status_message.connect(self._on_room_status_message)
        self.overview.passages_requested.connect(self.excerpts.show_passages)

    # -- archive --------------------------------------------------------------------------

    def open_archive(self, path: Path, *, index: bool = True) -> None:
        """Open ``path`` in the background; ``archive_opened`` tells when it is searchable."""
        path = Path(path)
        self._close_session()
        self._opening = path
        self.searching.clear()
        self.reader.show_message(self.tr("Opening the archive…"))
        self.status.showMessage(self.tr("Opening %1…").replace("%1", str(path)))
        opener = self._context.open_archive

        def job() -> tuple[Library, dict[str, ThemeLabel] | None]:
            library = opener(path)
            return library, themes_of(library)

        self._context.read_lane.submit(
            job,
            lambda opened: self._on_archive_ready(path, opened[0], opened[1], index),
            lambda exc: self._on_archive_open_failed(path, exc),
        )

    def _on_archive_ready(
        self, path: Path, library: Library, themes: dict[str, ThemeLabel] | None, index: bool
    ) -> None:
        if self._opening != path:  # another folder was chosen meanwhile
            self._context.read_lane.submit(library.close)
            return
        self._opening = None
        if themes is not None:
            self._context.themes.replace(themes)
            self.facets.retranslate_ui()
        session = ArchiveSession(
            library, self._context.search_lane, self._context.read_lane, write_lane=self._context.write_lane
        )
        session.search_finished.connect(self._on_session_search_finished)
        session.search_failed.connect(self._on_session_search_failed)
        session.document_loaded.connect(self._on_session_document_loaded)
        session.document_failed.connect(self._on_session_document_failed)
        session.find_finished.connect(self.reader.show_find_hits)
        session.query_hits_found.connect(self._on_session_query_hits_found)
        session.document_count_changed.connect(self._on_session_document_count_changed)
        self.session = session
        self.indexing.set_archive(library.root)
        self._context.preferences.remember_archive(library.root)
        self.setWindowTitle(self.tr("Wathaiq — %1").replace("%1", library.root.name))
        self.reader.show_message("")
        if library.read_only:
            self.status.showMessage(self.tr(
                "This archive is read-only: its notes and tags are shown but cannot be changed."
            ))
        elif session.shared:
            self.status.showMessage(self.tr(
                "This archive is also open in another Wathaiq window: edits in both are kept,"
                " and the other window's appear here when you reopen the archive."
            ))
        else:
            self.status.showMessage(self.tr("Opened %1").replace("%1", str(library.root)), MESSAGE_MS)
        session.count_documents()
        self.searching.search_again()
        if index:
            self.start_indexing(rebuild=False)
        self._context.current.set(library)  # after the messages above: a room may say more
        self.archive_opened.emit(library.root)

    def _on_archive_open_failed(self, path: Path, exc: Exception) -> None:
        if self._opening != path:
            return
        self._opening = None
        message = error_message(exc, str(path))
        self.reader.show_message(message)
        self.status.showMessage(message)
        self.archive_failed.emit(message)

    def _close_session(self) -> None:
        self.indexing.set_archive(None)
        self._context.current.set(None)
        if self.session is not None:
            self.session.close()
            self.session = None

    # -- indexing -------------------------------------------------------------------------

    def start_indexing(self, rebuild: bool = False) -> None:
        self.indexing.start(rebuild)

    def cancel_indexing(self) -> None:
        self.indexing.cancel()

    def show_problems(self) -> None:
        self.indexing_status.show_problems()

    @property
    def indexer(self):
        return self.indexing.process

    def _on_indexing_index_changed(self) -> None:
        if self.session is not None:
            self.session.count_documents()
            self.searching.search_again()
        self.documents.reload()

    def _on_documents_record_changed(self, record) -> None:
        """A title or date the user corrected: results, and the reader if it shows it, follow."""
        self._on_indexing_index_changed()
        shown = self.reader.prepared
        if shown is not None and shown.path == record.path:
            self.open_document(record.path)

    # -- searching ------------------------------------------------------------------------

    def _on_searching_search_requested(self, request: SearchRequest) -> None:
        if self.session is None:
            return
        self.session.search(request)
        if not request.empty:
            self.search.search_started()
        prepared = self.reader.prepared
        if prepared is not None and request.text != self.reader.query:  # the open document follows the query
            self.reader.expect_query_hits(request.text)
            if not request.empty:
                self.session.match_query(prepared.path, prepared.text, request.text)

    def _on_search_sort_changed(self, sort: str) -> None:
        self._context.preferences.sort = sort
        (self.commands.sort_date if sort == "date" else self.commands.sort_relevance).setChecked(True)

    def _on_session_search_finished(self, request: SearchRequest, results) -> None:
        self.searching.show_results(request, results)
        prepared = self.reader.prepared
        hit = next((h for h in results.hits if prepared and h.path == prepared.path), None)
        if prepared is not None and hit is not None:  # its hits are known: no need to wait for match_query
            self.reader.set_query_hits(results.query, qt_spans(prepared.text, list(hit.matches)))
        self.results_shown.emit(results)

    def _on_session_query_hits_found(self, path: str, query: str, spans: list) -> None:
        if self.reader.current_path == path and self.reader.query == query:
            self.reader.set_query_hits(query, spans)

    def _on_session_search_failed(self, request: SearchRequest, exc: Exception) -> None:
        message = error_message(exc, request.text)
        self.searching.show_error(message)
        self.search_error_shown.emit(message)

    def _on_session_document_count_changed(self, count: int) -> None:
        self.status.set_document_count(count)
        self.search.set_document_count(count)

    # -- reading --------------------------------------------------------------------------

    def open_document(self, path: str, query: str | None = None) -> None:
        """Show ``path`` in the reader with the hits of ``query`` (the current one by default)."""
        if self.session is None:
            return
        self.search.select_path(path, notify=False)
        query = self.search.query if query is None else query
        self.session.load_document(DocumentRequest(path, query))

    def _on_search_result_chosen(self, hit) -> None:
        if self.session is not None:
            self.session.load_document(DocumentRequest(hit.path, self.search.model.query, list(hit.matches)))

    def _on_session_document_loaded(self, prepared: PreparedDocument) -> None:
        self.reader.show_document(prepared)
        pending, self._pending_passage = self._pending_passage, None
        if pending is not None and pending[0] == prepared.path:
            self.reader.select_passage(pending[1], pending[2])
        self.document_shown.emit(prepared)

    def _on_navigator_passage_requested(self, path: str, start: int, end: int) -> None:
        if self.reader.current_path == path and self.reader.prepared is not None:
            self.reader.select_passage(start, end)
            return
        self._pending_passage = (path, start, end)
        self.open_document(path, "")

    def _on_session_document_failed(self, request: DocumentRequest, exc: Exception) -> None:
        message = error_message(exc, request.path)
        self.reader.show_message(message)
        self.document_error_shown.emit(message)

    def _on_reader_find_text_edited(self, needle: str) -> None:
        prepared = self.reader.prepared
        if self.session is not None and prepared is not None:
            self.session.find(prepared.text, needle)

    # -- citing and the files themselves -------------------------------------------------------

    def copy_with_citation(self) -> None:
        """The reader's selection with its citation, to paste into a briefing."""
        prepared, cursor = self.reader.prepared, self.reader.view.textCursor()
        if prepared is None or not cursor.hasSelection():
            return
        lang = self._context.translations.language
        QApplication.clipboard().setText(
            passage_with_citation(prepared, cursor.selectionStart(), cursor.selectionEnd(), lang))
        self.status.showMessage(self.tr("Copied the passage with its citation"), MESSAGE_MS)

    def _on_search_citation_requested(self, hit) -> None:
        lang = self._context.translations.language
        QApplication.clipboard().setText(document_citation(hit.title or hit.path, hit.date, hit.path, lang))
        self.status.showMessage(self.tr("Copied the citation of %1").replace("%1", hit.path), MESSAGE_MS)

    def _open_file(self, path: str | None, opener) -> None:
        """Open a document's file (or its folder) outside Wathaiq, or say why it cannot be."""
        if self.session is None or path is None:
            return
        if not opener(self.session.root, path):
            self.status.showMessage(self.tr("Cannot open %1: the file is gone or nothing opens it")
                                    .replace("%1", path), MESSAGE_MS)

    def _on_reader_context_menu_opening(self, menu, _position: int) -> None:
        a = self.commands
        menu.addSeparator()
        for act in (a.copy_with_citation, a.open_original, a.show_in_folder):
            menu.addAction(act)

    def _update_document_actions(self) -> None:
        a, has_document = self.commands, self.reader.prepared is not None
        a.copy_with_citation.setEnabled(has_document and self.reader.view.textCursor().hasSelection())
        a.open_original.setEnabled(has_document)
        a.show_in_folder.setEnabled(has_document)

    def show_search_syntax(self) -> None:
        if self._syntax_help is None:
            self._syntax_help = SyntaxHelp(self)
        self._syntax_help.show()
        self._syntax_help.raise_()

    def _on_room_status_message(self, text: str) -> None:
        self.status.showMessage(text, MESSAGE_MS)

    # -- view -----------------------------------------------------------------------------

    def _zoom(self, steps: int) -> None:
        self._context.preferences.reader_zoom = self.reader.zoom_by(steps)

    def _on_full_screen_toggled(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def set_language(self, language: str) -> None:
        """Switch the interface language now (and remember it)."""
        context = self._context
        context.preferences.language = language
        context.translations.install(language)
        context.themes.language = context.translations.language
        QApplication.setFont(context.fonts.interface(context.is_rtl))
        (self.commands.arabic if context.is_rtl else self.commands.english).setChecked(True)

    def _on_about_triggered(self) -> None:
        release = self.tr("Version %1").replace("%1", QApplication.applicationVersion())
        QMessageBox.about(self, self.tr("About Wathaiq"), self.tr(
            "<h3>Wathaiq (وثائق)</h3><p>An offline archive browser for Arabic briefing documents: "
            "search every spelling, read right to left with the hits highlighted.</p>"
            "<p>Arabic text is set in Noto Naskh Arabic (SIL Open Font License).</p>"
        ) + f"<p>{release}</p>")

    # -- menus ----------------------------------------------------------------------------

    def _on_open_archive_triggered(self) -> None:
        start = str(self.session.root) if self.session else str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open an archive folder"), start)
        if folder:
            self.open_archive(Path(folder))

    def _on_recent_menu_about_to_show(self) -> None:
        for act in self.commands.set_recent(self._context.preferences.recent_archives):
            act.triggered.connect(partial(self._on_recent_action_triggered, Path(act.data())))

    def _on_recent_action_triggered(self, folder: Path, _checked: bool = False) -> None:
        self.open_archive(folder)

    def _on_clear_recent_triggered(self) -> None:
        self._context.preferences.recent_archives = []

    # -- drag and drop --------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_folder(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        folder = dropped_folder(event)
        if folder is not None:
            event.acceptProposedAction()
            self.open_archive(folder)

    # -- state ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        save_window_state(self, self._context.window_state, [self.splitter, self.side])
        self._opening = None  # an archive still opening is closed when it arrives
        self.indexing.shutdown()
        self.indexing_status.close()
        self._close_session()
        super().closeEvent(event)

    def retranslate_ui(self) -> None:
        self.commands.retranslate_ui()
        self.annotating.retranslate_ui()
        self.annotate_menus.retranslate_ui()
        self.excerpts.retranslate_ui()
        self.documents.retranslate_ui()
        self.overview.retranslate_ui()
        self.backups.retranslate_ui()
        if self.session is not None:
            self.setWindowTitle(self.tr("Wathaiq — %1").replace("%1", self.session.root.name))
        else:
            self.setWindowTitle(self.tr("Wathaiq"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
