"""Forms of Dutch quantities: each form with the values and bounds it must parse to."""

from __future__ import annotations

import math

import pytest

from claimkit.numbers import (
    NOT_QUANTITY_ROLES,
    Quantity,
    find_quantities,
    parse_quantity,
)


def one(text: str) -> Quantity:
    """The single quantity in ``text`` (fails if there is not exactly one)."""
    found = find_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    assert text[q.start : q.end] == q.text
    return q


def close(a: float | None, b: float) -> bool:
    return a is not None and math.isclose(a, b, rel_tol=1e-12)


# --------------------------------------------------------------------------- digits


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("99.000", 99000, "cardinal"),
        ("1.234.567", 1234567, "cardinal"),
        ("1,5", 1.5, "decimal"),
        ("0,25", 0.25, "decimal"),
        ("1.500", 1500, "cardinal"),  # dot + exactly three digits: thousands
        ("1.5", 1.5, "decimal"),  # dot + not three digits: cannot be thousands, so a decimal
        ("2.5", 2.5, "decimal"),
        ("12.75", 12.75, "decimal"),
        ("1,500", 1.5, "decimal"),  # a comma is always the decimal sign
        ("1.234,56", 1234.56, "decimal"),
        ("40 000", 40000, "cardinal"),
        ("1\u202f414\u202f021", 1414021, "cardinal"),
        ("123456789", 123456789, "cardinal"),
        ("0", 0, "cardinal"),
        ("3/4", 0.75, "fraction"),
    ],
)
def test_digits(text: str, value: float, kind: str) -> None:
    q = one(text)
    assert q.text == text
    assert close(q.value, value)
    assert q.kind == kind
    assert q.low == q.value and q.high == q.value
    assert q.role is None


def test_integral_values_are_int_others_float() -> None:
    assert type(one("1.500").value) is int
    assert type(one("2,3 miljoen").value) is int
    assert type(one("1,5").value) is float


def test_sentence_full_stop_is_not_a_separator() -> None:
    q = one("Er vielen 192.")
    assert q.value == 192 and q.text == "192"


def test_comma_space_separates_numbers() -> None:
    assert [q.value for q in find_quantities("1, 234, 567")] == [1, 234, 567]


# --------------------------------------------------------------------------- multipliers


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2,3 miljoen", 2_300_000),
        ("1,5 miljoen", 1_500_000),
        ("3 miljard", 3_000_000_000),
        ("een half miljoen", 500_000),
        ("anderhalf miljoen", 1_500_000),
        ("anderhalf", 1.5),
        ("een miljoen", 1_000_000),
        ("tweeënhalf miljoen", 2_500_000),
        ("vijf miljard tweehonderd miljoen", 5_200_000_000),
        ("negenendertig miljard honderd miljoen", 39_100_000_000),
        ("twee miljoen honderd", 2_000_100),
        ("honderd duizend", 100_000),
        ("3 miljoen en een half", 3_500_000),
        ("10k", 10_000),
        ("een dozijn", 12),
    ],
)
def test_multipliers(text: str, value: float) -> None:
    q = one(text)
    assert q.text == text
    assert close(q.value, value)


# --------------------------------------------------------------------------- number words


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("drie", 3),
        ("één", 1),
        ("eenentwintig", 21),
        ("tweeëntwintig", 22),
        ("tweeentwintig", 22),
        ("tweeduizend", 2000),
        ("vijfhonderdduizend", 500_000),
        ("duizend", 1000),
        ("honderd", 100),
        ("nul", 0),
        ("zeventien miljoen drieënvijftigduizend negenhonderdtachtig", 17_053_980),
        ("vijfentwintighonderdzevenenzeventig", 2577),
        ("tweeduizend en zestien", 2016),
        ("honderdeenenzestig", 161),
    ],
)
def test_number_words(text: str, value: int) -> None:
    q = one(text)
    assert q.text == text
    assert q.value == value
    assert q.kind == "cardinal"


def test_article_een_is_not_a_number() -> None:
    assert find_quantities("Er liep een man over straat.") == []
    assert one("Er liep één man over straat.").value == 1


def test_een_with_a_multiplier_is_a_number() -> None:
    q = one("Er kwam een miljoen euro bij.")
    assert q.text == "een miljoen" and q.value == 1_000_000


# --------------------------------------------------------------------------- vague


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("tientallen", 20, 99),
        ("honderden", 200, 999),
        ("duizenden", 2000, 9999),
        ("tienduizenden", 20_000, 99_999),
        ("honderdduizenden", 200_000, 999_999),
        ("miljoenen", 2_000_000, 999_999_999),
        ("enkele", 2, 9),
        ("een handvol", 2, 10),
        ("enkele honderden", 200, 999),
        ("een paar honderd", 200, 500),
    ],
)
def test_vague(text: str, low: int, high: int) -> None:
    q = one(f"Er vielen {text} doden.")
    assert q.text == text
    assert q.kind == "vague"
    assert q.value is None
    assert (q.low, q.high) == (low, high)
    assert q.approximate


