"""The "Kompetensbehov" report: its numbers against plain SQL over the real database file, grouped by the
default pack's tags, in every format, and nothing in it about who."""

from __future__ import annotations

import csv
import datetime as dt
import os
import random
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from deskhelp import paths
from deskhelp.content.pack_file import read_pack_file
from deskhelp.reports.model import ReportKind
from deskhelp.service import FILE, apply_pack
from deskhelp.storage.database import Database
from tests.reports.conftest import _log_cases
from tests.reports.helpers import report_for, tables

START, END = dt.date(2026, 3, 1), dt.date(2026, 4, 30)


@pytest.fixture(scope="module")
def default_pack():
    return read_pack_file(paths.bundled_pack_path()).pack


@pytest.fixture(scope="module")
def competence_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default pack (its case types tagged) and 900 cases logged as the desk logs them."""
    path = tmp_path_factory.mktemp("competence-db") / "deskhelp.sqlite3"
    loaded = read_pack_file(paths.bundled_pack_path())
    db = Database.open(path)
    revision = apply_pack(db, loaded, FILE, str(paths.bundled_pack_path()))
    _log_cases(db, revision.id, loaded.pack, random.Random(19), START, (END - START).days + 1, 900)
    _log_cases(db, revision.id, loaded.pack, random.Random(20), dt.date(2026, 5, 1), 20, 40)  # outside the period
    db.close()
    return path


def _independent(path: Path) -> dict[str, tuple[int, int, int]]:
    """Per case type: nobody here, to a colleague, referred although the errand was the library's."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT case_type_id, competence, mission, outcome FROM case_record "
            "WHERE occurred_on >= ? AND occurred_on <= ?",
            (START.isoformat(), END.isoformat()),
        ).fetchall()
    conn.close()
    out: dict[str, list[int]] = {}
    for case_type, competence, mission, outcome in rows:
        if competence == "yes":
            continue
        counts = out.setdefault(case_type, [0, 0, 0])
        counts[0 if competence == "no" else 1] += 1
        if mission in ("yes", "partly") and outcome == "referred":
            counts[2] += 1
    return {k: tuple(v) for k, v in out.items()}


def test_the_numbers_are_those_of_the_database(competence_db: Path, default_pack) -> None:
    per_case = _independent(competence_db)
    assert sum(v[2] for v in per_case.values()) > 0  # the random log does hold needless referrals
    report = report_for(competence_db, default_pack, ReportKind.COMPETENCE, START, END)
    assert report.title == "Kompetensbehov"
    found = tables(report)
    by_service = found["Per tjänst i den digitala basnivån", "Per tjänst i den digitala basnivån"]
    by_framework = found["Per område i kompetensramverket", "Per område i kompetensramverket"]
    by_case = found["Per ärendetyp", "Per ärendetyp"]

    # Grouped here from the pack's tags, apart from the code under test.
    service_totals: Counter = Counter()
    service_needless: Counter = Counter()
    framework_totals: Counter = Counter()
    for case_id, (nobody, colleague, needless) in per_case.items():
        tags = default_pack.case_types[case_id].competence_tags
        service = (tags.base_service if tags else None) or ""
        service_totals[service] += nobody + colleague
        service_needless[service] += needless
        framework_totals[tags.framework if tags else ""] += nobody + colleague

    columns, rows = by_service
    assert columns == (
        "Basnivåtjänst",
        "Ärenden",
        "Ingen här",
        "Kollega",
        "I onödan",
        "Vanligast",
        "Utbildningsmaterial",
    )
    assert sorted(row[1] for row in rows) == sorted(service_totals.values())
    assert sum(row[4] for row in rows) == sum(service_needless.values())
    mejl = next(row for row in rows if row[0] == "Mejlärenden")
    assert mejl[1] == service_totals["email"] and mejl[4] == service_needless["email"]
    assert [row[1] for row in rows] == sorted((row[1] for row in rows), reverse=True)  # most first
    _, frows = by_framework
    assert sorted(row[1] for row in frows) == sorted(framework_totals.values())
    _, crows = by_case
    assert {row[0]: (row[3], row[4], row[5]) for row in crows} == {
        default_pack.case_types[c].title.get("sv"): v for c, v in per_case.items()
    }


