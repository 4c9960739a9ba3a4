"""The referral as plain text in the patron's language, to paste into a chat or an e-mail (Ctrl+Shift+C).

The same facts as the printed slip (``core.patron_text.PatronSheet``: the errand, what was agreed, the actors with
their contacts, what to bring), without the QR code, plus the library's remote drop-in for a patron who is not at
the library. Every word is in one language: the slip's labels where they exist in it, else this module's.

Arabic labels are gender-neutral, as on the slip (verbal nouns and "يمكنك", no second-person verbs).
"""

from __future__ import annotations

from deskhelp.core.guidelines import TIMES_FIELDS, BranchTimes, Outcome
from deskhelp.core.patron_text import FALLBACK_LANGUAGES, PATRON_LABELS, PatronActor, PatronSheet

# Labels the copied text needs in every language of the default pack. The slip's own (PATRON_LABELS) win where
# they have the language, so that slip and text say the same.
TEXT_LABELS: dict[str, dict[str, str]] = {
    "slip_title_referral": {"uk": "Направлення", "fa": "ارجاع", "so": "Tilmaan", "ti": "ሓበሬታ"},
    "slip_title_booking": {
        "uk": "Цифрова допомога",
        "fa": "راهنمایی دیجیتال",
        "so": "Hagitaan dijitaal ah",
        "ti": "ዲጂታላዊ ሓገዝ",
    },
    "slip_title_other": {"uk": "Нагадування", "fa": "برای یادآوری", "so": "Xusuusin", "ti": "ንዝኽሪ"},
    "your_errand": {"uk": "Ваша справа", "fa": "موضوع درخواست شما", "so": "Arrintaada", "ti": "ጉዳይኩም"},
    "what_we_agreed": {
        "uk": "Про що ми домовилися",
        "fa": "آنچه توافق کردیم",
        "so": "Waxa aan isku raacnay",
        "ti": "ዝተሰማማዕናሉ",
    },
    "where_to_go": {
        "uk": "Куди можна звернутися",
        "fa": "جایی که می‌توانید مراجعه کنید",
        "so": "Halka aad la xiriiri karto",
        "ti": "ክትከዱሉ እትኽእሉ ቦታ",
    },
    "bring": {"uk": "Що вам знадобиться", "fa": "آنچه لازم دارید", "so": "Waxa aad u baahan tahay", "ti": "ዘድልየኩም"},
    "phone": {"uk": "Телефон", "fa": "تلفن", "so": "Telefoon", "ti": "ቴሌፎን"},
    "web": {"uk": "Вебсайт", "fa": "وب‌سایت", "so": "Bogga internetka", "ti": "መርበብ ሓበሬታ"},
    "chat": {"uk": "Чат", "fa": "گفتگوی آنلاین", "so": "Wada-sheekeysi", "ti": "ቻት"},
    "email": {"uk": "Електронна пошта", "fa": "ایمیل", "so": "Iimayl", "ti": "ኢመይል"},
    "address": {"uk": "Адреса", "fa": "نشانی", "so": "Cinwaan", "ti": "ኣድራሻ"},
    "hours": {"uk": "Години роботи", "fa": "ساعات کاری", "so": "Saacadaha furan", "ti": "ሰዓታት ስራሕ"},
    "ask_for": {"uk": "Запитайте", "fa": "سراغ این شخص را بگیرید", "so": "Weydii", "ti": "ሕተቱ"},
    "unverified": {
        "uk": "Ці контактні дані не перевірено. Перевірте їх на вебсайті.",
        "fa": "این اطلاعات تماس بررسی نشده است. آن را در وب‌سایت بررسی کنید.",
        "so": "Xogta xiriirka lama hubin. Ka eeg bogga internetka.",
        "ti": "እዚ ሓበሬታ ርክብ ኣይተረጋገጸን። ኣብ መርበብ ሓበሬታ ርኣይዎ።",
    },
    "guidance": {
        "uk": "Без запису та за записом",
        "fa": "مراجعه بدون وقت قبلی و رزرو وقت",
        "so": "Bilaa ballan iyo ballan",
        "ti": "ብዘይ ቆጸራን ብቆጸራን",
    },
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
    "video_room": {
        "sv": "Videorum",
        "en": "Video room",
        "ar": "غرفة الفيديو",
        "uk": "Відеокімната",
        "fa": "اتاق ویدیویی",
        "so": "Qolka fiidiyowga",
        "ti": "ክፍሊ ቪድዮ",
    },
    "drop_in": {
        "sv": "Drop-in",
        "en": "Drop-in",
        "ar": "الحضور دون موعد",
        "uk": "Без запису",
        "fa": "بدون وقت قبلی",
        "so": "Bilaa ballan",
        "ti": "ብዘይ ቆጸራ",
    },
    "booking": {
        "sv": "Boka tid",
        "en": "Booked sessions",
        "ar": "المواعيد المحجوزة",
        "uk": "За записом",
        "fa": "با وقت قبلی",
        "so": "Ballan",
        "ti": "ብቆጸራ",
    },
    "remote": {
        "sv": "På distans",
        "en": "Remote",
        "ar": "عن بُعد",
        "uk": "Дистанційно",
        "fa": "از راه دور",
        "so": "Meel fog",
        "ti": "ብርሑቕ",
    },
    "how_to_book": {
        "sv": "Så bokar du",
        "en": "How to book",
        "ar": "طريقة الحجز",
        "uk": "Як записатися",
        "fa": "نحوه رزرو وقت",
        "so": "Sida loo ballansado",
        "ti": "ኣገባብ ቆጸራ ምሓዝ",
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
    if actor.unverified_fields:
        lines.append(f"({text_label('unverified', language)})")
    return lines


def _times_lines(times: BranchTimes, language: str, only_remote: bool) -> list[str]:
    lines = []
    for name in ("remote",) if only_remote else TIMES_FIELDS:
        text = getattr(times, name)
        if text is not None:
            lines.append(f"{text_label(name, language)}: {text.get(language)}")
        if name == "remote" and times.remote_link:
            lines.append(f"{text_label('video_room', language)}: {times.remote_link}")
    return lines


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
