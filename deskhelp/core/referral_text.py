"""The referral as plain text in the patron's language, to paste into a chat or an e-mail (Ctrl+Shift+C).

The same facts as the printed slip (``core.patron_text.PatronSheet``: the errand, what was agreed, the actors with
their contacts, what to bring), without the QR code, plus the library's remote drop-in for a patron who is not at
the library. Every word is in one language: the slip's labels where they exist in it, else this module's.

Arabic labels are gender-neutral, as on the slip (verbal nouns and "يمكنك", no second-person verbs).
"""

from __future__ import annotations

from deskhelp.core.branch_times import times_language, times_text
from deskhelp.core.guidelines import TIMES_FIELDS, BranchTimes, Outcome
from deskhelp.core.patron_text import FALLBACK_LANGUAGES, PATRON_LABELS, PatronActor, PatronSheet

# Labels the copied text needs beyond the slip's own (PATRON_LABELS, in every language of the default pack), so
# that slip and text say the same.
TEXT_LABELS: dict[str, dict[str, str]] = {
    "from_library": {
        "sv": "Från {library}",
        "en": "From {library}",
        "ar": "من {library}",
        "uk": "Від: {library}",
        "fa": "از طرف {library}",
        "so": "Waxaa diray {library}",
        "ti": "ካብ {library}",
    },
    "remote_drop_in": {
        "sv": "Bibliotekets drop-in på distans",
        "en": "The library's remote drop-in",
        "ar": "جلسات المكتبة عن بُعد دون موعد",
        "uk": "Дистанційна допомога бібліотеки без запису",
        "fa": "راهنمایی از راه دور کتابخانه، بدون وقت قبلی",
        "so": "Caawinta maktabadda ee meel fog, bilaa ballan",
        "ti": "ርሑቕ ሓገዝ ቤት መጻሕፍቲ ብዘይ ቆጸራ",
    },
}
TEXT_LANGUAGES = ("sv", "en", "ar", "uk", "fa", "so", "ti")
_CONTACTS = ("web", "phone", "chat", "email", "address", "hours")
_TITLES = {Outcome.REFERRED: "slip_title_referral", Outcome.PARTLY_REFERRED: "slip_title_referral"}


def text_label(key: str, language: str) -> str:
    """The label in ``language``: the slip's, else this module's, else English, else Swedish."""
    for candidate in (language, *FALLBACK_LANGUAGES):
        for table in (PATRON_LABELS, TEXT_LABELS):
            text = table.get(key, {}).get(candidate)
            if text:
                return text
    raise KeyError(f"label {key!r} has no text in {language}, en or sv")


def _actor_lines(actor: PatronActor, language: str) -> list[str]:
    lines = [actor.name, actor.helps_with]
    for name in _CONTACTS:
        value = getattr(actor, name)
        if value:
            lines.append(f"{text_label(name, language)}: {value}")
    return lines  # unchecked details carry no excuse, as on the slip: staff were told before copying


def _times_lines(times: BranchTimes, language: str, only_remote: bool) -> list[str]:
    """The times in ``language``, or all in English where they lack it (branch_times.times_language), never mixed."""
    fields = ("remote",) if only_remote else TIMES_FIELDS
    return times_text(times, times_language(times, language), fields).splitlines()


def referral_text(sheet: PatronSheet, times: BranchTimes | None = None, remote: bool = False, library: str = "") -> str:
    """The sheet as plain text in ``sheet.language``. ``times``: the branch's times for digital guidance; all of
    them are given when the patron is booked, and the remote drop-in when the patron is ``remote`` (phone, chat,
    e-mail, video). No QR code, nothing about the patron or the staff member."""
    language = sheet.language
    title = _TITLES.get(sheet.outcome, "slip_title_booking" if sheet.outcome is Outcome.BOOKED else "slip_title_other")
    blocks = [[text_label(title, language), f"{text_label('your_errand', language)}: {sheet.case_title}"]]
    blocks.append([f"{text_label('what_we_agreed', language)}:", sheet.said])
    if sheet.colleague:
        blocks.append([f"{text_label('ask_for', language)}: {sheet.colleague}"])
    if sheet.actors:
        actors = [_actor_lines(actor, language) for actor in sheet.actors]
        actors[0].insert(0, f"{text_label('where_to_go', language)}:")
        blocks += actors
    if sheet.bring:
        blocks.append([f"{text_label('bring', language)}:", *(f"- {item}" for item in sheet.bring)])
    if times is not None:
        if sheet.outcome is Outcome.BOOKED:
            lines = _times_lines(times, language, only_remote=False)
            if lines:
                blocks.append([f"{text_label('guidance', language)}:", *lines])
        elif remote:
            lines = _times_lines(times, language, only_remote=True)
            if lines:
                blocks.append([f"{text_label('remote_drop_in', language)}:", *lines])
    if library:
        blocks.append([text_label("from_library", language).replace("{library}", library)])
    return "\n\n".join("\n".join(line for line in block if line) for block in blocks) + "\n"
