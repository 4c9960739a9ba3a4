"""``deskhelp backup`` and ``deskhelp restore``: for IT. The work is the service's (make_backup, restore_backup);
this prints what it did, in the desk's language (deskhelp.cli_text)."""

from __future__ import annotations

import argparse

from deskhelp.cli import _fail
from deskhelp.cli_text import language, tr


def add_parsers(sub) -> None:
    sub.add_parser(
        "backup",
        help=tr("make a verified backup of the database now, print its path and size"),
        description=tr(
            "Copy the database into the backups folder ([storage] backups, default: backups/ beside the "
            "database), check the copy and keep it. Safe while the desk is open. Exit 0 when made, 1 when not."
        ),
    )
    restore = sub.add_parser(
        "restore",
        help=tr("list the backups, or put one back in place of the database (DeskHelp closed)"),
        description=tr(
            "Put a backup back in place of the database. Close DeskHelp on this PC first: a restore is "
            "refused while the database is open. The current file is kept aside as deskhelp-replaced-<date>.sqlite3 "
            "beside it, never deleted."
        ),
    )
    restore.add_argument(
        "backup", nargs="?", help=tr("a file name from --list, or a full path (default: the newest good backup)")
    )
    restore.add_argument("--list", action="store_true", help=tr("list every backup: date, reason, size, cases, good"))


def _size(size: int) -> str:
    text = f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.1f} kB"
    return text.replace(".", ",") if language() == "sv" else text  # 1,5 MB in Swedish


def backup(_args: argparse.Namespace) -> int:
    from deskhelp.service import BackupError, make_backup
    from deskhelp.settings import load_settings

    try:
        made = make_backup(load_settings())
    except BackupError as exc:
        return _fail(tr("Problem: {error}", error=exc))
    print(
        tr(
            "Backup written: {path} ({size}, {bytes} bytes)",
            path=made.path,
            size=_size(made.size),
            bytes=str(made.size),
        )
    )
    return 0


def restore(args: argparse.Namespace) -> int:
    from deskhelp.service import BackupError, backups_folder, list_backups, restore_backup
    from deskhelp.settings import load_settings

    settings = load_settings()
    try:
        if args.list:
            backups = list_backups(settings)
            folder = backups_folder(settings)
            found = tr("Backups in {folder}:") if backups else tr("No backups in {folder} (or it cannot be reached)")
            print(found.format(folder=folder))
            width = max((len(b.path.name) for b in backups), default=0)
            for b in backups:
                state = tr("good") if b.good else tr("DAMAGED ({problem})", problem=b.problem)
                cases = "?" if b.cases is None else tr("{count} cases", count=b.cases)
                when = f"{b.taken:%Y-%m-%d %H:%M}"
                print(f"  {b.path.name:<{width}}  {when}  {b.reason:<16} {_size(b.size):>9}  {cases:>12}  {state}")
            return 0
        done = restore_backup(settings, args.backup)
    except BackupError as exc:
        return _fail(tr("Problem: {error}", error=exc))
    backup = done.backup
    taken = f"{backup.taken:%Y-%m-%d %H:%M}"
    restored = {"path": backup.path, "taken": taken, "cases": backup.cases, "database": done.database}
    print(tr("Restored {path} (taken {taken}, {cases} cases) to {database}.", **restored))
    print(
        tr("The file it replaced was kept as {kept}.", kept=done.kept)
        if done.kept
        else tr("There was no file to replace.")
    )
    print(tr("Run deskhelp check, then start DeskHelp."))
    return 0
