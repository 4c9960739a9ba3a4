"""A throwaway PostgreSQL server for the central-database tests: initdb into a temporary folder, postgres listening
on a Unix socket in that folder only (no TCP), stopped at the end. As root (CI) the server runs as the ``postgres``
system user that Debian's package creates, since initdb refuses to run as root."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"


def binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@dataclass
class Server:
    folder: Path  # holds the data folder and the socket
    bin: Path
    port: int = 5432

    @property
    def socket_dir(self) -> str:
        return str(self.folder)

    def url(self, user: str, database: str = "deskhelp", password: str | None = None) -> str:
        secret = f":{password}" if password is not None else ""
        return f"postgresql+psycopg://{user}{secret}@/{database}?host={self.folder}&port={self.port}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        done = subprocess.run(
            [
                str(self.bin / "psql"),
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                self.socket_dir,
                "-p",
                str(self.port),
                "-U",
                SUPERUSER,
                "-d",
                database,
                "-At",
                "-c",
                sql,
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode:
            raise RuntimeError(f"psql failed: {done.stderr}")
        return done.stdout

    def stop(self) -> None:
        _as_owner([str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop"])

    def start(self) -> None:
        _as_owner(
            [
                str(self.bin / "pg_ctl"),
                "-D",
                str(self.folder / "data"),
                "-w",
                "-l",
                str(self.folder / "log"),
                "-o",
                f"-k {self.folder} -h '' -p {self.port} -F",
                "start",
            ]
        )


def _as_owner(command: list[str]) -> None:
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    subprocess.run(command, check=True, capture_output=True, timeout=60)


def start_server() -> Server:
    bin_ = binaries()
    assert bin_ is not None
    folder = Path(tempfile.mkdtemp(prefix="dh-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data = folder / "data"
    _as_owner(
        [
            str(bin_ / "initdb"),
            "-D",
            str(data),
            "-U",
            SUPERUSER,
            "--auth-local=trust",
            "--auth-host=reject",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        ]
    )
    # Only the superuser (the tests' own set-up) gets in without a password; the roles DeskHelp uses need theirs.
    hba = data / "pg_hba.conf"
    rules = f"local all {SUPERUSER} trust\nlocal all all scram-sha-256\n"
    if os.geteuid() == 0:
        subprocess.run(["runuser", "-u", "postgres", "--", "sh", "-c", f"printf '{rules}' > {hba}"], check=True)
    else:
        hba.write_text(rules)
    server = Server(folder, bin_)
    server.start()
    return server


def remove(server: Server) -> None:
    with contextlib.suppress(Exception):
        server.stop()
    time.sleep(0)  # nothing to wait for: pg_ctl -w returned when the server had stopped
    shutil.rmtree(server.folder, ignore_errors=True)
