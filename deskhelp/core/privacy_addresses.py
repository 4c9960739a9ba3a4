"""Finding e-mail addresses (also obfuscated ones) and IBANs in free text, for deskhelp.core.privacy.

Each function takes the normalised text and yields candidates; privacy.find_personal_data resolves overlaps.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from deskhelp.core.privacy_findings import Finding, Kind

# --- E-mail --------------------------------------------------------------------------------------------------------

# \w is Unicode-aware, so "åsa.öberg@bibliotek.göteborg.se" counts. The look-behind means a match can only start
# where a local part can start, which keeps the scan linear on long words without any "@".
_EMAIL_ATEXT = r"[\w!#$%&'*+/=?^`{|}~-]"
_EMAIL = re.compile(
    rf"(?<![\w.!#$%&'*+/=?^`{{|}}~-]){_EMAIL_ATEXT}+(?:\.{_EMAIL_ATEXT}+)*"  # local part, dots only between atoms
    r"@(?:[^\W_][\w-]*\.)+[^\W\d_]{2,}(?!\w)"  # domain labels, then an alphabetic top-level domain
)


def email_candidates(text: str) -> Iterator[Finding]:
    if "@" not in text:
        return  # a quick way out for nearly every reflection
    for match in _EMAIL.finditer(text):
        yield Finding(Kind.EMAIL, match.start(), match.end())


# Written so that a harvester would not recognise it: "anna (at) example.se", "anna [at] example dot se",
# "anna snabel-a example.se", "anna at example dot se". The "at" is found first, by a few patterns that each start
# with something rare (a single regex starting with optional spaces scans several times slower), then the local part
# before it and the domain after it. A bare " at " is English prose ("logged in at skatteverket.se"), so it only
# counts when the domain is obfuscated too ("example dot se"); a spaced "@" likewise ("anna @ example.se" stays
# quiet, as before).
_OPEN, _CLOSE = r"[(\[{<]", r"[)\]}>]"
_STRONG_ATS = (
    re.compile(rf"(?i){_OPEN}\s*(?:at|@|snabel-?a)\s*{_CLOSE}"),
    re.compile(r"(?i)(?<=\s)snabel-?a(?=\s)"),
)
_WEAK_ATS = (re.compile(r"(?i)(?<=\s)at(?=\s)"), re.compile("@"))
_LOCAL_PART_BEFORE = re.compile(rf"(?<![\w.!#$%&'*+/=?^`{{|}}~-]){_EMAIL_ATEXT}+(?:\.{_EMAIL_ATEXT}+)*\Z")
_LOCAL_PART_REACH = 64  # RFC 5321's limit on a local part: how far back to look
_OBFUSCATED_DOT = rf"\s*{_OPEN}\s*(?:dot|punkt|\.)\s*{_CLOSE}\s*|\s+(?:dot|punkt)\s+"
_HAS_OBFUSCATED_DOT = re.compile(f"(?i){_OBFUSCATED_DOT}")
_OBFUSCATED_DOMAIN = re.compile(
    rf"(?i)[^\W_][\w-]*(?:(?:\.|{_OBFUSCATED_DOT})[^\W_][\w-]*)*(?:\.|{_OBFUSCATED_DOT})[^\W\d_]{{2,}}(?!\w)"
)
# Substring tests are far cheaper than a regex pass, and nearly every reflection fails them all.
_STRONG_AT_HINTS = ("snabel", "(", "[", "{", "<")
_DOT_HINTS = ("dot", "punkt", "(", "[", "{", "<")


def obfuscated_email_candidates(text: str) -> Iterator[Finding]:
    lower = text.lower()
    patterns = [(p, True) for p in _STRONG_ATS] if any(hint in lower for hint in _STRONG_AT_HINTS) else []
    if any(hint in lower for hint in _DOT_HINTS):
        patterns += [(p, False) for p in _WEAK_ATS]
    for pattern, strong in patterns:
        for at in pattern.finditer(text):
            before, after = at.start(), at.end()
            while before > 0 and text[before - 1].isspace():
                before -= 1
            while after < len(text) and text[after].isspace():
                after += 1
            local = _LOCAL_PART_BEFORE.search(text, max(0, before - _LOCAL_PART_REACH), before)
            domain = _OBFUSCATED_DOMAIN.match(text, after)
            if local is None or domain is None:
                continue
            if not strong and not _HAS_OBFUSCATED_DOT.search(domain.group()):
                continue  # a plain "@" is the plain pattern's job; a bare "at" with a real domain is prose
            yield Finding(Kind.EMAIL, local.start(), domain.end())


# --- IBAN ----------------------------------------------------------------------------------------------------------

# Lengths from the SWIFT IBAN registry (plus Iran, common among patrons). Knowing the exact length lets a
# space-grouped IBAN end where it should even when a word follows it ("SE45 5000 ... 7466 från"), and keeps "ab12"
# in prose from being read as the start of an IBAN.
_IBAN_LENGTHS = {
    entry[:2]: int(entry[2:])
    for entry in (
        "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 "
        "EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IR26 IS26 IT27 JO30 "
        "KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 "
        "PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 "
        "UA29 VA22 VG24 XK20"
    ).split()
}
_IBAN_START = re.compile(r"(?<!\w)[A-Za-z]{2}[0-9]{2}")
# Per length, the whole IBAN: a single space or dash is allowed before any character after the check digits, so every
# grouping works ("SE45 5000 ...", "SE4550000...", groups of another size) and it ends exactly where it should.
_IBAN_OF_LENGTH = {
    length: re.compile(rf"[A-Za-z]{{2}}[0-9]{{2}}(?:[ -]?[A-Za-z0-9]){{{length - 4}}}(?!\w)")
    for length in set(_IBAN_LENGTHS.values())
}


def iban_candidates(text: str) -> Iterator[Finding]:
    for start in _IBAN_START.finditer(text):
        length = _IBAN_LENGTHS.get(start.group()[:2].upper())
        if length is None:
            continue
        match = _IBAN_OF_LENGTH[length].match(text, start.start())
        if match and _iban_checksum_ok(match.group().replace(" ", "").replace("-", "")):
            yield Finding(Kind.IBAN, match.start(), match.end())


def _iban_checksum_ok(iban: str) -> bool:
    """ISO 13616: move the first four characters to the end, read letters as 10..35, and the number mod 97 is 1."""
    rearranged = (iban[4:] + iban[:4]).upper()
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1
