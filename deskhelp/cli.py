"""The one entry point: ``deskhelp`` opens the window; sub-commands serve IT, scripts and tests.

Kept light on imports: the GUI path must reach its first painted window quickly, so heavy modules are
imported inside the commands that need them.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from deskhelp import __version__
from deskhelp.cli_text import argparse_in_language, choose_language, number, tr

if TYPE_CHECKING:
    from deskhelp.service import DeskService

STARTED = time.perf_counter()
log = logging.getLogger(__name__)


def _parser(full: bool = True) -> argparse.ArgumentParser:
    """The command line's parser. Not ``full``: the export command is a stub, for a command line that is not an
    export and asks no help (its choices and help come from the report table, which costs a third of `search`)."""
    parser = argparse.ArgumentParser(
        prog="deskhelp",
        description=tr("DeskHelp: the library's agreed guidelines for digital errands, on the desk PC."),
        epilog=tr(
            "Configuration: deskhelp.toml in the machine-wide and the user's config folder (see README). "
            "Environment: DESKHELP_HOME (folder for all data), DESKHELP_DATABASE, DESKHELP_PACK (a library's own "
            "guideline pack), DESKHELP_LANG (sv or en: also the language of these commands), DESKHELP_LIBRARY, "
            "DESKHELP_BRANCH, DESKHELP_DESK, DESKHELP_GUIDANCE, DESKHELP_SHARE_FOLDER."
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"DeskHelp {__version__}", help=tr("show the version and exit")
    )
    parser.add_argument(
        "--benchmark-startup",
        action="store_true",
        help=tr("start the window, quit when it has painted and is ready, print timings as JSON"),
    )
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("check", help=tr("open and migrate the database, load the pack, report problems (exit 0 or 1)"))
    search = sub.add_parser("search", help=tr("search the case types of the active guideline pack"))
    search.add_argument("text")
    search.add_argument("--json", action="store_true", help=tr("print JSON"))
    search.add_argument("--limit", type=int, default=10)
    pack = sub.add_parser("pack", help=tr("validate, apply or export guideline packs"))
    pack_sub = pack.add_subparsers(dest="pack_command", required=True)
    validate = pack_sub.add_parser("validate", help=tr("check a pack file; changes nothing"))
    validate.add_argument("file")
    apply = pack_sub.add_parser("apply", help=tr("validate a pack file and make it the active guidelines"))
    apply.add_argument("file")
    export = pack_sub.add_parser(
        "export",
        help=tr("write the active pack, as it was applied (yaml), or readable for staff and actors (html, pdf)"),
    )
    export.add_argument("--out", required=True)
    export.add_argument(
        "--format", choices=("yaml", "html", "pdf"), default="yaml", help=tr("yaml (default), html, pdf")
    )
    export.add_argument("--lang", choices=("sv", "en"), default="sv", help=tr("html and pdf: language (sv)"))
    export.add_argument("--actor", metavar="ACTOR_ID", help=tr("html and pdf: only the errands referred to this actor"))
    demo = sub.add_parser(
        "demo-data",
        help=tr("fill an empty database with synthetic anonymous cases from the active pack, marked as demo data"),
        description=tr(
            "Add realistic synthetic cases, drawn from the active guideline pack, for demonstrations and "
            "training. Refused when the database holds real cases: use a database of its own, e.g. "
            "DESKHELP_HOME=/tmp/demo deskhelp demo-data --cases 10000"
        ),
    )
    demo.add_argument("--cases", type=_positive_int, required=True, metavar="N", help=tr("how many cases to add"))
    demo.add_argument(
        "--days", type=_positive_int, default=365, metavar="D", help=tr("spread over the D days ending today (365)")
    )
    demo.add_argument("--seed", type=int, default=1, help=tr("the same seed gives the same cases (1)"))
    demo.add_argument(
        "--branches", type=_names, default=("main",), metavar="A,B", help=tr("comma-separated branch names (main)")
    )
    demo.add_argument(
        "--desks", type=_names, default=("desk-1", "desk-2"), metavar="A,B", help=tr("comma-separated desk names")
    )
    if full:
        _add_export_parser(sub)
    else:  # the export's help text needs the report table: only built when asked for
        sub.add_parser("export", help=tr("write a report; no window needed"))
    from deskhelp import cli_backup, cli_central, cli_sharing  # central: issue 15; sharing: issue 14

    for commands in (cli_backup, cli_sharing, cli_central):
        commands.add_parsers(sub)
    return parser


def _whole_number(minimum: int, meaning: str = "") -> Callable[[str], int]:
    """An argparse type: a whole number of at least ``minimum`` (``meaning`` says what the minimum does)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(tr("{text} is not a whole number", text=repr(text))) from None
        if value < minimum:
            raise argparse.ArgumentTypeError(
                tr("must be {minimum}{meaning} or more, not {value}", minimum=minimum, meaning=tr(meaning), value=value)
            )
        return value

    return parse


