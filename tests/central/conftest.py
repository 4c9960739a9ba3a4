"""The central-database tests share one throwaway PostgreSQL server (tests/central/pg_server.py) per session, with
the three roles of README "For IT": owner (migrations), desk (insert and withdraw), reader (team leads). Each test
gets an empty database of its own, made by the owner and granted as the README says."""

from __future__ import annotations

import itertools
import os

import pytest

from tests.central import pg_server

PASSWORDS = {"deskhelp_owner": "owner-Secret-1", "deskhelp_desk": "desk-Secret-2", "deskhelp_reader": "reader-Secret-3"}
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg():
    if pg_server.binaries() is None:
        pytest.skip("no PostgreSQL binaries here (initdb); .ci/run installs Debian's postgresql package")
    if os.geteuid() == 0 and not _has_postgres_user():
        pytest.skip("running as root without the postgres system user that Debian's postgresql package creates")
    server = pg_server.start_server()
    try:
        for role, password in PASSWORDS.items():
            server.psql(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
        yield server
    finally:
        pg_server.remove(server)


def _has_postgres_user() -> bool:
    import pwd

    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return False
    return True


class Central:
    """One test's central database on the shared server."""

    def __init__(self, server, name: str) -> None:
        self.server = server
        self.name = name

    def url(self, role: str = "deskhelp_owner") -> str:
        """The URL as deskhelp.toml would hold it: without the password."""
        return self.server.url(role, self.name)

    def password(self, role: str) -> str:
        return PASSWORDS[role]

    def sql(self, statement: str) -> str:
        return self.server.psql(statement, self.name)


@pytest.fixture
def central(pg) -> Central:
    name = f"deskhelp_{next(_numbers)}"
    pg.psql(f"CREATE DATABASE {name} OWNER deskhelp_owner")
    pg.psql(f"REVOKE ALL ON DATABASE {name} FROM PUBLIC")
    return Central(pg, name)
