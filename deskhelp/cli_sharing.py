"""``deskhelp share`` and ``deskhelp collect`` (issue 14): the command-line side of sharing cases through a folder.
The work is the service's (DeskService.share, DeskService.collect); this prints what it did, in English."""

from __future__ import annotations

import sys

from deskhelp.cli import _fail, _with_service

NO_FOLDER = (
    "Problem: no sharing folder is set; set [sharing] folder in deskhelp.toml or the environment variable "
    "DESKHELP_SHARE_FOLDER (see README, For IT)"
)


def share() -> int:
    def run(service) -> int:
        from deskhelp.service import FolderUnreachable

        if service.settings.share_folder is None:
            return _fail(NO_FOLDER)
        try:
            done = service.share()
        except FolderUnreachable as exc:
            return _fail(f"Problem: {exc}; nothing was lost, it is shared next time")
        if done is None or done.file is None:
            print(f"Nothing new to share; this desk's place in the sharing folder is {done.folder if done else '?'}")
            return 0
        print(f"Shared {done.cases} cases and {done.withdrawals} withdrawn cases into {done.file}")
        if done.reflections_left_out:
            print(f"{done.reflections_left_out} reflections were left out: they may hold personal data")
        if done.descriptions_left_out:
            print(f"{done.descriptions_left_out} errand descriptions were left out: they may hold personal data")
        return 0

    return _with_service(run)


def collect() -> int:
    def run(service) -> int:
        from deskhelp.service import FolderUnreachable

        if service.settings.share_folder is None:
            return _fail(NO_FOLDER)
        shown = [-10]

        def progress(percent: int) -> None:
            if percent >= shown[0] + 10:
                shown[0] = percent
                print(f"Collecting: {percent}%", file=sys.stderr, flush=True)

        try:
            report = service.collect(progress)
        except FolderUnreachable as exc:
            return _fail(f"Problem: {exc}; nothing was collected")
        for line in report.skipped:
            print(f"Skipped: {line}", file=sys.stderr)
        print(
            f"Collected from {report.folder}: {report.files_read} new files read ({report.files_known} read before), "
            f"{report.cases_added} cases added, {report.cases_known} already here, {report.withdrawn} withdrawn, "
            f"{len(report.skipped)} files skipped"
        )
        for (branch, desk), count in sorted(report.by_branch_desk.items()):
            print(f"  branch {branch}, desk {desk}: {count} cases added")
        for identity, names in sorted(report.desks.items()):
            print(f"  read from desk {identity} ({names})")
        return 0

    return _with_service(run)


def check_lines(service, problems: list[str]) -> None:
    """``deskhelp check``: the sharing folder, the last share and what waits for the next; an unreachable folder
    goes into ``problems``."""
    folder = service.settings.share_folder
    if folder is None:
        print("Sharing: off (no [sharing] folder set)")
        return
    status = service.sharing_status()
    last = (
        f"last shared {status.last_share_at} ({status.last_share_file})" if status.last_share_at else "not shared yet"
    )
    print(f"Sharing: folder {folder}, {last}")
    print(f"Sharing: {status.waiting_cases} cases and {status.waiting_withdrawals} withdrawn cases wait to be shared")
    if status.desk_identity:
        print(f"Sharing: this desk's place is {folder / status.desk_identity}")
    if not folder.is_dir():
        problems.append(f"the sharing folder {folder} cannot be reached (is the network drive connected?)")