@pytest.mark.parametrize(("text", "value"), [("een tiental", 10), ("een twintigtal", 20)])
def test_tal(text: str, value: int) -> None:
    q = one(f"Er waren {text} soldaten.")
    assert q.text == text
    assert q.value == value and q.approximate
    assert q.modifier == "een …-tal"


# --------------------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("tussen 100 en 200", 100, 200),
        ("tussen de 20 en 30", 20, 30),
        ("100 à 200", 100, 200),
        ("100 a 200", 100, 200),
        ("100 tot 200", 100, 200),
        ("100 tot en met 200", 100, 200),
        ("van duizend tot vijftienhonderd", 1000, 1500),
        ("100-200", 100, 200),
        ("100 – 200", 100, 200),
        ("2 à 3 miljoen", 2_000_000, 3_000_000),
        ("tussen de twee en drie miljoen", 2_000_000, 3_000_000),
    ],
)
def test_ranges(text: str, low: int, high: int) -> None:
    q = one(f"Er waren {text} slachtoffers.")
    assert q.text == text
    assert q.kind == "range"
    assert q.value is None
    assert (q.low, q.high) == (low, high)


def test_percent_range() -> None:
    q = one("tussen de 20 en 30 procent")
    assert (q.kind, q.low, q.high, q.percent) == ("range", 20, 30, True)


# --------------------------------------------------------------------------- modifiers


@pytest.mark.parametrize(
    ("text", "modifier", "low", "high", "approximate"),
    [
        ("meer dan 99.000", "meer dan", 99000, None, False),
        ("ruim 500", "ruim", 500, None, True),
        ("minder dan 500", "minder dan", None, 500, False),
        ("bijna 500", "bijna", None, 500, True),
        ("minstens 500", "minstens", 500, None, False),
        ("zeker 500", "zeker", 500, None, False),
        ("hooguit 500", "hooguit", None, 500, False),
        ("ongeveer 500", "ongeveer", 500, 500, True),
        ("circa 500", "circa", 500, 500, True),
        ("zo'n 500", "zo'n", 500, 500, True),
        ("zo’n 500", "zo'n", 500, 500, True),
        ("naar schatting 500", "naar schatting", 500, 500, True),
        ("500 of meer", "of meer", 500, None, False),
        ("ten minste 500", "ten minste", 500, None, False),
        ("naar schatting meer dan 500", "naar schatting + meer dan", 500, None, True),
    ],
)
def test_modifiers(
    text: str, modifier: str, low: int | None, high: int | None, approximate: bool
) -> None:
    q = one(f"Volgens het leger zijn {text} soldaten gedood.")
    assert q.text == text
    assert q.value == 500 if "99" not in text else q.value == 99000
    assert q.modifier == modifier
    assert (q.low, q.high) == (low, high)
    assert q.approximate is approximate


def test_modifier_with_words_and_fraction() -> None:
    q = one("meer dan de helft van de huizen")
    assert (q.text, q.value, q.low, q.high) == ("meer dan de helft", 0.5, 0.5, None)


# --------------------------------------------------------------------------- percentages


@pytest.mark.parametrize(
    ("text", "value"),
    [("25 procent", 25), ("25%", 25), ("25 %", 25), ("twintig procent", 20), ("2,5 pct.", 2.5)],
)
def test_percent(text: str, value: float) -> None:
    q = one(f"Een stijging van {text} dit jaar")
    assert q.text == text
    assert (q.kind, q.value, q.percent) == ("percent", value, True)


# --------------------------------------------------------------------------- fractions


@pytest.mark.parametrize(
    ("text", "expected", "value"),
    [
        ("de helft van de bevolking", "de helft", 0.5),
        ("een derde van de bevolking", "een derde", 1 / 3),
        ("driekwart van de bevolking", "driekwart", 0.75),
        ("twee derde van de bevolking", "twee derde", 2 / 3),
        ("tweederde van de bevolking", "tweederde", 2 / 3),
        ("een kwart van de bevolking", "een kwart", 0.25),
        ("een op de vijf Nederlanders", "een op de vijf", 0.2),
        ("drie en een kwart", "drie en een kwart", 3.25),
        ("½", "½", 0.5),
    ],
)
def test_fractions(text: str, expected: str, value: float) -> None:
    q = one(text)
    assert q.text == expected
    assert q.kind == "fraction"
    assert close(q.value, value)


# --------------------------------------------------------------------------- ordinals


@pytest.mark.parametrize(
    ("text", "expected", "value"),
    [
        ("de derde dag", "derde", 3),
        ("de 21ste eeuw", "21ste", 21),
        ("de 2e keer", "2e", 2),
        ("de eerste aanval", "eerste", 1),
        ("een derde wereldoorlog", "derde", 3),  # een + ordinal + noun: an ordinal
        ("de tweeduizend zestiende", "tweeduizend zestiende", 2016),
    ],
)
def test_ordinals(text: str, expected: str, value: int) -> None:
    q = one(text)
    assert (q.text, q.kind, q.value) == (expected, "ordinal", value)
    assert q.low is None and q.high is None


# --------------------------------------------------------------------------- negatives