def test_each_need_links_to_training_material(competence_db: Path, default_pack) -> None:
    report = report_for(competence_db, default_pack, ReportKind.COMPETENCE, START, END)
    _, rows = tables(report)["Per tjänst i den digitala basnivån", "Per tjänst i den digitala basnivån"]
    printer = next(row for row in rows if row[0] == "Kopiator, skanner och skrivare")
    assert "Kort: " in printer[-1]  # the pack's quick-reference card for the service
    assert "Princh" in printer[-1]  # and the course the default pack links to it
    eservices = next(row for row in rows if row[0] == "Kommunens och myndigheters e-tjänster")
    assert "Digiteket: Internet på folkbibliotek" in eservices[-1]
    _, links = tables(report)["Kurslänkar i riktlinjerna", "Kurslänkar i riktlinjerna"]
    assert ("Digiteket: Internet på folkbibliotek", "https://digiteket.se/kurs/internet-pa-folkbibliotek/") in links


def test_a_course_link_the_library_added_is_shown(competence_db: Path, default_pack) -> None:
    from dataclasses import replace

    from deskhelp.core.competence import TrainingLink

    link = TrainingLink("Digiteket: Internet på folkbibliotek", "https://digiteket.se/kurs/x/", framework=("4",))
    pack = replace(default_pack, training=(link,))  # instead of the default pack's own
    report = report_for(competence_db, pack, ReportKind.COMPETENCE, START, END)
    _, rows = tables(report)["Per område i kompetensramverket", "Per område i kompetensramverket"]
    safety = [row for row in rows if str(row[0]).startswith("4.")]
    assert safety and all("Digiteket: Internet på folkbibliotek" in r[-1] for r in safety)
    other = [row for row in rows if not str(row[0]).startswith("4.")]
    assert all("digiteket" not in r[-1] for r in other)


def test_nothing_in_it_is_about_who(competence_db: Path, default_pack) -> None:
    report = report_for(competence_db, default_pack, ReportKind.COMPETENCE, START, END, language="en")
    with sqlite3.connect(competence_db) as conn:
        desks = {d for (d,) in conn.execute("SELECT DISTINCT desk FROM case_record")}
        branches = {b for (b,) in conn.execute("SELECT DISTINCT branch FROM case_record")}
    conn.close()
    for (_section, _title), (columns, rows) in tables(report).items():
        assert not {"Desk", "Branch", "Staff"} & set(columns)
        cells = {str(cell) for row in rows for cell in row}
        assert not (desks | branches) & cells


@pytest.mark.parametrize("file_format", ["csv", "xlsx", "pdf"])
def test_exported_from_the_command_line(competence_db: Path, tmp_path: Path, file_format: str) -> None:
    out = tmp_path / f"kompetensbehov.{file_format}"
    env = {**os.environ, "DESKHELP_DATABASE": str(competence_db), "DESKHELP_LIBRARY": "Stadsbiblioteket"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    args = ["--format", file_format, "--report", "competence", "--from", START.isoformat(), "--to", END.isoformat()]
    result = subprocess.run(
        [sys.executable, "-m", "deskhelp", "export", *args, "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    raw = out.read_bytes()
    if file_format == "csv":
        with open(out, encoding="utf-8-sig", newline="") as stream:
            rows = list(csv.reader(stream, delimiter=";"))
        assert rows[0] == ["Kompetensbehov"]
    elif file_format == "pdf":
        assert raw.startswith(b"%PDF")
        if os.environ.get("DESKHELP_KEEP_PDF"):
            Path(os.environ["DESKHELP_KEEP_PDF"]).write_bytes(raw)
    else:
        assert raw.startswith(b"PK")
