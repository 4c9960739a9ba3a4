"""The central database's settings (issue 15): where the URL and the password come from, and that the password is
never shown. No server needed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from deskhelp.cli import main
from deskhelp.settings import load_settings
from deskhelp.storage import central

pytestmark = pytest.mark.usefixtures("english_cli")  # these read what the command line says in English


def test_the_url_and_the_password_file_come_from_the_toml_or_the_environment(deskhelp_home, monkeypatch) -> None:
    config = deskhelp_home / "config"
    config.mkdir(parents=True)
    secret = deskhelp_home / "secret"
    (config / "deskhelp.toml").write_text(
        f'[central]\nurl = "postgresql+psycopg://deskhelp_desk@db.kommun.se/deskhelp?sslmode=verify-full"\n'
        f"password_file = '{secret}'\n",
        encoding="utf-8",
    )
    settings = load_settings()
    assert settings.central_url.endswith("/deskhelp?sslmode=verify-full") and settings.central_password_file == secret
    assert settings.problems == ()
    monkeypatch.setenv("DESKHELP_CENTRAL_URL", "postgresql+psycopg://other@host/db")
    monkeypatch.setenv("DESKHELP_CENTRAL_PASSWORD_FILE", "relative/file")
    settings = load_settings()
    assert settings.central_url == "postgresql+psycopg://other@host/db" and settings.central_password_file is None
    assert any("must be a full path" in problem for problem in settings.problems)


def test_tls_settings_pass_through_and_the_password_stays_out_of_every_message(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv(central.PASSWORD_VARIABLE, "S3cret-pw")
    url = central.central_url("postgresql://desk@db.kommun.se:5433/deskhelp?sslmode=verify-full&sslrootcert=/ca.pem")
    assert url.drivername == "postgresql+psycopg" and url.password == "S3cret-pw"
    assert dict(url.query) == {"sslmode": "verify-full", "sslrootcert": "/ca.pem"}
    engine = central.create_central_engine("postgresql+psycopg://desk@127.0.0.1:1/deskhelp")
    with pytest.raises(central.CentralUnavailable) as refused:
        central.check(engine)
    assert "S3cret-pw" not in str(refused.value) and "deskhelp on 127.0.0.1 as desk" in str(refused.value)
    assert (
        central.masked("password S3cret-pw in a driver's message", engine) == "password ******** in a driver's message"
    )
    with pytest.raises(central.CentralUnavailable, match="must name a PostgreSQL database"):
        central.central_url("sqlite:///x.db")


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")
def test_a_password_file_others_may_read_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "pw"
    secret.write_text("from-file\nignored\n")
    secret.chmod(0o640)
    with pytest.raises(central.CentralUnavailable, match="may be read by others"):
        central.read_password_file(secret)
    secret.chmod(0o600)
    assert central.read_password_file(secret) == "from-file"


def test_the_commands_say_when_no_central_database_is_set(use_small_pack, capsys) -> None:
    assert main(["central", "push"]) == 1
    assert "no central database is set" in capsys.readouterr().err
    assert main(["export", "--source", "central", "--format", "csv", "--report", "cases", "--from", "2026-01-01",
                 "--to", "2026-12-31", "--out", "x.csv"]) == 1  # fmt: skip
    assert "no central database is set" in capsys.readouterr().err
