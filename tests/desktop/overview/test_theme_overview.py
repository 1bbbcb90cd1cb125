"""View > Theme Overview (issue 15): the matrix counts, a cell opens its passages in the
excerpts list, the chart saves as PNG and SVG, and goes into an export."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from archive.types import Anchor, Annotation, DocumentTag, Kind
from desktop.overview.model import Roles
from tests.archive.sample_docs import FACT_SHEET, MEETING
from tests.desktop.annotation_helpers import open_document, select_text
from tests.desktop.excerpts.test_export_dialog import choose, open_dialog, run_export

NOTE = "ملاحظة على مقطع الهجرة"


@dataclass
class Coded:
    migration: str  # a passage tag with a note on it, no highlight (fact sheet, 2013)
    security: str  # a highlight with a security passage tag inside it (meeting, 2021)


@pytest.fixture
def coded(open_window) -> Coded:
    library = open_window.session.library
    fact, meeting = library.document(FACT_SHEET), library.document(MEETING)
    tag = Annotation.new(fact.record.id, Kind.TAG, Anchor.at(fact.text, 10, 60), theme_id="migration")
    highlight = Annotation.new(meeting.record.id, Kind.HIGHLIGHT, Anchor.at(meeting.text, 100, 200))
    library.add_annotations([
        tag,
        Annotation.new(fact.record.id, Kind.NOTE, Anchor.at(fact.text, 10, 60), body=NOTE),
        highlight,
        Annotation.new(meeting.record.id, Kind.TAG, Anchor.at(meeting.text, 120, 150), theme_id="security"),
    ])
    library.add_document_tag(DocumentTag.new(meeting.record.id, "diplomacy"))
    return Coded(tag.id, highlight.id)


def open_overview(qtbot, window):
    window.overview.open.trigger()
    dialog = window.overview.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 and dialog.chart is not None, timeout=20_000)
    return dialog


def cell(dialog, key: str, theme: str):
    model = dialog.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(Roles.KEY) == key)
    return model.index(row, model.themes.index(theme))


def test_matrix_counts_tagged_documents_and_coded_passages(qtbot, open_window, coded) -> None:
    dialog = open_overview(qtbot, open_window)
    model = dialog.model
    assert [model.index(r, 0).data(Roles.KEY) for r in range(model.rowCount())] == ["2013", "2021"]
    assert set(model.themes) == {"migration", "security", "diplomacy"}
    migration = cell(dialog, "2013", "migration")
    assert (migration.data(Roles.DOCUMENTS), migration.data(Roles.PASSAGES)) == (1, 1)
    assert migration.data() == "1 · 1"
    diplomacy = cell(dialog, "2021", "diplomacy")
    assert (diplomacy.data(Roles.DOCUMENTS), diplomacy.data(Roles.PASSAGES)) == (1, 0)
    # By folder: both documents sit at the archive's top.
    with qtbot.waitSignal(dialog.matrix_ready, timeout=10_000):
        dialog.matrix_by.setCurrentIndex(2)
    assert model.rowCount() == 1 and model.headerData(0, Qt.Orientation.Vertical) == "(top folder)"
    assert cell(dialog, ".", "security").data(Roles.PASSAGES) == 1


def test_enter_on_a_cell_lists_its_passages_in_the_excerpts(qtbot, open_window, coded) -> None:
    dialog = open_overview(qtbot, open_window)
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(cell(dialog, "2013", "migration"))
    panel = open_window.excerpts.panel
    with qtbot.waitSignal(open_window.excerpts.rows_loaded, timeout=10_000):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert open_window.excerpts.dock.isVisible()
    assert panel.model.visible_ids() == [coded.migration]
    assert panel.model.row(coded.migration).notes == (NOTE,)  # the note travels with the passage
    assert "Migration and refugees" in panel.only_label.text()
    panel.show_all.click()
    assert set(panel.model.visible_ids()) == {coded.migration, coded.security}


def test_chart_saves_as_valid_png_and_svg(qtbot, open_window, coded, tmp_path) -> None:
    dialog = open_overview(qtbot, open_window)
    png = dialog.save_chart(tmp_path / "themes.png")
    image = QImage(str(png))
    assert not image.isNull() and image.width() > image.height() > 300
    assert not dialog.chart_image.pixmap().isNull()
    svg = dialog.save_chart(tmp_path / "themes.svg")
    assert ET.parse(svg).getroot().tag == "{http://www.w3.org/2000/svg}svg"


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_export_dialog_puts_the_chart_in_the_file(qtbot, open_window, coded, tmp_path, fmt) -> None:
    from pypdf import PdfReader

    dialog = open_dialog(qtbot, open_window)
    choose(dialog, fmt, tmp_path / "briefing")
    assert dialog.chart.isEnabled()
    dialog.chart.setChecked(True)
    path = run_export(qtbot, dialog)
    if fmt == "pdf":
        first, second = PdfReader(str(path)).pages[:2]
        assert len(first.images) == 1  # the chart, on its own page
        assert "ملاحظة" in second.extract_text() or NOTE[:5] in second.extract_text()
    else:
        assert 'src="data:image/svg+xml;base64,' in path.read_text("utf-8")


def test_the_chart_is_offered_only_for_formats_that_hold_it(qtbot, open_window, coded, tmp_path) -> None:
    dialog = open_dialog(qtbot, open_window)
    choose(dialog, "csv", tmp_path / "data")
    assert not dialog.chart.isEnabled()
    dialog.chart.setChecked(True)
    assert dialog.options().chart is None


def test_the_matrix_follows_tagging_and_its_undo(qtbot, open_window, coded) -> None:
    dialog = open_overview(qtbot, open_window)
    open_document(qtbot, open_window, FACT_SHEET)
    text = open_window.reader.prepared.text.source
    select_text(open_window, text[200:230])
    with qtbot.waitSignal(dialog.matrix_ready, timeout=10_000):
        open_window.annotating.tag_selection("migration")  # as Alt+n does
    assert cell(dialog, "2013", "migration").data(Roles.PASSAGES) == 2
    with qtbot.waitSignal(dialog.matrix_ready, timeout=10_000):
        open_window.annotate_menus.undo.trigger()
    assert cell(dialog, "2013", "migration").data(Roles.PASSAGES) == 1