_positive_int = _whole_number(1)
_export_threshold = _whole_number(0, " (off)")  # translated when it is said


def _names(text: str) -> tuple[str, ...]:
    from deskhelp.core.names import name_problem

    names = tuple(dict.fromkeys(name.strip() for name in text.split(",") if name.strip()))
    if not names:
        raise argparse.ArgumentTypeError(tr("at least one name is needed"))
    for place, name in enumerate(names, 1):
        if problem := name_problem(name):
            raise argparse.ArgumentTypeError(tr("name {number} {problem}", number=place, problem=problem))
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
    # Starting allocates what it keeps (modules, the pack, the index, the widgets) and frees little, yet the cyclic
    # garbage collector walked it all some fifty times: 10-15 ms of every start (issue 18). Off while starting: the
    # window turns it on once it answers (ui.app), the commands other than the quick two at once, the rest here.
    gc.disable()
    try:
        return _main(sys.argv[1:] if argv is None else argv)
    finally:
        gc.enable()


def run() -> int:
    """The ``deskhelp`` command and ``python -m deskhelp``: ``main``, then leave without the collector's last passes
    over everything that is left (freed as the interpreter ends all the same), about 10 ms of every command (issue
    18). Frozen objects are only out of the collector's reach, not kept alive."""
    status = main()
    gc.freeze()
    return status


def _main(argv: list[str]) -> int:
    if argv:  # the window itself needs no console; the rest prints to the one they were started from
        _attach_console()
    if argv == ["--version"]:  # the same answer as the parser's, without building it or reading the settings
        print(f"DeskHelp {__version__}")
        return 0
    # The window needs no parser: building it (eight sub-commands, each help text looked up in gettext's
    # catalogues) would come before the first paint.
    if argv not in ([], ["--benchmark-startup"]):
        choose_language()  # the window chooses its own, in Qt
        full = "export" in argv or not {"-h", "--help"}.isdisjoint(argv)
        with argparse_in_language():
            args = _parser(full).parse_args(argv)
        if args.command not in ("search", "check"):  # quick, with little garbage; the others may make plenty
            gc.enable()
        if args.command is not None:
            _start_log(args.command)
        if args.command == "export":
            return _export(args)
        if args.command is not None:
            if args.command in ("backup", "restore"):
                from deskhelp.cli_backup import backup, restore

                return backup(args) if args.command == "backup" else restore(args)
            if args.command == "central":
                from deskhelp.cli_central import central

                return central(args)
            if args.command in ("share", "collect"):
                from deskhelp.cli_sharing import collect, share

                return share() if args.command == "share" else collect()
            if args.command == "check":
                from deskhelp.cli_check import check

                return check()
            handler = {"search": _search, "pack": _pack, "demo-data": _demo_data}[args.command]
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
        return _fail(tr("Problem: {error}", error=_said(exc)), exc if isinstance(exc, StorageError) else None)
    try:
        return action(service)
    except (StorageError, OSError) as exc:
        return _fail(tr("Problem: {error}", error=_said(exc)), exc)
    finally:
        service.close()


def _said(error: BaseException) -> str:
    """A storage problem in the desk's language where its wording is fixed (locked, read-only, disk full ...);
    the rest as the storage layer words it, for IT."""
    detail = getattr(error, "detail", None)
    return f"{error.path}: {tr(detail)}" if isinstance(detail, str) and hasattr(error, "path") else str(error)


