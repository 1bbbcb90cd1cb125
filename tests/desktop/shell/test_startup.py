"""Starting the program: a clear line instead of Qt's abort when no window can be shown, the
version on the command line and in Help › About."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.shell.display import XCB_LIBRARIES, display_problem

MAIN = Path(__file__).resolve().parents[3] / "main.py"
SCRUBBED = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def run_main(*args: str, **extra_env: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in SCRUBBED}
    env.update(extra_env)
    return subprocess.run([sys.executable, str(MAIN), *args], capture_output=True, text=True,
                          timeout=60, env=env, check=False)


def test_without_a_display_the_window_says_why_in_one_line_and_exits_1():
    completed = run_main()
    assert completed.returncode == 1
    lines = completed.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("wathaiq: no display"), completed.stderr
    assert "core dumped" not in completed.stderr


def test_missing_x_libraries_are_named_by_their_debian_packages():
    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    problem = display_problem({"DISPLAY": ":0"}, "linux", loads=lambda library: library not in absent)
    assert problem is not None
    assert problem.endswith("sudo apt-get install libxcb-icccm4 libxcb-keysyms1")


def test_a_display_with_every_library_is_no_problem():
    assert display_problem({"DISPLAY": ":0"}, "linux", loads=lambda _library: True) is None
    # A platform chosen by the user (offscreen in the tests) is Qt's business.
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", loads=lambda _library: False) is None
    assert display_problem({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, "linux",
                           loads=lambda library: library != "libxcb-cursor.so.0") is not None
    assert len(set(XCB_LIBRARIES.values())) == len(XCB_LIBRARIES)


def test_the_readme_lists_every_package_the_check_asks_for():
    readme = (MAIN.parent / "README.md").read_text("utf-8")
    assert all(package in readme for package in XCB_LIBRARIES.values())


def test_version_on_the_command_line():
    completed = run_main("--version")
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == f"wathaiq {version('wathaiq')}"


def test_about_shows_the_version(window, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window.commands.about.trigger()
    assert shown and f"Version {version('wathaiq')}" in shown[0]
