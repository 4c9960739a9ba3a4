"""The diagnostic log for IT: one rotating file (``paths.log_file()``), set up at start by the window and the CLI.

What goes in: start-up (version, platform, database, configuration files and their problems), migrations,
backups, pack pickups, exports, and every unhandled error with its traceback. What never goes in: a reflection,
any case content, anything about a patron. Modules log through ``logging.getLogger(__name__)``; every logger
under ``deskhelp`` reaches the file at INFO, other libraries' loggers from WARNING.

Nothing happens at import time. A log folder that cannot be written (read-only, full disk) leaves DeskHelp
without a log and a note on stderr: the log must never stop the desk.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from deskhelp import __version__, paths

if TYPE_CHECKING:
    from deskhelp.settings import Settings

MAX_BYTES = 1_000_000  # five files of 1 MB: months of a desk's start-ups and exports, small enough to e-mail
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"
HANDLER_NAME = "deskhelp-log-file"
HELD_NAME = "deskhelp-log-held"
HELD_MAX = 1000  # records kept until the file opens; a start writes a dozen

log = logging.getLogger("deskhelp")

# SQLAlchemy's errors quote the values of the statement that failed: for a case, its reflection. A storage error
# logged with its traceback must not carry them into the file.
_PARAMETERS = re.compile(r"^\[parameters: .*$", re.MULTILINE)


class _Formatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return _PARAMETERS.sub("[parameters: not logged]", super().format(record))


class _Held(logging.Handler):
    """Keeps records in memory until the file is opened (see hold_logging)."""

    def __init__(self) -> None:
        super().__init__()
        self.set_name(HELD_NAME)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < HELD_MAX:
            self.records.append(record)


def _root_handler(name: str) -> logging.Handler | None:
    return next((h for h in logging.getLogger().handlers if h.get_name() == name), None)


def hold_logging() -> None:
    """Start logging now, open the file later with start_logging (the window: after its first paint).

    Importing logging.handlers costs the window 7 ms before it paints (socket, pickle, queue); the records of
    the start (and of a migration or backup before the paint) wait in memory instead. An unhandled error
    opens the file at once."""
    if _root_handler(HANDLER_NAME) is None and _root_handler(HELD_NAME) is None:
        logging.getLogger().addHandler(_Held())
    _log_at_info()
    _install_excepthooks()


def start_logging(log_file: Path | None = None) -> Path | None:
    """Send log records to the rotating file; returns its path, or None when it cannot be written.

    Calling it again for the same file changes nothing; for another file (a new DESKHELP_HOME, as in tests)
    the log moves there. Records held since hold_logging are written first. Also logs unhandled errors of
    every thread, with their tracebacks."""
    target = (log_file or paths.log_file()).absolute()
    if current_log_file() == target:
        return target
    held = _root_handler(HELD_NAME)
    stop_logging()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = _RotatingFile(target)
    except OSError as error:
        print(f"DeskHelp writes no diagnostic log: {target}: {error.strerror or error}", file=sys.stderr)
        return None
    handler.set_name(HANDLER_NAME)
    handler.setFormatter(_Formatter(FORMAT))
    for record in held.records if isinstance(held, _Held) else ():
        handler.handle(record)
    logging.getLogger().addHandler(handler)
    _log_at_info()
    _install_excepthooks()
    return target


class _RotatingFile(logging.FileHandler):
    """logging.handlers.RotatingFileHandler's rule (MAX_BYTES a file, BACKUP_COUNT older files, renamed down one at
    each turn) without importing logging.handlers: its socket, pickle and queue cost every command 6 ms (issue 18)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:  # called under the handler's lock
        try:
            if self._full(record):
                self._rotate()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False  # never rotate anything but a file (as the standard library, bpo-45401)
        if self.stream is None:  # a rotation that failed half-way
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)  # where another process's lines end, too
        return self.stream.tell() + len(f"{self.format(record)}\n") >= MAX_BYTES

    def _rotate(self) -> None:
        if self.stream:
            self.stream.close()
            self.stream = None
        for i in range(BACKUP_COUNT, 0, -1):  # .4 -> .5 ... the file itself -> .1
            source = f"{self.baseFilename}.{i - 1}" if i > 1 else self.baseFilename
            target = f"{self.baseFilename}.{i}"
            if os.path.exists(source):
                if os.path.exists(target):
                    os.remove(target)
                os.rename(source, target)
        self.stream = self._open()


def stop_logging() -> None:
    """Close the log file (the excepthooks stay: without a file they only pass errors on)."""
    for name in (HANDLER_NAME, HELD_NAME):
        handler = _root_handler(name)
        if handler is not None:
            logging.getLogger().removeHandler(handler)
            handler.close()


def _log_at_info() -> None:
    """DeskHelp's own loggers from INFO; other libraries' stay at the root's WARNING."""
    if log.level == logging.NOTSET or log.level > logging.INFO:
        log.setLevel(logging.INFO)


def current_log_file() -> Path | None:
    """The file the log goes to, or None when there is none."""
    handler = _root_handler(HANDLER_NAME)
    return Path(handler.baseFilename) if isinstance(handler, logging.FileHandler) else None


def log_start(what: str, settings: Settings) -> None:
    """The start-up record: which DeskHelp, on what, with which database and configuration files."""
    from deskhelp.settings import config_files

    build = "frozen" if getattr(sys, "frozen", False) else "from source"
    python = ".".join(str(part) for part in sys.version_info[:3])
    log.info("DeskHelp %s started (%s, %s) on %s, Python %s", __version__, what, build, _platform(), python)
    log.info("database: %s", settings.database)
    for path in config_files():
        log.info("configuration file %s: %s", path, "read" if path.is_file() else "absent")
    for problem in settings.problems:
        log.warning("configuration problem: %s", problem)


def _platform() -> str:
    """Cheap on every system: platform.platform() may start a process or read the executable on Windows."""
    if sys.platform == "win32":
        version = sys.getwindowsversion()
        return f"Windows {version.major}.{version.minor}.{version.build}"
    uname = os.uname()
    return f"{uname.sysname} {uname.release} {uname.machine}"


def _install_excepthooks() -> None:
    """Log what nobody caught (in the main thread, Qt's slots and other threads), then let Python report it."""
    if not getattr(sys.excepthook, "deskhelp", False):
        previous = sys.excepthook

        def excepthook(kind, value, traceback) -> None:
            if not issubclass(kind, KeyboardInterrupt):
                _open_held()
                log.critical("unhandled error", exc_info=(kind, value, traceback))
            previous(kind, value, traceback)

        excepthook.deskhelp = True
        sys.excepthook = excepthook
    if not getattr(threading.excepthook, "deskhelp", False):
        previous_thread_hook = threading.excepthook

        def thread_excepthook(args) -> None:
            if args.exc_type is not SystemExit:
                _open_held()
                name = args.thread.name if args.thread is not None else "?"
                log.critical(
                    "unhandled error in thread %s", name, exc_info=(args.exc_type, args.exc_value, args.exc_traceback)
                )
            previous_thread_hook(args)

        thread_excepthook.deskhelp = True
        threading.excepthook = thread_excepthook


def _open_held() -> None:
    """An error before the window opened the file: open it now, so that the error and what led to it are kept."""
    if _root_handler(HELD_NAME) is not None:
        start_logging()
