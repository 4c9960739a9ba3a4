"""The cases export in words a team lead reads (issue 17: it "spoke in codes"), with the stable ids beside them for
pivot tables: written by `deskhelp export` in a real process, read back with the csv module, and counted against
plain SQL on the same database file."""

from __future__ import annotations

import csv
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from deskhelp.content.pack_file import read_pack_file
from tests.conftest import SMALL_PACK
from tests.reports.conftest import END, START
from tests.reports.test_export_cli import export, period

# Written out here rather than taken from the code under test: what staff should see for each stored value.
WORDS = {
    "sv": {
        "Utfall": {
            "helped_here": "Hjälpt här",
            "partly_referred": "Hjälpt delvis och hänvisat",
            "referred": "Hänvisat",
            "booked": "Bokat en längre handledning",
            "colleague": "Lämnat till en kollega",
        },
        "Tidsåtgång": {
            "under-5": "Under 5 min",
            "5-15": "5–15 min",
            "15-30": "15–30 min",
            "30-60": "30–60 min",
            "over-60": "Över 60 min",
        },
        "Uppdrag": {"yes": "Inom vårt uppdrag", "partly": "Delvis inom vårt uppdrag", "no": "Utanför vårt uppdrag"},
        "Kompetens": {"yes": "Jag kan", "colleague": "En kollega kan", "no": "Ingen här"},
        "Resurser": {"yes": "Ja", "no": "Nej"},
        "Kanal": {"desk": "I disken", "phone": "Telefon", "email": "E-post"},
    },
    "en": {
        "Outcome": {
            "helped_here": "Helped here",
            "partly_referred": "Helped partly and referred",
            "referred": "Referred",
        },
        "Duration": {"under-5": "Under 5 min", "over-60": "Over 60 min"},
        "Mission": {"yes": "Within our mission", "partly": "Partly within our mission", "no": "Outside our mission"},
        "Competence": {"yes": "I can", "colleague": "A colleague can", "no": "Nobody here"},
    },
}
COLUMNS = {  # header -> the stored column it names
    "Utfall": "outcome", "Tidsåtgång": "duration", "Uppdrag": "mission", "Kompetens": "competence",
    "Resurser": "resources", "Kanal": "channel", "Outcome": "outcome", "Duration": "duration", "Mission": "mission",
    "Competence": "competence",
}  # fmt: skip


def exported(database: Path, tmp_path: Path, language: str) -> list[dict[str, str]]:
    out = tmp_path / f"cases-{language}.csv"
    result = export(database, "--format", "csv", "--report", "cases", "--lang", language, *period(), "--out", str(out))
    assert result.returncode == 0, result.stderr
    with open(out, encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream, delimiter=";"))


def sql_counts(database: Path, column: str) -> Counter:
    with sqlite3.connect(database) as conn:
        rows = conn.execute(
            f"SELECT {column}, count(*) FROM case_record WHERE occurred_on BETWEEN ? AND ? GROUP BY {column}",
            [START.isoformat(), END.isoformat()],
        ).fetchall()
    return Counter({"" if value is None else value: count for value, count in rows})  # NULL: an empty cell


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_cases_csv_names_every_code_and_keeps_the_ids(report_db_copy: Path, tmp_path: Path, language) -> None:
    rows = exported(report_db_copy, tmp_path, language)
    assert rows
    for header, words in WORDS[language].items():
        column = COLUMNS[header]
        # A pivot on the name and one on the id count the same cases as SQL does on the stored values.
        by_id = Counter(row[f"{header} (id)"] for row in rows)
        by_name = Counter(row[header] for row in rows)
        stored = sql_counts(report_db_copy, column)
        assert by_id == stored, header
        for value, word in words.items():
            assert by_name[word] == stored[value], (header, value, word)
        for row in rows:  # every code has a name: nothing readable is left as a code
            assert row[header] != row[f"{header} (id)"] or row[header] == "", (header, row[header])


def test_the_case_type_and_actors_are_named_from_the_pack(report_db_copy: Path, tmp_path: Path) -> None:
    pack = read_pack_file(SMALL_PACK).pack
    rows = exported(report_db_copy, tmp_path, "sv")
    assert list(rows[0])[5:8] == ["Ärendetyp", "Område", "Ärendetyp (id)"]
    with sqlite3.connect(report_db_copy) as conn:
        referrals = dict(
            conn.execute(
                "SELECT a.actor_id, count(*) FROM case_actor a JOIN case_record c ON c.id = a.case_id "
                "WHERE c.occurred_on BETWEEN ? AND ? GROUP BY a.actor_id",
                [START.isoformat(), END.isoformat()],
            ).fetchall()
        )
    assert referrals  # the small pack's cases are referred somewhere
    named = Counter(name for row in rows if row["Hänvisad till"] for name in row["Hänvisad till"].split(", "))
    ids = Counter(i for row in rows if row["Hänvisad till (id)"] for i in row["Hänvisad till (id)"].split(","))
    assert ids == Counter(referrals)
    # An actor no longer in the pack is shown by its id, never dropped.
    assert "old-actor" in referrals
    assert named == Counter({pack.actors[i].name.get("sv") if i in pack.actors else i: n for i, n in referrals.items()})
    for row in rows:
        case_type = pack.case_types.get(row["Ärendetyp (id)"])
        if case_type is not None:
            assert row["Ärendetyp"] == case_type.title.get("sv")
            assert row["Område"] == pack.areas[case_type.area].title.get("sv")
