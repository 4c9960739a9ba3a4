"""Spot personal data in the short free-text reflection staff may add to an anonymous case.

The case log is anonymous by design: nothing about a patron may ever be stored. A reflection is free text, so it
is checked as it is typed. The UI highlights what :func:`find_personal_data` finds and offers :func:`redact`; the
case record (deskhelp.core.cases), which every way into the database goes through, refuses text in which it finds
anything. All share one detector, so whatever the UI lets through, the case record accepts. Branch and desk names,
stored on every case, are checked by ``deskhelp.core.names.name_problem``.

What is found: Swedish personal identity and coordination numbers, phone numbers, e-mail addresses (also written
"anna (at) example dot se"), payment card numbers and IBANs. Every kind that carries a check digit is verified
(Luhn, mod-97), because a desk reflection is full of numbers that only look alike: case numbers, ISBNs, order and
OCR numbers, dates, prices, postcodes, opening hours, version numbers.

Rules that decide the edge cases, in one place:

* The text is normalised once before matching: zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF) are
  dropped and the rest is NFKC ("０７０" is "070"); spans are mapped back to the text as given.
* A finding starts and ends at a whole digit group. A group glued to a letter or to another digit
  ("x0701234567", "98112189876") is part of something longer and never a finding on its own. Groups joined by a
  space, a dash, a slash or a dot can each start or end a finding, because people type numbers next to each other
  ("070-123 45 67 08-123 456 78").
* Overlaps: e-mail beats IBAN beats payment card beats personal/coordination number beats phone; between two
  candidates of the same rank the longer one wins. An e-mail address or IBAN explains every digit inside it, and a
  number with a valid date and checksum is far less likely to be chance than a phone-shaped digit run.
* Personal number versus phone: the formats only collide on a bare 10-digit run starting with 0
  ("0101011234", born 2001). With a valid date and checksum it is a PERSONAL_NUMBER, otherwise a PHONE. Phone
  formatting (a dash after a 2-4 digit area code, "010-1011234") is not a personal number format, so such text is
  always a PHONE.
* Personal numbers: the date in one piece and then "-", "+", " ", "/", "." or a spaced dash or slash before the
  last four ("811218 - 9876", "19811218/9876"), or the date split the same way twice ("81-12-18-9876",
  "1981.12.18-9876", "81 12 18 9876"). A split date followed by a space and four digits is a date and a number
  ("2026-02-03 1234"), not a personal number.
* Phones: after an area code the subscriber part is one run or groups of two or three digits, and the only
  two-digit area code is 08; with a slash or dots ("070/123 45 67", "070.123.45.67") nothing else counts, since
  dates and times are written that way. "46 70 ..." without "+" or "00" counts for mobile numbers only.
* Nothing is found inside an ISBN (labelled "ISBN", or 978/979 with its check digit, or hyphenated ISBN-10).

Deliberately not detected:

* names, street addresses and postal codes: no reliable pattern, and a postal code alone identifies nobody;
* passport numbers, licence plates, bankgiro/plusgiro and clearing + account numbers: indistinguishable from the
  case and order numbers a reflection is full of;
* payment card numbers not starting with 2-6: no card network issues them, and the rule keeps ISBN-13s (978/979)
  and long Luhn-valid OCR references that start with 1, 7, 8 or 9 quiet;
* Swedish numbers whose subscriber part (after a separated area code) has fewer than 5 digits, and landline
  numbers written with "46" but without "+" or "00";
* "at" in prose before a real domain ("logged in at skatteverket.se"), and "anna @ example.se" with spaces around
  a real "@": an obfuscated "at" counts when it is bracketed ("(at)", "[at]") or "snabel-a", a bare "at" or a
  spaced "@" only when the domain is obfuscated too ("example dot se");
* IBANs of countries missing from the length table below.

Digits in Arabic-Indic, Persian and fullwidth forms count like 0-9, and en dashes and no-break spaces like their
plain forms: patrons show their own documents, and pasted text brings typographic characters along.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache

from deskhelp.core.privacy_addresses import email_candidates, iban_candidates, obfuscated_email_candidates
from deskhelp.core.privacy_findings import Finding, Kind

__all__ = [
    "Finding",
    "Kind",
    "contains_personal_data",
    "find_personal_data",
    "redact",
]


def find_personal_data(text: str) -> list[Finding]:
    """Every piece of personal data in ``text``, sorted by start and never overlapping.

    Spans are str indices into ``text`` as given: the matching runs on a normalised copy, and a finding that covers
    a zero-width character or a character NFKC expands is mapped back to the characters staff see.
    """
    normal, origin = _normalized(text)
    candidates = [
        *email_candidates(normal),
        *obfuscated_email_candidates(normal),
        *iban_candidates(normal),
        *_digit_candidates(normal),
    ]
    findings = _without_overlaps(candidates)
    if origin is None:
        return findings
    return [Finding(f.kind, origin[f.start], origin[f.end - 1] + 1) for f in findings]


def contains_personal_data(text: str) -> bool:
    return bool(find_personal_data(text))


def redact(text: str, findings: Iterable[Finding] | None = None, mask: str = "█") -> str:
    """Mask every letter and digit inside each finding; keep everything else.

    Why not a placeholder such as "[personnummer]": the UI is in several languages and a placeholder word would be
    Swedish or English for everyone. Masking character by character ("19811218-9876" -> "████████-████") is
    language-neutral, keeps the sentence readable, shows what kind of thing was there, and keeps every str index
    (with the default one-character mask), so the UI's highlights stay where they were.

    The mask may not contain letters or digits: the redacted text must pass :func:`contains_personal_data`, and
    "XXXX@XXXX.XX" would still look like an e-mail address. For the same reason, without explicit ``findings`` it
    repeats until nothing is found: masking can uncover a number that was glued to a finding and so did not count
    ("anna@example.se-anna@example.com", where the second address seems to start in the middle of a word).
    """
    if not mask or any(ch.isalnum() for ch in mask):
        raise ValueError(f"the mask must be non-empty and contain no letters or digits, got {mask!r}")
    if findings is not None:
        return _masked(text, findings, mask)
    # Every round masks at least one letter or digit and masks never add any, so this ends.
    while findings := find_personal_data(text):
        text = _masked(text, findings, mask)
    return text


def _masked(text: str, findings: Iterable[Finding], mask: str) -> str:
    masked = [False] * len(text)
    for finding in findings:
        if not 0 <= finding.start <= finding.end <= len(text):
            raise ValueError(f"{finding} does not fit in a text of {len(text)} characters")
        masked[finding.start : finding.end] = [True] * (finding.end - finding.start)
    return "".join(mask if hide and _shows_alnum(ch) else ch for ch, hide in zip(text, masked, strict=True))


def _shows_alnum(ch: str) -> bool:
    """A letter or digit, or a symbol that normalises to one ("㏩" is "10日"): what masking must hide."""
    return ch.isalnum() or (not ch.isascii() and any(c.isalnum() for c in unicodedata.normalize("NFKC", ch)))


# --- Normalisation -------------------------------------------------------------------------------------------------

# Each replacement is one code point for one code point, so indices into the normalised text are indices into the
# original. Arabic-Indic and Persian digits count because patrons show their own documents and phones; en dashes and
# no-break spaces arrive when text is pasted from a word processor or a web page.
_NORMALIZE = str.maketrans(
    {
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Extended Arabic-Indic (Persian, Urdu)
        **{chr(0xFF10 + d): str(d) for d in range(10)},  # fullwidth digits
        "\u00a0": " ",  # no-break space
        "\u2007": " ",  # figure space
        "\u202f": " ",  # narrow no-break space (a thousands separator)
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash
        "\u2212": "-",  # minus sign
    }
)
_NEEDS_NORMALIZING = re.compile("[" + "".join(re.escape(chr(code)) for code in _NORMALIZE) + "]")
# Invisible characters that split a number or an address for the eye of a regex but not for a reader: zero-width
# space, non-joiner, joiner, word joiner and the byte order mark (a zero-width no-break space mid-text).
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_HAS_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH}]")


def _normalized(text: str) -> tuple[str, list[int] | None]:
    """``text`` without zero-width characters, in NFKC, with the replacements above; and where each character came
    from (``origin[i]`` is the index in ``text`` of the character that gave normalised character ``i``), or None
    when nothing moved.

    Typed text is nearly always ASCII or already NFKC (Arabic and emoji included), so the text is checked whole,
    then in chunks, and the character-by-character work is only done in the chunks that need it. Each character is
    normalised on its own: what matters here are digits, separators and letters, not how accents compose.
    """
    if text.isascii():
        return text, None
    if not _HAS_ZERO_WIDTH.search(text) and unicodedata.is_normalized("NFKC", text):
        return (text.translate(_NORMALIZE) if _NEEDS_NORMALIZING.search(text) else text), None
    pieces: list[str] = []
    origin: list[int] = []
    for chunk_start in range(0, len(text), _CHUNK):
        chunk = text[chunk_start : chunk_start + _CHUNK]
        if chunk.isascii() or (not _HAS_ZERO_WIDTH.search(chunk) and unicodedata.is_normalized("NFKC", chunk)):
            pieces.append(chunk)
            origin.extend(range(chunk_start, chunk_start + len(chunk)))
            continue
        for index, ch in enumerate(chunk, chunk_start):
            normal = ch if ch.isascii() else _normal_char(ch)
            pieces.append(normal)
            origin.extend([index] * len(normal))
    normal = "".join(pieces)
    return (normal.translate(_NORMALIZE) if _NEEDS_NORMALIZING.search(normal) else normal), origin


_CHUNK = 256


@lru_cache(maxsize=4096)
def _normal_char(ch: str) -> str:
    return "" if ch in _ZERO_WIDTH else unicodedata.normalize("NFKC", ch)


def _is_word_char(text: str, index: int) -> bool:
    """What the regex \\w means, for one index that may be outside the text."""
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


# --- Numbers made of digit groups: personal and coordination numbers, payment cards, phones --------------------------

# A chain is digit groups joined by what numbers are written with: a space, a dash or slash (maybe spaced), a dot,
# "+" (personal numbers of people over 100), the "(0)" of "+46 (0)8 ..." and the ")" of "(08) 123 45 67". A chain
# may open with "+" or "(". Every join starts with a non-digit and every group is all digits, so matching is linear.
# Joins are generous on purpose: what a span may look like is decided by the shapes below, per kind.
_DIGIT_CHAIN = re.compile(r"[+(]?[0-9]+(?:(?: ?[-/] ?| ?\(0\) ?|\) ?|[ +.])[0-9]+)*")
_DIGIT_GROUP = re.compile(r"[0-9]+")
_MIN_DIGITS = 8  # the shortest phone number; every other kind is longer

# A personal number is a date and four digits. Either the date is in one piece and any separator people type
# follows it ("811218-9876", "811218 - 9876", "811218/9876", "811218.9876", "19811218 9876"), or the date itself is
# split, the same way twice, and then the four digits follow the same separator or the usual dash or plus
# ("81-12-18-9876", "1981.12.18-9876", "81 12 18 9876"). Not "2026-02-03 1234": a date, then a case or a time.
_IDENTITY_NUMBER_SHAPE = re.compile(
    r"(?:[0-9]{2})?[0-9]{6}(?: ?[-/] ?|[+ .])?[0-9]{4}"
    r"|(?:[0-9]{2})?[0-9]{2}(?P<sep>[-./ ])[0-9]{2}(?P=sep)[0-9]{2}(?:(?P=sep)|[-+])[0-9]{4}"
)
# As printed on cards, and as people group them when they copy one; the separator is the same throughout.
_CARD_SEPARATOR = r"(?: ?- ?|[ .])"
_CARD_SHAPE = re.compile(
    r"[0-9]{13,19}"  # ungrouped
    rf"|[0-9]{{4}}(?P<a>{_CARD_SEPARATOR})[0-9]{{4}}(?:(?P=a)[0-9]{{4}}){{1,2}}(?:(?P=a)[0-9]{{1,4}})?"  # fours
    rf"|[0-9]{{4}}(?P<b>{_CARD_SEPARATOR})[0-9]{{6}}(?P=b)[0-9]{{4,5}}"  # American Express 4-6-5, Diners 4-6-4
    rf"|[0-9]{{4}}(?P<c>{_CARD_SEPARATOR})[0-9]{{8}}(?P=c)[0-9]{{4}}"  # 4-8-4
    rf"|[0-9]{{4}}(?P<d>{_CARD_SEPARATOR})[0-9]{{4}}(?P=d)[0-9]{{8}}"  # 4-4-8
    rf"|[0-9]{{8}}(?P<e>{_CARD_SEPARATOR})[0-9]{{4}}(?P=e)[0-9]{{4}}"  # 8-4-4
    rf"|[0-9]{{8}}{_CARD_SEPARATOR}[0-9]{{8}}"  # halves
)
# Domestic: an area code of 2-4 digits starting with 0 (maybe in parentheses) followed by a dash or space and
# space-separated groups, or one unbroken run. Only one dash, right after the area code, so dates written
# "08-12-2026" and ISBNs "0-19-852663-6" are not phones.
_PHONE_DOMESTIC = re.compile(r"(?:\(0[1-9][0-9]{0,2}\) ?|0[1-9][0-9]{0,2}(?: ?- ?| ))[0-9]+(?: [0-9]+)*|0[1-9][0-9]+")
# With a slash or dots ("070/123 45 67", "08 / 123 456 78", "070.123.45.67", "070.123 45 67"), dates and times look
# alike, so the subscriber part must look like one: a single run, or groups of two or three digits. A year
# ("08/12 2026", "03.02.2026") never does.
_PHONE_SLASH_OR_DOT = re.compile(r"0[1-9][0-9]{0,2}(?: ?/ ?|\.)[0-9]+(?:(?: [0-9]+)*|(?:\.[0-9]+)*)")
_PHONE_INTERNATIONAL = re.compile(r"(?:\+|00)[1-9][0-9]*(?: ?\(0\) ?[0-9]+)?(?:(?: ?[-/] ?|[ .])[0-9]+)*")
# A Swedish mobile number with the country code but without "+" or "00": "46 70 123 45 67", "46701234567". Only
# mobiles (46 7x): "46" before a landline number is too like any other number that happens to start with 46.
_PHONE_SWEDISH_MOBILE_WITHOUT_PLUS = re.compile(r"46(?: ?- ?|[ .])?(?:\(0\) ?)?[0-9]+(?:(?: ?- ?|[ .])[0-9]+)*")


def _digit_candidates(text: str) -> Iterator[Finding]:
    for chain in _DIGIT_CHAIN.finditer(text):
        if chain.end() - chain.start() < _MIN_DIGITS:
            continue  # too short to hold anything we look for, like most numbers in prose
        groups = [(g.start(), g.end()) for g in _DIGIT_GROUP.finditer(text, chain.start(), chain.end())]
        # A group touching a letter or another digit cannot be the edge of a finding. Inside the chain every group
        # is preceded by a join, so only the chain's own ends need checking. An opening "+" or "(" is a boundary
        # of its own: "tel+46 70 ..." and "...78(08) 123 45 67" are still phone numbers.
        first = 1 if _is_word_char(text, groups[0][0] - 1) else 0
        last = len(groups) - 2 if _is_word_char(text, chain.end()) else len(groups) - 1
        if len(groups) > 1 or "isbn" in text[max(0, chain.start() - 12) : chain.start()].lower():
            first = max(first, _groups_in_isbn(text, chain.start(), groups))
        if chain.start() < groups[0][0] and first == 0:
            yield from _findings_starting(text, chain.start(), groups, 0, last)
        for i in range(first, last + 1):
            if i > 0 and text[groups[i][0] - 1] == "+":
                # The "+" of "811218+9876" may also open a number typed right after another: "...67+47 22 12 34 56".
                yield from _findings_starting(text, groups[i][0] - 1, groups, i, last)
            yield from _findings_starting(text, groups[i][0], groups, i, last)


_ISBN_LABEL = re.compile(r"(?i)isbn(?:[- ]?1[03])?:?\s*\Z")


def _groups_in_isbn(text: str, chain_start: int, groups: list[tuple[int, int]]) -> int:
    """How many of the chain's first groups are an ISBN (0 if none): nothing found may start inside one.

    An ISBN is labelled ("ISBN 0198526636", "ISBN-10: 91 7054 883 1"), or it proves itself: 13 digits starting
    978 or 979, or 10 digits in four groups joined by hyphens, the last one the check digit alone; either with
    its check digit right. Otherwise its groups could be read as a phone ("978-08-1234567-4") or, unhyphenated,
    a personal number ("ISBN 9110123456").
    """
    before = text[max(0, chain_start - 12) : chain_start]
    labelled = "isbn" in before.lower() and _ISBN_LABEL.search(before) is not None
    digits = ""
    for count, (start, end) in enumerate(groups, 1):
        digits += text[start:end]
        if len(digits) == 10 and (labelled or (count == 4 and end - start == 1 and _isbn10_hyphenated(text, groups))):
            return count
        if len(digits) == 13 and (labelled or (digits[:3] in ("978", "979") and _isbn13_ok(digits))):
            return count
        if len(digits) >= 13:
            break
    return 0


def _isbn10_hyphenated(text: str, groups: list[tuple[int, int]]) -> bool:
    """The first four groups are an ISBN-10 as printed: joined by hyphens, the check digit alone and right."""
    digits = "".join(text[start:end] for start, end in groups[:4])
    return all(text[end] == "-" for _, end in groups[:3]) and _isbn10_ok(digits)


def _isbn10_ok(digits: str) -> bool:
    return sum((10 - i) * int(d) for i, d in enumerate(digits)) % 11 == 0


def _isbn13_ok(digits: str) -> bool:
    return sum((3 if i % 2 else 1) * int(d) for i, d in enumerate(digits)) % 10 == 0


def _findings_starting(
    text: str, start: int, groups: list[tuple[int, int]], first: int, last: int
) -> Iterator[Finding]:
    """Findings that start at ``start`` and end at the end of one of ``groups[first : last + 1]``."""
    first_start, first_end = groups[first]
    most_digits = _most_digits(text[start], text[first_start:first_end])
    digit_count = 0
    for group_start, group_end in (groups[j] for j in range(first, min(last + 1, first + most_digits))):
        digit_count += group_end - group_start
        if digit_count > most_digits:
            return
        if digit_count >= _MIN_DIGITS and (kind := _digit_kind(text[start:group_end])) is not None:
            yield Finding(kind, start, group_end)


@lru_cache(maxsize=4096)  # a text has few distinct group openings, and this runs once per group as staff type
def _most_digits(first_char: str, first_group: str) -> int:
    """How many digits a finding opening like this can have at most; 0 if none can open like this.

    Only a cheap filter, so that a long run of short numbers ("1 2 3 ...", "08 08 08 ...") is not read as
    thousands of candidates; the real checks are in _digit_kind.
    """
    if first_char == "+":
        return 15  # an international phone number
    if first_char == "(":
        return 10  # a domestic phone number with its area code in parentheses
    most = 0
    if first_group.startswith("00"):
        most = 17  # "00" and an international phone number
    elif first_group.startswith("0") and (len(first_group) <= 4 or 8 <= len(first_group) <= 10):
        most = 10  # a domestic phone number, with an area code or unbroken
    if len(first_group) in (6, 8, 10, 12):
        most = max(most, 12)  # a personal or coordination number
    if len(first_group) in (2, 4):
        most = max(most, 12)  # a personal or coordination number with a split date: "81-12-18-9876"
    if first_group.startswith("46"):
        most = max(most, 12)  # a Swedish mobile number without "+": "46 70 123 45 67"
    if first_group[0] in "23456" and (4 <= len(first_group) <= 8 or 13 <= len(first_group) <= 19):
        most = max(most, 19)  # a payment card
    return most


def _digit_kind(span: str) -> Kind | None:
    """What a span of digit groups is, if anything. The order here is the precedence on an identical span."""
    digits = "".join(ch for ch in span if ch.isdigit())
    if _is_payment_card(span, digits):
        return Kind.PAYMENT_CARD
    if kind := _identity_number_kind(span, digits):
        return kind
    if _is_phone(span):
        return Kind.PHONE
    return None


def _is_payment_card(span: str, digits: str) -> bool:
    # Card numbers start with 2-6 (Mastercard, Amex/Diners/JCB, Visa, Mastercard/Maestro, Discover/UnionPay).
    # That keeps ISBN-13s (978/979) and most long reference numbers out, whatever their last digit.
    return (
        13 <= len(digits) <= 19
        and digits[0] in "23456"
        and _CARD_SHAPE.fullmatch(span) is not None
        and _luhn_ok(digits)
    )


def _identity_number_kind(span: str, digits: str) -> Kind | None:
    """PERSONAL_NUMBER or COORDINATION_NUMBER when the date and the check digit are valid.

    The check digit is not optional: a 10-digit case or library card number has a valid "date" surprisingly often,
    but only one in ten also passes Luhn.
    """
    if len(digits) not in (10, 12) or not _IDENTITY_NUMBER_SHAPE.fullmatch(span):
        return None
    if len(digits) == 12:
        if digits[:2] not in ("18", "19", "20"):
            return None
        year, digits = int(digits[:4]), digits[2:]
    else:
        # The century is unknown. Assuming 20YY makes 29 February valid in every fourth year, which is right for
        # everyone alive except those born in 1900.
        year = 2000 + int(digits[:2])
    if not _luhn_ok(digits):
        return None
    month, day = int(digits[2:4]), int(digits[4:6])
    if not 1 <= month <= 12:
        return None
    days_in_month = calendar.monthrange(year, month)[1]
    if 1 <= day <= days_in_month:
        return Kind.PERSONAL_NUMBER
    if 61 <= day <= 60 + days_in_month:
        return Kind.COORDINATION_NUMBER
    return None


def _is_phone(span: str) -> bool:
    if _PHONE_INTERNATIONAL.fullmatch(span):
        digits = "".join(ch for ch in span.replace("(0)", "") if ch.isdigit())
        digits = digits.removeprefix("00") if span.startswith("00") else digits
        if digits.startswith("46"):
            # Swedish numbers have 7-9 digits after the country code; people often keep the 0 ("+46 070 ...").
            national = digits[2:].removeprefix("0")
            return 7 <= len(national) <= 9 and not national.startswith("0")
        return 8 <= len(digits) <= 15  # E.164 allows 15; fewer than 8 is more likely a code than a phone
    if _PHONE_SWEDISH_MOBILE_WITHOUT_PLUS.fullmatch(span):
        # Grouped like a mobile number ("70 123 45 67", "70-1234567", "701234567"), not any run starting 46.
        groups = _DIGIT_GROUP.findall(span[2:].replace("(0)", ""))
        groups[0] = groups[0].removeprefix("0")
        national = "".join(groups)
        rest = groups[1:] if len(groups[0]) == 2 else None
        return (
            len(national) == 9
            and national[:2] in ("70", "72", "73", "76", "79")
            and (len(groups) == 1 or (rest is not None and (len(rest) == 1 or all(2 <= len(g) <= 3 for g in rest))))
        )
    if _PHONE_DOMESTIC.fullmatch(span) or _PHONE_SLASH_OR_DOT.fullmatch(span):
        # 8-10 digits including the leading 0: mobiles have 10, landlines 8-10.
        groups = _DIGIT_GROUP.findall(span)
        digit_count = sum(len(group) for group in groups)
        if not 8 <= digit_count <= 10:
            return False
        if len(groups) == 1:
            return True
        # After an area code the subscriber number has at least 5 digits, in one run or in groups of two or three
        # ("123 45 67", "12 34 56"); the only two-digit area code is Stockholm's 08. That keeps dates followed by
        # a number ("2026-02-03 1234", "08/12 2026") and "0583 9825" inside a run of four-digit groups quiet.
        area, subscriber = groups[0], groups[1:]
        return (
            digit_count - len(area) >= 5
            and (len(area) > 2 or area == "08")
            and (len(subscriber) == 1 or all(2 <= len(group) <= 3 for group in subscriber))
        )
    return False


def _luhn_ok(digits: str) -> bool:
    total = 0
    for position, ch in enumerate(reversed(digits)):
        value = int(ch)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


# --- Choosing between overlapping candidates ------------------------------------------------------------------------

_RANK = {
    Kind.EMAIL: 0,
    Kind.IBAN: 1,
    Kind.PAYMENT_CARD: 2,
    Kind.PERSONAL_NUMBER: 3,
    Kind.COORDINATION_NUMBER: 3,
    Kind.PHONE: 4,
}


def _without_overlaps(candidates: Iterable[Finding]) -> list[Finding]:
    """Keep the best candidates that do not overlap: by rank, then the longest, then the earliest."""
    kept: list[Finding] = []  # sorted by start
    starts: list[int] = []  # kept's starts, for bisect
    for candidate in sorted(candidates, key=lambda f: (_RANK[f.kind], f.start - f.end, f.start)):
        index = bisect_left(starts, candidate.start)
        overlaps_before = index > 0 and kept[index - 1].end > candidate.start
        overlaps_after = index < len(kept) and kept[index].start < candidate.end
        if not (overlaps_before or overlaps_after):
            kept.insert(index, candidate)
            starts.insert(index, candidate.start)
    return kept
