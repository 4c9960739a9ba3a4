"""What the command line says, in the desk's language (issue 17: it answered in English only).

The language follows the window's rule, so a desk speaks one language: IT's ``[desk] language`` in deskhelp.toml or
``DESKHELP_LANG``, else the user's own choice in the window's Language menu (ui.json, read here without Qt), else
Swedish. Not the system locale: the window does not follow it either, and the desk is Swedish first.

English source strings are the keys; cli_text_sv holds the Swedish. A plain dict, not Qt's translator or gettext
catalogues: `deskhelp check`, `search --json` and `--version` must start quickly. Machine-readable output (JSON)
is never translated. tests/test_cli_language.py checks that every text the CLI passes to ``tr`` has a Swedish
translation with the same placeholders.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
from collections.abc import Iterator

LANGUAGES = ("sv", "en")
_language = "sv"


def choose_language() -> str:
    """Decide the language for this run of the command line (called at the start of every ``main``)."""
    global _language
    _language = _configured() or _users_choice() or "sv"
    return _language


def language() -> str:
    return _language


def _configured() -> str | None:
    variable = os.environ.get("DESKHELP_LANG", "").strip().lower()
    if variable in LANGUAGES:  # wins over the files anyway: no need to read them
        return variable
    import logging

    from deskhelp.settings import load_settings

    # Read before the log file is open: an unreadable file would be warned about on the console (logging's last
    # resort); the command reads the settings again once it logs, and `deskhelp check` reports them.
    quiet = logging.getLogger("deskhelp.settings")
    was_disabled, quiet.disabled = quiet.disabled, True
    try:
        return load_settings().language
    except Exception:  # noqa: BLE001 - the language is never worth failing a command over
        return None
    finally:
        quiet.disabled = was_disabled


def _users_choice() -> str | None:
    """The language chosen in the window's menu (deskhelp.ui.preferences writes it; that module imports Qt)."""
    from deskhelp import paths

    try:
        data = json.loads((paths.config_dir() / "ui.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    chosen = data.get("language") if isinstance(data, dict) else None
    return chosen if chosen in LANGUAGES else None


def number(value: int) -> str:
    """A count as the language writes it: 20 000 in Swedish (a no-break space, as in the reports), 20,000 in
    English."""
    grouped = f"{value:,}"
    return grouped if _language == "en" else grouped.replace(",", "\u00a0")


def tr(text: str, /, **values: object) -> str:
    """``text`` in the chosen language, its ``{placeholders}`` filled from ``values``. Whole numbers are counts and
    are grouped by thousands; pass an identifier (a revision, a year) as a string."""
    if _language == "sv":
        from deskhelp.cli_text_sv import SWEDISH

        text = SWEDISH.get(text, text)
    if not values:
        return text
    return text.format(**{k: number(v) if type(v) is int else v for k, v in values.items()})


# argparse's own words ("usage:", "options:", its error messages), through its gettext hook; Python 3.11's texts.
def _argparse_text(text: str) -> str:
    if _language == "sv":
        from deskhelp.cli_text_sv import ARGPARSE

        return ARGPARSE.get(text, text)
    return text


def _argparse_plural(singular: str, plural: str, count: int) -> str:
    return _argparse_text(singular if count == 1 else plural)


@contextlib.contextmanager
def argparse_in_language() -> Iterator[None]:
    """While parsing (help and errors are printed then), argparse speaks the chosen language; restored after, so
    nothing else in the process is touched."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _argparse_text, _argparse_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
