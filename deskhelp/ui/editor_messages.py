"""The pack reader's problems in the staff's language: the reader speaks English (to IT, the log and the command
line); the editor shows the same problem, found by the same rule, in words a team lead reads."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

# (the reader's message as a pattern, its wording for staff); the groups keep the quoted values and numbers.
_PATTERNS: list[tuple[re.Pattern[str], Callable[[], str]]] = [
    (re.compile(r"^is empty$"), lambda: QCoreApplication.translate("EditorMessages", "is empty")),
    (re.compile(r"^is missing$"), lambda: QCoreApplication.translate("EditorMessages", "is missing")),
    (re.compile(r"^is an empty list$"), lambda: QCoreApplication.translate("EditorMessages", "is an empty list")),
    (
        re.compile(r"^is missing; say where the details were verified$"),
        lambda: QCoreApplication.translate("EditorMessages", "is missing; say where the details were verified"),
    ),
    (
        re.compile(r"^needs a text in (.+)$"),
        lambda: QCoreApplication.translate("EditorMessages", "needs a text in {0}"),
    ),
    (
        re.compile(r"^is (\S+) characters; at most (\S+)$"),
        lambda: QCoreApplication.translate("EditorMessages", "is {0} characters; at most {1}"),
    ),
    (
        re.compile(r"^(.+) is not a date \(YYYY-MM-DD\)$"),
        lambda: QCoreApplication.translate("EditorMessages", "{0} is not a date (YYYY-MM-DD)"),
    ),
    (
        re.compile(r"^(.+) is not one of: (.+)$"),
        lambda: QCoreApplication.translate("EditorMessages", "{0} is not one of: {1}"),
    ),
    (
        re.compile(r"^(.+) is not an id \(.*\)$"),
        lambda: QCoreApplication.translate("EditorMessages", "{0} is not an id (lower-case a-z, 0-9 and single '-')"),
    ),
    (
        re.compile(r"^(.+) must start with https://$"),
        lambda: QCoreApplication.translate("EditorMessages", "{0} must start with https://"),
    ),
    (
        re.compile(r"^no actor has the id (.+)$"),
        lambda: QCoreApplication.translate("EditorMessages", "no actor has the id {0}"),
    ),
    (
        re.compile(r"^no resource has the id (.+)$"),
        lambda: QCoreApplication.translate("EditorMessages", "no resource has the id {0}"),
    ),
    (
        re.compile(r"^no area has the id (.+)$"),
        lambda: QCoreApplication.translate("EditorMessages", "no area has the id {0}"),
    ),
    (
        re.compile(r"^(.+) is used twice in (\S+)$"),
        lambda: QCoreApplication.translate("EditorMessages", "{0} is used twice in {1}"),
    ),
    (
        re.compile(r"^must be a whole number from (\d+) to (\d+), not (.+)$"),
        lambda: QCoreApplication.translate("EditorMessages", "must be a whole number from {0} to {1}, not {2}"),
    ),
    (
        re.compile(r"^lists (\d+) resources; at most (\d+) fit the desk's checklist$"),
        lambda: QCoreApplication.translate(
            "EditorMessages", "lists {0} resources; at most {1} fit the desk's checklist"
        ),
    ),
    (
        re.compile(r"^a case type with mission '(.+)' needs at least one actor to refer to$"),
        lambda: QCoreApplication.translate(
            "EditorMessages", "a case type with the verdict '{0}' needs at least one actor to refer to"
        ),
    ),
    (
        re.compile(r"^needs 'verified' \(a date\) and 'source', or 'fill_in_locally: true', or 'unverified'$"),
        lambda: QCoreApplication.translate(
            "EditorMessages",
            "needs a date it was verified and a source, or must be marked as a template the library fills in",
        ),
    ),
    (
        re.compile(r"^the id 'other' is reserved.*$"),
        lambda: QCoreApplication.translate(
            "EditorMessages", "the id 'other' is reserved for errands not in the guidelines; choose another"
        ),
    ),
]


def staff_message(message: str) -> str:
    """The reader's ``message`` for staff; a message without a wording of its own is shown as the reader wrote it."""
    for pattern, wording in _PATTERNS:
        match = pattern.match(message)
        if match:
            groups = [
                g.replace(" and ", " " + QCoreApplication.translate("EditorMessages", "and") + " ")
                if i == 0 and "needs a text" in message
                else g
                for i, g in enumerate(match.groups())
            ]
            return wording().format(*groups)
    return message
