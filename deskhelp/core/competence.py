"""What a case type calls for from staff: the base-level service it belongs to (seed 000, "Digital basnivå") and
the area and level of the competence framework (seed 003), plus the training material a library links to them.

The two vocabularies are fixed here, not in the pack, so that every library's tags mean the same and a report
can be compared across libraries; a pack only refers to them by id (checked when the pack is read).
"""

from __future__ import annotations

from dataclasses import dataclass

# Seed 000, "Digital basnivå" (Region Gävleborg 2024): the twelve digital services every staff member should know,
# each with the pack's quick-reference card of the same name, and the three kinds of digital service around them.
# id -> (Swedish name, English name, the card id in the default pack or None)
BASE_SERVICES: dict[str, tuple[str, str, str | None]] = {
    "library-website": (
        "Bibliotekets webbplats och katalog",
        "The library's website and catalogue",
        "card-library-website",
    ),
    "biblio": ("Biblio", "Biblio", "card-biblio"),
    "bladdra": ("Bläddra", "Bläddra", "card-bladdra"),
    "cineasterna": ("Cineasterna", "Cineasterna", "card-cineasterna"),
    "global-grant": ("Global Grant", "Global Grant", "card-global-grant"),
    "legimus": ("Legimus", "Legimus", "card-legimus"),
    "ur-access": ("UR Access", "UR Access", "card-ur-access"),
    "varldens-bibliotek": ("Världens bibliotek", "Världens bibliotek", "card-varldens-bibliotek"),
    "alex": ("Alex författarlexikon", "Alex author encyclopedia", "card-alex"),
    "public-wifi": ("Publikt wifi", "Public Wi-Fi", "card-public-wifi"),
    "public-computer": ("Publik dator med utskrift", "Public computer with printing", "card-public-computer"),
    "copier-printer": ("Kopiator, skanner och skrivare", "Copier, scanner and printer", "card-copier-printer"),
    "information-search": ("Informationssökning", "Information search", None),
    "email": ("Mejlärenden", "E-mail errands", None),
    "municipal-eservices": ("Kommunens och myndigheters e-tjänster", "Municipal and agency e-services", None),
}

# Seed 003, the competence framework (Kulturförvaltningen): five areas, twelve competences, levels 1-5. Area 6
# (digitalisation) is for system owners and managers, not for the desk, and is left out.
FRAMEWORK_AREAS: dict[str, tuple[str, str]] = {
    "1": ("Information- och datakunnighet", "Information and data literacy"),
    "2": ("Kommunikation och samarbete", "Communication and collaboration"),
    "3": ("Skapa digitalt innehåll", "Digital content creation"),
    "4": ("Digital säkerhet", "Digital safety"),
    "5": ("Problemlösning", "Problem solving"),
}
FRAMEWORK_COMPETENCES: dict[str, tuple[str, str]] = {
    "1.1": ("Söka, navigera och filtrera information", "Browsing, searching and filtering information"),
    "1.2": ("Granska och hantera information", "Evaluating and managing information"),
    "2.1": ("Interagera, dela och samarbeta digitalt", "Interacting, sharing and collaborating digitally"),
    "2.2": ("Använda god nätetikett", "Netiquette"),
    "2.3": ("Engagera målgrupper med digital teknik", "Engaging audiences through digital technology"),
    "3.1": ("Utveckla och omarbeta digitalt innehåll", "Developing and editing digital content"),
    "3.2": ("Upphovsrätt och licenser", "Copyright and licences"),
    "4.1": ("Skydda utrustning och digitalt innehåll", "Protecting devices and content"),
    "4.2": ("Skydda personuppgifter och integritet", "Protecting personal data and privacy"),
    "5.1": ("Lösa tekniska problem", "Solving technical problems"),
    "5.2": ("Identifiera behov och hitta digitala lösningar", "Identifying needs and digital responses"),
    "5.3": ("Identifiera digitala kompetensluckor", "Identifying digital competence gaps"),
}
FRAMEWORK_LEVELS: dict[int, tuple[str, str]] = {
    1: ("Behöver stöd, även i enklare moment", "Needs support, even in simple steps"),
    2: ("Enklare moment på egen hand", "Simple steps on one's own"),
    3: ("På egen hand, självständigt", "Independently"),
    4: ("Avancerad nivå, kan vägleda andra", "Advanced, can guide others"),
    5: ("Specialiserad nivå, löser komplexa problem", "Specialised, solves complex problems"),
}


@dataclass(frozen=True)
class CompetenceTags:
    """What a case type calls for: any of a base-level service, a framework competence (or a whole area) and
    the level of it."""

    base_service: str | None = None  # a key of BASE_SERVICES
    framework: str | None = None  # a key of FRAMEWORK_COMPETENCES or FRAMEWORK_AREAS
    level: int | None = None  # a key of FRAMEWORK_LEVELS


@dataclass(frozen=True)
class TrainingLink:
    """A course or page for staff, added by the library: for some framework competences or areas, base-level
    services or case types. Staff-facing; the title is in the library's own words."""

    title: str
    url: str
    framework: tuple[str, ...] = ()
    base_services: tuple[str, ...] = ()
    case_types: tuple[str, ...] = ()


def framework_area(code: str) -> str:
    """The area of a competence ("4.2" -> "4"), or the area itself."""
    return code.split(".", 1)[0]


def _name(table: dict, key, language: str) -> str:
    sv, en = table[key][:2]
    return en if language == "en" else sv


def base_service_name(service_id: str, language: str) -> str:
    return _name(BASE_SERVICES, service_id, language) if service_id in BASE_SERVICES else service_id


def framework_name(code: str, language: str) -> str:
    """ "4.2 Skydda personuppgifter och integritet", or "4 Digital säkerhet" for an area."""
    table = FRAMEWORK_COMPETENCES if code in FRAMEWORK_COMPETENCES else FRAMEWORK_AREAS
    return f"{code} {_name(table, code, language)}" if code in table else code


def is_framework_code(code: str) -> bool:
    return code in FRAMEWORK_COMPETENCES or code in FRAMEWORK_AREAS
