"""Reading a pack's actors: contacts, how they were verified and the library's mapping of them (seed 001).

Kept apart from pack_file so that each module stays readable; the rules and messages are the reader's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from deskhelp.content.pack_quote import quote as _quote
from deskhelp.core.guidelines import ACTOR_KINDS, CONTACT_FIELDS, ESTABLISHED_LEVELS, Actor, ActorMapping, Contacts

if TYPE_CHECKING:
    from deskhelp.content.pack_file import _Reader

ACTOR_FIELDS = (
    "id",
    "kind",
    "name",
    "helps_with",
    "staff_note",
    "contacts",
    "verified",
    "source",
    "fill_in_locally",
    "unverified",
    "mapping",
)
MAPPING_FIELDS = ("holder", "established", "agreements", "last_contact")


def read_contacts(reader: _Reader, value: Any) -> Contacts:
    data = reader.mapping(value, set(CONTACT_FIELDS))
    if data is None:
        return Contacts()
    web = reader.field(data, "web", reader.string, required=False)
    if web and not web.startswith(("https://", "http://")):
        with reader._at("web"):
            reader.problem(f"{_quote(web)} must start with https://")
    return Contacts(
        web=web,
        phone=reader.field(data, "phone", reader.string, required=False),
        chat=reader.field(data, "chat", reader.string, required=False),
        email=reader.field(data, "email", reader.string, required=False),
        address=reader.field(data, "address", reader.string, required=False),
        hours=reader.field(data, "hours", reader.text, required=False),
        languages=tuple(reader.field(data, "languages", lambda v: reader.items(v, reader.string), False) or ()),
    )


def read_mapping(reader: _Reader, value: Any) -> ActorMapping | None:
    data = reader.mapping(value, set(MAPPING_FIELDS))
    if data is None:
        return None
    return ActorMapping(
        holder=reader.field(data, "holder", reader.string, required=False),
        established=reader.field(data, "established", lambda v: reader.choice(v, ESTABLISHED_LEVELS), required=False),
        agreements=reader.field(data, "agreements", reader.string, required=False),
        last_contact=reader.field(data, "last_contact", reader.date, required=False),
    )


def read_actor(reader: _Reader, value: Any) -> Actor | None:
    data = reader.mapping(value, set(ACTOR_FIELDS))
    if data is None:
        return None
    fill_in_locally = data.get("fill_in_locally", False)
    if not isinstance(fill_in_locally, bool):
        with reader._at("fill_in_locally"):
            reader.problem("must be true or false")
        fill_in_locally = False
    mapping = reader.field(data, "mapping", lambda v: read_mapping(reader, v), required=False)
    actor = Actor(
        id=reader.field(data, "id", reader.identifier),
        kind=reader.field(data, "kind", lambda v: reader.choice(v, ACTOR_KINDS)),
        name=reader.field(data, "name", reader.text),
        helps_with=reader.field(data, "helps_with", reader.text),
        staff_note=reader.field(data, "staff_note", reader.text, required=False),
        contacts=reader.field(data, "contacts", lambda v: read_contacts(reader, v), required=False) or Contacts(),
        verified=reader.field(data, "verified", reader.date, required=False),
        source=reader.field(data, "source", reader.string, required=False),
        fill_in_locally=fill_in_locally,
        unverified=tuple(
            reader.field(
                data,
                "unverified",
                lambda v: reader.items(v, lambda f: reader.choice(f, CONTACT_FIELDS)),
                required=False,
            )
            or ()
        ),
        mapping=mapping if mapping != ActorMapping() else None,  # an empty mapping says nothing
    )
    if actor.verified and not actor.source:
        with reader._at("source"):
            reader.problem("is missing; say where the details were verified")
    if not (actor.verified or actor.fill_in_locally or actor.unverified):
        reader.problem("needs 'verified' (a date) and 'source', or 'fill_in_locally: true', or 'unverified'")
    return actor
