"""The one entry point: ``deskhelp`` opens the window; sub-commands serve IT, scripts and tests.

Kept light on imports: the GUI path must reach its first painted window quickly, so heavy modules are
imported inside the commands that need them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from deskhelp import __version__

if TYPE_CHECKING:
    from deskhelp.service import DeskService

STARTED = time.perf_counter()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="deskhelp",
        description="DeskHelp: the library's agreed guidelines for digital errands, on the desk PC.",
        epilog="Configuration: deskhelp.toml in the machine-wide and the user's config folder (see README). "
        "Environment: DESKHELP_HOME (folder for all data), DESKHELP_DATABASE, DESKHELP_PACK (a library's own "
        "guideline pack), DESKHELP_LANG (sv or en), DESKHELP_LIBRARY, DESKHELP_BRANCH, DESKHELP_DESK, "
        "DESKHELP_GUIDANCE.",
    )
    parser.add_argument("--version", action="version", version=f"DeskHelp {__version__}")
    parser.add_argument(
        "--benchmark-startup",
        action="store_true",
        help="start the window, quit when it has painted and is ready, print timings as JSON",
    )
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("check", help="open and migrate the database, load the pack, report problems (exit 0 or 1)")
    search = sub.add_parser("search", help="search the case types of the active guideline pack")
    search.add_argument("text")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument("--limit", type=int, default=10)
    pack = sub.add_parser("pack", help="validate, apply or export guideline packs")
    pack_sub = pack.add_subparsers(dest="pack_command", required=True)
    validate = pack_sub.add_parser("validate", help="check a pack file; changes nothing")
    validate.add_argument("file")
    apply = pack_sub.add_parser("apply", help="validate a pack file and make it the active guidelines")
    apply.add_argument("file")
    export = pack_sub.add_parser("export", help="write the active pack, as it was applied, to a file")
    export.add_argument("--out", required=True)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        from deskhelp.ui.app import run_gui

        return run_gui(benchmark=args.benchmark_startup, started=STARTED)
    handler = {"check": _check, "search": _search, "pack": _pack}[args.command]
    return handler(args)


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def _with_service(action: Callable[[DeskService], int]) -> int:
    """Open the database and the pack, run ``action``, and turn known problems into a message and exit 1."""
    from deskhelp.content.pack_file import PackError
    from deskhelp.service import DeskService
    from deskhelp.settings import load_settings
    from deskhelp.storage.errors import StorageError

    try:
        service = DeskService.open(load_settings())
    except (StorageError, PackError) as exc:
        return _fail(f"Problem: {exc}")
    try:
        return action(service)
    except (StorageError, OSError) as exc:
        return _fail(f"Problem: {exc}")
    finally:
        service.close()


def _check(_args: argparse.Namespace) -> int:
    def report(service: DeskService) -> int:
        status = service.pack_status
        revision = status.revision
        print(f"Database: {service.db.path} (schema up to date, {service.db.count_cases()} cases)")
        print(
            f"Guideline pack: {revision.pack_id} {revision.version} (revision {revision.id}, "
            f"{len(service.pack.case_types)} case types, {len(service.pack.actors)} actors)"
        )
        settings = service.settings
        print(f"Library: {settings.library}, branch {settings.branch}, desk {settings.desk}")
        problems = [f"configuration: {problem}" for problem in settings.problems]
        if status.refused:
            problems.append(f"a pack was refused; the previous revision is still in use:\n{status.refused}")
        if problems:
            return _fail("\n".join(f"Problem: {problem}" for problem in problems))
        print("OK")
        return 0

    return _with_service(report)


def _search(args: argparse.Namespace) -> int:
    def search(service: DeskService) -> int:
        pack = service.pack
        results = [
            {
                "id": hit.case_type.id,
                "title": hit.case_type.title.get("sv"),
                "area": pack.areas[hit.case_type.area].title.get("sv"),
                "mission": hit.case_type.mission.value,
                "actors": [{"id": a, "name": pack.actors[a].name.get("sv")} for a in hit.case_type.actors],
            }
            for hit in service.search(args.text, limit=args.limit)
        ]
        if args.json:
            print(json.dumps({"query": args.text, "results": results}, ensure_ascii=False))
        else:
            for r in results:
                print(f"{r['id']:<32} {r['title']}  [{r['mission']}]")
        return 0

    return _with_service(search)


def _pack(args: argparse.Namespace) -> int:
    from deskhelp.content.pack_file import PackError, read_pack_file

    if args.pack_command == "validate":
        try:
            pack = read_pack_file(Path(args.file)).pack
        except PackError as exc:
            return _fail(f"{len(exc.problems)} problem(s):\n{exc}")
        print(
            f"{args.file}: valid pack {pack.info.id} {pack.info.version}: {len(pack.areas)} areas, "
            f"{len(pack.case_types)} case types, {len(pack.actors)} actors, {len(pack.cards)} cards"
        )
        return 0

    def apply(service: DeskService) -> int:
        from deskhelp.service import FILE, apply_pack

        try:
            loaded = read_pack_file(Path(args.file))
        except PackError as exc:
            return _fail(f"Nothing was changed. {len(exc.problems)} problem(s):\n{exc}")
        revision = apply_pack(service.db, loaded, FILE, str(Path(args.file).resolve()))
        print(f"Applied {revision.pack_id} {revision.version} as revision {revision.id}")
        return 0

    def export(service: DeskService) -> int:
        revision_id = service.pack_status.revision.id
        Path(args.out).write_text(service.db.revision_text(revision_id) or "", encoding="utf-8")
        print(f"Wrote revision {revision_id} to {args.out}")
        return 0

    return _with_service(apply if args.pack_command == "apply" else export)
