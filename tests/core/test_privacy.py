"""The personal-data check on case reflections: what it must find, what must stay quiet, and redaction.

No real person's numbers: personal numbers, cards and IBANs are built here with their check digits computed, so the
tests do not depend on anyone's data and document how the checks work.
"""

from __future__ import annotations

import pytest

from deskhelp.core.privacy import Finding, Kind, contains_personal_data, find_personal_data, redact

# --- Building valid numbers -----------------------------------------------------------------------------------------


def with_luhn(partial: str) -> str:
    """``partial`` plus the digit that makes it pass Luhn (personal numbers, payment cards)."""
    total = 0
    for position, ch in enumerate(reversed(partial)):
        value = int(ch)
        if position % 2 == 0:  # once the check digit is appended, these are the doubled positions
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return partial + str(-total % 10)


def break_check_digit(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def iban(country: str, bban: str) -> str:
    """An IBAN with its check digits computed the ISO 13616 way (mod 97)."""
    number = int("".join(str(int(ch, 36)) for ch in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


def dashed(number: str) -> str:
    """A personal number written the usual way: 811218-9876, 19811218-9876."""
    return f"{number[:-4]}-{number[-4:]}"


def in_fours(compact: str) -> str:
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def spans(text: str) -> list[tuple[Kind, str]]:
    return [(f.kind, text[f.start : f.end]) for f in find_personal_data(text)]


PNR = with_luhn("811218987")  # 811218-9876, Skatteverket's classic example
PNR_2001 = with_luhn("010101123")  # born 2001: starts with 0 like a phone number
COORD = with_luhn("811278987")  # day 18 + 60
CARD = with_luhn("411111111111111")  # 4111 1111 1111 1111
SE_IBAN = "SE45 5000 0000 0583 9825 7466"
# A Luhn-valid Diners card (4-6-4) whose last ten digits are also a valid personal number written "811218 9876".
DINERS_AROUND_PNR = next(
    f"305{d} {PNR[:6]} {PNR[6:]}" for d in "0123456789" if with_luhn(f"305{d}{PNR}"[:-1]) == f"305{d}{PNR}"
)


def test_the_helpers_agree_with_well_known_examples() -> None:
    assert PNR == "8112189876"
    assert CARD == "4111111111111111"
    assert with_luhn("555555555555444") == "5555555555554444"
    assert iban("SE", "50000000058398257466") == SE_IBAN.replace(" ", "")
    assert iban("NO", "86011117947") == "NO9386011117947"


# --- What must be found ---------------------------------------------------------------------------------------------

PERSONAL_NUMBERS = [
    dashed(PNR),  # YYMMDD-NNNN
    PNR,  # YYMMDDNNNN
    dashed(f"19{PNR}"),  # YYYYMMDD-NNNN
    f"19{PNR}",  # YYYYMMDDNNNN
    f"{PNR[:6]}+{PNR[6:]}",  # YYMMDD+NNNN, over 100 years old
    f"{PNR[:6]} {PNR[6:]}",  # space as separator
    f"19{PNR[:6]} {PNR[6:]}",
    PNR_2001,  # a bare 10-digit run starting with 0: date and checksum win over phone
    dashed(PNR_2001),
    f"20{PNR_2001}",
    with_luhn("000229123"),  # 29 February 2000
    f"20{with_luhn('000229123')}",
    dashed(with_luhn("040229123")),  # 29 February 2004
]

COORDINATION_NUMBERS = [
    dashed(COORD),
    COORD,
    dashed(f"19{COORD}"),
    f"19{COORD}",
    f"{COORD[:6]}+{COORD[6:]}",
    f"{COORD[:6]} {COORD[6:]}",
    dashed(with_luhn("810261123")),  # 1 + 60
    dashed(with_luhn("811291123")),  # 31 + 60
]

PHONES = [
    "070-123 45 67",
    "0701234567",
    "070 123 45 67",
    "073-1234567",
    "076-123 45 67",
    "08-123 456 78",
    "08-12345678",
    "08-12 34 56",
    "08 - 123 456 78",
    "(08) 123 45 67",
    "031-123 45 67",
    "0771-567 567",
    "0583-123 45",
    "+46 70 123 45 67",
    "+46701234567",
    "+46 70-123 45 67",
    "+46 070 123 45 67",  # the 0 kept by mistake
    "0046 70 123 45 67",
    "+46 (0)8 123 456 78",
    "+46(0)8-123 456 78",
    "+47 22 12 34 56",  # Norway
    "+44 20 7946 0958",  # United Kingdom
    "+964 770 123 4567",  # Iraq
    "070\u2013123 45 67",  # en dash, pasted from a word processor
    "070\u00a0123\u00a045\u00a067",  # no-break spaces
    f"010-{PNR_2001[3:]}",  # phone formatting beats a valid personal number
    break_check_digit(PNR_2001),  # a bare 0-run failing the checksum is a phone (010 is an area code)
]

EMAILS = [
    "anna@example.se",
    "anna.svensson@example.se",
    "åsa.öberg@bibliotek.göteborg.se",
    "anna+bibliotek@mail.example.com",
    "ANNA_S-1981@Example.COM",
    "o'brien@example.co.uk",
    "anna.070123@example.se",  # the digits belong to the address, not to a phone
]

PAYMENT_CARDS = [
    CARD,
    in_fours(CARD),
    in_fours(CARD).replace(" ", "-"),
    with_luhn("422222222222"),  # 13 digits
    in_fours(with_luhn("4" + "1" * 17)),  # 19 digits, 4-4-4-4-3
    "5555 5555 5555 4444",
    "3782 822463 10005",  # American Express 4-6-5
    "378282246310005",
    "3056 930902 5904",  # Diners 4-6-4
]

IBANS = [
    SE_IBAN,
    SE_IBAN.replace(" ", ""),
    SE_IBAN.lower(),
    SE_IBAN.replace(" ", "").lower(),
    in_fours(iban("SE", "12000000012345678901")),
    "NO93 8601 1117 947",
    "NO9386011117947",
    "DE89 3704 0044 0532 0130 00",
    "GB82 WEST 1234 5698 7654 32",
    "FI21 1234 5600 0007 85",
    in_fours(iban("PL", "109010140000071219812874")),
]

POSITIVES = (
    [(n, Kind.PERSONAL_NUMBER) for n in PERSONAL_NUMBERS]
    + [(n, Kind.COORDINATION_NUMBER) for n in COORDINATION_NUMBERS]
    + [(n, Kind.PHONE) for n in PHONES]
    + [(n, Kind.EMAIL) for n in EMAILS]
    + [(n, Kind.PAYMENT_CARD) for n in PAYMENT_CARDS]
    + [(n, Kind.IBAN) for n in IBANS]
)

# The number must be found with a span covering exactly the number, whatever surrounds it.
SURROUNDINGS = [
    "{}",
    "Hon gav mig {} och gick.",
    "pnr/tel/mejl: {}.",
    "({})",
    "Ring {}, tack!",
    "«{}»",
    "\n{}\n",
]


@pytest.mark.parametrize(("number", "kind"), POSITIVES, ids=lambda v: str(v))
@pytest.mark.parametrize(
    "surrounding", SURROUNDINGS, ids=["bare", "sentence", "colon", "parens", "comma", "quotes", "lines"]
)
def test_personal_data_is_found_with_an_exact_span(number: str, kind: Kind, surrounding: str) -> None:
    text = surrounding.format(number)
    start = text.index(number)
    assert find_personal_data(text) == [Finding(kind, start, start + len(number))]


@pytest.mark.parametrize(
    "number",
    [
        dashed("19" + with_luhn("000229123")),  # 1900 was not a leap year
        dashed(with_luhn("010229123")),  # neither was 2001
        dashed(with_luhn("811318987")),  # month 13
        dashed(with_luhn("810018987")),  # month 00
        dashed(with_luhn("811232987")),  # 32 December
        dashed(with_luhn("811200987")),  # day 00
        dashed(with_luhn("810230987")),  # 30 February
        dashed(with_luhn("810431987")),  # 31 April
        dashed(with_luhn("811292987")),  # coordination day 92
        dashed(with_luhn("810290987")),  # coordination 30 February
        dashed(with_luhn("811260987")),  # day 60: neither kind
        f"21{PNR}",  # no such century
    ],
)
def test_a_valid_checksum_with_an_impossible_date_is_not_a_personal_number(number: str) -> None:
    assert find_personal_data(number) == []


@pytest.mark.parametrize(
    "number",
    [
        break_check_digit(PNR),
        dashed(break_check_digit(PNR)),
        f"19{break_check_digit(PNR)}",
        dashed(f"19{break_check_digit(PNR)}"),
        f"{PNR[:6]} {break_check_digit(PNR)[6:]}",
        dashed(break_check_digit(COORD)),
        "8112189877",  # probably a case number
        "2001234567",  # a library card number
    ],
)
def test_a_number_failing_the_checksum_is_not_a_personal_number(number: str) -> None:
    assert find_personal_data(number) == []


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        (PNR_2001, Kind.PERSONAL_NUMBER),  # valid date and checksum: personal number
        (f"{PNR_2001[:3]}-{PNR_2001[3:]}", Kind.PHONE),  # 010-...: phone formatting
        (f"{PNR_2001[:3]} {PNR_2001[3:6]} {PNR_2001[6:8]} {PNR_2001[8:]}", Kind.PHONE),
        (break_check_digit(PNR_2001), Kind.PHONE),  # failing the checksum: a phone
        ("0701234567", Kind.PHONE),  # fails the checksum, so a phone despite the plausible date 07-01-23
    ],
)
def test_personal_number_or_phone(number: str, kind: Kind) -> None:
    assert [f.kind for f in find_personal_data(number)] == [kind]


# --- What must stay quiet -------------------------------------------------------------------------------------------

QUIET = [
    # dates and times
    "2026-11-21",
    "21/11/2026",
    "21.11.2026",
    "20261121",
    "08-12-2026",
    "Mötet är 2026-11-21 kl. 13:45.",
    "13:45",
    "kl. 9.30",
    "kl 08 30-12 00",
    # ISBNs
    "978-91-1-301234-5",
    "9789113012345",
    "ISBN 978-91-1-301234-5",
    "ISBN-13: 9789113012345",
    "91-7054-883-1",
    "0-19-852663-6",
    "978 91 1 301234 5",
    # prices
    "1 250 kr",
    "1250:-",
    "49,50 kr",
    "SEK 1 250",
    "Kostar 12 345 678 kr",
    "1 250 000,50 kr",
    # case, reference and order numbers
    "ärende 2026-12345",
    "Dnr 1.2.3-4567/2026",
    "OCR 12345678",
    "Ordernummer 12345678",
    "order #100200300",
    "8112189877",
    "2001234567",
    "Lånekort 2001234567",
    # years, postal codes
    "1981",
    "född 1981",
    "123 45 Göteborg",
    "SE-123 45",
    # too short or too long to be a phone
    "070-123 4",
    "08-123 45",
    "+46 70 12",
    "+1 234",
    # digit runs inside longer runs or glued to letters
    f"9{PNR}",
    f"{PNR}1",
    f"x{PNR}",
    f"{PNR}x",
    "x0701234567",
    "0701234567x",
    "07012345678901",
    f"{CARD}1234",
    # payment-card look-alikes
    break_check_digit(CARD),
    in_fours(break_check_digit(CARD)),
    "41111 11111 11111 1",  # not grouped like a card
    with_luhn("978911301234"),  # Luhn-valid, but 9 is not a card network
    with_luhn("123456789012345"),
    "1234 5678 0583 9825",  # four-digit groups: not a phone either
    # IBAN look-alikes
    SE_IBAN[:-1] + "7",  # wrong check digits
    "AB12 3456 7890 1234 5678",  # no such country
    "SE45 5000 0000 0583 9825",  # too short for Sweden
    SE_IBAN.replace(" ", "") + "1",  # too long
    # e-mail look-alikes
    "@anna",
    "anna@",
    "anna@localhost",
    "anna @ example.se",
    "anna@example.",
    # prose
    "Patronen ville skriva ut ett kontoutdrag och fick hjälp att logga in med BankID.",
    "The patron needed help printing a bank statement; referred to the bank.",
    "المريض احتاج مساعدة في طباعة كشف الحساب البنكي",
    "العربية",
    "Hjälp med e-legitimation 👍🏽😀🙏",
    "",
    " ",
]


@pytest.mark.parametrize("text", QUIET)
def test_numbers_that_are_not_personal_data_stay_quiet(text: str) -> None:
    assert find_personal_data(text) == []
    assert not contains_personal_data(text)


# --- Several findings, other scripts ---------------------------------------------------------------------------------


def test_several_findings_come_sorted_and_separate() -> None:
    pnr = dashed(PNR)
    text = (
        f"Pnr {pnr}, ring 070-123 45 67 eller 08-123 456 78, mejla anna@example.se. "
        f"Kort {in_fours(CARD)}, konto {SE_IBAN}. Ärende 2026-12345."
    )
    assert spans(text) == [
        (Kind.PERSONAL_NUMBER, pnr),
        (Kind.PHONE, "070-123 45 67"),
        (Kind.PHONE, "08-123 456 78"),
        (Kind.EMAIL, "anna@example.se"),
        (Kind.PAYMENT_CARD, in_fours(CARD)),
        (Kind.IBAN, SE_IBAN),
    ]
    findings = find_personal_data(text)
    assert all(a.end <= b.start for a, b in zip(findings, findings[1:], strict=False))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numbers typed right after one another, joined only by a space
        (
            f"{dashed(PNR)} 070-1234567",
            [(Kind.PERSONAL_NUMBER, dashed(PNR)), (Kind.PHONE, "070-1234567")],
        ),
        ("070-123 45 67 08-123 456 78", [(Kind.PHONE, "070-123 45 67"), (Kind.PHONE, "08-123 456 78")]),
        ("070-123 45 67/08-123 456 78", [(Kind.PHONE, "070-123 45 67"), (Kind.PHONE, "08-123 456 78")]),
        ("070-123 45 67 8", [(Kind.PHONE, "070-123 45 67")]),
        (f"{PNR}, {PNR}", [(Kind.PERSONAL_NUMBER, PNR), (Kind.PERSONAL_NUMBER, PNR)]),
        ("070-123 45 67+47 22 12 34 56", [(Kind.PHONE, "070-123 45 67"), (Kind.PHONE, "+47 22 12 34 56")]),
        ("tel+46 70 123 45 67", [(Kind.PHONE, "+46 70 123 45 67")]),  # "+" and "(" are boundaries of their own
        ("08-123 456 78(08) 123 45 67", [(Kind.PHONE, "08-123 456 78"), (Kind.PHONE, "(08) 123 45 67")]),
        # the longer or stronger reading wins an overlap
        ("anna.0701234567@example.se", [(Kind.EMAIL, "anna.0701234567@example.se")]),
        (f"070 {dashed(PNR)}", [(Kind.PERSONAL_NUMBER, dashed(PNR))]),
        (DINERS_AROUND_PNR, [(Kind.PAYMENT_CARD, DINERS_AROUND_PNR)]),
    ],
)
def test_neighbouring_and_overlapping_numbers(text: str, expected: list[tuple[Kind, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        ("مرحبا 😀 070-123 45 67 👍🏽 شكرا", "070-123 45 67", Kind.PHONE),
        (f"رقم الهوية: {dashed(PNR)} 🙏", dashed(PNR), Kind.PERSONAL_NUMBER),
        ("العربية anna@example.se 😀", "anna@example.se", Kind.EMAIL),
        ("👨‍👩‍👧 kort 4111 1111 1111 1111 ✅", "4111 1111 1111 1111", Kind.PAYMENT_CARD),
        ("هاتفه ٠٧٠١٢٣٤٥٦٧ فقط", "٠٧٠١٢٣٤٥٦٧", Kind.PHONE),  # Arabic-Indic digits
        ("شماره ۰۷۰-۱۲۳ ۴۵ ۶۷", "۰۷۰-۱۲۳ ۴۵ ۶۷", Kind.PHONE),  # Persian digits
    ],
)
def test_spans_are_str_indices_among_other_scripts_and_emoji(text: str, number: str, kind: Kind) -> None:
    start = text.index(number)
    assert find_personal_data(text) == [Finding(kind, start, start + len(number))]


def test_digits_glued_to_arabic_letters_are_part_of_a_word() -> None:
    assert find_personal_data("الهاتف0701234567") == []


# --- Redaction ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (dashed(f"19{PNR}"), "████████-████"),
        ("Ring 070-123 45 67 i morgon.", "Ring ███-███ ██ ██ i morgon."),
        ("+46 (0)8 123 456 78", "+██ (█)█ ███ ███ ██"),
        ("Mejla anna.s@example.se!", "Mejla ████.█@███████.██!"),
        (f"Konto {SE_IBAN.lower()}.", "Konto ████ ████ ████ ████ ████ ████."),
        ("مرحبا 070-1234567 😀", "مرحبا ███-███████ 😀"),
        ("Ärende 2026-12345, inget personligt.", "Ärende 2026-12345, inget personligt."),
    ],
)
def test_redact_masks_letters_and_digits_and_keeps_separators(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_redact_with_another_mask() -> None:
    assert redact("tel 070-123 45 67", mask="*") == "tel ***-*** ** **"
    assert redact("tel 070-123 45 67", mask="##") == "tel ######-###### #### ####"


def test_redact_only_the_findings_given() -> None:
    text = "070-123 45 67 och anna@example.se"
    phone, email = find_personal_data(text)
    assert redact(text, [email]) == "070-123 45 67 och ████@███████.██"
    assert redact(text, []) == text
    assert redact(text, iter([phone, phone])) == "███-███ ██ ██ och anna@example.se"


@pytest.mark.parametrize("mask", ["", "X", "0", "ä", "*x"])
def test_a_mask_that_could_itself_look_like_data_is_refused(mask: str) -> None:
    with pytest.raises(ValueError, match="mask"):
        redact("070-123 45 67", mask=mask)


def test_a_finding_outside_the_text_is_refused() -> None:
    with pytest.raises(ValueError, match="does not fit"):
        redact("short", [Finding(Kind.PHONE, 2, 40)])


@pytest.mark.parametrize(("number", "kind"), POSITIVES, ids=lambda v: str(v))
def test_redacted_text_has_no_findings_left(number: str, kind: Kind) -> None:
    text = f"Patronen skrev {number} på lappen 😀."
    redacted = redact(text)
    assert find_personal_data(redacted) == []
    assert len(redacted) == len(text)
    assert redacted.startswith("Patronen skrev ") and redacted.endswith(" på lappen 😀.")


def test_redact_also_masks_what_masking_uncovers() -> None:
    # The second address is glued to the first, so it only counts once the first is masked.
    text = "anna@example.se-bo@example.com"
    assert spans(text) == [(Kind.EMAIL, "anna@example.se")]
    assert redact(text) == "████@███████.██-██@███████.███"
    assert redact(text, find_personal_data(text)) == "████@███████.██-bo@example.com"


def test_redacting_everything_at_once_leaves_nothing() -> None:
    text = " ".join(number for number, _ in POSITIVES)
    assert contains_personal_data(text)
    assert not contains_personal_data(redact(text))


# --- Large input ----------------------------------------------------------------------------------------------------


def test_a_long_text_is_handled() -> None:
    paragraph = (
        "Patronen behövde hjälp med BankID och utskrift, ärende 2026-12345 den 2026-11-21 kl. 13:45. "
        "ISBN 978-91-1-301234-5 kostade 1 250 kr. Ring 070-123 45 67. مرحبا 😀 "
    )
    repeats = 100_000 // len(paragraph) + 1
    text = paragraph * repeats
    findings = find_personal_data(text)
    assert len(findings) == repeats
    assert {f.kind for f in findings} == {Kind.PHONE}


@pytest.mark.parametrize(
    "text",
    [
        "0" * 100_000,
        "1 " * 50_000,
        "08 " * 33_000,
        "a" * 100_000,
        "a." * 50_000 + "@",
        "se12 " * 20_000,
        "+" * 100_000,
        "(0)" * 33_000,
    ],
    ids=["zeros", "single digits", "area codes", "one long word", "dotted local part", "iban starts", "plus", "trunk"],
)
def test_pathological_long_inputs_complete(text: str) -> None:
    assert isinstance(find_personal_data(text), list)
