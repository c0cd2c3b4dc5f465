"""Property tests for claimkit.numbers (hypothesis; num2words as the oracle for words)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from num2words import num2words

from claimkit.numbers import find_quantities, parse_quantity

FAST = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# integers spread over every order of magnitude up to 10^12
magnitudes = st.integers(min_value=0, max_value=12).flatmap(
    lambda k: st.integers(min_value=0, max_value=10**k)
)


def dutch_dots(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@FAST
@given(magnitudes)
def test_thousands_dots_round_trip(n: int) -> None:
    q = parse_quantity(dutch_dots(n))
    assert q is not None
    assert q.value == n
    assert q.low == n and q.high == n


@FAST
@given(magnitudes)
def test_dutch_words_round_trip(n: int) -> None:
    words = num2words(n, lang="nl")
    q = parse_quantity(words)
    assert q is not None, words
    assert q.value == n, words


@FAST
@given(magnitudes, st.sampled_from(["meer dan", "ruim", "bijna", "ongeveer"]))
def test_numbers_inside_a_sentence(n: int, modifier: str) -> None:
    text = f"Volgens de krant zijn {modifier} {dutch_dots(n)} mensen gevlucht."
    found = [q for q in find_quantities(text) if q.role is None]
    assert len(found) == 1
    assert found[0].value == n
    assert found[0].modifier == modifier


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_never_raises_and_offsets_hold(text: str) -> None:
    found = find_quantities(text)
    last = 0
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.start >= last
        last = q.end


number_bits = st.sampled_from(
    [
        "1", "12", "2022", "99.000", "1,5", "0,25", ".", ",", "-", "–", "/", "%", "+", " ",
        "  ", "\u00a0", "\u202f", "een", "één", "drie", "derde", "half", "en", "tot", "à",
        "tussen", "de", "van", "meer dan", "zo'n", "miljoen", "procent", "honderden", "min",
        "uur", "om", "december", "tiental", "e", "ste", "k", "b", "^", "e10", "½", "MH", "(", ")",
    ]
)  # fmt: skip


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(number_bits, max_size=25).map("".join))
def test_number_like_noise_never_raises(text: str) -> None:
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text
        if q.kind == "range" and q.low is not None and q.high is not None:
            assert q.low < q.high
