"""Where DeskHelp keeps things. Computed when asked for, never at import time, so tests can relocate them.

``DESKHELP_HOME`` puts everything (database, backups, config, logs) in one folder: for tests and portable use.
Otherwise the platform's conventions apply, through platformdirs; the database lives in the local (non-roaming)
data folder, because a roaming profile copied between machines would corrupt a live SQLite file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "DeskHelp"
APP_AUTHOR = "DeskHelp"
HOME_VARIABLE = "DESKHELP_HOME"
DATABASE_FILENAME = "deskhelp.sqlite3"
LOG_FILENAME = "deskhelp.log"


def _home() -> Path | None:
    value = os.environ.get(HOME_VARIABLE, "").strip()
    return Path(value).expanduser().resolve() if value else None


def data_dir() -> Path:
    if home := _home():
        return home
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def database_path() -> Path:
    return data_dir() / DATABASE_FILENAME


def backup_dir(database: Path) -> Path:
    """Backups sit next to the database they copy."""
    return database.parent / "backups"


def config_dir() -> Path:
    if home := _home():
        return home / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR, roaming=False))


def log_dir() -> Path:
    """Where the diagnostic log for IT goes: platformdirs' log folder, which on Windows is the data folder's
    ``Logs`` (beside the database, where IT looks), on macOS ``~/Library/Logs`` (shown by Console) and on Linux
    the XDG state folder (logs are state, not data, there). With DESKHELP_HOME: its ``logs`` folder."""
    if home := _home():
        return home / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def log_file() -> Path:
    return log_dir() / LOG_FILENAME


def machine_config_dir() -> Path:
    """Where IT puts the machine-wide configuration (ProgramData on Windows, /etc/xdg on Linux)."""
    if home := _home():
        return home / "machine"
    import platformdirs

    return Path(platformdirs.site_config_dir(APP_NAME, APP_AUTHOR))


def bundle_root() -> Path:
    """The folder holding resources/ and migrations/: the PyInstaller bundle when frozen, else the source tree."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def migrations_dir() -> Path:
    return bundle_root() / "migrations"


def bundled_pack_path() -> Path:
    return resources_dir() / "packs" / "default.yaml"


def bundled_examples_path() -> Path:
    """Example requests per errand of the default pack (content.search_examples, issue 16)."""
    return resources_dir() / "search" / "examples.tsv"


def bundled_model_path() -> Path:
    """The errand model trained on the example requests (core.search_model, content.search_model; issue 16)."""
    return resources_dir() / "search" / "errand_model.bin"


def translations_dir() -> Path:
    return resources_dir() / "i18n"
