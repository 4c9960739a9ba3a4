"""Bulk-loading demo cases: every row marked as demo, only into a database without real cases, all or nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from deskhelp.core.cases import CaseRecord
from deskhelp.core.demo import generate_demo_cases
from deskhelp.core.guidelines import GuidelinePack
from deskhelp.storage.database import Database
from deskhelp.storage.demo import DemoRefused, insert_demo_cases
from deskhelp.storage.errors import StorageError

END = dt.date(2026, 11, 22)


def query(path: Path, sql: str, *args) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, args).fetchall()


def count(path: Path, table: str = "case_record") -> int:
    return query(path, f"SELECT count(*) FROM {table}")[0][0]


def revision_id(db: Database) -> int:
    revision = db.active_revision()
    assert revision is not None
    return revision.id


def test_inserts_every_case_marked_as_demo(db: Database, db_path: Path, small_pack: GuidelinePack) -> None:
    cases = list(generate_demo_cases(small_pack, 2345, END, seed=5, branches=("main", "north")))
    assert insert_demo_cases(db_path, revision_id(db), cases, batch=1000) == 2345

    assert count(db_path) == 2345 == db.count_cases()
    assert query(db_path, "SELECT DISTINCT demo FROM case_record") == [(1,)]
    assert query(db_path, "SELECT DISTINCT pack_revision_id FROM case_record") == [(revision_id(db),)]
    assert count(db_path, "case_actor") == sum(len(case.actor_ids) for case in cases) > 0
    assert count(db_path, "case_missing_resource") == sum(len(case.missing_resources) for case in cases) > 0

    rows = query(
        db_path,
        "SELECT id, case_type_id, mission, competence, time, resources, outcome, channel, occurred_on, occurred_hour, "
        "branch, desk, effort, duration, chafing, reflection, "
        "(SELECT group_concat(actor_id, ',') FROM case_actor WHERE case_id = c.id), "
        "(SELECT group_concat(resource_id, ',') FROM case_missing_resource WHERE case_id = c.id) "
        "FROM case_record c ORDER BY id",
    )
    assert [row[0] for row in rows] == list(range(1, 2346))
    for row, case in zip(rows, cases, strict=True):
        details = case.details
        assert row[1:] == (
            case.case_type_id,
            case.mission.value,
            case.competence.value,
            case.time.value,
            case.resources.value,
            case.outcome.value,
            details.channel.value,
            case.occurred_on.isoformat(),
            case.occurred_hour,
            case.branch,
            case.desk,
            details.effort,
            details.duration,
            int(details.chafing),
            details.reflection or None,
            ",".join(case.actor_ids) or None,
            ",".join(case.missing_resources) or None,
        )


def test_refuses_a_database_with_a_real_case(
    db: Database, db_path: Path, record: CaseRecord, small_pack: GuidelinePack
) -> None:
    db.log_case(record, revision_id(db))
    with pytest.raises(DemoRefused, match="holds 1 real case;.*only into an empty database") as refused:
        insert_demo_cases(db_path, revision_id(db), generate_demo_cases(small_pack, 100, END))
    assert refused.value.real_cases == 1 and str(db_path) in str(refused.value)
    assert count(db_path) == 1
    assert query(db_path, "SELECT demo FROM case_record") == [(0,)]


def test_refuses_real_cases_among_demo_ones(
    db: Database, db_path: Path, record: CaseRecord, small_pack: GuidelinePack
) -> None:
    insert_demo_cases(db_path, revision_id(db), generate_demo_cases(small_pack, 10, END))
    db.log_case(record, revision_id(db))
    with pytest.raises(DemoRefused):
        insert_demo_cases(db_path, revision_id(db), generate_demo_cases(small_pack, 10, END))
    assert count(db_path) == 11


def test_a_second_run_into_a_demo_database_adds_more(db: Database, db_path: Path, small_pack: GuidelinePack) -> None:
    assert insert_demo_cases(db_path, revision_id(db), generate_demo_cases(small_pack, 300, END, seed=1)) == 300
    assert insert_demo_cases(db_path, revision_id(db), generate_demo_cases(small_pack, 200, END, seed=2)) == 200
    assert count(db_path) == 500
    assert query(db_path, "SELECT min(id), max(id), count(DISTINCT id), sum(demo) FROM case_record") == [
        (1, 500, 500, 500)
    ]


def test_nothing_to_insert(db: Database, db_path: Path) -> None:
    assert insert_demo_cases(db_path, revision_id(db), []) == 0
    assert count(db_path) == 0


def test_an_invalid_row_fails_and_the_whole_run_is_taken_back(
    db: Database, db_path: Path, small_pack: GuidelinePack
) -> None:
    insert_demo_cases(db_path, revision_id(db), generate_demo_cases(small_pack, 5, END, seed=9))
    cases = list(generate_demo_cases(small_pack, 95, END))
    cases.append(dataclasses.replace(cases[0], occurred_hour=24))  # the schema's CHECK refuses it
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        insert_demo_cases(db_path, revision_id(db), cases, batch=10)  # nine batches were committed before
    assert count(db_path) == 5
    assert (
        count(db_path, "case_actor")
        == query(db_path, "SELECT count(*) FROM case_actor WHERE case_id IN (SELECT id FROM case_record)")[0][0]
    )


def test_an_unknown_revision_fails(db: Database, db_path: Path, small_pack: GuidelinePack) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        insert_demo_cases(db_path, 999, generate_demo_cases(small_pack, 10, END))
    assert count(db_path) == 0


def test_the_database_must_exist(tmp_path: Path, small_pack: GuidelinePack) -> None:
    missing = tmp_path / "nowhere.sqlite3"
    with pytest.raises(StorageError):
        insert_demo_cases(missing, 1, generate_demo_cases(small_pack, 10, END))
    assert not missing.exists()


def test_leaves_the_database_as_the_desk_expects_it(db: Database, db_path: Path, small_pack: GuidelinePack) -> None:
    insert_demo_cases(db_path, revision_id(db), generate_demo_cases(small_pack, 50, END))
    assert query(db_path, "PRAGMA journal_mode") == [("wal",)]
    assert query(db_path, "PRAGMA integrity_check") == [("ok",)]
    assert query(db_path, "PRAGMA foreign_key_check") == []
    assert db.delete_case(1)  # the desk's own code still works on demo rows
    assert db.count_cases() == 49