def _search(args: argparse.Namespace) -> int:
    def search(service: DeskService) -> int:
        from deskhelp.core.search import close_call

        pack = service.pack
        hits = service.search(args.text, limit=args.limit)
        results = [
            {
                "id": hit.case_type.id,
                "title": hit.case_type.title.get("sv"),
                "area": pack.areas[hit.case_type.area].title.get("sv"),
                "mission": hit.case_type.mission.value,
                "in_guidelines": hit.case_type.in_guidelines,  # False: "other", always offered last
                "actors": [{"id": a, "name": pack.actors[a].name.get("sv")} for a in hit.case_type.actors],
            }
            for hit in hits
        ]
        if args.json:
            answer = {"query": args.text, "close_call": close_call(hits), "results": results}
            print(json.dumps(answer, ensure_ascii=False))
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
            return _fail(tr("{count} problem(s):", count=exc.total) + f"\n{exc}")
        areas = len(pack.areas) - (OTHER_AREA_ID in pack.areas)
        print(
            tr(
                "{file}: valid pack {pack} {version}: {areas} areas, {case_types} case types, {actors} actors, "
                "{cards} cards",
                file=args.file,
                pack=pack.info.id,
                version=pack.info.version,
                areas=areas,
                case_types=len(guided_case_types(pack)),
                actors=len(pack.actors),
                cards=len(pack.cards),
            )
        )
        from deskhelp.core.patron_languages import language_summary  # the patron languages and their gaps

        print("\n".join(language_summary(pack)) if pack.languages else tr("  patron languages: sv, en"))
        return 0

    def apply(service: DeskService) -> int:
        try:
            revision = service.apply_pack_file(Path(args.file))
        except PackError as exc:
            return _fail(tr("Nothing was changed. {count} problem(s):", count=exc.total) + f"\n{exc}")
        print(
            tr(
                "Applied {pack} {version} as revision {revision}",
                pack=revision.pack_id,
                version=revision.version,
                revision=str(revision.id),
            )
        )
        return 0

    def export(service: DeskService) -> int:
        from deskhelp.reports.guard import ExportError

        if args.format != "yaml":
            return _readable(service, args)
        if args.actor:
            return _fail(tr("Problem: --actor needs --format html or pdf; nothing was written"))
        try:
            revision = service.export_pack(Path(args.out))
        except ExportError as exc:
            return _fail(tr("Problem: {error}; nothing was written", error=exc))
        print(tr("Wrote revision {revision} to {out}", revision=str(revision.id), out=args.out))
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
        return _fail(tr("Problem: {error}; nothing was written", error=exc))
    if args.actor:
        print(tr("Wrote the readable guidelines for {actor} to {out}", actor=args.actor, out=args.out))
    else:
        print(tr("Wrote the readable guidelines to {out}", out=args.out))
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
            held = tr("{path} holds 1 real case;") if exc.real_cases == 1 else tr("{path} holds {count} real cases;")
            refused = tr(
                "nothing was added. Demo data goes only into an empty database, e.g. "
                "DESKHELP_HOME=/tmp/demo deskhelp demo-data --cases 10000"
            )
            return _fail(f"{held.format(path=exc.path, count=number(exc.real_cases))} {refused}")
        where = service.database_location()
        print(
            tr(
                "Added {count} demo cases ({start} – {end}) to {where}. They are marked as demo data.",
                count=added,
                start=start,
                end=end,
                where=where,
            )
        )
        return 0

    return _with_service(fill)


# -- export: reports for scheduled jobs ----------------------------------------------------------------------------


