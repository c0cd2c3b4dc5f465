"""Microsoft Recognizers-Text's Dutch number specs, run through ``find_quantities``.

Mapping: for ``NumberModel`` the quantities compared are those of kind cardinal, decimal or
fraction that are not non-quantities (``role`` not in ``NOT_QUANTITY_ROLES``); ordinals,
ranges, vague words and percentages are not Recognizers-Text "numbers". For ``OrdinalModel`` the
quantities of kind ordinal are compared. A case passes when the matched texts (lowercased, as the
spec writes them) and values agree, in order, with nothing extra.

Cases we decided not to follow are listed in ``EXCLUDED`` with the reason; they run as
``xfail(strict=True)``, so if one starts passing the list must be corrected. The pass rate counts
excluded cases as failures.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from claimkit.numbers import NOT_QUANTITY_ROLES, find_quantities
from conftest import SHARED  # the same ../shared (or $CLAIMKIT_SHARED) as the shared_dir fixture

SPEC_DIR = SHARED / "specs" / "recognizers-text-nl"

NUMBER_KINDS = frozenset({"cardinal", "decimal", "fraction"})

#: (model, case index) -> reason for not following the case.
EXCLUDED: dict[tuple[str, int], str] = {
    ("NumberModel", 6): (
        "192.168.1.2 is an IP address; a dotted chain that is not one valid number is marked "
        "role='code' as a whole instead of being split into 192.168, 1 and 2."
    ),
    ("NumberModel", 35): (
        "'- 1 4/5': a dash followed by a space is punctuation in Dutch text (a gedachtestreepje "
        "or list bullet), not a minus sign; only a glued '-5' or 'min 5' is negative."
    ),
    ("NumberModel", 43): (
        "'- 10  k': same dash-with-space rule as above, and a multiplier letter after two spaces "
        "is not taken (one space at most, 'k'/'K' only)."
    ),
    ("NumberModel", 123): (
        "'een' (no accent) alone is the indefinite article in news text ('een geldig nummer'); "
        "it is a number only with a multiplier, fraction or ratio, or written 'één'."
    ),
    ("NumberModel", 125): (
        "17/5/2018 is a date; it is found as one quantity with role='date' so claims can skip it, "
        "not as the three numbers 17, 5 and 2018."
    ),
    ("NumberModel", 126): (
        "+1-222-2222/2222 is a phone number; it is found as one quantity with role='phone', not "
        "as four numbers."
    ),
    **{
        ("OrdinalModel", i): (
            "relative ordinals (laatste, volgende, vorige, voorlaatste, 'twee na laatste') name "
            "a position relative to a list, not a number; claimkit.numbers does not read them."
        )
        for i in range(35, 48)
    },
}


def _load(shared: Path, model: str) -> list[dict[str, Any]]:
    path = shared / "specs" / "recognizers-text-nl" / f"{model}.json"
    cases: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return cases


def _expected(case: dict[str, Any]) -> list[tuple[str, float | None]]:
    out: list[tuple[str, float | None]] = []
    for r in case["Results"]:
        raw = str(r["Resolution"].get("value", "")).replace(",", ".")
        try:
            value: float | None = float(raw)
        except ValueError:
            value = None
        out.append((r["Text"].lower(), value))
    return out


def _got(model: str, text: str) -> list[tuple[str, float | None]]:
    found = find_quantities(text)
    if model == "NumberModel":
        keep = [q for q in found if q.kind in NUMBER_KINDS and q.role not in NOT_QUANTITY_ROLES]
    else:
        keep = [q for q in found if q.kind == "ordinal" and q.role not in NOT_QUANTITY_ROLES]
    return [(q.text.lower(), None if q.value is None else float(q.value)) for q in keep]


def _agree(exp: list[tuple[str, float | None]], got: list[tuple[str, float | None]]) -> bool:
    if len(exp) != len(got):
        return False
    for (et, ev), (gt, gv) in zip(exp, got, strict=True):
        if et != gt or ev is None or gv is None:
            return False
        if not math.isclose(ev, gv, rel_tol=1e-9, abs_tol=1e-12):
            return False
    return True


def _params(model: str) -> list[Any]:
    n = len(json.loads((SPEC_DIR / f"{model}.json").read_text(encoding="utf-8")))
    params = []
    for i in range(n):
        marks = []
        if (model, i) in EXCLUDED:
            marks.append(pytest.mark.xfail(strict=True, reason=EXCLUDED[(model, i)]))
        params.append(pytest.param(model, i, marks=marks, id=f"{model}-{i}"))
    return params


@pytest.mark.parametrize(("model", "index"), _params("NumberModel") + _params("OrdinalModel"))
def test_spec_case(shared_dir: Path, model: str, index: int) -> None:
    case = _load(shared_dir, model)[index]
    exp, got = _expected(case), _got(model, case["Input"])
    assert _agree(exp, got), f"{case['Input']!r}: expected {exp}, got {got}"


def pass_rate(shared: Path, model: str) -> tuple[int, int]:
    """(passed, total) for one spec file; excluded cases count as failures."""
    cases = _load(shared, model)
    passed = sum(_agree(_expected(c), _got(model, c["Input"])) for c in cases)
    return passed, len(cases)


def test_number_model_pass_rate(shared_dir: Path) -> None:
    passed, total = pass_rate(shared_dir, "NumberModel")
    print(f"\nNumberModel: {passed}/{total} = {passed / total:.3f}")
    assert passed / total >= 0.95
    # every case that fails is an explicit, reasoned exclusion
    assert total - passed == sum(1 for m, _ in EXCLUDED if m == "NumberModel")


def test_ordinal_model_pass_rate(shared_dir: Path) -> None:
    passed, total = pass_rate(shared_dir, "OrdinalModel")
    print(f"\nOrdinalModel: {passed}/{total} = {passed / total:.3f}")
    assert total - passed == sum(1 for m, _ in EXCLUDED if m == "OrdinalModel")


def test_exclusions_have_reasons() -> None:
    for key, reason in EXCLUDED.items():
        assert len(reason) > 40, key
