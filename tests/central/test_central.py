"""The central PostgreSQL database (issue 15) against a real throwaway server (tests/central/conftest.py): the
schema made by the migration history, cases pushed once each whatever happens, the password never shown, the
least-privilege roles of README "For IT"."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from deskhelp.cli import main
from deskhelp.storage.central import GRANTS
from tests.central.conftest import PASSWORDS

pytestmark = pytest.mark.usefixtures("english_cli")  # these read what the command line says in English

OWNER, DESK, READER = "deskhelp_owner", "deskhelp_desk", "deskhelp_reader"


@pytest.fixture
def as_role(central, monkeypatch, use_small_pack):
    def use(role: str, password: str | None = None) -> None:
        monkeypatch.setenv("DESKHELP_CENTRAL_URL", central.url(role))
        monkeypatch.setenv("DESKHELP_CENTRAL_PASSWORD", PASSWORDS[role] if password is None else password)

    return use


@pytest.fixture
def granted(central, as_role, capsys):
    """The central database made by the owner (`deskhelp central check`) and granted as the README says."""
    as_role(OWNER)
    assert main(["central", "check"]) == 0
    capsys.readouterr()
    central.sql(GRANTS.format(database=central.name))
    return central


def _database(home: Path) -> Path:
    found = sorted(home.rglob("deskhelp.sqlite3"))
    assert len(found) == 1, found
    return found[0]


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_check_creates_the_schema_from_the_migration_history_and_reports_in_plain_words(central, as_role, capsys):
    as_role(OWNER)
    assert main(["central", "check"]) == 0
    out = capsys.readouterr().out
    assert "PostgreSQL 1" in out and "the schema was created (revision 0006)" in out and "0 cases held" in out
    assert central.sql("SELECT version_num FROM alembic_version").strip() == "0006"
    assert main(["central", "check"]) == 0
    assert "schema 0006, as this DeskHelp expects" in capsys.readouterr().out


def test_a_push_sends_every_case_once_and_withdraws_undone_ones(granted, as_role, capsys, deskhelp_home):
    as_role(DESK)
    assert main(["demo-data", "--cases", "300", "--seed", "3"]) == 0
    database = _database(deskhelp_home)
    capsys.readouterr()
    assert main(["central", "push"]) == 0
    out = capsys.readouterr().out
    assert "Sent 300 cases and 0 withdrawn cases" in out and "Waiting: 0 cases" in out
    main(["check"])
    out = capsys.readouterr().out
    assert f"Central database: {granted.name} on {granted.server.folder} as deskhelp_desk; 0 cases" in out
    assert PASSWORDS[DESK] not in out
    local = {g for (g,) in _rows(database, "SELECT global_id FROM case_record")}
    central = set(granted.sql("SELECT global_id FROM case_record").split())
    assert central == local
    assert granted.sql("SELECT count(DISTINCT origin_desk) FROM case_record").strip() == "1"
    actors = _rows(database, "SELECT count(*) FROM case_actor")[0][0]
    assert int(granted.sql("SELECT count(*) FROM case_actor")) == actors > 0
    # A push cut off after the central commit and before marking: everything is sent again, nothing stored twice.
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE case_record SET central_sent = 0")
    assert main(["central", "push"]) == 0
    assert "Sent 0 cases (300 were there already)" in capsys.readouterr().out
    assert int(granted.sql("SELECT count(*) FROM case_record")) == 300
    assert int(granted.sql("SELECT count(*) FROM case_actor")) == actors
    # Two cases undone at the desk (as DeskService.undo_last leaves them: gone, and a withdrawal to send).
    gone = sorted(local)[:2]
    with sqlite3.connect(database) as conn:
        for global_id in gone:
            conn.execute("DELETE FROM case_record WHERE global_id = ?", (global_id,))
            conn.execute(
                "INSERT INTO case_withdrawal (global_id, withdrawn_at) VALUES (?, '2026-12-02 10:00:00.000000')",
                (global_id,),
            )
    assert main(["central", "push"]) == 0
    assert "Sent 0 cases and 2 withdrawn cases" in capsys.readouterr().out
    assert set(granted.sql("SELECT global_id FROM case_record").split()) == local - set(gone)


def test_a_wrong_password_or_a_stopped_server_loses_nothing_and_never_shows_the_password(
    granted, as_role, capsys, caplog, deskhelp_home
):
    caplog.set_level(logging.DEBUG)
    as_role(DESK, password="not-the-Password-9")
    assert main(["demo-data", "--cases", "20"]) == 0
    assert main(["central", "push"]) == 1
    said = capsys.readouterr()
    assert "password authentication failed" in said.err and "20 cases and 0 withdrawn cases wait here" in said.err
    assert "not-the-Password-9" not in said.err + said.out + caplog.text
    assert _rows(_database(deskhelp_home), "SELECT count(*) FROM case_record WHERE central_sent = 1") == [(0,)]
    as_role(DESK)
    granted.server.stop()
    try:
        assert main(["central", "push"]) == 1
        said = capsys.readouterr()
        assert "cannot be used" in said.err and "20 cases" in said.err
    finally:
        granted.server.start()
    assert main(["central", "push"]) == 0
    assert "Sent 20 cases" in capsys.readouterr().out
    assert PASSWORDS[DESK] not in caplog.text + capsys.readouterr().err


def test_the_password_file_must_be_the_service_accounts_alone(granted, monkeypatch, tmp_path, capsys, use_small_pack):
    secret = tmp_path / "central-password"
    secret.write_text(PASSWORDS[DESK] + "\n")
    secret.chmod(0o644)
    monkeypatch.setenv("DESKHELP_CENTRAL_URL", granted.url(DESK))
    monkeypatch.setenv("DESKHELP_CENTRAL_PASSWORD_FILE", str(secret))
    monkeypatch.delenv("DESKHELP_CENTRAL_PASSWORD")  # it would win over the file
    assert main(["central", "push"]) == 1
    assert "may be read by others (mode 644)" in capsys.readouterr().err
    secret.chmod(0o600)
    assert main(["central", "push"]) == 0
    out = capsys.readouterr().out
    assert "Sent 0 cases" in out and PASSWORDS[DESK] not in out


def test_a_desk_role_cannot_make_the_schema_and_says_who_can(central, as_role, capsys):
    central.sql("GRANT CONNECT ON DATABASE " + central.name + " TO deskhelp_desk")
    as_role(DESK)
    assert main(["central", "check"]) == 1
    assert "this role (deskhelp_desk) may not change the schema: run `deskhelp central check` as the owner role" in (
        capsys.readouterr().err
    )


def test_each_role_may_do_what_it_needs_and_nothing_more(granted, as_role, capsys, tmp_path, deskhelp_home):
    import sqlalchemy as sa

    as_role(DESK)
    assert main(["demo-data", "--cases", "10"]) == 0
    assert main(["central", "push"]) == 0
    assert main(["central", "check"]) == 0  # at head: a desk only reads the revision
    as_role(READER)
    out = tmp_path / "cases.csv"
    assert main(["export", "--source", "central", "--format", "csv", "--report", "cases", "--from", "2000-01-01",
                 "--to", "2100-01-01", "--out", str(out)]) == 0  # fmt: skip
    assert out.read_text(encoding="utf-8-sig").count("\n") >= 10
    with sqlite3.connect(_database(deskhelp_home)) as conn:
        conn.execute("UPDATE case_record SET central_sent = 0")
    assert main(["central", "push"]) == 1  # the reader adds nothing
    assert "permission denied for table case_record" in capsys.readouterr().err

    def refused(role: str, statement: str) -> bool:
        url = sa.engine.make_url(granted.url(role)).set(password=PASSWORDS[role])
        engine = sa.create_engine(url)
        try:
            with engine.begin() as conn:
                conn.execute(sa.text(statement))
            return False
        except sa.exc.ProgrammingError as exc:
            return "permission denied" in str(exc)
        finally:
            engine.dispose()

    assert refused(DESK, "SELECT reflection FROM case_record")
    assert refused(DESK, "UPDATE case_record SET branch = 'x'")
    assert refused(DESK, "DELETE FROM case_actor")
    assert refused(DESK, "CREATE TABLE t (x int)")
    assert not refused(DESK, "DELETE FROM case_record WHERE global_id = 'nothing'")
    assert refused(READER, "DELETE FROM case_record WHERE global_id = 'nothing'")
    assert refused(READER, "INSERT INTO case_actor VALUES (1, 'x')")
    assert not refused(READER, "SELECT reflection FROM case_record")
    assert not refused(OWNER, "SELECT count(*) FROM case_record")


def test_the_readme_shows_exactly_the_grants_the_tests_use() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    for line in GRANTS.format(database="deskhelp").splitlines():
        assert line in readme


def test_the_migration_to_0006_keeps_a_central_databases_rows(central, monkeypatch) -> None:
    """A central database made by an older DeskHelp (schema 0005) with a case in it, upgraded by `central check`."""
    from alembic import command

    from deskhelp.storage import central as central_db
    from deskhelp.storage.migrate import alembic_config

    monkeypatch.setenv("DESKHELP_CENTRAL_PASSWORD", PASSWORDS[OWNER])
    engine = central_db.create_central_engine(central.url(OWNER))
    with engine.connect() as conn, conn.begin():
        command.upgrade(alembic_config(conn), "0005")
    central.sql(
        "INSERT INTO pack_revision (pack_id, version, sha256, origin, source, applied_at, active, pack_text, pack_json)"
        " VALUES ('p', '1', 'x', 'file', 's', now(), true, '', '');"
        "INSERT INTO case_record (pack_revision_id, case_type_id, mission, competence, time, resources, outcome,"
        " channel, occurred_on, occurred_hour, branch, desk) VALUES (1, 't', 'yes', 'yes', 'yes', 'yes',"
        " 'helped_here', 'desk', '2026-01-05', 9, 'main', 'desk-1')"
    )
    before = central.sql("SELECT id, global_id, shared FROM case_record")
    found = central_db.check(engine)
    assert (found.revision_before, found.revision, found.cases) == ("0005", "0006", 1)
    assert central.sql("SELECT id, global_id, shared FROM case_record") == before
    assert central.sql("SELECT central_sent FROM case_record").strip() == "f"
    assert len(before.split("|")[1]) == 32  # the random id PostgreSQL gave the row at 0005
    engine.dispose()
