"""Menus, commands and their shortcuts, declared in one place.

The window connects each action to what it does; this module only names, groups and
translates them, and says where the rooms' own commands go in its menus (Undo and Redo at
the top of Edit, the excerpts and backup commands above Quit, Excerpts at the end of View).
Shortcuts follow the platform where Qt knows a standard key (Open, Quit, Find, Zoom) and add
the ones a reader expects everywhere (F3, Ctrl+K, Ctrl+L, F11).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

from desktop.common.keys import key_sequences

Key = QKeySequence.StandardKey


class Actions(QObject):
    """Every command of the main window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)

        def action(name: str, *keys, checkable: bool = False) -> QAction:
            act = QAction(window)
            act.setObjectName(name)
            if keys:
                act.setShortcuts(key_sequences(*keys))
            act.setCheckable(checkable)
            window.addAction(act)  # shortcuts work even while the menu bar is hidden
            return act

        self.open_archive = action("openArchive", Key.Open)
        self.clear_recent = action("clearRecent")
        self.open_original = action("openOriginal", "Ctrl+Shift+O")
        self.show_in_folder = action("showInFolder")
        self.reindex = action("reindex", "F5")
        self.rebuild_index = action("rebuildIndex")
        self.show_problems = action("showProblems")
        self.quit = action("quit", Key.Quit, "Ctrl+Q")
        self.find = action("findInDocument", Key.Find, "Ctrl+F")
        self.find_next = action("findNext", "F3", Key.FindNext)
        self.find_previous = action("findPrevious", "Shift+F3", Key.FindPrevious)
        self.focus_search = action("focusSearch", "Ctrl+K", "Ctrl+L")
        self.copy_with_citation = action("copyWithCitation", "Ctrl+Shift+C")
        self.zoom_in = action("zoomIn", Key.ZoomIn, "Ctrl+=", "Ctrl++")
        self.zoom_out = action("zoomOut", Key.ZoomOut, "Ctrl+-")
        self.zoom_reset = action("zoomReset", "Ctrl+0")
        self.full_screen = action("fullScreen", "F11", Key.FullScreen, checkable=True)
        self.sort_relevance = action("sortRelevance", checkable=True)
        self.sort_date = action("sortDate", checkable=True)
        self.english = action("languageEnglish", checkable=True)
        self.arabic = action("languageArabic", checkable=True)
        self.search_syntax = action("searchSyntax", Key.HelpContents, "F1")
        self.about = action("about")
        self.about_qt = action("aboutQt")

        self.sort_group = QActionGroup(self)
        for act in (self.sort_relevance, self.sort_date):
            self.sort_group.addAction(act)
        self.language_group = QActionGroup(self)
        for act in (self.english, self.arabic):
            self.language_group.addAction(act)
        # The language names are written in their own language, never translated.
        self.english.setText("English")
        self.arabic.setText("العربية")

        self.file_menu = QMenu(window)
        self.recent_menu = QMenu(window)
        self.edit_menu = QMenu(window)
        self.view_menu = QMenu(window)
        self.sort_menu = QMenu(window)
        self.language_menu = QMenu(window)
        self.help_menu = QMenu(window)
        self.retranslate_ui()

    def build_menus(self, bar: QMenuBar) -> None:
        self.file_menu.addAction(self.open_archive)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.open_original)
        self.file_menu.addAction(self.show_in_folder)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.reindex)
        self.file_menu.addAction(self.rebuild_index)
        self.file_menu.addAction(self.show_problems)
        self._quit_separator = self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)

        self.edit_menu.addAction(self.copy_with_citation)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.focus_search)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find)
        self.edit_menu.addAction(self.find_next)
        self.edit_menu.addAction(self.find_previous)

        self.sort_menu.addAction(self.sort_relevance)
        self.sort_menu.addAction(self.sort_date)
        self.language_menu.addAction(self.english)
        self.language_menu.addAction(self.arabic)
        self.view_menu.addAction(self.zoom_in)
        self.view_menu.addAction(self.zoom_out)
        self.view_menu.addAction(self.zoom_reset)
        self.view_menu.addSeparator()
        self.view_menu.addMenu(self.sort_menu)
        self.view_menu.addMenu(self.language_menu)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.full_screen)

        self.help_menu.addAction(self.search_syntax)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about)
        self.help_menu.addAction(self.about_qt)
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.help_menu):
            bar.addMenu(menu)

    def insert_edit_actions(self, actions: list[QAction]) -> None:
        """At the top of the Edit menu, above a separator."""
        self.edit_menu.insertActions(self.copy_with_citation, actions)
        self.edit_menu.insertSeparator(self.copy_with_citation)

    def insert_file_actions(self, actions: list[QAction]) -> None:
        """In the File menu after the index commands, above Quit."""
        self.file_menu.insertActions(self._quit_separator, actions)

    def append_view_actions(self, actions: list[QAction]) -> None:
        """At the end of the View menu, after a separator."""
        self.view_menu.addSeparator()
        self.view_menu.addActions(actions)

    def set_recent(self, paths: list[str]) -> list[QAction]:
        """Fill the recent-archives menu; returns one action per path, in order."""
        self.recent_menu.clear()
        entries = []
        for number, path in enumerate(paths, 1):
            act = self.recent_menu.addAction(f"&{number}  {path}" if number < 10 else path)
            act.setData(path)
            entries.append(act)
        if paths:
            self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.clear_recent)
        self.clear_recent.setEnabled(bool(paths))
        return entries

    def retranslate_ui(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.sort_menu.setTitle(self.tr("&Sort Results"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.open_archive.setText(self.tr("&Open Archive Folder…"))
        self.clear_recent.setText(self.tr("&Clear This List"))
        self.open_original.setText(self.tr("Open Original &File"))
        self.open_original.setStatusTip(self.tr("Open the document's file in the program your system uses for it"))
        self.show_in_folder.setText(self.tr("Show in F&older"))
        self.show_in_folder.setStatusTip(self.tr("Open the folder that holds the document's file"))
        self.reindex.setText(self.tr("&Update Index"))
        self.reindex.setStatusTip(self.tr("Index new, changed and removed files"))
        self.rebuild_index.setText(self.tr("Re&build Index"))
        self.rebuild_index.setStatusTip(self.tr("Index every file again from scratch"))
        self.show_problems.setText(self.tr("Files That Could Not Be &Read…"))
        self.quit.setText(self.tr("&Quit"))
        self.find.setText(self.tr("&Find in Document…"))
        self.find_next.setText(self.tr("Next &Hit"))
        self.find_previous.setText(self.tr("&Previous Hit"))
        self.focus_search.setText(self.tr("&Search the Archive"))
        self.copy_with_citation.setText(self.tr("&Copy with Citation"))
        self.copy_with_citation.setStatusTip(
            self.tr("Copy the selected passage with its title, date, file and paragraph"))
        self.zoom_in.setText(self.tr("Zoom &In"))
        self.zoom_out.setText(self.tr("Zoom &Out"))
        self.zoom_reset.setText(self.tr("&Actual Size"))
        self.full_screen.setText(self.tr("&Full Screen"))
        self.sort_relevance.setText(self.tr("By &Relevance"))
        self.sort_date.setText(self.tr("By &Date, Newest First"))
        self.search_syntax.setText(self.tr("Search &Syntax"))
        self.about.setText(self.tr("&About Wathaiq"))
        self.about_qt.setText(self.tr("About &Qt"))
