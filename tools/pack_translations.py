"""Put a pack's patron-facing texts into one more language, from a translation memory (issue 16).

    python tools/pack_translations.py missing LANG [PACK] [--memory MEMORY.yaml]
        prints, as YAML, every patron-facing text that has no LANG (its Swedish and English text and where it is);
        with --memory, only those the memory does not cover yet.
    python tools/pack_translations.py apply LANG MEMORY.yaml [PACK] [--update]
        inserts LANG into each patron-facing text whose exact Swedish text the memory translates; a LANG text the
        pack has already is kept, unless --update is given: then it is replaced by the memory's (a corrected one).

The memory is a YAML mapping from the Swedish text to its LANG translation. It is matched by the Swedish text, not
by place, so it can be applied again after others have edited the pack (new texts are then listed by `missing`).
`apply` edits the file as text: its layout, order and comments stay as written, and a translation is added at the
end of its `{sv: ..., en: ...}` map. The result is read again by DeskHelp's own pack reader before anything is
written; on any problem nothing is written. PACK defaults to the bundled pack, resources/packs/default.yaml.

Patron-facing texts are those a patron reads on a slip or patron view (see LANGFORMAT in the issue-16 brief):
default_phrasing, case_types[].title and .phrasing (including any nested per-channel phrasing), actors[].name,
.helps_with and .contacts.hours, resources[].title and .if_missing, cards[].title and .steps, and
times[].drop_in/booking/remote/how_to_book. Staff-only texts (we_do, reason, staff_note, ...) are never touched.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from deskhelp.content.pack_file import PackError, parse_pack_bytes, read_pack_file  # noqa: E402

DEFAULT_PACK = ROOT / "resources" / "packs" / "default.yaml"
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
TIMES_FIELDS = ("drop_in", "booking", "remote", "how_to_book")


class TranslationError(Exception):
    """Something that stops `apply` before anything is written."""


@dataclass(frozen=True)
class PatronText:
    where: str  # e.g. case_types[wifi].phrasing.helped_here
    node: yaml.MappingNode  # the text's {sv: ..., en: ...} map, with its place in the file

    def get(self, lang: str) -> str | None:
        for key, value in self.node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == lang and isinstance(value, yaml.ScalarNode):
                return value.value
        return None

    @property
    def sv(self) -> str:
        return self.get("sv") or ""


# -- finding the patron-facing texts ------------------------------------------------------------------------------
def _items(node: yaml.Node | None) -> dict[str, yaml.Node]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: v for k, v in node.value if isinstance(k, yaml.ScalarNode)}


def _is_text(node: yaml.Node | None) -> bool:
    return isinstance(node, yaml.MappingNode) and isinstance(_items(node).get("sv"), yaml.ScalarNode)


def _texts_under(node: yaml.Node | None, where: str) -> Iterator[PatronText]:
    """Every text at or below node: phrasing may nest (per-channel phrasing), the texts are found wherever they are."""
    if _is_text(node):
        yield PatronText(where, node)  # type: ignore[arg-type]
    elif isinstance(node, yaml.MappingNode):
        for key, value in _items(node).items():
            yield from _texts_under(value, f"{where}.{key}")
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            yield from _texts_under(item, f"{where}[{i}]")


def _entries(top: dict[str, yaml.Node], section: str) -> Iterator[tuple[str, dict[str, yaml.Node]]]:
    node = top.get(section)
    if not isinstance(node, yaml.SequenceNode):
        return
    for i, item in enumerate(node.value):
        fields = _items(item)
        name = fields.get("id") or fields.get("branch")
        label = name.value if isinstance(name, yaml.ScalarNode) else str(i)
        yield f"{section}[{label}]", fields


def _fields(where: str, fields: dict[str, yaml.Node], names: tuple[str, ...]) -> Iterator[PatronText]:
    for name in names:
        yield from _texts_under(fields.get(name), f"{where}.{name}")


def patron_texts(text: str) -> list[PatronText]:
    """The patron-facing texts of a pack file, in file order."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)  # pure-Python loader: marks index the str by character
    top = _items(root)
    found = list(_texts_under(top.get("default_phrasing"), "default_phrasing"))
    for where, fields in _entries(top, "resources"):
        found += _fields(where, fields, ("title", "if_missing"))
    for where, fields in _entries(top, "cards"):
        found += _fields(where, fields, ("title", "steps"))
    for where, fields in _entries(top, "actors"):
        found += _fields(where, fields, ("name", "helps_with"))
        found += _fields(f"{where}.contacts", _items(fields.get("contacts")), ("hours",))
    for where, fields in _entries(top, "case_types"):
        found += _fields(where, fields, ("title", "phrasing"))
    for where, fields in _entries(top, "times"):
        found += _fields(where, fields, TIMES_FIELDS)
    return sorted(found, key=lambda t: t.node.start_mark.index)


