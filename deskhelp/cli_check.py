"""``deskhelp check``: for IT, after installing or upgrading and whenever something seems wrong. Opens (and if
needed migrates) the database, loads the pack, checks the database's integrity and says what is left to fill in and
what is wrong, in the desk's language (deskhelp.cli_text). Exit 0 when all is well, 1 on a problem."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from deskhelp.cli import _fail, _with_service
from deskhelp.cli_text import tr

if TYPE_CHECKING:
    from deskhelp.service import DeskService


def check() -> int:
    def report(service: DeskService) -> int:
        from deskhelp.content.search_model import read_model
        from deskhelp.core.other_errand import guided_case_types  # the pack's own, not the built-in "other"

        status = service.pack_status
        revision = status.revision
        damage = service.check_integrity()
        if damage:
            where = service.database_location()
            print(tr("Database: {where} is DAMAGED; SQLite's integrity check found:", where=where), file=sys.stderr)
            for line in damage:
                print(f"  {line}", file=sys.stderr)
            return _fail(
                tr(
                    "Problem: the database is damaged; with DeskHelp closed, restore a backup: "
                    "deskhelp restore --list, then deskhelp restore"
                )
            )
        location, cases = service.database_location(), service.case_count()
        print(
            tr("Database: {where} (schema up to date, integrity checked, {cases} cases)", where=location, cases=cases)
        )
        print(
            tr(
                "Guideline pack: {pack} {version} (revision {revision}, {case_types} case types, {actors} actors)",
                pack=revision.pack_id,
                version=revision.version,
                revision=str(revision.id),
                case_types=len(guided_case_types(service.pack)),
                actors=len(service.pack.actors),
            )
        )
        model = read_model()  # a start maps it in a millisecond; no search index is built here
        if model is not None:
            print(tr("Search: errand model for {case_types} case types", case_types=len(model.errands)))
        settings = service.settings
        where = {"library": settings.library, "branch": settings.branch, "desk": settings.desk}
        print(tr("Library: {library}, branch {branch}, desk {desk}", **where))
        print(tr("Log: {file}", file=log_file_text()))
        print_to_fill_in(service)
        problems = [tr("configuration: {problem}", problem=problem) for problem in settings.problems]
        if model is None:  # the desk still finds errands by their keywords, but a bundle should never lack it
            problems.append(tr("the search model could not be read (see the log); search uses the keywords alone"))
        from deskhelp.cli_central import check_lines as central_lines
        from deskhelp.cli_sharing import check_lines

        check_lines(service, problems)
        central_lines(service)
        if status.notice:
            problems.append(tr("the library's pack folder could not be used: {notice}", notice=status.notice))
        if status.refused:
            refused = tr("a pack was refused; the previous revision is still in use:")
            problems.append(f"{refused}\n{status.refused}")
        if problems:
            return _fail("\n".join(tr("Problem: {error}", error=problem) for problem in problems))
        print("OK")
        return 0

    return _with_service(report)


def print_to_fill_in(service: DeskService) -> None:
    """What a new library has left to fill in (issue 13): not problems, the desk works, but slips and exports show
    placeholders until they are done."""
    from deskhelp.core.local_actors import unfilled_actors
    from deskhelp.settings import unset_names

    for name, default, key in unset_names(service.settings):
        name = {"library": tr("the library name"), "branch": tr("the branch name"), "desk": tr("the desk name")}[name]
        print(
            tr(
                "To fill in: {name} is still the default {default}; set {key} in deskhelp.toml",
                name=name,
                default=repr(default),
                key=key,
            )
        )
    actors = unfilled_actors(service.pack)
    if actors:
        print(
            tr(
                "To fill in: {count} local actors have no contact details of the library's own yet (in the pack):",
                count=len(actors),
            )
        )
        width = max(len(actor.id) for actor in actors)
        for actor in actors:
            print(f"  {actor.id:<{width}}  {actor.name.get('sv')}")


def log_file_text() -> str:
    from deskhelp import diagnostics, paths

    current = diagnostics.current_log_file()
    return str(current) if current else tr("none ({folder} cannot be written)", folder=paths.log_dir())
