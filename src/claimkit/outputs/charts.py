"""Charts of a batch's claims: figures per category over time, and by claimant (matplotlib)."""

from __future__ import annotations

from typing import Any

from claimkit.errors import InvalidInputError, MissingExtraError

#: One colour per claim category, the same in every chart.
CATEGORY_COLOURS = {
    "casualties": "#c0392b",
    "military_losses": "#e67e22",
    "displacement": "#2980b9",
    "equipment": "#7f8c8d",
    "money": "#27ae60",
    "population": "#8e44ad",
    "other": "#bdc3c7",
}
NEWSPAPER = "(the newspaper)"


def claims_chart(claims: Any, *, top_claimants: int = 10, title: str | None = None) -> Any:
    """A matplotlib ``Figure``: claims per month by category, and per claimant by category.

    ``claims`` is the ``claims`` DataFrame of :func:`claimkit.batch.to_frame` (with its
    ``date`` column). Claims without a date are left out of the time panel; claims the
    newspaper states itself count under "(the newspaper)". Flagged claims are hatched.
    """
    try:
        import matplotlib.pyplot as plt
        import pandas as pd
    except ImportError as err:
        raise MissingExtraError(
            'claims_chart needs matplotlib and pandas: pip install "claimkit-nl[notebook]"'
        ) from err
    missing = {"date", "category", "claimant", "flagged"} - set(claims.columns)
    if missing:
        raise InvalidInputError(
            f"claims_chart takes the claims table of claimkit.batch.to_frame; it lacks "
            f"{', '.join(sorted(missing))}"
        )
    frame = claims.copy()
    frame["claimant"] = frame["claimant"].fillna(NEWSPAPER)
    frame["month"] = pd.to_datetime(frame["date"].str.slice(0, 7), format="%Y-%m", errors="coerce")
    categories = [c for c in CATEGORY_COLOURS if c in set(frame["category"])]

    figure, (over_time, by_claimant) = plt.subplots(
        1, 2, figsize=(13, 4.8), gridspec_kw={"width_ratios": [3, 2]}, layout="constrained"
    )
    dated = frame.dropna(subset=["month"])
    if len(dated):
        months = pd.period_range(dated["month"].min(), dated["month"].max(), freq="M")
        _stacked(over_time, dated, "month", [m.to_timestamp() for m in months], categories)
        labels = [m.strftime("%Y-%m") for m in months]
        step = max(1, len(labels) // 12)
        over_time.set_xticks(range(0, len(labels), step), labels[::step], rotation=45, ha="right")
    over_time.set_title("claims per month, by category")
    over_time.set_ylabel("claims")

    counts = frame["claimant"].value_counts().head(top_claimants)
    order = list(counts.index[::-1])
    _stacked(by_claimant, frame[frame["claimant"].isin(order)], "claimant", order, categories,
             horizontal=True)  # fmt: skip
    by_claimant.set_title(f"claims by claimant (top {len(order)})")
    by_claimant.set_xlabel("claims")
    handles = [plt.Rectangle((0, 0), 1, 1, color=CATEGORY_COLOURS[c]) for c in categories]
    handles.append(plt.Rectangle((0, 0), 1, 1, facecolor="white", edgecolor="black", hatch="//"))
    figure.legend(handles, [*categories, "flagged"], loc="outside lower center", ncols=8)
    if title:
        figure.suptitle(title)
    return figure


def _stacked(axes: Any, frame: Any, key: str, order: list[Any], categories: list[str],
             *, horizontal: bool = False) -> None:  # fmt: skip
    """Bars per ``key`` value in ``order``, stacked by category; flagged parts hatched."""
    positions = range(len(order))
    base = [0] * len(order)
    for category in categories:
        for flagged in (False, True):
            part = frame[(frame["category"] == category) & (frame["flagged"] == flagged)]
            counts = part[key].value_counts()
            heights = [int(counts.get(value, 0)) for value in order]
            if not any(heights):
                continue
            style = {"color": CATEGORY_COLOURS[category], "edgecolor": "black" if flagged else
                     "none", "hatch": "//" if flagged else None, "linewidth": 0.4}  # fmt: skip
            if horizontal:
                axes.barh(positions, heights, left=base, **style)
            else:
                axes.bar(positions, heights, bottom=base, **style)
            base = [b + h for b, h in zip(base, heights, strict=True)]
    if horizontal:
        axes.set_yticks(list(positions), [str(v) for v in order])
    axes.grid(axis="x" if horizontal else "y", alpha=0.3)
