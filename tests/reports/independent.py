"""Counts straight from the database with plain sqlite3, written apart from deskhelp.storage.statistics, to
check every number the reports show."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from pathlib import Path

from deskhelp.reports.model import HIDDEN

OUTCOMES = ("helped_here", "partly_referred", "referred", "booked", "colleague")
CHANNELS = ("desk", "public_computer", "phone", "email", "chat_video", "booked_guidance")


class Shown:
    """What a cell of ``count`` may show under ``threshold``, worked out here rather than by the report's protection:
    HIDDEN for a count below it; the count itself otherwise, or HIDDEN when the protection hid it as well (which
    counts it hides beyond the small ones is checked by tests/reports/test_protection.py)."""

    def __init__(self, count: int, threshold: int | None) -> None:
        self.count, self.threshold = count, threshold

    def __eq__(self, other: object) -> bool:
        if not self.threshold:
            return type(other) is int and other == self.count
        if self.count in range(1, self.threshold):
            return other is HIDDEN
        return other is HIDDEN or (type(other) is int and other == self.count)

    def __hash__(self) -> int:
        return hash(self.count)

    def __repr__(self) -> str:
        return f"shown({self.count}, {self.threshold})"


def shown(count: int, threshold: int | None) -> Shown:
    return Shown(count, threshold)


class Log:
    def __init__(self, path: Path, start: dt.date, end: dt.date, branch: str | None = None, desk: str | None = None):
        self.conn = sqlite3.connect(path)
        where = ["r.occurred_on >= ?", "r.occurred_on <= ?"]
        self.args: list = [start.isoformat(), end.isoformat()]
        if branch is not None:
            where.append("r.branch = ?")
            self.args.append(branch)
        if desk is not None:
            where.append("r.desk = ?")
            self.args.append(desk)
        self.where = " AND ".join(where)

    def close(self) -> None:
        self.conn.close()

    def rows(self, sql: str) -> list[tuple]:
        return self.conn.execute(sql.replace("{where}", self.where), self.args).fetchall()

    def one(self, sql: str):
        return self.rows(sql)[0][0]

    def total(self) -> int:
        return self.one("SELECT count(*) FROM case_record r WHERE {where}")

    def demo(self) -> int:
        return self.one("SELECT count(*) FROM case_record r WHERE {where} AND r.demo = 1")

    def chafing(self) -> int:
        return self.one("SELECT count(*) FROM case_record r WHERE {where} AND r.chafing = 1")

    def counter(self, column: str) -> Counter:
        return Counter(dict(self.rows(f"SELECT r.{column}, count(*) FROM case_record r WHERE {{where}} GROUP BY 1")))

    def actors(self) -> Counter:
        return Counter(
            dict(
                self.rows(
                    "SELECT a.actor_id, count(*) FROM case_actor a, case_record r WHERE a.case_id = r.id AND {where} "
                    "GROUP BY 1"
                )
            )
        )

    def missing(self) -> Counter:
        return Counter(
            dict(
                self.rows(
                    "SELECT m.resource_id, count(*) FROM case_missing_resource m, case_record r "
                    "WHERE m.case_id = r.id AND {where} GROUP BY 1"
                )
            )
        )

    def case_type_outcome(self) -> Counter:
        return Counter(
            {
                (ct, outcome): n
                for ct, outcome, n in self.rows(
                    "SELECT r.case_type_id, r.outcome, count(*) FROM case_record r WHERE {where} GROUP BY 1, 2"
                )
            }
        )

    def weekday_hour(self) -> Counter:
        counts: Counter = Counter()
        for day, hour in self.rows("SELECT r.occurred_on, r.occurred_hour FROM case_record r WHERE {where}"):
            counts[dt.date.fromisoformat(day).weekday(), hour] += 1
        return counts

    def competence(self) -> dict[str, tuple[int, int]]:
        rows = self.rows("SELECT r.case_type_id, r.competence, count(*) FROM case_record r WHERE {where} GROUP BY 1, 2")
        gaps: dict[str, list[int]] = {}
        for ct, competence, n in rows:
            if competence != "yes":
                gaps.setdefault(ct, [0, 0])[0 if competence == "no" else 1] += n
        return {ct: (no, colleague) for ct, (no, colleague) in gaps.items()}

    def actor_case_types(self, actor: str) -> Counter:
        return Counter(
            dict(
                self.rows(
                    "SELECT r.case_type_id, count(*) FROM case_actor a, case_record r WHERE a.case_id = r.id "
                    f"AND a.actor_id = '{actor}' AND {{where}} GROUP BY 1"
                )
            )
        )

    def actor_months(self, actor: str) -> Counter:
        counts: Counter = Counter()
        for (day,) in self.rows(
            f"SELECT r.occurred_on FROM case_actor a, case_record r WHERE a.case_id = r.id AND a.actor_id = '{actor}' "
            "AND {where}"
        ):
            counts[day[:7]] += 1
        return counts

    def actor_missing(self, actor: str) -> Counter:
        return Counter(
            dict(
                self.rows(
                    "SELECT m.resource_id, count(*) FROM case_actor a, case_record r, case_missing_resource m "
                    f"WHERE a.case_id = r.id AND m.case_id = r.id AND a.actor_id = '{actor}' AND {{where}} GROUP BY 1"
                )
            )
        )

    def chafing_cases(self) -> list[tuple[str, str, str | None]]:
        return self.rows(
            "SELECT r.occurred_on, r.case_type_id, r.reflection FROM case_record r WHERE {where} AND r.chafing = 1 "
            "ORDER BY r.occurred_on, r.id"
        )

    def reasons(self) -> dict[int, set[str]]:
        """Why each case chafed, by case id (issue 13)."""
        found: dict[int, set[str]] = {}
        for case_id, reason in self.rows(
            "SELECT x.case_id, x.reason FROM case_chafing_reason x JOIN case_record r ON r.id = x.case_id WHERE {where}"
        ):
            found.setdefault(case_id, set()).add(reason)
        return found

    def inventory_cases(self, condition: str) -> list[tuple]:
        """(id, day, case type, reflection, description) of the cases matching ``condition``, by date."""
        return self.rows(
            "SELECT r.id, r.occurred_on, r.case_type_id, r.reflection, r.description FROM case_record r "
            f"WHERE {{where}} AND {condition} ORDER BY r.occurred_on, r.id"
        )

    def cases(self) -> list[tuple]:
        return self.rows(
            "SELECT r.id, r.occurred_on, r.occurred_hour, r.branch, r.desk, r.case_type_id, r.mission, r.competence, "
            "r.time, r.resources, r.outcome, r.channel, r.effort, r.duration, r.chafing, r.reflection, r.demo, "
            "r.description, r.pack_revision_id, "
            "(SELECT group_concat(actor_id, ',') FROM case_actor WHERE case_id = r.id), "
            "(SELECT group_concat(resource_id, ',') FROM case_missing_resource WHERE case_id = r.id) "
            "FROM case_record r WHERE {where} ORDER BY r.occurred_on, r.id"
        )
