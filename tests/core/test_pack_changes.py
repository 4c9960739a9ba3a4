"""What's new (issue 13, item 4): the changes between two revisions, generated from the packs. Table tests: each row
changes the small pack one way and names the sentences staff must read, in Swedish and English."""

from __future__ import annotations

from dataclasses import replace

import pytest

from deskhelp.core.guidelines import Contacts, GuidelinePack, Outcome, Text, Verdict
from deskhelp.core.pack_changes import ChangeKind, pack_changes


def _case(pack: GuidelinePack, cid: str, **changes) -> GuidelinePack:
    return replace(pack, case_types={**pack.case_types, cid: replace(pack.case_types[cid], **changes)})


def _without(pack: GuidelinePack, cid: str) -> GuidelinePack:
    return replace(pack, case_types={k: v for k, v in pack.case_types.items() if k != cid})


def _with_new(pack: GuidelinePack) -> GuidelinePack:
    new = replace(
        pack.case_types["tax-return"], id="power-of-attorney", title=Text({"sv": "Fullmakt", "en": "Power of attorney"})
    )
    return replace(pack, case_types={**pack.case_types, new.id: new})


def _info(pack: GuidelinePack, **changes) -> GuidelinePack:
    return replace(pack, info=replace(pack.info, **changes))


def _actor(pack: GuidelinePack, aid: str, **changes) -> GuidelinePack:
    return replace(pack, actors={**pack.actors, aid: replace(pack.actors[aid], **changes)})


TEXT = Text({"sv": "Nytt.", "en": "New."})
SV_VERDICT = (
    "Deklarera: bedömningen har ändrats från \u201dutanför uppdraget\u201d till \u201ddelvis inom uppdraget\u201d."
)
EN_VERDICT = (
    "File a tax return: the verdict has changed from \u201coutside our mission\u201d to "
    "\u201cpartly within our mission\u201d."
)

CASES = [
    ("nothing", lambda p: p, [], []),
    (
        "version",
        lambda p: _info(p, version="2"),
        ["Riktlinjerna har uppdaterats från version 1 till 2."],
        ["The guidelines have been updated from version 1 to 2."],
    ),
    ("added", _with_new, ["Ny ärendetyp: Fullmakt."], ["New kind of errand: Power of attorney."]),
    (
        "removed",
        lambda p: _without(p, "talking-books"),
        ["Borttagen ärendetyp: Talböcker i Legimus. Gamla ärenden finns kvar i statistiken."],
        ["Kind of errand removed: Talking books in Legimus. Old cases stay in the statistics."],
    ),
    (
        "verdict",
        lambda p: _case(p, "tax-return", mission=Verdict.PARTLY),
        [SV_VERDICT],
        [EN_VERDICT],
    ),
    (
        "actors",
        lambda p: _case(p, "parental-benefit", actors=("forsakringskassan", "social-services")),
        [
            "Ansöka om föräldrapenning: vi hänvisar nu till Försäkringskassan, Socialtjänsten "
            "(tidigare Försäkringskassan)."
        ],
        [
            "Apply for parental benefit: we now refer to Swedish Social Insurance Agency, Social services "
            "(before: Swedish Social Insurance Agency)."
        ],
    ),
    (
        "actors removed",
        lambda p: _case(p, "tax-return", actors=()),
        ["Deklarera: vi hänvisar nu till ingen (tidigare Skatteverket)."],
        ["File a tax return: we now refer to nobody (before: Swedish Tax Agency)."],
    ),
    (
        "what we do",
        lambda p: _case(p, "tax-return", we_dont=TEXT),
        ["Deklarera: vad vi gör och inte gör har skrivits om."],
        ["File a tax return: what we do and do not do has been rewritten."],
    ),
    (
        "own phrasing",
        lambda p: _case(p, "print-bank-statement", phrasing={Outcome.PARTLY_REFERRED: TEXT}),
        ["Skriva ut kontoutdrag: det vi säger till besökaren har skrivits om (delvis hjälpt och hänvisat)."],
        ["Print a bank statement: what we say to the patron has been rewritten (helped partly and referred)."],
    ),
    (
        "standard phrasing, told once",
        lambda p: replace(p, default_phrasing={**p.default_phrasing, Outcome.BOOKED: TEXT}),
        ["Standardfraserna: det vi säger till besökaren har skrivits om (bokad handledning)."],
        ["The standard phrases: what we say to the patron has been rewritten (booked guidance)."],
    ),
    (
        "actor contacts",
        lambda p: _actor(p, "social-services", contacts=Contacts(phone="08-123 456 00"), fill_in_locally=False),
        ["Socialtjänsten: kontaktuppgifterna har ändrats."],
        ["Social services: the contact details have changed."],
    ),
    (
        "review",
        lambda p: _info(p, reviewed="2027-05-01"),
        ["Riktlinjerna reviderades 2027-05-01."],
        ["The guidelines were reviewed on 2027-05-01."],
    ),
    (
        "several, most important first",
        lambda p: _case(_with_new(_info(p, version="2")), "tax-return", mission=Verdict.PARTLY, we_do=TEXT),
        [
            "Riktlinjerna har uppdaterats från version 1 till 2.",
            "Ny ärendetyp: Fullmakt.",
            SV_VERDICT,
            "Deklarera: vad vi gör och inte gör har skrivits om.",
        ],
        None,
    ),
    ("a title in another language only", lambda p: _case(p, "tax-return", keywords=("skatt",)), [], []),
]


@pytest.mark.parametrize(("name", "change", "swedish", "english"), CASES, ids=[c[0] for c in CASES])
def test_what_changed(small_pack, name, change, swedish, english) -> None:
    new = change(small_pack)
    assert [c.text for c in pack_changes(small_pack, new, "sv")] == swedish
    if english is not None:
        assert [c.text for c in pack_changes(small_pack, new, "en")] == english


def test_the_built_in_errand_is_never_news(small_pack) -> None:
    """Both packs have "other" (the core adds it); a pack without it (built by hand) does not make it news."""
    bare = _without(small_pack, "other")
    assert pack_changes(bare, small_pack) == [] and pack_changes(small_pack, bare) == []


def test_changes_name_their_subject(small_pack) -> None:
    changes = pack_changes(small_pack, _case(_with_new(small_pack), "tax-return", mission=Verdict.YES))
    assert [(c.kind, c.subject) for c in changes] == [
        (ChangeKind.ADDED, "power-of-attorney"),
        (ChangeKind.VERDICT, "tax-return"),
    ]
