"""Writing a guideline pack back to YAML text: the editor's save, read back by pack_file to the same pack.

The text is written afresh from the data, in the order and with the field names of FORMAT.md; comments a
library wrote by hand in an earlier file are not carried over (PyYAML does not keep them). The earlier file stays,
word for word, in its stored revision and can be exported again (``deskhelp pack export``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

from deskhelp.content.pack_channels import case_type_extras_data, training_data
from deskhelp.content.pack_exercises import exercises_to_data
from deskhelp.content.pack_file import FORMAT_VERSION
from deskhelp.core.guidelines import (
    TIMES_FIELDS,
    Actor,
    BranchTimes,
    Card,
    CaseType,
    Contacts,
    GuidelinePack,
    Outcome,
    PackLanguage,
    Text,
)
from deskhelp.core.other_errand import OTHER_AREA_ID, OTHER_ID

Data = dict[str, Any]


def pack_to_data(pack: GuidelinePack) -> Data:
    """The pack as the plain data of a pack file (FORMAT.md): what the reader reads back to an equal pack.

    The built-in errand "not in the guidelines" and its area are left out: the reader adds them to every pack."""
    info = pack.info
    head: Data = {
        "id": info.id,
        "version": info.version,
        "title": _text(info.title),
        "reviewed": info.reviewed,
        "owner": info.owner,
        "review_months": info.review_months,
    }
    _put(head, "change_note", info.change_note)
    return {
        "format": FORMAT_VERSION,
        "pack": head,
        **({"languages": [_language(language) for language in pack.languages]} if pack.languages else {}),
        "closing_checklist": [_text(t) for t in pack.closing_checklist],
        "default_phrasing": _phrasing(pack.default_phrasing),
        "resources": [
            {"id": r.id, "title": _text(r.title), "if_missing": _text(r.if_missing)} for r in pack.resources.values()
        ],
        "areas": [{"id": a.id, "title": _text(a.title)} for a in pack.areas.values() if a.id != OTHER_AREA_ID],
        "cards": [_card(c) for c in pack.cards.values()],
        "actors": [_actor(a) for a in pack.actors.values()],
        "case_types": [_case_type(c) for c in pack.case_types.values() if c.id != OTHER_ID and c.in_guidelines],
        **({"times": [_times(t) for t in pack.times]} if pack.times else {}),
        **({"exercises": exercises_to_data(pack.exercises)} if pack.exercises else {}),
        **training_data(pack),
    }


def pack_text(data: Data) -> str:
    """Pack data as YAML text. Dates are written as dates, and texts that YAML would read as something else
    ("yes", "2026.1", "12:30") are quoted."""
    body = yaml.dump(
        _dates(data), Dumper=_PackDumper, allow_unicode=True, sort_keys=False, width=120, default_flow_style=False
    )
    return "# DeskHelp guideline pack (format described in FORMAT.md); written by the guideline editor.\n" + body


class _PackDumper(yaml.SafeDumper):
    """Lists of words (keywords, languages, ids) on one line, as a person writes them."""

    def represent_sequence(self, tag: str, sequence: Any, flow_style: bool | None = None) -> yaml.Node:
        flat = all(isinstance(item, str) and len(item) < 60 for item in sequence)
        return super().represent_sequence(tag, sequence, flow_style=True if flat and sequence else flow_style)


_PackDumper.add_representer(list, _PackDumper.represent_list)
# As the pack's loader reads yes/no/on/off as words (pack_yaml.WordsNotBooleansLoader), the writer leaves them bare
# too (`mission: yes`, as FORMAT.md and the bundled pack write it); true/false stay the only booleans.
_PackDumper.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeDumper.yaml_implicit_resolvers.items()
}
_PackDumper.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _dates(value: Any) -> Any:
    """Date strings as dates, so that they are written unquoted (``reviewed: 2026-11-21``)."""
    if isinstance(value, dict):
        return {k: _dates(v) if k not in _DATE_KEYS else _as_date(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_dates(v) for v in value]
    return value


_DATE_KEYS = {"reviewed", "verified", "last_contact", "checked"}


def _as_date(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def _put(data: Data, key: str, value: Any) -> None:
    if value not in (None, (), [], {}, False):
        data[key] = value


def _text(text: Text) -> dict[str, str]:
    return dict(text.translations)


def _optional_text(data: Data, key: str, text: Text | None) -> None:
    if text is not None:
        data[key] = _text(text)


def _phrasing(phrasing: dict[Outcome, Text]) -> dict[str, dict[str, str]]:
    return {outcome.value: _text(phrasing[outcome]) for outcome in Outcome if outcome in phrasing}


def _language(language: PackLanguage) -> Data:
    # checked_by is written even when null: "nobody has checked this translation" is worth saying in the file.
    data: Data = {"code": language.code, "name": language.name, "checked_by": language.checked_by}
    _put(data, "checked", language.checked)
    _put(data, "note", language.note)
    return data


def _card(card: Card) -> Data:
    data: Data = {"id": card.id, "title": _text(card.title), "steps": [_text(s) for s in card.steps]}
    _put(data, "source", card.source)
    return data


def _contacts(contacts: Contacts) -> Data:
    data: Data = {}
    for key in ("web", "phone", "chat", "email", "address"):
        _put(data, key, getattr(contacts, key))
    _optional_text(data, "hours", contacts.hours)
    _put(data, "languages", list(contacts.languages))
    return data


def _actor(actor: Actor) -> Data:
    data: Data = {"id": actor.id, "kind": actor.kind, "name": _text(actor.name), "helps_with": _text(actor.helps_with)}
    _optional_text(data, "staff_note", actor.staff_note)
    _put(data, "contacts", _contacts(actor.contacts))
    _put(data, "verified", actor.verified)
    _put(data, "source", actor.source)
    _put(data, "fill_in_locally", actor.fill_in_locally)
    _put(data, "unverified", list(actor.unverified))
    if actor.mapping is not None:
        mapping: Data = {}
        for key in ("holder", "established", "agreements", "last_contact"):
            _put(mapping, key, getattr(actor.mapping, key))
        _put(data, "mapping", mapping)
    return data


def _times(times: BranchTimes) -> Data:
    data: Data = {"branch": times.branch}
    for name in TIMES_FIELDS:
        _optional_text(data, name, getattr(times, name))
    _put(data, "remote_link", times.remote_link)
    return data


def _case_type(case: CaseType) -> Data:
    data: Data = {"id": case.id, "area": case.area, "title": _text(case.title), "keywords": list(case.keywords)}
    data["mission"] = case.mission.value
    data["we_do"] = _text(case.we_do)
    _optional_text(data, "we_dont", case.we_dont)
    _optional_text(data, "reason", case.reason)
    _put(data, "phrasing", _phrasing(case.phrasing))
    _put(data, "actors", list(case.actors))
    _put(data, "resources", list(case.resources))
    data["competence"] = _text(case.competence)
    _optional_text(data, "colleague_role", case.colleague_role)
    _put(data, "card", case.card)
    data["effort"] = case.effort
    data["duration"] = case.duration
    _optional_text(data, "sensitivity", case.sensitivity)
    _put(data, "retired", case.retired)
    data.update(case_type_extras_data(case))
    return data
