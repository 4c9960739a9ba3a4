"""The installed app in a real X11 window (Xvfb), typed at with xdotool as a person types: the whole path
from start-up to a case in the SQLite file, with nothing of pytest-qt in between."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not (sys.platform.startswith("linux") and shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool (Debian packages xvfb, xdotool; .ci/run installs them)",
)
DISPLAY = ":97"


@pytest.fixture
def x_display():
    server = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1366x768x24"], stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{DISPLAY[1:]}").exists():
            if time.monotonic() > deadline or server.poll() is not None:
                pytest.fail("Xvfb did not start")
            time.sleep(0.05)
        yield {**os.environ, "DISPLAY": DISPLAY, "QT_QPA_PLATFORM": "xcb"}
    finally:
        server.terminate()
        server.wait(10)


def xdotool(env: dict[str, str], *args: str) -> str:
    return subprocess.run(["xdotool", *args], env=env, check=True, capture_output=True, text=True, timeout=30).stdout


def wait_for(condition, seconds: float = 20.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if value := condition():
            return value
        time.sleep(0.1)
    pytest.fail("timed out")


def test_type_pick_and_log_in_a_real_window(x_display, deskhelp_home: Path) -> None:
    # A desk IT has named: no first-start dialog (see the test below for one that is not).
    named = {"DESKHELP_LIBRARY": "Stadsbiblioteket", "DESKHELP_BRANCH": "Centrum", "DESKHELP_DESK": "Disk 1"}
    env = {**x_display, **named}
    app = subprocess.Popen([sys.executable, "-m", "deskhelp"], env=env, stderr=subprocess.PIPE, text=True)
    try:
        xdotool(x_display, "search", "--sync", "--name", "DeskHelp")
        database = deskhelp_home / "deskhelp.sqlite3"

        def pack_applied() -> bool:
            try:
                with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
                    return conn.execute("SELECT count(*) FROM pack_revision WHERE active").fetchone()[0] == 1
            except sqlite3.Error:
                return False

        wait_for(pack_applied)
        time.sleep(1.5)  # the window builds its search index right after the pack is stored
        xdotool(x_display, "type", "--delay", "30", "kontoutdrg")
        xdotool(x_display, "key", "Return")  # pick the errand
        xdotool(x_display, "key", "Return")  # log it

        def logged():
            with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
                return conn.execute("SELECT case_type_id, outcome, channel FROM case_record").fetchall()

        assert wait_for(logged) == [("print-bank-statement", "partly_referred", "desk")]
        xdotool(x_display, "key", "ctrl+q")
        assert app.wait(20) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()


def test_a_desk_nobody_named_asks_at_first_start_and_logs_with_the_names(x_display, deskhelp_home: Path) -> None:
    """Issue 13, item 7: the names typed in the first-start dialog are in the next case's row, and in the user's
    deskhelp.toml for the next start."""
    app = subprocess.Popen([sys.executable, "-m", "deskhelp"], env=x_display, stderr=subprocess.PIPE, text=True)
    try:
        xdotool(x_display, "search", "--sync", "--name", "Namnge disken")  # after the window is ready
        time.sleep(0.5)
        for text in ("Stadsbiblioteket", "Centrum", "Disk 1"):
            xdotool(x_display, "type", "--delay", "30", text)
            xdotool(x_display, "key", "Tab")
        xdotool(x_display, "key", "Return")  # Tab has left the fields; Enter still saves (the default button)
        config = deskhelp_home / "config" / "deskhelp.toml"
        wait_for(config.exists)
        time.sleep(1.0)
        xdotool(x_display, "type", "--delay", "30", "kontoutdrg")
        xdotool(x_display, "key", "Return")
        xdotool(x_display, "key", "Return")
        database = deskhelp_home / "deskhelp.sqlite3"

        def logged():
            with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
                return conn.execute("SELECT case_type_id, branch, desk FROM case_record").fetchall()

        assert wait_for(logged) == [("print-bank-statement", "Centrum", "Disk 1")]
        assert 'library = "Stadsbiblioteket"' in config.read_text(encoding="utf-8")
        xdotool(x_display, "key", "ctrl+q")
        assert app.wait(20) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
