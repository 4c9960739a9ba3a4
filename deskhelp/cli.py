"""The one entry point: ``deskhelp`` opens the window; sub-commands serve IT, scripts and tests.

Kept light on imports: the GUI path must reach its first painted window quickly, so heavy modules are
imported inside the commands that need them.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from deskhelp import __version__

if TYPE_CHECKING:
    from deskhelp.service import DeskService

STARTED = time.perf_counter()
log = logging.getLogger(__name__)


def _parser(full: bool = True) -> argparse.ArgumentParser:
    """The command line's parser. Not ``full``: the export command is a stub, for a command line that is not an
    export and asks no help (its choices and help come from the report table, which costs a third of `search`)."""
    parser = argparse.ArgumentParser(
        prog="deskhelp",
        description="DeskHelp: the library's agreed guidelines for digital errands, on the desk PC.",
        epilog="Configuration: deskhelp.toml in the machine-wide and the user's config folder (see README). "
        "Environment: DESKHELP_HOME (folder for all data), DESKHELP_DATABASE, DESKHELP_PACK (a library's own "
        "guideline pack), DESKHELP_LANG (sv or en), DESKHELP_LIBRARY, DESKHELP_BRANCH, DESKHELP_DESK, "
        "DESKHELP_GUIDANCE, DESKHELP_SHARE_FOLDER.",
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
    export = pack_sub.add_parser(
        "export",
        help="write the active pack, as it was applied (yaml), or readable for staff and actors (html, pdf)",
    )
    export.add_argument("--out", required=True)
    export.add_argument("--format", choices=("yaml", "html", "pdf"), default="yaml", help="yaml (default), html, pdf")
    export.add_argument("--lang", choices=("sv", "en"), default="sv", help="html and pdf: language (sv)")
    export.add_argument("--actor", metavar="ACTOR_ID", help="html and pdf: only the errands referred to this actor")
    demo = sub.add_parser(
        "demo-data",
        help="fill an empty database with synthetic anonymous cases from the active pack, marked as demo data",
        description="Add realistic synthetic cases, drawn from the active guideline pack, for demonstrations and "
        "training. Refused when the database holds real cases: use a database of its own, e.g. "
        "DESKHELP_HOME=/tmp/demo deskhelp demo-data --cases 10000",
    )
    demo.add_argument("--cases", type=_positive_int, required=True, metavar="N", help="how many cases to add")
    demo.add_argument(
        "--days", type=_positive_int, default=365, metavar="D", help="spread over the D days ending today (365)"
    )
    demo.add_argument("--seed", type=int, default=1, help="the same seed gives the same cases (1)")
    demo.add_argument(
        "--branches", type=_names, default=("main",), metavar="A,B", help="comma-separated branch names (main)"
    )
    demo.add_argument(
        "--desks", type=_names, default=("desk-1", "desk-2"), metavar="A,B", help="comma-separated desk names"
    )
    if full:
        _add_export_parser(sub)
    else:
        sub.add_parser("export", help="write a report; no window needed")
    _add_backup_parsers(sub)
    _add_sharing_parsers(sub)
    from deskhelp.cli_central import add_parsers  # issue 15: the central database

    add_parsers(sub)
    return parser


def _whole_number(minimum: int, meaning: str = "") -> Callable[[str], int]:
    """An argparse type: a whole number of at least ``minimum`` (``meaning`` says what the minimum does)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be {minimum}{meaning} or more, not {value}")
        return value

    return parse


_positive_int = _whole_number(1)
_export_threshold = _whole_number(0, " (off)")


def _names(text: str) -> tuple[str, ...]:
    from deskhelp.core.names import name_problem

    names = tuple(dict.fromkeys(name.strip() for name in text.split(",") if name.strip()))
    if not names:
        raise argparse.ArgumentTypeError("at least one name is needed")
    for number, name in enumerate(names, 1):
        if problem := name_problem(name):
            raise argparse.ArgumentTypeError(f"name {number} {problem}")
    return names


