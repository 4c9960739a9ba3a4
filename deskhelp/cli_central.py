"""``deskhelp central check`` and ``deskhelp central push`` (issue 15): the command-line side of the central
PostgreSQL database. The work is storage.central's, through the service (DeskService.central); this prints what it
did, in English, never the password."""

from __future__ import annotations

from deskhelp.cli import _fail, _with_service

NOT_SET = (
    "Problem: no central database is set; set [central] url in deskhelp.toml or the environment variable "
    "DESKHELP_CENTRAL_URL (see README, For IT)"
)


def add_parsers(sub) -> None:
    central = sub.add_parser(
        "central",
        help="the central PostgreSQL database: check (create or upgrade its schema) or push this desk's cases now",
        description="The central database ([central] url or DESKHELP_CENTRAL_URL; the password from "
        "DESKHELP_CENTRAL_PASSWORD or [central] password_file). The window sends new cases in the background.",
    )
    commands = central.add_subparsers(dest="central_command", required=True)
    commands.add_parser(
        "check",
        help="connect, create or upgrade the central schema, report the server, schema and cases held",
        description="Connect to the central database, create or upgrade its schema to this DeskHelp's (run it once "
        "as the owner role after installing a new version), and report the server version, the schema revision and "
        "how many cases it holds. Exit 0 when the database is ready for the desks, 1 when not.",
    )
    commands.add_parser(
        "push",
        help="send this desk's cases (and undone ones) to the central database now; print what was sent and waits",
        description="Send the cases logged here that the central database does not have yet, and withdraw the "
        "undone ones. Sending twice never stores a case twice. Exit 0 when sent, 1 when the central database "
        "cannot be reached (nothing is lost: it is sent next time).",
    )


def central(args) -> int:
    def run(service) -> int:
        from deskhelp.service import CentralUnavailable

        if service.central is None:
            return _fail(NOT_SET)
        try:
            return _check(service) if args.central_command == "check" else _push(service)
        except CentralUnavailable as exc:
            waiting = service.central.status()
            return _fail(
                f"Problem: {exc}\n{waiting.waiting_cases} cases and {waiting.waiting_withdrawals} withdrawn cases "
                "wait here; nothing was lost, they are sent when the central database can be reached"
            )

    return _with_service(run)


def _check(service) -> int:
    link = service.central
    found = link.check()
    print(f"Central database: {link.where()}, PostgreSQL {found.server_version}")
    if found.revision_before is None:
        print(f"Central database: the schema was created (revision {found.revision})")
    elif found.revision_before != found.revision:
        print(f"Central database: the schema was upgraded from {found.revision_before} to {found.revision}")
    else:
        print(f"Central database: schema {found.revision}, as this DeskHelp expects")
    if found.cases is not None:
        print(f"Central database: {found.cases} cases held")
    else:
        print("Central database: this role may not count the cases (a desk's role only adds and withdraws them)")
    waiting = link.status()
    print(f"This desk: {waiting.waiting_cases} cases and {waiting.waiting_withdrawals} withdrawn cases wait to be sent")
    return 0


def _push(service) -> int:
    done = service.central.push()
    if done is None:
        return _fail("Problem: another push is still running; try again in a moment")
    again = f" ({done.already_there} were there already)" if done.already_there else ""
    print(f"Sent {done.cases} cases{again} and {done.withdrawals} withdrawn cases to {service.central.where()}")
    print(f"Waiting: {done.waiting_cases} cases and {done.waiting_withdrawals} withdrawn cases")
    return 0


def check_lines(service) -> None:
    """``deskhelp check``: the central database as configured (without connecting: `deskhelp central check` does)
    and what waits to be sent."""
    if service.central is None:
        print("Central database: off (no [central] url set)")
        return
    waiting = service.central.status()
    print(
        f"Central database: {service.central.where()}; {waiting.waiting_cases} cases and "
        f"{waiting.waiting_withdrawals} withdrawn cases wait to be sent (deskhelp central check connects)"
    )
