"""Reading and writing what issue 19 added to a case type and a pack (FORMAT.md): phrasing per channel, the
competence a case type calls for, the library's training links, and the remote drop-in's video room.

Kept apart from pack_file so that each module stays readable; the rules and messages are the reader's own, and
every mistake is reported with its path, like the rest of the pack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from deskhelp.content.pack_quote import quote as _quote
from deskhelp.core.competence import (
    BASE_SERVICES,
    FRAMEWORK_AREAS,
    FRAMEWORK_COMPETENCES,
    FRAMEWORK_LEVELS,
    CompetenceTags,
    TrainingLink,
    is_framework_code,
)
from deskhelp.core.guidelines import CHANNEL_KEYS, CaseType, GuidelinePack, Outcome, Text

if TYPE_CHECKING:
    from deskhelp.content.pack_file import _Reader

CASE_TYPE_FIELDS = ("channel_phrasing", "competence_tags")
TAG_FIELDS = ("base_service", "framework", "level")
TRAINING_FIELDS = ("title", "url", "framework", "base_services", "case_types")


def read_channel_phrasing(reader: _Reader, value: Any) -> dict[str, dict[Outcome, Text]]:
    data = reader.mapping(value, set(CHANNEL_KEYS))
    if data is None:
        return {}
    out = {}
    for key in CHANNEL_KEYS:
        phrasing = reader.field(data, key, reader.phrasing, required=False)
        if phrasing:
            out[key] = phrasing
    return out


def _framework_code(reader: _Reader, value: Any) -> str | None:
    text = reader.string(str(value) if isinstance(value, float) else value)  # 4.2 written without quotes
    if text is not None and not is_framework_code(text):
        known = ", ".join([*FRAMEWORK_AREAS, *FRAMEWORK_COMPETENCES])
        reader.problem(f"{_quote(text)} is not an area or competence of the framework; use one of: {known}")
        return None
    return text


def _base_service(reader: _Reader, value: Any) -> str | None:
    text = reader.string(value)
    if text is not None and text not in BASE_SERVICES:
        reader.problem(f"{_quote(text)} is not a base-level service; use one of: {', '.join(BASE_SERVICES)}")
        return None
    return text


def read_competence_tags(reader: _Reader, value: Any) -> CompetenceTags | None:
    data = reader.mapping(value, set(TAG_FIELDS))
    if data is None:
        return None
    tags = CompetenceTags(
        base_service=reader.field(data, "base_service", lambda v: _base_service(reader, v), required=False),
        framework=reader.field(data, "framework", lambda v: _framework_code(reader, v), required=False),
        level=reader.field(data, "level", lambda v: reader.number(v, 1, max(FRAMEWORK_LEVELS)), required=False),
    )
    if not any(key in data for key in TAG_FIELDS):
        reader.problem(f"needs at least one of: {', '.join(TAG_FIELDS)}")
    elif tags.level is not None and "framework" not in data:
        with reader._at("level"):
            reader.problem("a level needs the framework area or competence it is a level of")
    return tags


def case_type_extras(reader: _Reader, data: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments of CaseType that this module reads."""
    return {
        "channel_phrasing": reader.field(data, "channel_phrasing", lambda v: read_channel_phrasing(reader, v), False)
        or {},
        "competence_tags": reader.field(data, "competence_tags", lambda v: read_competence_tags(reader, v), False),
    }


def _listed(reader: _Reader, data: dict[str, Any], key: str, read) -> tuple:
    return tuple(reader.field(data, key, lambda v: reader.items(v, read), required=False) or ())


def read_training(reader: _Reader, value: Any, case_types: dict[str, Any]) -> tuple[TrainingLink, ...]:
    out = []
    for i, item in enumerate(reader.items(value, lambda v: v, allow_empty=True)):
        with reader._at(i):
            data = reader.mapping(item, set(TRAINING_FIELDS))
            if data is None:
                continue
            url = reader.field(data, "url", reader.string)
            if url and not url.startswith(("https://", "http://")):
                with reader._at("url"):
                    reader.problem(f"{_quote(url)} must start with https://")
            link = TrainingLink(
                title=reader.field(data, "title", reader.string),
                url=url,
                framework=_listed(reader, data, "framework", lambda c: _framework_code(reader, c)),
                base_services=_listed(reader, data, "base_services", lambda s: _base_service(reader, s)),
                case_types=tuple(
                    reader.field(data, "case_types", lambda v: reader.references(v, case_types, "case type"), False)
                    or ()
                ),
            )
            if not (link.framework or link.base_services or link.case_types):
                reader.problem("needs at least one of: framework, base_services, case_types (what it trains for)")
            out.append(link)
    return tuple(out)


def read_remote_link(reader: _Reader, data: dict[str, Any]) -> str | None:
    url = reader.field(data, "remote_link", reader.string, required=False)
    if url and not url.startswith(("https://", "http://")):
        with reader._at("remote_link"):
            reader.problem(f"{_quote(url)} must start with https://")
    return url


# -- writing (pack_writer) -------------------------------------------------------------------------------------
def case_type_extras_data(case: CaseType) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if case.channel_phrasing:
        data["channel_phrasing"] = {
            key: {
                o.value: dict(case.channel_phrasing[key][o].translations)
                for o in Outcome
                if o in case.channel_phrasing[key]
            }
            for key in CHANNEL_KEYS
            if key in case.channel_phrasing
        }
    tags = case.competence_tags
    if tags is not None:
        data["competence_tags"] = {k: getattr(tags, k) for k in TAG_FIELDS if getattr(tags, k) is not None}
    return data


def training_data(pack: GuidelinePack) -> dict[str, Any]:
    items = []
    for link in pack.training:
        item: dict[str, Any] = {"title": link.title, "url": link.url}
        for key, values in (
            ("framework", link.framework),
            ("base_services", link.base_services),
            ("case_types", link.case_types),
        ):
            if values:
                item[key] = list(values)
        items.append(item)
    return {"training": items} if items else {}