def _attach_console() -> None:
    """Let the windowed Windows executable print: DeskHelp.exe is built without a console of its own (staff
    start it from a shortcut), so `DeskHelp.exe check`, `--version` or `export` write into the console of the
    command prompt or scheduled task that started it. Elsewhere, and when there is a console, nothing changes."""
    if sys.platform != "win32" or not getattr(sys, "frozen", False) or sys.stdout is not None:
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # -1: the parent process's console
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115 (lives as long as we do)
        sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv:  # the window itself needs no console; the rest prints to the one they were started from
        _attach_console()
    if argv == ["--version"]:  # as argparse says it (below), without building the parser first
        print(f"DeskHelp {__version__}")
        return 0
    # The window needs no parser: building it (eight sub-commands, each help text looked up in gettext's
    # catalogues) would come before the first paint.
    if argv not in ([], ["--benchmark-startup"]):
        full = "export" in argv or not {"-h", "--help"}.isdisjoint(argv)
        args = _parser(full).parse_args(argv)
        if args.command is not None:
            _start_log(args.command)
        if args.command == "export":
            return _export(args)
        if args.command is not None:
            if args.command in ("backup", "restore"):
                return _backup(args) if args.command == "backup" else _restore(args)
            if args.command == "central":
                from deskhelp.cli_central import central

                return central(args)
            if args.command in ("share", "collect"):
                from deskhelp.cli_sharing import collect, share

                return share() if args.command == "share" else collect()
            handler = {"check": _check, "search": _search, "pack": _pack, "demo-data": _demo_data}[args.command]
            return handler(args)
    from deskhelp.ui.app import run_gui

    return run_gui(benchmark="--benchmark-startup" in argv, started=STARTED)


def _start_log(command: str) -> None:
    from deskhelp import diagnostics
    from deskhelp.settings import load_settings

    diagnostics.start_logging()
    diagnostics.log_start(f"command {command}", load_settings())


def _fail(message: str, error: BaseException | None = None) -> int:
    """Say what went wrong and return exit code 1; the log gets it too, with the traceback of ``error``."""
    print(message, file=sys.stderr)
    logged = message if len(message) <= 4000 else f"{message[:4000]}… ({len(message)} characters)"
    log.log(logging.WARNING if error is None else logging.ERROR, "%s", logged, exc_info=error)
    return 1


def _with_service(action: Callable[[DeskService], int]) -> int:
    """Open the database and the pack, run ``action``, and turn known problems into a message and exit 1."""
    from deskhelp.content.pack_file import PackError
    from deskhelp.service import DeskService, StorageError
    from deskhelp.settings import load_settings

    try:
        service = DeskService.open(load_settings())
    except (StorageError, PackError) as exc:
        return _fail(f"Problem: {exc}", exc if isinstance(exc, StorageError) else None)
    try:
        return action(service)
    except (StorageError, OSError) as exc:
        return _fail(f"Problem: {exc}", exc)
    finally:
        service.close()


def _check(_args: argparse.Namespace) -> int:
    def report(service: DeskService) -> int:
        from deskhelp.core.other_errand import guided_case_types  # the pack's own, not the built-in "other"

        status = service.pack_status
        revision = status.revision
        damage = service.check_integrity()
        if damage:
            print(
                f"Database: {service.database_location()} is DAMAGED; SQLite's integrity check found:", file=sys.stderr
            )
            for line in damage:
                print(f"  {line}", file=sys.stderr)
            return _fail(
                "Problem: the database is damaged; with DeskHelp closed, restore a backup: "
                "deskhelp restore --list, then deskhelp restore"
            )
        location, cases = service.database_location(), service.case_count()
        print(f"Database: {location} (schema up to date, integrity checked, {cases} cases)")
        print(
            f"Guideline pack: {revision.pack_id} {revision.version} (revision {revision.id}, "
            f"{len(guided_case_types(service.pack))} case types, {len(service.pack.actors)} actors)"
        )
        settings = service.settings
        print(f"Library: {settings.library}, branch {settings.branch}, desk {settings.desk}")
        print(f"Log: {_log_file_text()}")
        _print_to_fill_in(service)
        problems = [f"configuration: {problem}" for problem in settings.problems]
        from deskhelp.cli_central import check_lines as central_lines
        from deskhelp.cli_sharing import check_lines

        check_lines(service, problems)
        central_lines(service)
        if status.notice:
            problems.append(f"the library's pack folder could not be used: {status.notice}")
        if status.refused:
            problems.append(f"a pack was refused; the previous revision is still in use:\n{status.refused}")
        if problems:
            return _fail("\n".join(f"Problem: {problem}" for problem in problems))
        print("OK")
        return 0

    return _with_service(report)


