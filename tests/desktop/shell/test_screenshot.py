"""End to end: ``main.py --screenshot`` in its own process writes a 1400x900 PNG."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

from tests.desktop.helpers import FACT_SHEET

MAIN = Path(__file__).resolve().parents[3] / "main.py"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_screenshot_writes_a_png(sample_root, tmp_path):
    output = tmp_path / "shot.png"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    completed = subprocess.run(
        [sys.executable, str(MAIN), "--archive", str(sample_root), "--screenshot", str(output),
         "--query", "مكافحة الإرهاب", "--open", FACT_SHEET, "--lang", "ar"],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert png_size(output) == (1400, 900)
    assert not (tmp_path / "config" / "wathaiq").exists(), "a screenshot leaves the settings alone"
