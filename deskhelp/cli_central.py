"""``deskhelp central check`` and ``deskhelp central push`` (issue 15): the command-line side of the central
PostgreSQL database. The work is storage.central's, through the service (DeskService.central); this prints what it
did, in the desk's language (deskhelp.cli_text), never the password."""

from __future__ import annotations

from deskhelp.cli import _fail, _with_service
from deskhelp.cli_text import tr

NOT_SET = (
    "Problem: no central database is set; set [central] url in deskhelp.toml or the environment variable "
    "DESKHELP_CENTRAL_URL (see README, For IT)"
)  # said through tr()


def add_parsers(sub) -> None:
    central = sub.add_parser(
        "central",
        help=tr("the central PostgreSQL database: check (create or upgrade its schema) or push this desk's cases now"),
        description=tr(
            "The central database ([central] url or DESKHELP_CENTRAL_URL; the password from "
            "DESKHELP_CENTRAL_PASSWORD or [central] password_file). The window sends new cases in the background."
        ),
    )
    commands = central.add_subparsers(dest="central_command", required=True)
    commands.add_parser(
        "check",
        help=tr("connect, create or upgrade the central schema, report the server, schema and cases held"),
        description=tr(
            "Connect to the central database, create or upgrade its schema to this DeskHelp's (run it once "
            "as the owner role after installing a new version), and report the server version, the schema revision "
            "and how many cases it holds. Exit 0 when the database is ready for the desks, 1 when not."
        ),
    )
    commands.add_parser(
        "push",
        help=tr("send this desk's cases (and undone ones) to the central database now; print what was sent and waits"),
        description=tr(
            "Send the cases logged here that the central database does not have yet, and withdraw the "
            "undone ones. Sending twice never stores a case twice. Exit 0 when sent, 1 when the central database "
            "cannot be reached (nothing is lost: it is sent next time)."
        ),
    )


def central(args) -> int:
    def run(service) -> int:
        from deskhelp.service import CentralUnavailable

        if service.central is None:
            return _fail(tr(NOT_SET))
        try:
            return _check(service) if args.central_command == "check" else _push(service)
        except CentralUnavailable as exc:
            waiting = service.central.status()
            return _fail(
                tr(
                    "Problem: {error}\n{cases} cases and {withdrawn} withdrawn cases wait here; nothing was lost, "
                    "they are sent when the central database can be reached",
                    error=exc,
                    cases=waiting.waiting_cases,
                    withdrawn=waiting.waiting_withdrawals,
                )
            )

    return _with_service(run)


def _check(service) -> int:
    link = service.central
    found = link.check()
    print(tr("Central database: {where}, PostgreSQL {version}", where=link.where(), version=found.server_version))
    revision, before = str(found.revision), str(found.revision_before)
    if found.revision_before is None:
        print(tr("Central database: the schema was created (revision {revision})", revision=revision))
    elif found.revision_before != found.revision:
        print(
            tr(
                "Central database: the schema was upgraded from {before} to {revision}",
                before=before,
                revision=revision,
            )
        )
    else:
        print(tr("Central database: schema {revision}, as this DeskHelp expects", revision=revision))
    if found.cases is not None:
        print(tr("Central database: {cases} cases held", cases=found.cases))
    else:
        print(tr("Central database: this role may not count the cases (a desk's role only adds and withdraws them)"))
    waiting = link.status()
    counts = {"cases": waiting.waiting_cases, "withdrawn": waiting.waiting_withdrawals}
    print(tr("This desk: {cases} cases and {withdrawn} withdrawn cases wait to be sent", **counts))
    return 0


def _push(service) -> int:
    done = service.central.push()
    if done is None:
        return _fail(tr("Problem: another push is still running; try again in a moment"))
    again = tr(" ({count} were there already)", count=done.already_there) if done.already_there else ""
    sent = {"cases": done.cases, "again": again, "withdrawn": done.withdrawals, "where": service.central.where()}
    print(tr("Sent {cases} cases{again} and {withdrawn} withdrawn cases to {where}", **sent))
    waiting = {"cases": done.waiting_cases, "withdrawn": done.waiting_withdrawals}
    print(tr("Waiting: {cases} cases and {withdrawn} withdrawn cases", **waiting))
    return 0


def check_lines(service) -> None:
    """``deskhelp check``: the central database as configured (without connecting: `deskhelp central check` does)
    and what waits to be sent."""
    if service.central is None:
        print(tr("Central database: off (no [central] url set)"))
        return
    waiting = service.central.status()
    print(
        tr(
            "Central database: {where}; {cases} cases and {withdrawn} withdrawn cases wait to be sent "
            "(deskhelp central check connects)",
            where=service.central.where(),
            cases=waiting.waiting_cases,
            withdrawn=waiting.waiting_withdrawals,
        )
    )
