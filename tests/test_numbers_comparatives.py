"""Comparative bounds and percentages as news writes them: a table of our own cases.

Each row: a sentence, the quantity's exact text, its low and high bound (None: unbounded),
and whether it is a percentage. Bounds are the figure the words name; whether a bound is
strict (``meer dan 100`` excludes 100) is not modelled.
"""

from __future__ import annotations

import pytest

from claimkit.numbers import find_quantities

N = None
CASES: list[tuple[str, str, float | None, float | None, bool]] = [
    # lower bounds in words
    ("Er vielen meer dan 100 doden.", "meer dan 100", 100, N, False),
    ("Er kwamen meer als 500 mensen.", "meer als 500", 500, N, False),
    ("Het tekort is groter dan 2 miljard euro.", "groter dan 2 miljard", 2e9, N, False),
    ("De schade is groter als 10.000 euro.", "groter als 10.000", 10000, N, False),
    ("De inflatie ligt hoger dan 5 procent.", "hoger dan 5 procent", 5, N, True),
    ("Een bod hoger als 3 miljoen dollar.", "hoger als 3 miljoen", 3e6, N, False),
    ("Er zijn ten minste 30 gewonden.", "ten minste 30", 30, N, False),
    ("Er zijn tenminste 12 slachtoffers.", "tenminste 12", 12, N, False),
    ("Op zijn minst 40 huizen brandden af.", "Op zijn minst 40", 40, N, False),
    ("Op z'n minst 7 dorpen zijn ontruimd.", "Op z'n minst 7", 7, N, False),
    ("Minstens 25 soldaten sneuvelden.", "Minstens 25", 25, N, False),
    ("Minimaal 15 procent van de stemmen.", "Minimaal 15 procent", 15, N, True),
    ("Niet minder dan 300 tanks.", "Niet minder dan 300", 300, N, False),
    ("Boven de 1.000 vluchtelingen per dag.", "Boven de 1.000", 1000, N, False),
    ("Zeker 14 mensen kwamen om.", "Zeker 14", 14, N, False),
    ("Ruim 1,5 miljoen vluchtelingen.", "Ruim 1,5 miljoen", 1.5e6, N, False),
    ("Ruim meer dan 200 raketten.", "Ruim meer dan 200", 200, N, False),
    ("Er waren 20 of meer drones.", "20 of meer", 20, N, False),
    ("Gezinnen van vijf en meer personen.", "vijf en meer", 5, N, False),
    ("Kinderen van 12+ mogen mee.", "12+", 12, N, False),
    # upper bounds in words
    ("Minder dan 5 procent stemde voor.", "Minder dan 5 procent", N, 5, True),
    ("Er bleven minder als 50 inwoners.", "minder als 50", N, 50, False),
    ("Een rente kleiner dan 2 procent.", "kleiner dan 2 procent", N, 2, True),
    ("Een kans kleiner als 1 procent.", "kleiner als 1 procent", N, 1, True),
    ("De opkomst lag lager dan 40 procent.", "lager dan 40 procent", N, 40, True),
    ("Prijzen lager als 100 euro.", "lager als 100", N, 100, False),
    ("Niet meer dan 7 mensen tegelijk.", "Niet meer dan 7", N, 7, False),
    ("Hooguit 12 bussen reden nog.", "Hooguit 12", N, 12, False),
    ("Hoogstens 3 procent groei.", "Hoogstens 3 procent", N, 3, True),
    ("Ten hoogste 20 deelnemers.", "Ten hoogste 20", N, 20, False),
    ("Maximaal 10 personen per groep.", "Maximaal 10", N, 10, False),
    ("Onder de 50 stemmen bleef hij.", "Onder de 50", N, 50, False),
    ("Bijna 300 burgers kwamen om.", "Bijna 300", N, 300, False),
    ("Er bleven amper 40 soldaten over.", "amper 40", N, 40, False),
    ("Nauwelijks 2 procent haalde het.", "Nauwelijks 2 procent", N, 2, True),
    ("Een winst van 5 miljoen of minder.", "5 miljoen of minder", N, 5e6, False),
    # symbols
    ("Een groei van ≥ 5 procent.", "≥ 5 procent", 5, N, True),
    ("Een daling ≤ 3%.", "≤ 3%", N, 3, True),
    ("Temperaturen > 40 graden.", "> 40", 40, N, False),
    ("Scores < 10 tellen niet.", "< 10", N, 10, False),
    ("Drempel >= 18 zetels.", ">= 18", 18, N, False),
    ("Drempel <= 75 zetels.", "<= 75", N, 75, False),
    ("Een marge >5% is veel.", ">5%", 5, N, True),
    # bounds joined by en / maar
    ("Meer dan 10 maar minder dan 20 doden.", "Meer dan 10 maar minder dan 20", 10, 20, False),
    ("Minstens 100 en hooguit 200 soldaten.", "Minstens 100 en hooguit 200", 100, 200, False),
    ("Meer dan 2 maar minder dan 5 procent.", "Meer dan 2 maar minder dan 5 procent", 2, 5, True),
    ("Ruim 1.000 maar minder dan 2.000 euro.", "Ruim 1.000 maar minder dan 2.000", 1e3, 2e3, False),
    # percentages
    ("Hij haalde 45 percent van de stemmen.", "45 percent", 45, 45, True),
    ("De steun daalde tot 30 procent.", "30 procent", 30, 30, True),  # the verb's tot
    ("Tot 30 procent van de kiezers twijfelt.", "Tot 30 procent", N, 30, True),
    ("Een stijging van 12,5%.", "12,5%", 12.5, 12.5, True),
    ("Een daling van 3 procentpunt.", "3 procentpunt", 3, 3, True),
    ("Een verschil van 4 procentpunten.", "4 procentpunten", 4, 4, True),
    ("Ongeveer 60 pct. van de kiezers.", "Ongeveer 60 pct.", 60, 60, True),
    ("Zo'n 40 procent van de huizen.", "Zo'n 40 procent", 40, 40, True),
    ("Tussen 10 en 15 procent van de bevolking.", "Tussen 10 en 15 procent", 10, 15, True),
    ("Vijftig procent van de Oekraïners.", "Vijftig procent", 50, 50, True),
    ("Een op de vijf Belgen.", "Een op de vijf", 0.2, 0.2, False),
    ("Circa 8 percent werkloosheid.", "Circa 8 percent", 8, 8, True),
    ("Van 20 tot 25 procent.", "Van 20 tot 25 procent", 20, 25, True),
    ("Twee derde van de kiezers.", "Twee derde", 2 / 3, 2 / 3, False),
    # a neighbouring adverb is not part of the quantity
    ("De Russen zijn al 99.000 troepen verloren.", "99.000", 99000, 99000, False),
    ("Er waren slechts 12 mensen.", "12", 12, 12, False),
    ("Er vielen naar verluidt 300 doden.", "300", 300, 300, False),
    ("Er zijn nu 400 vluchtelingen.", "400", 400, 400, False),
    ("Ook 50 tanks werden geleverd.", "50", 50, 50, False),
]


@pytest.mark.parametrize(("sentence", "span", "low", "high", "percent"), CASES)
def test_comparatives_and_percentages(
    sentence: str, span: str, low: float | None, high: float | None, percent: bool
) -> None:
    found = [q for q in find_quantities(sentence) if q.text == span]
    assert found, f"{span!r} not found in {sentence!r}: {find_quantities(sentence)}"
    q = found[0]
    assert sentence[q.start : q.end] == span
    assert q.low == pytest.approx(low) if low is not None else q.low is None
    assert q.high == pytest.approx(high) if high is not None else q.high is None
    assert q.percent is percent


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 60


def test_two_figures_joined_by_en_stay_apart() -> None:
    found = find_quantities("Er vielen 300 doden en 200 gewonden.")
    assert [q.text for q in found] == ["300", "200"]
    found = find_quantities("Bijna 300 doden en ruim 200 gewonden.")
    assert [q.text for q in found] == ["Bijna 300", "ruim 200"]