def missing(text: str, lang: str, memory: dict[str, str] | None = None) -> list[dict]:
    """Texts without lang (and, given a memory, not translated by it), one entry per Swedish text."""
    out: dict[str, dict] = {}
    for item in patron_texts(text):
        if item.get(lang) is not None or (memory is not None and item.sv in memory):
            continue
        entry = out.setdefault(item.sv, {"where": [], "sv": item.sv, "en": item.get("en") or ""})
        entry["where"].append(item.where)
    return list(out.values())


# -- writing translations in ------------------------------------------------------------------------------------
def yaml_quoted(value: str) -> str:
    """A YAML double-quoted scalar for value: quotes, backslashes and every character YAML would not keep escaped."""
    out = ['"']
    for ch in value:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif code < 0x20 or 0x7F <= code <= 0x9F or code in (0x2028, 0x2029, 0xFEFF) or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}")
        elif code > 0xFFFF and not 0x10000 <= code <= 0x10FFFF:
            out.append(f"\\U{code:08x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _insertion(item: PatronText, lang: str, translation: str, text: str) -> tuple[int, str]:
    """Where, and what, to insert so that item's map gains `lang: "translation"` at its end."""
    last_value = item.node.value[-1][1]
    at = last_value.end_mark.index
    if not isinstance(last_value, yaml.ScalarNode) or last_value.style in ("|", ">"):
        raise TranslationError(f"{item.where}: its last text is not on one line; add {lang} there by hand")
    if item.node.flow_style:
        return at, f", {lang}: {yaml_quoted(translation)}"
    indent = item.node.value[0][0].start_mark.column
    line_start = text.rfind("\n", 0, item.node.value[-1][0].start_mark.index) + 1
    if text[line_start : line_start + indent].strip():
        raise TranslationError(f"{item.where}: cannot tell the text's indentation; add {lang} there by hand")
    return at, "\n" + " " * indent + f"{lang}: {yaml_quoted(translation)}"


@dataclass
class Applied:
    text: str
    inserted: list[str]  # where
    already: int  # texts that had lang already (left as they are, or the same as the memory)
    not_in_memory: list[str]  # where
    unused: list[str]  # memory entries no text in the pack has (stale after an edit of the Swedish text)
    updated: list[str] = field(default_factory=list)  # where an existing lang text was replaced (--update)


def _value_node(item: PatronText, lang: str) -> yaml.ScalarNode:
    for key, value in item.node.value:
        if isinstance(key, yaml.ScalarNode) and key.value == lang and isinstance(value, yaml.ScalarNode):
            if value.style in ("|", ">"):
                raise TranslationError(f"{item.where}: its {lang} text is a block of lines; correct it by hand")
            return value
    raise TranslationError(f"{item.where}: has no {lang} text")  # not reached: callers check first


def apply_memory(text: str, lang: str, memory: dict[str, str], update: bool = False) -> Applied:
    """The pack text with lang inserted wherever the memory translates the Swedish text (and, with update, an
    existing lang text replaced where the memory says otherwise). Raises TranslationError."""
    if not _LANGUAGE.match(lang) or lang in ("sv", "en"):
        raise TranslationError(f"{lang!r} is not a language code to add (such as ar, uk, pl)")
    edits: list[tuple[int, int, str]] = []  # (start, end, new text): an insertion when start == end
    result = Applied(text, [], 0, [], [])
    seen: set[str] = set()
    for item in patron_texts(text):
        seen.add(item.sv)
        current = item.get(lang)
        if current is not None and update and item.sv in memory and current != memory[item.sv]:
            node = _value_node(item, lang)
            edits.append((node.start_mark.index, node.end_mark.index, yaml_quoted(memory[item.sv])))
            result.updated.append(item.where)
        elif current is not None:
            result.already += 1
        elif item.sv in memory:
            at, insert = _insertion(item, lang, memory[item.sv], text)
            edits.append((at, at, insert))
            result.inserted.append(item.where)
        else:
            result.not_in_memory.append(item.where)
    result.unused = [sv for sv in memory if sv not in seen]
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    result.text = text
    return result


def read_memory(path: Path) -> dict[str, str]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise TranslationError(f"{path}: cannot be read ({exc})") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise TranslationError(f"{path}: must be a mapping from the Swedish text to its translation")
    memory = {}
    for sv, translation in data.items():
        if not isinstance(sv, str) or not isinstance(translation, str) or not translation.strip():
            raise TranslationError(f"{path}: {str(sv)[:60]!r}: the translation must be a non-empty text")
        memory[sv.strip()] = translation.strip()
    return memory


def apply_file(pack: Path, lang: str, memory_path: Path, update: bool = False) -> Applied:
    """Apply the memory to the pack file in place; nothing is written unless the result reads back valid."""
    memory = read_memory(memory_path)
    try:
        raw = pack.read_bytes()
        original = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise TranslationError(f"{pack}: cannot be read ({exc})") from exc
    try:
        result = apply_memory(original, lang, memory, update)
    except yaml.YAMLError as exc:
        raise TranslationError(f"{pack}: is not valid YAML ({exc})") from exc
    if not result.inserted and not result.updated:
        return result
    _check_read_back(original, result, pack, lang, memory)
    bom = "\ufeff" if raw.startswith(b"\xef\xbb\xbf") else ""
    _write_atomically(pack, (bom + result.text).encode("utf-8"))
    try:
        read_pack_file(pack)
    except PackError:  # cannot happen after the check above; if it does, the file is put back as it was
        _write_atomically(pack, raw)
        raise
    return result


def _check_read_back(original: str, result: Applied, pack: Path, lang: str, memory: dict[str, str]) -> None:
    try:
        parse_pack_bytes(result.text.encode("utf-8"), str(pack))
    except PackError as exc:
        raise TranslationError(f"the pack would not be valid after the insertions:\n{exc}") from exc
    before = {t.where: t for t in patron_texts(original)}
    after = {t.where: t for t in patron_texts(result.text)}
    if before.keys() != after.keys():
        raise TranslationError("the insertions changed which texts the pack has; nothing was written")
    for where in result.inserted + result.updated:
        if after[where].get(lang) != memory[after[where].sv]:
            raise TranslationError(f"{where}: the translation did not read back as written; nothing was written")
    updated = set(result.updated)
    for where, item in before.items():
        kept = [(k, v) for k, v in item.node.value if not (where in updated and k.value == lang)]
        if any(after[where].get(k.value) != v.value for k, v in kept if isinstance(v, yaml.ScalarNode)):
            raise TranslationError(f"{where}: an existing text changed; nothing was written")


def _write_atomically(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# -- command line -------------------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    show = commands.add_parser("missing", help="list the patron-facing texts that lack LANG, as YAML")
    show.add_argument("lang")
    show.add_argument("pack", nargs="?", type=Path, default=DEFAULT_PACK)
    show.add_argument("--memory", type=Path, help="leave out the texts this memory already translates")
    put = commands.add_parser("apply", help="insert LANG from a translation memory into the pack, in place")
    put.add_argument("lang")
    put.add_argument("memory", type=Path)
    put.add_argument("pack", nargs="?", type=Path, default=DEFAULT_PACK)
    put.add_argument("--update", action="store_true", help="replace LANG texts the memory now translates otherwise")
    args = parser.parse_args(argv)
    try:
        if args.command == "missing":
            text = args.pack.read_text(encoding="utf-8-sig")
            memory = read_memory(args.memory) if args.memory else None
            entries = missing(text, args.lang, memory)
            print(f"# {len(entries)} patron-facing texts lack {args.lang!r} in {args.pack}")
            if entries:
                print(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=120), end="")
            return 0
        result = apply_file(args.pack, args.lang, args.memory, args.update)
    except (TranslationError, PackError, OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(
        f"{args.pack}: {len(result.inserted)} texts given {args.lang!r}, {len(result.updated)} corrected, "
        f"{result.already} had it already"
    )
    if result.not_in_memory:
        print(f"{len(result.not_in_memory)} texts are not in the memory (see `missing {args.lang}`):")
        for where in result.not_in_memory[:20]:
            print(f"  {where}")
    if result.unused:
        print(f"{len(result.unused)} memory entries match no text (was the Swedish text changed?):")
        for sv in result.unused[:20]:
            print(f"  {sv[:100]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
