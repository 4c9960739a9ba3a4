"""``deskhelp share`` and ``deskhelp collect`` (issue 14): the command-line side of sharing cases through a folder.
The work is the service's (DeskService.share, DeskService.collect); this prints what it did, in the desk's language
(deskhelp.cli_text)."""

from __future__ import annotations

import sys

from deskhelp.cli import _fail, _with_service
from deskhelp.cli_text import tr

NO_FOLDER = (
    "Problem: no sharing folder is set; set [sharing] folder in deskhelp.toml or the environment variable "
    "DESKHELP_SHARE_FOLDER (see README, For IT)"
)  # said through tr()


def add_parsers(sub) -> None:
    sub.add_parser(
        "share",
        help=tr("write this desk's cases not shared yet into the sharing folder now; print what was written"),
        description=tr(
            "Write the cases this desk has not shared yet (and the cases undone since) into its own place in "
            "the sharing folder ([sharing] folder or DESKHELP_SHARE_FOLDER). The window does this at start, every "
            "hour and at exit. Exit 0 when shared (or nothing was new), 1 on a problem (it is all shared next time)."
        ),
    )
    sub.add_parser(
        "collect",
        help=tr("read every desk's shared cases from the sharing folder into this database; print what was read"),
        description=tr(
            "Read the cases every desk has shared in the sharing folder into this PC's database, as cases of "
            "their own branch and desk. Collecting again reads only new files and never counts a case twice. A "
            "damaged or foreign file is named and skipped; the rest is read. Exit 0 when the folder was read, 1 when "
            "not."
        ),
    )


def share() -> int:
    def run(service) -> int:
        from deskhelp.service import FolderUnreachable

        if service.settings.share_folder is None:
            return _fail(tr(NO_FOLDER))
        try:
            done = service.share()
        except FolderUnreachable as exc:
            return _fail(tr("Problem: {error}; nothing was lost, it is shared next time", error=exc))
        if done is None or done.file is None:
            place = done.folder if done else "?"
            print(tr("Nothing new to share; this desk's place in the sharing folder is {folder}", folder=place))
            return 0
        shared = {"cases": done.cases, "withdrawn": done.withdrawals, "file": done.file}
        print(tr("Shared {cases} cases and {withdrawn} withdrawn cases into {file}", **shared))
        if done.reflections_left_out:
            print(tr("{count} reflections were left out: they may hold personal data", count=done.reflections_left_out))
        if done.descriptions_left_out:
            left_out = done.descriptions_left_out
            print(tr("{count} errand descriptions were left out: they may hold personal data", count=left_out))
        return 0

    return _with_service(run)


def collect() -> int:
    def run(service) -> int:
        from deskhelp.service import FolderUnreachable

        if service.settings.share_folder is None:
            return _fail(tr(NO_FOLDER))
        shown = [-10]

        def progress(percent: int) -> None:
            if percent >= shown[0] + 10:
                shown[0] = percent
                print(tr("Collecting: {percent}%", percent=str(percent)), file=sys.stderr, flush=True)

        try:
            report = service.collect(progress)
        except FolderUnreachable as exc:
            return _fail(tr("Problem: {error}; nothing was collected", error=exc))
        for line in report.skipped:
            print(tr("Skipped: {file}", file=line), file=sys.stderr)
        print(
            tr(
                "Collected from {folder}: {read} new files read ({known} read before), {added} cases added, "
                "{here} already here, {withdrawn} withdrawn, {skipped} files skipped",
                folder=report.folder,
                read=report.files_read,
                known=report.files_known,
                added=report.cases_added,
                here=report.cases_known,
                withdrawn=report.withdrawn,
                skipped=len(report.skipped),
            )
        )
        for (branch, desk), count in sorted(report.by_branch_desk.items()):
            print(tr("  branch {branch}, desk {desk}: {count} cases added", branch=branch, desk=desk, count=count))
        for identity, names in sorted(report.desks.items()):
            print(tr("  read from desk {identity} ({names})", identity=identity, names=names))
        return 0

    return _with_service(run)


def check_lines(service, problems: list[str]) -> None:
    """``deskhelp check``: the sharing folder, the last share and what waits for the next; an unreachable folder
    goes into ``problems``."""
    folder = service.settings.share_folder
    if folder is None:
        print(tr("Sharing: off (no [sharing] folder set)"))
        return
    status = service.sharing_status()
    when = {"at": status.last_share_at, "file": status.last_share_file}
    last = tr("last shared {at} ({file})", **when) if status.last_share_at else tr("not shared yet")
    print(tr("Sharing: folder {folder}, {last}", folder=folder, last=last))
    waiting = {"cases": status.waiting_cases, "withdrawn": status.waiting_withdrawals}
    print(tr("Sharing: {cases} cases and {withdrawn} withdrawn cases wait to be shared", **waiting))
    if status.desk_identity:
        print(tr("Sharing: this desk's place is {folder}", folder=folder / status.desk_identity))
    if not folder.is_dir():
        problems.append(
            tr("the sharing folder {folder} cannot be reached (is the network drive connected?)", folder=folder)
        )