def _print_to_fill_in(service: DeskService) -> None:
    """What a new library has left to fill in (issue 13): not problems, the desk works, but slips and exports show
    placeholders until they are done."""
    from deskhelp.core.local_actors import unfilled_actors
    from deskhelp.settings import unset_names

    for name, default, key in unset_names(service.settings):
        print(f"To fill in: the {name} name is still the default {default!r}; set {key} in deskhelp.toml")
    actors = unfilled_actors(service.pack)
    if actors:
        print(f"To fill in: {len(actors)} local actors have no contact details of the library's own yet (in the pack):")
        width = max(len(actor.id) for actor in actors)
        for actor in actors:
            print(f"  {actor.id:<{width}}  {actor.name.get('sv')}")


def _log_file_text() -> str:
    from deskhelp import diagnostics, paths

    current = diagnostics.current_log_file()
    return str(current) if current else f"none ({paths.log_dir()} cannot be written)"


def _search(args: argparse.Namespace) -> int:
    def search(service: DeskService) -> int:
        pack = service.pack
        results = [
            {
                "id": hit.case_type.id,
                "title": hit.case_type.title.get("sv"),
                "area": pack.areas[hit.case_type.area].title.get("sv"),
                "mission": hit.case_type.mission.value,
                "in_guidelines": hit.case_type.in_guidelines,  # False: "other", always offered last
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
        from deskhelp.core.other_errand import OTHER_AREA_ID, guided_case_types  # not the built-in "other"

        try:
            pack = read_pack_file(Path(args.file)).pack
        except PackError as exc:
            return _fail(f"{exc.total:,} problem(s):\n{exc}")
        areas = len(pack.areas) - (OTHER_AREA_ID in pack.areas)
        print(
            f"{args.file}: valid pack {pack.info.id} {pack.info.version}: {areas} areas, "
            f"{len(guided_case_types(pack))} case types, {len(pack.actors)} actors, {len(pack.cards)} cards"
        )
        from deskhelp.core.patron_languages import language_summary  # the patron languages and their gaps

        print("\n".join(language_summary(pack)) if pack.languages else "  patron languages: sv, en")
        return 0

    def apply(service: DeskService) -> int:
        try:
            revision = service.apply_pack_file(Path(args.file))
        except PackError as exc:
            return _fail(f"Nothing was changed. {exc.total:,} problem(s):\n{exc}")
        print(f"Applied {revision.pack_id} {revision.version} as revision {revision.id}")
        return 0

    def export(service: DeskService) -> int:
        from deskhelp.reports.guard import ExportError

        if args.format != "yaml":
            return _readable(service, args)
        if args.actor:
            return _fail("Problem: --actor needs --format html or pdf; nothing was written")
        try:
            revision = service.export_pack(Path(args.out))
        except ExportError as exc:
            return _fail(f"Problem: {exc}; nothing was written")
        print(f"Wrote revision {revision.id} to {args.out}")
        return 0

    return _with_service(apply if args.pack_command == "apply" else export)


def _readable(service: DeskService, args: argparse.Namespace) -> int:
    """`pack export --format html|pdf`: the guidelines for the staff meeting, the intranet or an actor."""
    from deskhelp.reports.guard import ExportError

    if args.format == "pdf":
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a scheduled job has no display
    try:
        service.export_guidelines(Path(args.out), args.format, args.lang, args.actor)
    except (ExportError, ValueError) as exc:  # ValueError: an actor the guidelines do not have
        return _fail(f"Problem: {exc}; nothing was written")
    print(f"Wrote the readable guidelines{f' for {args.actor}' if args.actor else ''} to {args.out}")
    return 0


def _demo_data(args: argparse.Namespace) -> int:
    def fill(service: DeskService) -> int:
        import datetime as dt

        from deskhelp.core.demo import generate_demo_cases
        from deskhelp.service import DemoRefused

        end = dt.date.today()
        start = end - dt.timedelta(days=args.days - 1)
        cases = generate_demo_cases(
            service.pack, args.cases, end, days=args.days, seed=args.seed, branches=args.branches, desks=args.desks
        )
        try:
            added = service.add_demo_cases(cases)
        except DemoRefused as exc:
            return _fail(str(exc))
        where = service.database_location()
        print(f"Added {added} demo cases ({start} – {end}) to {where}. They are marked as demo data.")
        return 0

    return _with_service(fill)


# -- export: reports for scheduled jobs ----------------------------------------------------------------------------


def _add_export_parser(sub) -> None:
    from deskhelp.reports.registry import FORMATS, REPORTS

    kinds = [kind.value for kind in REPORTS]
    export = sub.add_parser(
        "export",
        help=f"write a report ({', '.join(kinds)}) as {', '.join(f.upper() for f in FORMATS[:-1])} or "
        f"{FORMATS[-1].upper()}; no window needed",
        description="Write a report on the logged cases of a period, for scheduled jobs. Exit 0 when written, "
        "1 on a problem (the file is then left untouched), 2 on a mistake in the arguments. Reports: "
        + "; ".join(
            f"{r.kind.value}: {r.purpose}"
            + ("" if r.formats == FORMATS else f" ({', '.join(f.upper() for f in r.formats)} only)")
            for r in REPORTS.values()
        )
        + ".",
    )
    suppressed: dict[int, list[str]] = {}  # "3 for actors and digidel"
    for r in REPORTS.values():
        if r.default_suppression:
            suppressed.setdefault(r.default_suppression, []).append(r.kind.value)
    suppression = ", ".join(f"{n} for {' and '.join(kinds)}" for n, kinds in suppressed.items())
    # Which formats each report has, where the format is chosen: `--format pdf --report cases` failed unexplained.
    by_report = "; ".join(f"{r.kind.value}: {', '.join(r.formats)}" for r in REPORTS.values())
    export.add_argument("--format", required=True, choices=FORMATS, help=f"the formats each report has: {by_report}")
    export.add_argument("--report", required=True, choices=kinds)
    export.add_argument("--from", dest="start", required=True, type=_export_date, metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="end", required=True, type=_export_date, metavar="YYYY-MM-DD")
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument(
        "--suppress-below",
        type=_export_threshold,
        metavar="N",
        help=f"hide counts below N, and the next smallest beside them so none can be worked out from a total "
        f"(default: {suppression}, off for the others; 0: off)",
    )
    export.add_argument("--branch", help="only cases of this branch")
    export.add_argument("--desk", help="only cases of this desk")
    export.add_argument("--lang", choices=("sv", "en"), default="sv", help="language of the report (sv)")
    export.add_argument(
        "--source", choices=("local", "central"), default="local", help="this desk's cases, or the central database's"
    )


EXPORT_YEARS = (2000, 2100)  # no case is older than DeskHelp; the far future only overflows the date arithmetic


def _export_date(text: str):
    import datetime as dt

    try:
        date = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD") from None
    first, last = EXPORT_YEARS
    if not first <= date.year <= last:
        raise argparse.ArgumentTypeError(f"{text!r} is outside the years {first}–{last}")
    return date


def _export(args: argparse.Namespace) -> int:
    if args.start > args.end:
        return _fail(f"Problem: --from {args.start} is after --to {args.end}; nothing was written")
    if args.format == "pdf":
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a scheduled job has no display
        from deskhelp.ui import register_pdf_writer  # the exports know no Qt: the window's package brings the writer

        register_pdf_writer()

    def export(service: DeskService) -> int:
        from deskhelp.cli_progress import terminal_progress
        from deskhelp.core.statistics import StatsFilter
        from deskhelp.exports import ExportRequest
        from deskhelp.reports.builders import period_between
        from deskhelp.reports.guard import ExportError
        from deskhelp.reports.model import ReportKind
        from deskhelp.service import CentralUnavailable, StorageError

        request = ExportRequest(
            kind=ReportKind(args.report),
            file_format=args.format,
            filter=StatsFilter(period_between(args.start, args.end), args.branch, args.desk),
            out=Path(args.out),
            library=service.settings.library,
            language=args.lang,
            suppress_below=args.suppress_below,
        )
        progress = terminal_progress(args.lang)
        try:
            try:
                report = service.export(request, source=args.source, progress=progress)
            finally:
                if progress is not None:
                    progress.close()  # the line ends before anything else is said
        except CentralUnavailable as exc:
            return _fail(f"Problem: {exc}; nothing was written")
        except ImportError as exc:
            return _fail(f"Problem: PDF export is not available here ({exc}); nothing was written", exc)
        except (ExportError, ValueError) as exc:
            return _fail(f"Problem: {exc}", exc)
        except (StorageError, OSError):
            raise  # _with_service says what
        except Exception as exc:  # a scheduled job gets a message and exit 1, not a traceback
            return _fail(f"Problem: the export failed ({type(exc).__name__}: {exc}); nothing was written", exc)
        print(f"Wrote {report.title} {args.start} – {args.end} to {request.out}")
        return 0

    return _with_service(export)


# -- backup and restore: for IT -----------------------------------------------------------------------------------


def _add_backup_parsers(sub) -> None:
    sub.add_parser(
        "backup",
        help="make a verified backup of the database now, print its path and size",
        description="Copy the database into the backups folder ([storage] backups, default: backups/ beside the "
        "database), check the copy and keep it. Safe while the desk is open. Exit 0 when made, 1 when not.",
    )
    restore = sub.add_parser(
        "restore",
        help="list the backups, or put one back in place of the database (DeskHelp closed)",
        description="Put a backup back in place of the database. Close DeskHelp on this PC first: a restore is "
        "refused while the database is open. The current file is kept aside as deskhelp-replaced-<date>.sqlite3 "
        "beside it, never deleted.",
    )
    restore.add_argument(
        "backup", nargs="?", help="a file name from --list, or a full path (default: the newest good backup)"
    )
    restore.add_argument("--list", action="store_true", help="list every backup: date, reason, size, cases, good")


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.1f} kB"


def _backup(_args: argparse.Namespace) -> int:
    from deskhelp.service import BackupError, make_backup
    from deskhelp.settings import load_settings

    try:
        made = make_backup(load_settings())
    except BackupError as exc:
        return _fail(f"Problem: {exc}")
    print(f"Backup written: {made.path} ({_size(made.size)}, {made.size} bytes)")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from deskhelp.service import BackupError, backups_folder, list_backups, restore_backup
    from deskhelp.settings import load_settings

    settings = load_settings()
    try:
        if args.list:
            backups = list_backups(settings)
            folder = backups_folder(settings)
            print(f"Backups in {folder}:" if backups else f"No backups in {folder} (or it cannot be reached)")
            width = max((len(b.path.name) for b in backups), default=0)
            for b in backups:
                state = "good" if b.good else f"DAMAGED ({b.problem})"
                cases = "?" if b.cases is None else f"{b.cases} cases"
                when = f"{b.taken:%Y-%m-%d %H:%M}"
                print(f"  {b.path.name:<{width}}  {when}  {b.reason:<16} {_size(b.size):>9}  {cases:>12}  {state}")
            return 0
        done = restore_backup(settings, args.backup)
    except BackupError as exc:
        return _fail(f"Problem: {exc}")
    backup = done.backup
    print(f"Restored {backup.path} (taken {backup.taken:%Y-%m-%d %H:%M}, {backup.cases} cases) to {done.database}.")
    print(f"The file it replaced was kept as {done.kept}." if done.kept else "There was no file to replace.")
    print("Run deskhelp check, then start DeskHelp.")
    return 0


# -- sharing cases through a folder (issue 14): the commands are in cli_sharing -----------------------------------


def _add_sharing_parsers(sub) -> None:
    sub.add_parser(
        "share",
        help="write this desk's cases not shared yet into the sharing folder now; print what was written",
        description="Write the cases this desk has not shared yet (and the cases undone since) into its own place in "
        "the sharing folder ([sharing] folder or DESKHELP_SHARE_FOLDER). The window does this at start, every hour "
        "and at exit. Exit 0 when shared (or nothing was new), 1 on a problem (it is all shared next time).",
    )
    sub.add_parser(
        "collect",
        help="read every desk's shared cases from the sharing folder into this database; print what was read",
        description="Read the cases every desk has shared in the sharing folder into this PC's database, as cases of "
        "their own branch and desk. Collecting again reads only new files and never counts a case twice. A damaged "
        "or foreign file is named and skipped; the rest is read. Exit 0 when the folder was read, 1 when not.",
    )
