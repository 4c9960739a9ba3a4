"""The pack DeskHelp ships: complete, factual, and findable the way staff actually type."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from deskhelp import paths
from deskhelp.content.pack_file import read_pack_file
from deskhelp.content.pack_yaml import WordsNotBooleansLoader
from deskhelp.core.guidelines import REQUIRED_LANGUAGES, Outcome
from deskhelp.core.other_errand import OTHER_AREA_ID, guided_case_types
from deskhelp.core.search import SearchIndex, fold
from deskhelp.core.triage import reachable_outcomes

ROOT = Path(__file__).resolve().parents[2]
ACTOR_FACTS = ROOT.parent / "shared" / "design" / "actors.md"
PHRASINGS = Path(__file__).with_name("search_phrasings.yaml")


@pytest.fixture(scope="module")
def loaded():
    return read_pack_file(paths.bundled_pack_path())


@pytest.fixture(scope="module")
def pack(loaded):
    return loaded.pack


def test_it_validates_and_is_big_enough(pack) -> None:
    assert pack.info.id == "deskhelp-standard"
    assert len(pack.case_types) >= 45
    assert len(pack.actors) >= 30
    assert len(pack.areas) >= 10


def test_yaml_parsers_agree(loaded) -> None:
    """libyaml (used when present) and PyYAML's pure-Python parser must read the pack the same way."""
    pure = type("PurePython", (yaml.SafeLoader,), {})
    pure.yaml_implicit_resolvers = WordsNotBooleansLoader.yaml_implicit_resolvers
    assert yaml.load(loaded.text, Loader=pure) == yaml.load(loaded.text, Loader=WordsNotBooleansLoader)  # noqa: S506


def test_every_reachable_outcome_has_phrasing_in_swedish_and_english(pack) -> None:
    missing = [
        f"{case.id}:{outcome.value}:{lang}"
        for case in pack.case_types.values()
        for outcome in reachable_outcomes(case)
        for lang in REQUIRED_LANGUAGES
        if not pack.phrasing_for(case, outcome).translations.get(lang)
    ]
    assert missing == []


def test_the_default_verdict_has_phrasing_of_its_own(pack) -> None:
    """The outcome staff reach by confirming the defaults is the one said most: it must not be generic."""
    own = {"yes": Outcome.HELPED_HERE, "partly": Outcome.PARTLY_REFERRED, "no": Outcome.REFERRED}
    # The built-in "other" errand has no verdict of its own (deskhelp.core.other_errand), so no phrasing either.
    generic = [c.id for c in guided_case_types(pack) if own[c.mission.value] not in c.phrasing]
    assert generic == []


def test_every_area_in_the_brief_is_covered(pack) -> None:
    areas_in_use = {case.area for case in pack.case_types.values()}
    assert areas_in_use == set(pack.areas)
    guided = guided_case_types(pack)
    assert all(sum(c.area == a for c in guided) >= 2 for a in pack.areas if a != OTHER_AREA_ID)


@pytest.mark.parametrize(
    "agency",
    ["Skatteverket", "Försäkringskassan", "Arbetsförmedlingen", "Migrationsverket", "CSN", "Pensionsmyndigheten",
     "Polisen", "1177", "Transportstyrelsen", "Kronofogden"],
)  # fmt: skip
def test_every_named_agency_has_an_actor_and_a_case_type(pack, agency: str) -> None:
    actors = [a for a in pack.actors.values() if fold(agency) in fold(a.name.get("sv"))]
    assert actors, agency
    assert any(set(c.actors) & {a.id for a in actors} for c in pack.case_types.values()), agency


@pytest.mark.parametrize(
    ("errand", "case_type"),
    [
        ("Kan du hjälpa mig skanna mitt pass och bifoga det i en visumansökan?", "scan-passport-visa"),
        ("Jag vill posta filmer på Youtube men förstår inte hur man klipper dem på mobilen", "video-editing-youtube"),
        ("Jag har blivit hackad på Facebook", "hacked-social-account"),
        ("utelåst från min mejl", "email-locked-out"),
        ("ärende på Migrationsverkets webb", "migrationsverket"),
        ("återställa sim-kort puk-kod", "sim-puk"),
        ("skriva ut kontoutdrag till ansökan om försörjningsstöd", "print-bank-statement"),
    ],
)
def test_every_example_errand_in_the_seeds_has_a_home(pack, errand: str, case_type: str) -> None:
    assert case_type in pack.case_types
    assert case_type in [hit.case_type.id for hit in SearchIndex(pack).search(errand, limit=3)]


def test_the_twelve_base_level_services_have_cards(pack) -> None:
    services = ["Alex", "Biblio", "Bläddra", "Cineasterna", "Global Grant", "webbplats", "Legimus", "UR",
                "Världens bibliotek", "wifi", "dator", "kopiator"]  # fmt: skip
    titles = [fold(card.title.get("sv")) for card in pack.cards.values()]
    assert len(pack.cards) >= 12
    assert [s for s in services if not any(fold(s) in t for t in titles)] == []
    used = {case.card for case in pack.case_types.values()}
    assert set(pack.cards) <= used, "every card is reachable from a case type"
    assert all(len(card.steps) >= 3 for card in pack.cards.values())