def _add_export_parser(sub) -> None:
    from deskhelp.reports.registry import FORMATS, REPORTS

    kinds = [kind.value for kind in REPORTS]
    export = sub.add_parser(
        "export",
        help=tr(
            "write a report ({kinds}) as {formats} or {last}; no window needed",
            kinds=", ".join(kinds),
            formats=", ".join(f.upper() for f in FORMATS[:-1]),
            last=FORMATS[-1].upper(),
        ),
        description=tr(
            "Write a report on the logged cases of a period, for scheduled jobs. Exit 0 when written, "
            "1 on a problem (the file is then left untouched), 2 on a mistake in the arguments. Reports: {reports}.",
            reports="; ".join(
                f"{r.kind.value}: {tr(r.purpose)}"
                + (
                    ""
                    if r.formats == FORMATS
                    else tr(" ({formats} only)", formats=", ".join(f.upper() for f in r.formats))
                )
                for r in REPORTS.values()
            ),
        ),
    )
    suppressed: dict[int, list[str]] = {}  # "3 for actors and digidel"
    for r in REPORTS.values():
        if r.default_suppression:
            suppressed.setdefault(r.default_suppression, []).append(r.kind.value)
    suppression = ", ".join(
        tr("{n} for {kinds}", n=n, kinds=tr(" and ").join(kinds)) for n, kinds in suppressed.items()
    )
    # Which formats each report has, where the format is chosen: `--format pdf --report cases` failed unexplained.
    by_report = "; ".join(f"{r.kind.value}: {', '.join(r.formats)}" for r in REPORTS.values())
    export.add_argument(
        "--format", required=True, choices=FORMATS, help=tr("the formats each report has: {formats}", formats=by_report)
    )
    export.add_argument("--report", required=True, choices=kinds)
    export.add_argument("--from", dest="start", required=True, type=_export_date, metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="end", required=True, type=_export_date, metavar="YYYY-MM-DD")
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument(
        "--suppress-below",
        type=_export_threshold,
        metavar="N",
        help=tr(
            "hide counts below N, and the next smallest beside them so none can be worked out from a total "
            "(default: {defaults}, off for the others; 0: off)",
            defaults=suppression,
        ),
    )
    export.add_argument("--branch", help=tr("only cases of this branch"))
    export.add_argument("--desk", help=tr("only cases of this desk"))
    export.add_argument("--lang", choices=("sv", "en"), default="sv", help=tr("language of the report (sv)"))
    export.add_argument(
        "--source",
        choices=("local", "central"),
        default="local",
        help=tr("this desk's cases, or the central database's"),
    )


EXPORT_YEARS = (2000, 2100)  # no case is older than DeskHelp; the far future only overflows the date arithmetic


def _export_date(text: str):
    import datetime as dt

    try:
        date = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("{text} is not a date; write it as YYYY-MM-DD", text=repr(text))) from None
    first, last = EXPORT_YEARS
    if not first <= date.year <= last:
        raise argparse.ArgumentTypeError(
            tr("{text} is outside the years {first}–{last}", text=repr(text), first=str(first), last=str(last))
        )
    return date


def _export(args: argparse.Namespace) -> int:
    if args.start > args.end:
        return _fail(
            tr("Problem: --from {start} is after --to {end}; nothing was written", start=args.start, end=args.end)
        )
    from deskhelp.reports.registry import spec

    if args.format not in (formats := spec(args.report).formats):  # said here in the desk's language, not later
        formats = tr(" or ").join(f.upper() for f in formats)
        return _fail(
            tr(
                "Problem: the {report} report is for {formats}; nothing was written",
                report=args.report,
                formats=formats,
            )
        )
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
            return _fail(tr("Problem: {error}; nothing was written", error=exc))
        except ImportError as exc:
            return _fail(tr("Problem: PDF export is not available here ({error}); nothing was written", error=exc), exc)
        except (ExportError, ValueError) as exc:
            return _fail(tr("Problem: {error}", error=exc), exc)
        except (StorageError, OSError):
            raise  # _with_service says what
        except Exception as exc:  # a scheduled job gets a message and exit 1, not a traceback
            error = f"{type(exc).__name__}: {exc}"
            return _fail(tr("Problem: the export failed ({error}); nothing was written", error=error), exc)
        where = {"title": report.title, "start": args.start, "end": args.end, "out": request.out}
        print(tr("Wrote {title} {start} – {end} to {out}", **where))
        return 0

    return _with_service(export)
