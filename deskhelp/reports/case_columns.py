"""The columns of the cases report: readable words in the report's language, with the stable ids in their own
columns for pivot tables.

Each coded field (an outcome stored as "partly_referred", a duration as "under-5", an actor as its id ...) is two
columns: its name as staff read it ("Hjälpt delvis och hänvisat", header "Utfall"), then the stored value (header
"Utfall (id)"), which stays the same across languages and versions. The case type is three: title, area, id.

Speed: a million cases go through here for an XLSX file, so the names are worked out once, as dictionaries from
stored value to name (``CaseLabels``), and a row is a tuple built from look-ups. The CSV is rendered by SQLite
(``storage.statistics.iter_case_text``), which gets the same dictionaries as ``labels``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from deskhelp.core.pack_names import PackNames
from deskhelp.core.statistics import CASE_COLUMNS
from deskhelp.reports.labels import LABELS

CASE_FIELDS = (*CASE_COLUMNS, "actors", "missing_resources")  # the row shape of storage's iter_cases
# Stored value -> name, for these fields; a value the table lacks (a newer version's) is shown as stored.
VALUE_LABELS = {
    "mission": {"yes": "verdict.yes", "partly": "verdict.partly", "no": "verdict.no"},
    "competence": {"yes": "competence.yes", "colleague": "competence.colleague", "no": "competence.no"},
    "time": {"yes": "enough.yes", "no": "enough.no"},
    "resources": {"yes": "enough.yes", "no": "enough.no"},
    "outcome": {o: f"outcome.{o}" for o in ("helped_here", "partly_referred", "referred", "booked", "colleague")},
    "channel": {
        c: f"channel.{c}" for c in ("desk", "public_computer", "phone", "email", "chat_video", "booked_guidance")
    },
    "effort": {level: f"effort.{level}" for level in range(1, 7)},
    "duration": {d: f"duration.{d}" for d in ("under-5", "5-15", "15-30", "30-60", "over-60")},
}
LIST_FIELDS = ("actors", "missing_resources")  # comma-separated ids, named from the pack
LABELLED = (*VALUE_LABELS, *LIST_FIELDS)
LIST_SEPARATOR = ", "  # between the names of a case's actors (the ids stay comma-separated, as stored)

# The report's columns, as label keys: a labelled field's name column, then its id column.
CASE_REPORT_COLUMNS: tuple[str, ...] = tuple(
    key
    for field in CASE_FIELDS
    for key in (
        ("case.case_type", "case.area", "case.case_type_id")
        if field == "case_type_id"
        else (f"case.{field}", f"case.{field}_id")
        if field in LABELLED
        else (f"case.{field}",)
    )
)


class _Names(dict):
    """Stored value -> name; a value without a name is shown as it is stored (None stays an empty cell)."""

    def __missing__(self, value):
        return value


class _Dates(dict):
    """A stored day (ISO text) -> its date, parsed once per day: a million cases fall on a few thousand days."""

    def __missing__(self, day):
        date = self[day] = dt.date.fromisoformat(day) if day.__class__ is str else day
        return date


class _ListNames(dict):
    """A comma-separated list of ids -> their names, worked out the first time the list is seen."""

    __slots__ = ("names",)

    def __init__(self, names: dict[str, str]) -> None:
        super().__init__({None: None})  # most cases were referred nowhere: a plain look-up
        self.names = names

    def __missing__(self, ids):
        named = LIST_SEPARATOR.join(self.names.get(i, i) for i in ids.split(","))
        if len(self) < 4096:
            self[ids] = named
        return named


class CaseLabels:
    """The names of the cases report's coded values in one language, worked out once."""

    def __init__(self, names: PackNames, language: str) -> None:
        words = LABELS.get(language, LABELS["sv"])
        self.values: dict[str, dict] = {
            # None (not asked, as in older cases) is in each, so that a look-up never falls back to Python code.
            field: _Names({None: None, **{value: words[key] for value, key in keys.items()}})
            for field, keys in VALUE_LABELS.items()
        }
        self.lists = {"actors": names.actors, "missing_resources": names.resources}
        self.names = names

    def sql_labels(self) -> dict[str, dict]:
        """For ``storage.statistics.iter_case_text``: field -> stored value (or, for a list, one id) -> name."""
        values = {field: {v: n for v, n in names.items() if v is not None} for field, names in self.values.items()}
        return {**values, **self.lists}

    def case_type_cells(self, case_type: str) -> tuple[str, str]:
        """The case type's title and area, before its id."""
        return self.names.case_type(case_type), self.names.area_of_case_type(case_type)

    def rows(self, cases: Iterable[tuple]) -> Iterator[tuple]:
        """``cases`` (rows shaped as CASE_FIELDS) as the report's rows (CASE_REPORT_COLUMNS)."""
        case_types: dict[str, tuple[str, str]] = {}
        v = self.values
        mission, competence, time, resources = v["mission"], v["competence"], v["time"], v["resources"]
        outcome, channel, effort, duration = v["outcome"], v["channel"], v["effort"], v["duration"]
        actors, missing = _ListNames(self.lists["actors"]), _ListNames(self.lists["missing_resources"])
        dates = _Dates()
        for r in cases:
            cells = case_types.get(r[5])
            if cells is None:
                cells = case_types[r[5]] = self.case_type_cells(r[5])
            # The positions are CASE_FIELDS' (checked below, on import): one tuple, no call per cell.
            yield (
                r[0], dates[r[1]], r[2], r[3], r[4],
                cells[0], cells[1], r[5],
                mission[r[6]], r[6], competence[r[7]], r[7], time[r[8]], r[8], resources[r[9]], r[9],
                outcome[r[10]], r[10], channel[r[11]], r[11], effort[r[12]], r[12], duration[r[13]], r[13],
                r[14], r[15], r[16], r[17], r[18],
                actors[r[19]], r[19], missing[r[20]], r[20],
            )  # fmt: skip


# ``CaseLabels.rows`` reads fields by position: a change to CASE_COLUMNS must change it too.
assert CASE_FIELDS == (
    "id", "occurred_on", "occurred_hour", "branch", "desk", "case_type_id", "mission", "competence", "time",
    "resources", "outcome", "channel", "effort", "duration", "chafing", "reflection", "demo", "description",
    "pack_revision_id", "actors", "missing_resources",
), "CaseLabels.rows reads the fields of iter_cases by position"  # fmt: skip

# Where each of CASE_FIELDS' stored values is in a row of the report (the id columns; for readers and tests).
STORED_AT: tuple[int, ...] = tuple(
    CASE_REPORT_COLUMNS.index(f"case.{field}_id" if field in LABELLED else f"case.{field}") for field in CASE_FIELDS
)