def test_local_actors_are_templates_without_invented_details(pack) -> None:
    local = [a for a in pack.actors.values() if a.kind == "local"]
    assert len(local) >= 6
    for actor in local:
        assert actor.fill_in_locally, actor.id
        assert not (actor.contacts.phone or actor.contacts.address or actor.contacts.hours), actor.id


@pytest.mark.skipif(not ACTOR_FACTS.exists(), reason="shared/design/actors.md is not beside this checkout")
def test_no_invented_phone_numbers_or_web_addresses(pack) -> None:
    """Every phone number and web domain in the pack appears in the gathered facts."""
    facts = ACTOR_FACTS.read_text(encoding="utf-8")
    numbers_in_facts = {re.sub(r"\D", "", n) for n in re.findall(r"\+?\d[\d -]{1,14}\d", facts)}
    invented = []
    for actor in pack.actors.values():
        if actor.contacts.phone and re.sub(r"\D", "", actor.contacts.phone) not in numbers_in_facts:
            invented.append(f"{actor.id}: {actor.contacts.phone}")
        if actor.contacts.web:
            domain = re.sub(r"^https?://(www\.)?", "", actor.contacts.web).split("/")[0]
            if domain not in facts:
                invented.append(f"{actor.id}: {actor.contacts.web}")
    assert invented == []


def test_search_finds_what_patrons_say_in_the_top_three(pack) -> None:
    phrasings = yaml.safe_load(PHRASINGS.read_text(encoding="utf-8"))
    assert len(phrasings) >= 60
    assert {p["expect"] for p in phrasings} <= set(pack.case_types)
    index = SearchIndex(pack)
    misses = [p for p in phrasings if p["expect"] not in [h.case_type.id for h in index.search(p["query"], 3)]]
    hit_rate = 1 - len(misses) / len(phrasings)
    assert hit_rate >= 0.95, f"top-3 hit rate {hit_rate:.1%}; misses: {misses}"


# Wording that tells staff what to do, or speaks about the patron in the third person. `name` and `helps_with` are
# printed on the patron's slip and shown on the screen turned to the patron; such wording belongs in `staff_note`.
STAFF_WORDING = ("fyll i", "fill in", "användare", "the user", "the patron", "patron's",
                 "bekräftat som", "confirmed as", "kontrollera att", "check that", "inte en hänvisning",
                 "not a referral", "lokala avdelningen", "local branch")  # fmt: skip

# Actors whose text used to tell staff to fill something in: that instruction now lives in `staff_note`.
FILLED_IN_BY_STAFF = ("seniornet", "abf", "medborgarskolan", "digidel", "phone-operator", "study-associations-local",
                      "bank-branch", "library-digital-guidance")  # fmt: skip


def test_what_the_patron_reads_about_an_actor_has_no_staff_wording(pack) -> None:
    found = [
        f"{actor.id}.{field}.{lang}: {phrase!r}"
        for actor in pack.actors.values()
        for field in ("name", "helps_with")
        for lang in REQUIRED_LANGUAGES
        for phrase in STAFF_WORDING
        if phrase in getattr(actor, field).get(lang).lower()
    ]
    assert found == []


@pytest.mark.parametrize("actor_id", FILLED_IN_BY_STAFF)
def test_what_staff_fill_in_locally_is_said_in_the_staff_note(pack, actor_id: str) -> None:
    actor = pack.actors[actor_id]
    assert actor.fill_in_locally, actor_id
    assert actor.staff_note is not None, actor_id
    assert "fyll i" in actor.staff_note.get("sv").lower(), actor_id
    assert "fill in" in actor.staff_note.get("en").lower(), actor_id


def test_non_local_templates_say_what_to_fill_in(pack) -> None:
    """A national agency or a company marked fill_in_locally is not obviously a template: staff need the note."""
    silent = [a.id for a in pack.actors.values() if a.fill_in_locally and a.kind in ("national", "company")]
    assert [i for i in silent if pack.actors[i].staff_note is None] == []


def test_the_staff_caveats_about_service_offices_are_kept_for_staff(pack) -> None:
    actor = pack.actors["statens-servicecenter"]
    assert actor.staff_note is not None
    assert "2025–26" in actor.staff_note.get("sv") and "bokningslinje" in actor.staff_note.get("sv")
    assert "booking line" in actor.staff_note.get("en")


def test_default_phrasing_and_the_bring_list_are_in_arabic(pack) -> None:
    missing = [f"default_phrasing.{o.value}" for o in Outcome if not pack.default_phrasing[o].translations.get("ar")]
    missing += [f"resources.{r.id}" for r in pack.resources.values() if not r.title.translations.get("ar")]
    assert missing == []
    arabic = re.compile(r"[\u0600-\u06ff]")
    texts = [*pack.default_phrasing.values(), *(r.title for r in pack.resources.values())]
    assert all(arabic.search(t.translations["ar"]) for t in texts), "the ar text is written in Arabic script"
