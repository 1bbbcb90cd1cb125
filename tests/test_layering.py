"""The core never reaches the interface: no Qt and no ``desktop`` import under archive/."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ARCHIVE = Path(__file__).resolve().parents[1] / "archive"
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "desktop")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_module_of_the_core_imports_the_interface():
    offenders = {
        str(path.relative_to(ARCHIVE)): name
        for path in ARCHIVE.rglob("*.py")
        for name in imported_modules(path)
        if name.split(".")[0] in FORBIDDEN
    }
    assert offenders == {}


def test_the_headless_commands_load_no_qt():
    code = (
        "import sys, archive.cli.commands, archive.library, archive.export;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'desktop'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr
