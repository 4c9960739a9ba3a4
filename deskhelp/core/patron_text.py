"""What the patron sees, in the patron's language: the fixed labels of a slip and the sheet a slip is printed from.

The staff interface has its own language (Swedish or English, through Qt translations). The patron in front of the
desk may read another language: a pack text may carry any language besides the required sv and en, and the fixed
labels of a patron slip live here, as a plain table, so that adding a language is adding a column. A label keeps
placeholders in braces (``{library}``, ``{date}``) for the caller to fill in.

Arabic labels are written so that they read right to a man and to a woman alike: no second-person verbs or
imperatives, whose written forms differ; verbal nouns and "يمكنك" instead.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from deskhelp.core.guidelines import CONTACT_FIELDS, Actor, GuidelinePack, Outcome
from deskhelp.core.patron_label_columns import LABEL_COLUMNS, TIMES_LABELS
from deskhelp.core.patron_languages import card_of, offered_languages
from deskhelp.core.triage import TriageResult

FALLBACK_LANGUAGES = ("en", "sv")

PATRON_LABELS: dict[str, dict[str, str]] = {
    # Slip titles
    "slip_title_referral": {"sv": "Hänvisning", "en": "Referral", "ar": "إحالة"},
    "slip_title_booking": {"sv": "Digital handledning", "en": "Digital guidance", "ar": "الإرشاد الرقمي"},
    "slip_title_other": {"sv": "Att komma ihåg", "en": "To remember", "ar": "للتذكير"},
    # Sections
    "your_errand": {"sv": "Ditt ärende", "en": "Your errand", "ar": "موضوع طلبك"},
    "what_we_agreed": {"sv": "Det här kom vi fram till", "en": "What we agreed", "ar": "ما اتفقنا عليه"},
    "where_to_go": {"sv": "Hit kan du vända dig", "en": "Where you can turn", "ar": "الجهات التي يمكنك التوجه إليها"},
    "bring": {"sv": "Det här behöver du", "en": "You will need", "ar": "ما يلزمك"},
    "booked_time": {"sv": "Bokad tid", "en": "Booked time", "ar": "الموعد المحجوز"},
    "guidance": {"sv": "Drop-in och bokning", "en": "Drop-in and booking", "ar": "الحضور دون موعد والحجز"},
    # Contact details
    "phone": {"sv": "Telefon", "en": "Phone", "ar": "الهاتف"},
    "web": {"sv": "Webb", "en": "Web", "ar": "الموقع الإلكتروني"},
    "chat": {"sv": "Chatt", "en": "Chat", "ar": "الدردشة"},
    "email": {"sv": "E-post", "en": "E-mail", "ar": "البريد الإلكتروني"},
    "address": {"sv": "Adress", "en": "Address", "ar": "العنوان"},
    "hours": {"sv": "Öppettider", "en": "Opening hours", "ar": "أوقات العمل"},
    "languages": {"sv": "Språk", "en": "Languages", "ar": "اللغات"},
    "contact": {"sv": "Kontakt", "en": "Contact", "ar": "معلومات الاتصال"},  # a line staff fill in by hand
    "ask_for": {"sv": "Fråga efter", "en": "Ask for", "ar": "يمكنك السؤال عن"},
    "scan_code": {
        "sv": "Skanna koden med mobilens kamera",
        "en": "Scan the code with your phone camera",
        "ar": "يمكن مسح الرمز بكاميرا الهاتف",
    },
    # Footer
    "keep_slip": {
        "sv": "Fotografera lappen eller spara den.",
        "en": "Take a photo of this slip or keep it.",
        "ar": "يُرجى تصوير هذه الورقة أو الاحتفاظ بها.",
    },
    "given_by": {
        "sv": "Från {library}, {date}",
        "en": "Given by {library} on {date}",
        "ar": "من {library}، بتاريخ {date}",
    },
    # One headline for each outcome (see OUTCOME_HEADLINES)
    "headline_helped_here": {
        "sv": "Det här kan vi hjälpa dig med",
        "en": "This is what we can help you with",
        "ar": "هذا ما يمكننا مساعدتك فيه",
    },
    "headline_partly_referred": {
        "sv": "Resten kan du få hjälp med här",
        "en": "Where to get help with the rest",
        "ar": "الجهات التي تساعدك في باقي طلبك",
    },
    "headline_referred": {
        "sv": "Hit kan du vända dig",
        "en": "Where you can turn",
        "ar": "الجهات التي يمكنك التوجه إليها",
    },
    "headline_booked": {
        "sv": "Vi bokar en tid för digital handledning",
        "en": "We are booking you a digital guidance session",
        "ar": "نحجز لك موعدًا للإرشاد الرقمي",
    },
    "headline_colleague": {
        "sv": "En kollega hjälper dig",
        "en": "A colleague will help you",
        "ar": "سيساعدك أحد زملائنا",
    },
}

PATRON_LABELS.update(TIMES_LABELS)
for _language, _column in LABEL_COLUMNS.items():  # uk, fa, so, ti: a column each
    for _key, _label in _column.items():
        PATRON_LABELS[_key][_language] = _label

OUTCOME_HEADLINES: dict[Outcome, str] = {outcome: f"headline_{outcome.value}" for outcome in Outcome}

# Languages written right to left, by the codes a pack may use (ISO 639-1, plus ckb for Sorani Kurdish, which
# has no two-letter code; "ku" is left out because Kurmanji, the Kurdish most often written, uses Latin letters).
RTL_LANGUAGES = frozenset({"ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"})


def patron_label(key: str, language: str) -> str:
    """The label ``key`` in ``language``, else in English, else in Swedish. Raises KeyError for an unknown key."""
    texts = PATRON_LABELS[key]
    for candidate in (language, *FALLBACK_LANGUAGES):
        if texts.get(candidate):
            return texts[candidate]
    raise KeyError(f"label {key!r} has no text in {language}, en or sv")


def is_rtl(language: str) -> bool:
    return language.lower() in RTL_LANGUAGES


def patron_languages(pack: GuidelinePack, result: TriageResult) -> tuple[str, ...]:
    """The languages a slip for this result can be given in: sv, en, then each language in which the pack has every
    text the slip prints (core.patron_languages), so that no slip is half in another language."""
    return offered_languages(pack, result)


@dataclass(frozen=True)
class PatronActor:
    name: str
    helps_with: str
    web: str | None = None
    phone: str | None = None
    chat: str | None = None
    email: str | None = None
    address: str | None = None
    hours: str | None = None
    languages: tuple[str, ...] = ()  # language codes
    # Contact details the pack has but nobody has checked: printed without a warning (the patron cannot check them
    # and a note on paper only worries), and named to staff before printing, who check them or cross them out.
    unchecked: tuple[str, ...] = ()
    fill_in_locally: bool = False
    staff_name: str = field(default="", compare=False)  # the Swedish name, for staff told what is unchecked

    @property
    def has_contacts(self) -> bool:
        return any(getattr(self, name) for name in CONTACT_FIELDS)


@dataclass(frozen=True)
class PatronSheet:
    """Everything a patron slip says, already in the patron's language. Nothing about the patron or the staff."""

    language: str
    rtl: bool
    case_title: str
    outcome: Outcome
    headline: str
    said: str
    actors: tuple[PatronActor, ...]
    bring: tuple[str, ...]
    colleague: str | None = None  # whom to ask for, when handed to a colleague (a role, never a name)
    card_title: str | None = None  # a "helped here" slip: the errand's quick-reference card, to do it again at home
    steps: tuple[str, ...] = ()

    @property
    def unchecked(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(actor, fields) for each actor whose printed details nobody has checked: for staff, never on the slip."""
        return tuple((actor.staff_name or actor.name, actor.unchecked) for actor in self.actors if actor.unchecked)


def patron_actor(actor: Actor, language: str) -> PatronActor:
    c = actor.contacts
    present = {
        "web": c.web,
        "phone": c.phone,
        "chat": c.chat,
        "email": c.email,
        "address": c.address,
        "hours": c.hours.get(language) if c.hours else None,
        "languages": c.languages,
    }
    unchecked = tuple(name for name in CONTACT_FIELDS if present[name] and actor.is_unverified(name))
    shown = dict(present, languages=present["languages"] or ())
    return PatronActor(
        name=actor.name.get(language),
        helps_with=actor.helps_with.get(language),
        **shown,
        unchecked=unchecked,
        fill_in_locally=actor.fill_in_locally,
        staff_name=actor.name.get("sv"),
    )


def patron_sheet(result: TriageResult, pack: GuidelinePack, language: str) -> PatronSheet:
    """The slip's text in ``language``; in English as a whole where the pack lacks any of its texts in that language
    (patron_languages offers only the languages that have them all): a slip is never mixed."""
    if language not in offered_languages(pack, result):
        language = "en"
    case = result.case_type
    card = card_of(pack, result)
    return PatronSheet(
        language=language,
        rtl=is_rtl(language),
        # The built-in "not in the guidelines" is staff's word for it; the patron reads "Your errand".
        case_title=case.title.get(language) if case.in_guidelines else patron_label("your_errand", language),
        outcome=result.outcome,
        headline=patron_label(OUTCOME_HEADLINES[result.outcome], language),
        said=result.phrasing.get(language),
        actors=tuple(patron_actor(actor, language) for actor in result.actors),
        bring=tuple(pack.resources[r].title.get(language) for r in case.resources if r in pack.resources),
        colleague=colleague_text(case.colleague_role.translations, language)
        if result.outcome is Outcome.COLLEAGUE and case.colleague_role
        else None,
        card_title=card.title.get(language) if card is not None else None,
        steps=tuple(step.get(language) for step in card.steps) if card is not None else (),
    )


def colleague_text(role: dict[str, str], language: str) -> str:
    """Whom to ask for. The role is staff's word (FORMAT.md: not translated), and the patron shows it to a colleague
    who reads Swedish: on a slip in another language, the role in that language where the pack has it, with the
    Swedish words after it; else the Swedish words alone, as a name to show."""
    if language in ("sv", "en"):
        return role.get(language) or role["sv"]
    own = role.get(language)
    return f"{own} ({role['sv']})" if own else role["sv"]


def text_is_rtl(text: str, default: bool) -> bool:
    """Whether a paragraph runs right to left, from its first letter with a direction (Unicode rules P2 and P3)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return default
