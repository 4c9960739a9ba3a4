"""Reading and validating guideline pack files (see resources/packs/FORMAT.md).

A pack is edited by people, so every mistake is reported with the file, the path to the field and what is
wrong, and all mistakes are reported at once rather than one per attempt.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from deskhelp.content.pack_actors import read_actor
from deskhelp.content.pack_channels import CASE_TYPE_FIELDS, case_type_extras, read_training
from deskhelp.content.pack_exercises import read_exercises
from deskhelp.content.pack_languages import read_languages
from deskhelp.content.pack_quote import quote as _quote
from deskhelp.content.pack_quote import shortened as _shortened
from deskhelp.content.pack_times import read_times
from deskhelp.core.guidelines import (
    DEFAULT_OWNER,
    DEFAULT_REVIEW_MONTHS,
    DURATION_BUCKETS,
    MAX_RESOURCES,
    REQUIRED_LANGUAGES,
    Actor,
    Area,
    Card,
    CaseType,
    GuidelinePack,
    Outcome,
    PackInfo,
    Resource,
    Text,
    Verdict,
)
from deskhelp.core.other_errand import OTHER_ID, with_other

FORMAT_VERSION = 1
# The bundled pack is about 600 KB with its patron texts in seven languages (Ge'ez and Arabic script take 2-3 bytes a
# letter); a library's own pack stays well below twenty times that. The limit is checked before reading, so a wrong
# file (a video, /dev/zero) costs nothing.
MAX_PACK_BYTES = 16 * 1024 * 1024
MAX_TEXT_CHARS = 4000
MAX_LISTED_PROBLEMS = 50  # more than this are counted, not listed: a message someone can read
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


@dataclass(frozen=True)
class PackProblem:
    path: str
    message: str


log = logging.getLogger(__name__)


class PackError(Exception):
    """A pack that cannot be used; ``problems`` says where and what (the first MAX_LISTED_PROBLEMS of ``total``)."""

    def __init__(self, source: str, problems: list[PackProblem], total: int | None = None) -> None:
        self.source = source
        self.problems = problems[:MAX_LISTED_PROBLEMS]
        self.total = max(total or 0, len(problems))
        lines = [f"{source}: {_one_line(p.path)}: " if p.path else f"{source}: " for p in self.problems]
        lines = [start + _one_line(p.message) for start, p in zip(lines, self.problems, strict=True)]
        if self.total > len(self.problems):
            lines.append(f"{source}: and {self.total - len(self.problems):,} more problems")
        super().__init__("\n".join(lines))


@dataclass(frozen=True)
class LoadedPack:
    pack: GuidelinePack
    text: str  # the file as written, kept with the revision so it can be exported again
    sha256: str
    data_json: str  # the parsed data as canonical JSON: quick to load again at start-up


def read_pack_bytes(path: Path) -> bytes:
    """The file's bytes, if it is a regular file of at most MAX_PACK_BYTES; its size is known before reading."""
    source = str(path)
    try:
        # O_NONBLOCK: opening a named pipe must not wait for a writer; it is refused below as not a regular file.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as stream:
            info = os.fstat(stream.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise PackError(source, [PackProblem("", "is not a file (a folder, device or pipe)")])
            if info.st_size > MAX_PACK_BYTES:
                raise PackError(source, [_too_big(info.st_size)])
            raw = stream.read(MAX_PACK_BYTES + 1)  # it may have grown since
    except OSError as exc:
        raise PackError(source, [PackProblem("", f"cannot be read ({exc.strerror or exc})")]) from exc
    if len(raw) > MAX_PACK_BYTES:
        raise PackError(source, [_too_big(len(raw))])
    return raw


def _too_big(size: int) -> PackProblem:
    return PackProblem("", f"is {size:,} bytes; a pack may be at most {MAX_PACK_BYTES:,} bytes")


def read_pack_file(path: Path) -> LoadedPack:
    """Read, parse and validate a pack file. Raises PackError naming the file."""
    return parse_pack_bytes(read_pack_bytes(path), str(path))


def sha256_of(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def parse_pack_bytes(raw: bytes, source: str) -> LoadedPack:
    """Parse and validate a pack. Raises PackError, and nothing else, whatever the bytes are."""
    try:
        return _parse(raw, source)
    except PackError:
        raise
    except Exception as exc:  # a reader of outside input must never stop the desk
        log.exception("unexpected error reading the pack %s", source)
        problem = PackProblem("", f"cannot be read ({type(exc).__name__}: {_quote(str(exc))})")
        raise PackError(source, [problem]) from exc


def _parse(raw: bytes, source: str) -> LoadedPack:
    if len(raw) > MAX_PACK_BYTES:
        raise PackError(source, [_too_big(len(raw))])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackError(source, [PackProblem("", f"is not UTF-8 text (byte {exc.start})")]) from exc
    import yaml  # here, not above: the desk starts from the stored JSON and needs no YAML (issue 18)

    from deskhelp.content.pack_yaml import PackLoader

    try:
        data = yaml.load(text, Loader=PackLoader)  # noqa: S506 - a safe loader
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow, such as NUL
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        character = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "\0")
        problem = f"is not valid YAML: the character U+{character:04X} is not allowed"
        raise PackError(source, [PackProblem(f"line {line}, column {column}", problem)]) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise PackError(source, [PackProblem(where, f"is not valid YAML: {problem}")]) from exc
    pack = pack_from_data(data, source)
    data_json = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
    return LoadedPack(pack=pack, text=text, sha256=sha256_of(raw), data_json=data_json)


def pack_from_json(payload: str, source: str) -> GuidelinePack:
    """The pack stored with a revision, read again at start. Raises PackError, and nothing else."""
    try:
        return pack_from_data(json.loads(payload), source)
    except PackError:
        raise
    except Exception as exc:  # a damaged stored revision must be reported like a damaged file
        log.exception("unexpected error reading the stored pack %s", source)
        problem = PackProblem("", f"cannot be read ({type(exc).__name__}: {_quote(str(exc))})")
        raise PackError(source, [problem]) from exc


def pack_from_data(data: Any, source: str) -> GuidelinePack:
    """Validate parsed pack data and build the domain pack. Raises PackError listing every problem."""
    reader = _Reader()
    pack = reader.pack(data)
    if reader.count:
        raise PackError(source, reader.problems, reader.count)
    assert pack is not None
    return pack


class _Step:
    """One step into the data (a key or a list index) while the reader is inside it."""

    __slots__ = ("_path", "_part")

    def __init__(self, path: list[str | int], part: str | int) -> None:
        self._path, self._part = path, part

    def __enter__(self) -> None:
        self._path.append(self._part)

    def __exit__(self, *exc: object) -> None:
        self._path.pop()


class _Reader:
    """Walks the parsed data, remembering the path, collecting problems instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[PackProblem] = []  # the first MAX_LISTED_PROBLEMS
        self.count = 0
        self._path: list[str | int] = []

    # -- bookkeeping ---------------------------------------------------------------------------------------
    def _at(self, part: str | int) -> _Step:
        # A small class, not @contextmanager, and the part formatted only for a problem: a pack enters some 20,000
        # steps, and reading the stored pack at every start took 40-70 ms (issue 18).
        return _Step(self._path, part)

    def _where(self) -> str:
        out = ""
        for raw in self._path:
            part = f"[{raw}]" if isinstance(raw, int) else _shortened(raw)
            out += part if part.startswith("[") or not out else f".{part}"
        return out

    def problem(self, message: str) -> None:
        self.count += 1
        if len(self.problems) < MAX_LISTED_PROBLEMS:
            self.problems.append(PackProblem(self._where(), message))

    # -- primitives ----------------------------------------------------------------------------------------
    def mapping(self, value: Any, allowed: set[str] | None = None) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.problem(f"must be a mapping (key: value), not {_describe(value)}")
            return None
        if allowed is not None:
            for key in value:
                if key not in allowed:
                    with self._at(str(key)):
                        self.problem(f"unknown field; expected one of: {', '.join(sorted(allowed))}")
        return value

    def field(self, data: dict[str, Any], key: str, read: Callable[[Any], Any], required: bool = True) -> Any:
        self._path.append(key)  # as ``with self._at(key)``, a little quicker: the most frequent step of all
        try:
            if key not in data or data[key] is None:
                if required:
                    self.problem("is missing")
                return None
            return read(data[key])
        finally:
            self._path.pop()

    def string(self, value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.problem(f"must be text, not {_describe(value)}")
            return None
        text = str(value).strip()
        if not text:
            self.problem("is empty")
            return None
        if len(text) > MAX_TEXT_CHARS:
            self.problem(f"is {len(text)} characters; at most {MAX_TEXT_CHARS}")
            return None
        return text

    def identifier(self, value: Any) -> str | None:
        text = self.string(value)
        if text is not None and not _ID.match(text):
            self.problem(f"{_quote(text)} is not an id (lower-case a-z, 0-9 and single '-')")
            return None
        return text

    def date(self, value: Any) -> str | None:
        if isinstance(value, dt.datetime):  # 2026-01-05 10:00: the day is what counts
            value = value.date()
        if isinstance(value, dt.date):
            return value.isoformat()
        text = self.string(value)
        if text is None:
            return None
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            pass
        try:  # a date with a time, as the stored JSON of a pack that had one writes it
            return dt.datetime.fromisoformat(text).date().isoformat()
        except ValueError:
            self.problem(f"{_quote(text)} is not a date (YYYY-MM-DD)")
            return None

    def text(self, value: Any) -> Text | None:
        data = self.mapping(value)
        if data is None:
            return None
        translations: dict[str, str] = {}
        for lang, content in data.items():
            if type(content) is str and type(lang) is str and _LANGUAGE.match(lang):  # the usual case, at once
                stripped = content.strip()
                if stripped and len(stripped) <= MAX_TEXT_CHARS:
                    translations[lang] = stripped
                    continue
            with self._at(str(lang)):
                if not isinstance(lang, str) or not _LANGUAGE.match(lang):
                    hint = " (a text with a comma inside {...} must be quoted)" if " " in str(lang) else ""
                    self.problem(f"is not a language code (such as sv, en, ar){hint}")
                    continue
                text = self.string(content)
                if text is not None:
                    translations[lang] = text
        missing = [lang for lang in REQUIRED_LANGUAGES if lang not in data]
        if missing:
            self.problem(f"needs a text in {' and '.join(missing)}")
            return None
        if len(translations) != len(data):
            return None
        # Swedish and English first, whatever order the file had.
        ordered = {lang: translations[lang] for lang in REQUIRED_LANGUAGES}
        ordered.update(translations)
        return Text(ordered)

    def flag(self, value: Any) -> bool | None:
        if not isinstance(value, bool):
            self.problem(f"must be true or false, not {_describe(value)}")
            return None
        return value

    def choice(self, value: Any, options: tuple[str, ...]) -> str | None:
        text = self.string(value)
        if text is not None and text not in options:
            self.problem(f"{_quote(text)} is not one of: {', '.join(options)}")
            return None
        return text

    def number(self, value: Any, low: int, high: int) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.problem(f"must be a whole number from {low} to {high}, not {_describe(value)}")
            return None
        return value

    def items(self, value: Any, read: Callable[[Any], Any], allow_empty: bool = False) -> list[Any]:
        if not isinstance(value, list):
            self.problem(f"must be a list, not {_describe(value)}")
            return []
        if not value and not allow_empty:
            self.problem("is an empty list")
        out = []
        path = self._path
        for i, item in enumerate(value):
            path.append(i)  # as ``with self._at(i)``
            try:
                out.append(read(item))
            finally:
                path.pop()
        return out

    def keyed(self, data: dict[str, Any], key: str, read: Callable[[Any], Any], required: bool = True) -> dict:
        """A list of objects with unique ids, as a dict by id."""
        result: dict[str, Any] = {}
        with self._at(key):
            if key not in data or data[key] is None:
                if required:
                    self.problem("is missing")
                return result
            for i, obj in enumerate(self.items(data[key], lambda item: item)):
                with self._at(i):
                    built = read(obj)
                    if built is None:
                        continue
                    if built.id in result:
                        with self._at("id"):
                            self.problem(f"{_quote(built.id)} is used twice in {key}")
                        continue
                    result[built.id] = built
        return result

    def references(self, value: Any, known: dict[str, Any], what: str) -> tuple[str, ...]:
        ids = self.items(value, self.identifier, allow_empty=True)
        for i, ref in enumerate(ids):
            if ref is not None and ref not in known:
                with self._at(i):
                    self.problem(f"no {what} has the id {_quote(ref)}")
        return tuple(ref for ref in ids if ref in known)

    def case_resources(self, value: Any, known: dict[str, Any]) -> tuple[str, ...]:
        ids = self.references(value, known, "resource")
        if len(ids) > MAX_RESOURCES:
            self.problem(f"lists {len(ids)} resources; at most {MAX_RESOURCES} fit the desk's checklist")
        return ids

    # -- the pack ------------------------------------------------------------------------------------------
    def pack(self, data: Any) -> GuidelinePack | None:
        if data is None:
            self.problem("is empty; a pack needs format, pack, actors and case_types")
            return None
        top = self.mapping(
            data,
            {
                "format",
                "pack",
                "closing_checklist",
                "default_phrasing",
                "resources",
                "areas",
                "cards",
                "actors",
                "case_types",
                "times",
                "exercises",
                "languages",
                "training",
            },
        )
        if top is None:
            return None
        with self._at("format"):
            if top.get("format") != FORMAT_VERSION:
                self.problem(f"must be {FORMAT_VERSION} (this DeskHelp reads pack format {FORMAT_VERSION})")
                return None
        info = self.field(top, "pack", self.pack_info)
        checklist = self.field(top, "closing_checklist", lambda v: self.items(v, self.text))
        phrasing = self.field(top, "default_phrasing", lambda v: self.phrasing(v, require_all=True))
        resources = self.keyed(top, "resources", self.resource)
        areas = self.keyed(top, "areas", self.area)
        cards = self.keyed(top, "cards", self.card, required=False)
        actors = self.keyed(top, "actors", self.actor)
        case_types = self.keyed(top, "case_types", lambda v: self.case_type(v, areas, actors, resources, cards))
        times = self.field(top, "times", lambda v: read_times(self, v), required=False) or ()
        exercises = self.field(top, "exercises", lambda v: read_exercises(self, v, case_types), required=False)
        languages = self.field(top, "languages", lambda v: read_languages(self, v), required=False) or ()
        training = self.field(top, "training", lambda v: read_training(self, v, case_types), required=False) or ()
        # The built-in errand "not in the guidelines" is added to every pack (deskhelp.core.other_errand).
        for key, known in (("case_types", case_types), ("areas", areas)):
            if isinstance(known, dict) and OTHER_ID in known:
                with self._at(key), self._at(OTHER_ID):
                    self.problem(f"the id {OTHER_ID!r} is reserved for errands not in the guidelines; choose another")
        if self.count:
            return None
        return with_other(
            GuidelinePack(
                info=info,
                closing_checklist=tuple(checklist),
                default_phrasing=phrasing,
                resources=resources,
                areas=areas,
                cards=cards,
                actors=actors,
                case_types=case_types,
                times=times,
                exercises=exercises or (),
                languages=languages,
                training=training,
            )
        )

    def pack_info(self, value: Any) -> PackInfo | None:
        data = self.mapping(value, {"id", "version", "title", "reviewed", "owner", "review_months", "change_note"})
        if data is None:
            return None
        owner = self.field(data, "owner", self.string, required=False)
        months = self.field(data, "review_months", lambda v: self.number(v, 1, 36), required=False)
        return PackInfo(
            id=self.field(data, "id", self.identifier),
            version=self.field(data, "version", self.string),
            title=self.field(data, "title", self.text),
            reviewed=self.field(data, "reviewed", self.date),
            owner=owner or DEFAULT_OWNER,
            review_months=months or DEFAULT_REVIEW_MONTHS,
            change_note=self.field(data, "change_note", self.string, required=False),
        )

    def phrasing(self, value: Any, require_all: bool = False) -> dict[Outcome, Text]:
        data = self.mapping(value, {o.value for o in Outcome})
        if data is None:
            return {}
        result = {}
        for outcome in Outcome:
            text = self.field(data, outcome.value, self.text, required=require_all)
            if text is not None:
                result[outcome] = text
        return result

    def resource(self, value: Any) -> Resource | None:
        data = self.mapping(value, {"id", "title", "if_missing"})
        if data is None:
            return None
        return Resource(
            id=self.field(data, "id", self.identifier),
            title=self.field(data, "title", self.text),
            if_missing=self.field(data, "if_missing", self.text),
        )

    def area(self, value: Any) -> Area | None:
        data = self.mapping(value, {"id", "title"})
        if data is None:
            return None
        return Area(id=self.field(data, "id", self.identifier), title=self.field(data, "title", self.text))

    def card(self, value: Any) -> Card | None:
        data = self.mapping(value, {"id", "title", "steps", "source"})
        if data is None:
            return None
        return Card(
            id=self.field(data, "id", self.identifier),
            title=self.field(data, "title", self.text),
            steps=tuple(self.field(data, "steps", lambda v: self.items(v, self.text)) or ()),
            source=self.field(data, "source", self.string, required=False),
        )

    def actor(self, value: Any) -> Actor | None:
        return read_actor(self, value)

    def case_type(self, value: Any, areas: dict, actors: dict, resources: dict, cards: dict) -> CaseType | None:
        data = self.mapping(
            value,
            {
                "id",
                "area",
                "title",
                "keywords",
                "mission",
                "we_do",
                "we_dont",
                "reason",
                "phrasing",
                "actors",
                "resources",
                "competence",
                "colleague_role",
                "card",
                "effort",
                "duration",
                "sensitivity",
                "retired",
                *CASE_TYPE_FIELDS,
            },
        )
        if data is None:
            return None
        mission = self.field(data, "mission", lambda v: self.choice(v, tuple(Verdict)))
        area = self.field(data, "area", self.identifier)
        if area is not None and area not in areas:
            with self._at("area"):
                self.problem(f"no area has the id {_quote(area)}")
        card = self.field(data, "card", self.identifier, required=False)
        if card is not None and card not in cards:
            with self._at("card"):
                self.problem(f"no card has the id {_quote(card)}")
        not_ours = mission in (Verdict.PARTLY, Verdict.NO)
        case = CaseType(
            id=self.field(data, "id", self.identifier),
            area=area,
            title=self.field(data, "title", self.text),
            keywords=tuple(self.field(data, "keywords", lambda v: self.items(v, self.string)) or ()),
            mission=Verdict(mission) if mission else Verdict.YES,
            we_do=self.field(data, "we_do", self.text),
            we_dont=self.field(data, "we_dont", self.text, required=not_ours),
            reason=self.field(data, "reason", self.text, required=not_ours),
            phrasing=self.field(data, "phrasing", self.phrasing, required=False) or {},
            actors=self.field(data, "actors", lambda v: self.references(v, actors, "actor"), required=not_ours) or (),
            resources=self.field(data, "resources", lambda v: self.case_resources(v, resources), False) or (),
            competence=self.field(data, "competence", self.text),
            colleague_role=self.field(data, "colleague_role", self.text, required=False),
            card=card,
            effort=self.field(data, "effort", lambda v: self.number(v, 1, 6)),
            duration=self.field(data, "duration", lambda v: self.choice(v, DURATION_BUCKETS)),
            sensitivity=self.field(data, "sensitivity", self.text, required=False),
            retired=self.field(data, "retired", self.flag, required=False) or False,
            **case_type_extras(self, data),
        )
        if not_ours and not case.actors and "actors" in data:
            with self._at("actors"):
                self.problem(f"a case type with mission '{mission}' needs at least one actor to refer to")
        return case


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"'{str(value).lower()}'"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return _quote(str(value))


def _one_line(text: str) -> str:
    """A problem is one line of the message, whatever line breaks the quoted value held."""
    return " ".join(text.splitlines()) if text else text
