"""One source per value set: the core's enums are what the reports label, what the model's CHECK constraints allow
and what the migrated database file allows; every kind of report is in the registry the CLI and the exports read."""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET
from contextlib import closing
from pathlib import Path

import pytest

from deskhelp import paths
from deskhelp.core.cases import Channel
from deskhelp.core.guidelines import DURATION_BUCKETS, Outcome, Verdict
from deskhelp.core.triage import Competence, Enough
from deskhelp.reports.labels import CHANNELS, LABELS, LANGUAGES, OUTCOMES, channel_label, label, outcome_label
from deskhelp.reports.model import ReportKind
from deskhelp.reports.registry import FORMATS, REPORTS, check_format
from deskhelp.storage.migrate import prepare_database
from deskhelp.storage.models import CASE_VALUE_SETS, Case

# Written out here rather than taken from CASE_VALUE_SETS: the test states which enum each column holds.
EXPECTED = {
    "mission": [v.value for v in Verdict],
    "competence": [v.value for v in Competence],
    "time": [v.value for v in Enough],
    "resources": [v.value for v in Enough],
    "outcome": [v.value for v in Outcome],
    "channel": [v.value for v in Channel],
    "duration": list(DURATION_BUCKETS),
}
_IN_LIST = re.compile(r"^\s*(\w+)\s+IN\s*\(([^)]*)\)\s*$", re.IGNORECASE)


def _listed(check_sql: str) -> tuple[str, list[str]]:
    """("outcome", ["helped_here", ...]) from "outcome IN ('helped_here', ...)"."""
    match = _IN_LIST.match(check_sql)
    assert match, check_sql
    return match.group(1), [item.strip().strip("'") for item in match.group(2).split(",")]


def test_the_model_knows_every_coded_column() -> None:
    assert set(CASE_VALUE_SETS) == set(EXPECTED)
    assert {column: list(values) for column, values in CASE_VALUE_SETS.items()} == EXPECTED


def test_the_models_check_constraints_list_the_enums_values() -> None:
    found = {}
    for constraint in Case.__table__.constraints:
        sql = str(getattr(constraint, "sqltext", ""))
        if " IN " in sql:
            column, values = _listed(sql)
            found[column] = values
    assert found == EXPECTED


def test_the_migrated_databases_check_constraints_list_the_enums_values(tmp_path: Path) -> None:
    """The file as the migrations make it (what a desk really has), read back with plain sqlite3."""
    database = tmp_path / "deskhelp.sqlite3"
    prepare_database(database)
    with closing(sqlite3.connect(database)) as conn:
        (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'case_record'").fetchone()
    found = {}
    for name, check in re.findall(r"CONSTRAINT\s+ck_case_record_(\w+)\s+CHECK\s*\(((?:[^()]|\([^()]*\))*)\)", sql):
        if re.search(r"\bIN\s*\(", check):
            column, values = _listed(check)
            assert column == name
            found[column] = values
    assert found == EXPECTED


def test_a_value_outside_the_enum_is_refused_by_the_migrated_file(tmp_path: Path) -> None:
    database = tmp_path / "deskhelp.sqlite3"
    prepare_database(database)
    with closing(sqlite3.connect(database)) as conn:
        conn.execute(
            "INSERT INTO pack_revision (id, pack_id, version, sha256, origin, source, applied_at, active, pack_text, "
            "pack_json) VALUES (1, 'p', '1', 'x', 'file', 'p.yaml', '2026-01-01 00:00:00', 1, '', '{}')"
        )
        row = ["t", "yes", "yes", "yes", "yes", "helped_here", "desk", "2026-01-05", 10, "main", "desk-1"]
        insert = (
            "INSERT INTO case_record (pack_revision_id, case_type_id, mission, competence, time, resources, outcome, "
            "channel, occurred_on, occurred_hour, branch, desk) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        )
        conn.execute(insert, row)  # every value from the enums: stored
        for at, column in ((5, "outcome"), (6, "channel"), (1, "mission")):
            bad = list(row)
            bad[at] = "something_else"
            with pytest.raises(sqlite3.IntegrityError, match=column):
                conn.execute(insert, bad)


def test_every_outcome_and_channel_has_a_label_in_both_languages() -> None:
    assert list(OUTCOMES) == [o.value for o in Outcome]
    assert list(CHANNELS) == [c.value for c in Channel]
    for language in LANGUAGES:
        for outcome in Outcome:
            assert LABELS[language].get(f"outcome.{outcome.value}"), (language, outcome)
            assert outcome_label(outcome, language) != outcome.value
        for channel in Channel:
            assert LABELS[language].get(f"channel.{channel.value}"), (language, channel)
            assert channel_label(channel, language) != channel.value
        # and no label for a value the core does not have
        for key in LABELS[language]:
            kind, _, value = key.partition(".")
            if kind == "outcome":
                assert value in OUTCOMES, key
            if kind == "channel":
                assert value in CHANNELS, key


def test_the_reports_swedish_names_are_the_windows() -> None:
    """The report's English name is the window's source string, and its Swedish name the window's translation of
    it (resources/i18n/deskhelp_sv.ts), so staff see the same words on screen and on paper."""
    root = ET.parse(paths.resources_dir() / "i18n" / "deskhelp_sv.ts").getroot()
    window = {
        message.findtext("source"): message.findtext("translation")
        for context in root.iter("context")
        if context.findtext("name") == "Labels"
        for message in context.iter("message")
    }
    for key in [f"outcome.{o}" for o in OUTCOMES] + [f"channel.{c}" for c in CHANNELS]:
        assert window.get(LABELS["en"][key]) == LABELS["sv"][key], key


# -- the report registry -------------------------------------------------------------------------------------


def test_every_report_kind_is_registered_with_a_title_in_both_languages() -> None:
    assert list(REPORTS) == list(ReportKind)
    for kind, entry in REPORTS.items():
        assert entry.kind is kind
        assert set(entry.formats) <= set(FORMATS) and entry.formats
        for language in LANGUAGES:
            assert entry.title(language) == label(f"report.{kind.value}", language)
        assert entry.purpose


def test_the_cli_offers_what_the_registry_holds() -> None:
    from deskhelp.cli import _parser

    export = _parser()._subparsers._group_actions[0].choices["export"]
    choices = {action.dest: action.choices for action in export._actions if action.choices}
    assert list(choices["report"]) == [kind.value for kind in REPORTS]
    assert tuple(choices["format"]) == FORMATS


def test_a_format_a_report_is_not_for_is_refused_by_name() -> None:
    for kind, entry in REPORTS.items():
        for file_format in FORMATS:
            if file_format in entry.formats:
                check_format(kind, file_format)
            else:
                with pytest.raises(ValueError, match=f"the {kind.value} report is for"):
                    check_format(kind, file_format)
    with pytest.raises(ValueError, match="unknown format"):
        check_format(ReportKind.SUMMARY, "docx")
