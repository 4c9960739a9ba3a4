"""Reading a pack's patron languages (FORMAT.md, `languages`): which languages besides sv and en the pack's
patron-facing texts are written in, and who, if anyone, has checked each translation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from deskhelp.content.pack_quote import quote as _quote
from deskhelp.core.guidelines import REQUIRED_LANGUAGES, PackLanguage

if TYPE_CHECKING:
    from deskhelp.content.pack_file import _Reader

LANGUAGE_FIELDS = {"code", "name", "checked_by", "checked", "note"}

# ISO 639-1, and ckb (Sorani Kurdish, which has no two-letter code). A code outside these is a typing error ("fs" for
# "fa") that would otherwise leave a language no slip can ever be printed in.
ISO_639_1 = frozenset(
    (
        "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee "
        "el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is "
        "it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms "
        "mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk "
        "sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi "
        "yo za zh zu ckb"
    ).split()
)


def read_languages(reader: _Reader, value: Any) -> tuple[PackLanguage, ...]:
    seen: set[str] = set()
    out = []
    for i, item in enumerate(reader.items(value, lambda v: v, allow_empty=True)):
        with reader._at(i):
            data = reader.mapping(item, LANGUAGE_FIELDS)
            if data is None:
                continue
            code = reader.field(data, "code", _code(reader))
            name = reader.field(data, "name", reader.string)
            checked_by = reader.field(data, "checked_by", reader.string, required=False)
            checked = reader.field(data, "checked", reader.date, required=False)
            note = reader.field(data, "note", reader.string, required=False)
            if checked_by is not None and data.get("checked") is None:
                with reader._at("checked"):
                    reader.problem("is missing: the date the translation was checked is needed with checked_by")
            if checked is not None and data.get("checked_by") is None:
                with reader._at("checked_by"):
                    reader.problem("is missing: who checked the translation (a role or organisation) goes with checked")
            if code is None or name is None:
                continue
            if code in seen:
                with reader._at("code"):
                    reader.problem(f"{_quote(code)} is used twice in languages")
                continue
            seen.add(code)
            out.append(PackLanguage(code=code, name=name, checked_by=checked_by, checked=checked, note=note))
    return tuple(out)


def _code(reader: _Reader):
    def read(value: Any) -> str | None:
        text = reader.string(value)
        if text is None:
            return None
        if text in REQUIRED_LANGUAGES:
            reader.problem(f"{_quote(text)} is always there; list only the languages besides sv and en")
            return None
        if text not in ISO_639_1:
            reader.problem(f"{_quote(text)} is not a language code (ISO 639-1, such as ar, uk, fa, so, ti)")
            return None
        return text

    return read
