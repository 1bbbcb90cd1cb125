"""File > Back Up User Data… and Restore User Data… in the window."""

from __future__ import annotations

from archive.types import DocumentTag


def document_tags(window) -> set[tuple[str, str]]:
    return {(t.document_id, t.theme_id) for t in window.session.library.document_tags()}


def test_back_up_then_restore_brings_back_a_removed_tag(qtbot, open_window, tmp_path):
    window = open_window
    library = window.session.library
    doc = library.documents()[0]
    library.add_document_tag(DocumentTag.new(doc.id, "security"))
    target = tmp_path / "backup.sqlite"
    with qtbot.waitSignal(window.backups.status_message, timeout=10_000) as said:
        window.backups.back_up(target)
    assert target.is_file() and "checked" in said.args[0]
    library.remove_document_tag(doc.id, "security")
    with qtbot.waitSignal(window.archive_opened, timeout=20_000):
        window.backups.restore(target, confirm=False)
    assert document_tags(window) == {(doc.id, "security")}
    qtbot.waitUntil(lambda: "Restored" in window.status.currentMessage(), timeout=5_000)


def test_restoring_a_file_that_is_no_backup_says_so_and_changes_nothing(qtbot, open_window, tmp_path):
    window = open_window
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database" * 100)
    before = document_tags(window)
    with qtbot.waitSignal(window.backups.status_message, timeout=10_000) as said:
        window.backups.restore(bad, confirm=False)
    assert "not a usable backup" in said.args[0]
    assert document_tags(window) == before


def test_a_backup_inside_the_archive_is_refused_with_a_message(qtbot, open_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: said.append(text))
    library = open_window.session.library
    for target in (library.root / "backup.sqlite", library.state_dir / "wathaiq.sqlite"):
        open_window.backups.back_up(target)
    assert len(said) == 2 and all("inside the archive" in text for text in said)
    assert not (library.root / "backup.sqlite").exists()
