"""The architecture holds itself: import-linter's contracts (``pyproject.toml``), plus what
a static import graph cannot see (modules named in strings, what a command really loads)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARCHIVE = ROOT / "archive"
# A module of the interface or of Qt named in a string: importlib, "module:function" registries.
INTERFACE_NAME = re.compile(r"\b(PySide6|PyQt[56]|shiboken6)\b|\bdesktop\.[a-z_]+")


def test_the_import_contracts_are_kept():
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports, "import-linter is a dev dependency"
    done = subprocess.run([lint_imports], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "0 broken" in done.stdout


def _strings(tree: ast.Module) -> list[tuple[int, str]]:
    """String constants other than docstrings (a docstring may speak of the interface)."""
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def test_no_string_of_the_core_names_qt_or_the_interface():
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {value!r}"
        for path in ARCHIVE.rglob("*.py")
        for line, value in _strings(ast.parse(path.read_text("utf-8")))
        if INTERFACE_NAME.search(value)
    ]
    assert offenders == []


def test_the_headless_commands_load_no_qt():
    code = (
        "import sys, archive.cli.commands, archive.library, archive.export;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'desktop'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.stdout.strip() == "[]", done.stderr