@pytest.mark.parametrize(
    ("text", "expected", "value"),
    [("min vijf graden", "min vijf", -5), ("-5 graden", "-5", -5), ("min 2,5", "min 2,5", -2.5)],
)
def test_negative(text: str, expected: str, value: float) -> None:
    q = one(text)
    assert q.text == expected and q.value == value


def test_dash_between_numbers_is_a_range_not_a_sign() -> None:
    q = one("Er vielen 30 -40 doden")
    assert (q.kind, q.low, q.high) == ("range", 30, 40)
    assert one("Het werd -12 graden").value == -12
    assert one("Het werd (-12) graden").value == -12


# --------------------------------------------------------------------------- non-quantities


@pytest.mark.parametrize(
    ("text", "expected", "role"),
    [
        ("in 2022", "2022", "year"),
        ("sinds 2014", "2014", "year"),
        ("de oorlog van 2022.", "2022", "year"),
        ("op 21 december", "21 december", "date"),
        ("op 24 februari 2022 viel Rusland binnen", "24 februari 2022", "date"),
        ("in februari 2022", "februari 2022", "date"),
        ("2022-12", "2022-12", "date"),
        ("op 17/5/2018", "17/5/2018", "date"),
        ("21-12-2022", "21-12-2022", "date"),
        ("om 20.30 uur", "20.30 uur", "time"),
        ("om 20:30", "20:30", "time"),
        ("om acht uur", "acht uur", "time"),
        ("bel +32 2 123 45 67", "+32 2 123 45 67", "phone"),
        ("bel 06-12345678", "06-12345678", "phone"),
        ("het werd 2-1", "2-1", "score"),
        ("de vlucht MH17", "MH17", "code"),
        ("een F-16", "F-16", "code"),
        ("180ml", "180ml", "code"),
        ("192.168.1.2", "192.168.1.2", "code"),
    ],
)
def test_non_quantities(text: str, expected: str, role: str) -> None:
    q = one(text)
    assert q.text == expected
    assert q.role == role
    assert role in NOT_QUANTITY_ROLES
    assert not q.is_quantity


def test_year_versus_count() -> None:
    first, second = find_quantities("in 2022 vielen 2022 doden")
    assert (first.role, first.value, first.start) == ("year", 2022, 3)
    assert (second.role, second.value, second.low, second.start) == (None, 2022, 2022, 15)
    assert one("2022 soldaten").role is None
    assert one("tot 2000 doden").role is None  # weak context + a noun after: a count


def test_year_range() -> None:
    q = one("de oorlog van 1914-1918")
    assert (q.role, q.low, q.high) == ("year", 1914, 1918)
    q = one("van 2014 tot 2022")
    assert (q.role, q.low, q.high) == ("year", 2014, 2022)


def test_score_versus_range() -> None:
    q = one("2-3 weken")
    assert (q.kind, q.low, q.high, q.role) == ("range", 2, 3, "duration")
    q = one("De wedstrijd eindigde in 1-2.")
    assert q.role == "score"


def test_duration_is_a_quantity() -> None:
    q = one("drie jaar")
    assert (q.value, q.role, q.is_quantity) == (3, "duration", True)
    q = one("meer dan drie jaar")
    assert (q.text, q.low, q.high, q.role) == ("meer dan drie", 3, None, "duration")


# --------------------------------------------------------------------------- API


def test_offsets_in_a_news_sentence() -> None:
    text = (
        "Volgens Kyiv zijn sinds 24 februari 2022 ruim 99.000 Russische soldaten gedood, "
        "en naar schatting tienduizenden gewond; een derde van de dorpen is verwoest."
    )
    found = find_quantities(text)
    assert [(q.text, q.role) for q in found] == [
        ("24 februari 2022", "date"),
        ("ruim 99.000", None),
        ("naar schatting tienduizenden", None),
        ("een derde", None),
    ]
    for q in found:
        assert text[q.start : q.end] == q.text
    assert found[1].low == 99000 and found[1].high is None
    assert (found[2].low, found[2].high, found[2].modifier) == (20000, 99999, "naar schatting")


def test_parse_quantity_whole_string_only() -> None:
    q = parse_quantity("  meer dan 99.000 ")
    assert q is not None and (q.value, q.low, q.start) == (99000, 99000, 2)
    assert parse_quantity("meer dan 99.000 doden") is None
    assert parse_quantity("") is None


def test_quantity_is_frozen() -> None:
    q = one("drie")
    with pytest.raises(AttributeError):
        q.value = 4  # type: ignore[misc]


def test_module_does_not_import_spacy() -> None:
    import subprocess
    import sys

    code = "import sys, claimkit.numbers; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    "text",
    ["de nacht van 22 op 23 november", "van 22 tot 23 november", "tussen 3 en 5 mei"],
)
def test_days_joined_before_a_month_are_one_date(text):
    (quantity,) = find_quantities(text)
    assert quantity.role == "date" and text.endswith(quantity.text.split()[-1])


def test_a_ratio_before_a_noun_stays_a_ratio():
    (quantity,) = find_quantities("1 op 5 Belgen")
    assert quantity.kind == "fraction" and quantity.value == pytest.approx(0.2)
