"""The export dialog: writes the chosen format off the UI thread, cancels, remembers choices."""

from __future__ import annotations

import json
import threading

from PySide6.QtCore import Qt

from archive.export import FORMATS
from tests.archive.export.export_samples import DIPLOMACY, SECURITY
from tests.desktop.excerpt_helpers import with_excerpts


def open_dialog(qtbot, window):
    dialog = window.excerpts.open_export_dialog()  # the window owns it; it deletes itself on close
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        pass
    return dialog


def choose(dialog, fmt: str, path) -> None:
    dialog.format.setCurrentIndex(FORMATS.index(fmt))
    dialog.path.setText(str(path))


def run_export(qtbot, dialog):
    with qtbot.waitSignal(dialog.exported, timeout=15_000) as blocker:
        dialog.export_button.click()
    return blocker.args[0]


def test_docx_export_with_progress_and_a_status_message(qtbot, open_window, tmp_path):
    with_excerpts(qtbot, open_window)
    dialog = open_dialog(qtbot, open_window)
    assert SECURITY[:20] in dialog.preview.toPlainText()
    choose(dialog, "docx", tmp_path / "briefing")
    dialog.grouping.setCurrentIndex(0)  # by theme
    seen = []
    dialog._reporter.progressed.connect(lambda phase, done, total: seen.append((phase, done, total)))
    path = run_export(qtbot, dialog)
    assert path == tmp_path / "briefing.docx" and path.is_file()
    assert ("write", seen[-1][2], seen[-1][2]) == seen[-1] and any(p == "collect" for p, _, _ in seen)
    assert "briefing.docx" in open_window.status.currentMessage()

    import docx

    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert SECURITY in text and DIPLOMACY in text


def test_json_export_follows_the_theme_filter(qtbot, open_window, tmp_path):
    with_excerpts(qtbot, open_window)
    dialog = open_dialog(qtbot, open_window)
    choose(dialog, "json", tmp_path / "data.json")
    for i in range(dialog.theme_list.count()):
        item = dialog.theme_list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == "diplomacy":
            item.setCheckState(Qt.CheckState.Checked)
    path = run_export(qtbot, dialog)
    data = json.loads(path.read_text("utf-8"))
    assert [e["text"][: len(DIPLOMACY)] for e in data["excerpts"]] == [DIPLOMACY]


def test_an_export_can_be_cancelled_and_leaves_no_file(qtbot, open_window, tmp_path):
    with_excerpts(qtbot, open_window)
    dialog = open_dialog(qtbot, open_window)
    choose(dialog, "md", tmp_path / "cancelled.md")
    # Hold the read lane so the export is still waiting when Cancel is clicked.
    gate = threading.Event()
    open_window._context.read_lane.submit(lambda: gate.wait(10))
    with qtbot.waitSignal(dialog.export_failed, timeout=15_000) as blocker:
        dialog.export_button.click()
        assert dialog.running and not dialog.format.isEnabled()
        dialog.cancel_button.click()
        gate.set()
    assert "cancelled" in blocker.args[0]
    assert not dialog.running and dialog.isVisible()
    assert list(tmp_path.glob("*cancelled*")) == []


def test_errors_are_shown_as_a_sentence(qtbot, open_window, tmp_path):
    with_excerpts(qtbot, open_window)
    dialog = open_dialog(qtbot, open_window)
    choose(dialog, "csv", tmp_path / "no-such-folder" / "x.csv")
    with qtbot.waitSignal(dialog.export_failed, timeout=15_000) as blocker:
        dialog.export_button.click()
    assert "no-such-folder" in blocker.args[0] and "Traceback" not in dialog.message.text()


def test_the_last_choices_are_restored(qtbot, open_window, tmp_path):
    with_excerpts(qtbot, open_window)
    dialog = open_dialog(qtbot, open_window)
    choose(dialog, "html", tmp_path / "brief.html")
    dialog.grouping.setCurrentIndex(1)  # by document
    dialog.notes.setChecked(False)
    dialog.document_tags.setChecked(True)
    run_export(qtbot, dialog)

    again = open_dialog(qtbot, open_window)
    assert again.format_key == "html"
    assert again.grouping.currentIndex() == 1
    assert not again.notes.isChecked() and again.document_tags.isChecked()
    assert again.path.text() == str(tmp_path / "brief.html")
    again.format.setCurrentIndex(FORMATS.index("pdf"))  # the suffix follows the format
    assert again.path.text() == str(tmp_path / "brief.pdf")
    again.reject()


class MessageBoxes:
    """QMessageBox's static functions, answered without a modal loop, recording what they said."""

    def __init__(self, monkeypatch, answer):
        from PySide6.QtWidgets import QMessageBox

        self.warnings: list[str] = []
        self.questions: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: self.warnings.append(text))

        def question(_parent, _title, text, *a):
            self.questions.append(text)
            return answer

        monkeypatch.setattr(QMessageBox, "question", question)


def test_a_path_inside_the_archive_is_refused_with_a_message(qtbot, open_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    boxes = MessageBoxes(monkeypatch, QMessageBox.StandardButton.Yes)
    with_excerpts(qtbot, open_window)
    dialog = open_dialog(qtbot, open_window)
    library = open_window.session.library
    document = next(p for p in library.root.iterdir() if p.suffix == ".txt")
    before = document.read_bytes()
    choose(dialog, "csv", document.with_suffix(".csv"))
    dialog.export_button.click()
    assert boxes.warnings and "inside the archive" in boxes.warnings[0]
    assert not dialog.running and not document.with_suffix(".csv").exists()
    choose(dialog, "json", library.state_dir / "wathaiq.json")
    dialog.export_button.click()
    assert len(boxes.warnings) == 2 and document.read_bytes() == before


def test_a_typed_path_to_an_existing_file_is_replaced_only_when_the_user_says_so(qtbot, open_window, tmp_path,
                                                                                  monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    boxes = MessageBoxes(monkeypatch, QMessageBox.StandardButton.No)
    with_excerpts(qtbot, open_window)
    dialog = open_dialog(qtbot, open_window)
    target = tmp_path / "mine.json"
    target.write_text("the user's own file")
    choose(dialog, "json", target)
    dialog.export_button.click()
    assert boxes.questions and "Replace it?" in boxes.questions[0]
    assert not dialog.running and target.read_text() == "the user's own file"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert run_export(qtbot, dialog) == target
    assert json.loads(target.read_text(encoding="utf-8"))["excerpts"]


def test_the_save_dialog_asks_before_overwriting(qtbot, open_window, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    seen = {}

    def get_save_file_name(*args, **kwargs):
        seen["options"] = kwargs.get("options", args[5] if len(args) > 5 else QFileDialog.Option(0))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    dialog = open_dialog(qtbot, open_window)
    dialog.browse.click()
    assert not seen["options"] & QFileDialog.Option.DontConfirmOverwrite
