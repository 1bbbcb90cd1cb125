"""Can the window be shown here? Asked before Qt is loaded, because Qt cannot answer it:
without a display, or with its X plugin's libraries missing, it aborts the process (with a
core dump and, for a missing library, a message that names another one).

Only Linux and the other X11 systems are checked; Windows and macOS always have a display.
The libraries are those Qt 6's xcb platform plugin links to (``ldd libqxcb.so``) that a
Debian machine without a desktop may lack; each is tried with the dynamic loader, as Qt will.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# Shared library -> the Debian package that installs it (README lists the same packages).
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def _loads(library: str) -> bool:
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def missing_xcb_packages(loads: Callable[[str], bool] = _loads) -> list[str]:
    """The Debian packages of the X plugin's libraries the loader cannot find."""
    return [package for library, package in XCB_LIBRARIES.items() if not loads(library)]


def display_problem(
    environ: Mapping[str, str] = os.environ, platform: str = sys.platform,
    loads: Callable[[str], bool] = _loads,
) -> str | None:
    """Why the window cannot be shown, in one line; None when it can (as far as we can tell)."""
    if platform in ("win32", "darwin"):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith("xcb"):
        return None  # offscreen, wayland, vnc…: the user chose, Qt reports its own problems
    if not chosen and environ.get("WAYLAND_DISPLAY") and (
        environ.get("XDG_SESSION_TYPE") == "wayland" or not environ.get("DISPLAY")
    ):
        return None  # Qt takes Wayland in a Wayland session
    if not chosen and not environ.get("DISPLAY"):
        return ("no display: DISPLAY and WAYLAND_DISPLAY are not set (run it in a desktop session,"
                " or use --screenshot or a subcommand without one)")
    missing = missing_xcb_packages(loads)
    if missing:
        return ("cannot use the X display: system libraries are missing; on Debian or Ubuntu install"
                " them with: sudo apt-get install " + " ".join(missing))
    return None
