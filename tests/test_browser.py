"""The HTML export of the example article in a real browser: headless Chromium via Playwright.

The browser has no network: every request but the page's own file is aborted (and host names
resolve to nothing), so what shows is what works offline. The only requests the page may try
are OpenStreetMap tiles. A full-page screenshot is left in build/screenshots/.

Skipped only when there is no Playwright or no Chromium (``make test`` installs both where the
platform allows).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from claimkit.results import Analysis

REPO = Path(__file__).resolve().parents[1]
SCREENSHOT = REPO / "build" / "screenshots" / "bachmoet-2022-12.png"
TILE = re.compile(r"https://tile\.openstreetmap\.org/\d+/\d+/\d+\.png")
BROWSERS = ("chromium", "chromium-browser", "google-chrome")
WIDTH = 1200

# An element as the browser shows it: its first line box, its computed style, and whether it
# is what is drawn at that box's centre (nothing covers it).
PROBE = """(el) => {
    el.scrollIntoView({block: "center"});
    const box = el.getClientRects()[0] || {width: 0, height: 0, left: 0, top: 0};
    const style = getComputedStyle(el);
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
        width: box.width, height: box.height, on_top: el.contains(top),
        visibility: style.visibility, display: style.display, opacity: style.opacity,
        background: style.backgroundColor, color: style.color, weight: style.fontWeight,
        border_color: style.borderTopColor, border_width: style.borderTopWidth,
        underline: style.borderBottomStyle + " " + style.borderBottomColor,
        shadow: style.boxShadow,
    };
}"""
# The text of a span's pieces, without the labels and badges standing inside it.
SPAN_TEXT = """(pieces) => pieces.map((piece) => {
    const copy = piece.cloneNode(true);
    copy.querySelectorAll(".ck-label, .ck-badge").forEach((ui) => ui.remove());
    return copy.textContent;
}).join("")"""
# Every circle of the map (in its iframe): its tooltip, class and drawn box, and whether it
# lies in the map's view and inside the map's box.
CIRCLES = """() => {
    const map = Object.keys(window).filter((k) => /^map_[0-9a-f]+$/.test(k))
        .map((k) => window[k]).find((v) => v instanceof L.Map);
    const frame = map.getContainer().getBoundingClientRect();
    const circles = [];
    map.eachLayer((layer) => {
        if (!(layer instanceof L.CircleMarker)) return;
        const box = layer._path.getBoundingClientRect();
        circles.push({
            tooltip: layer.getTooltip().getContent(),
            kind: layer._path.getAttribute("class"),
            in_view: map.getBounds().contains(layer.getLatLng()),
            width: box.width, height: box.height,
            inside: box.left >= frame.left && box.right <= frame.right
                && box.top >= frame.top && box.bottom <= frame.bottom,
        });
    });
    return circles;
}"""
SHOW_ALL = """() => {
    const map = Object.keys(window).filter((k) => /^map_[0-9a-f]+$/.test(k))
        .map((k) => window[k]).find((v) => v instanceof L.Map);
    const circles = [];
    map.eachLayer((layer) => { if (layer instanceof L.CircleMarker) circles.push(layer); });
    map.fitBounds(L.featureGroup(circles).getBounds(), {animate: false, padding: [20, 20]});
}"""


def chromium() -> str:
    """A Chromium to drive: the system's, else Playwright's own; skip when there is none."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("no Chromium: Playwright is not installed (pip install playwright)")
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    with sync_playwright() as playwright:
        own = playwright.chromium.executable_path
    if own and Path(own).is_file():
        return own
    pytest.skip(
        f"no Chromium: none of {', '.join(BROWSERS)} on PATH and no Playwright browser "
        "(apt-get install chromium, or python -m playwright install chromium)"
    )


@dataclass
class Shown:
    """The export open in the browser, and what happened while it loaded."""

    analysis: Analysis
    page: Any  # playwright.sync_api.Page
    map_frame: Any  # playwright.sync_api.Frame
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def probe(self, selector: str) -> dict[str, Any]:
        return self.page.locator(selector).first.evaluate(PROBE)

    def span_text(self, ident: str) -> str:
        return self.page.locator(f'.ck-text [data-id="{ident}"]').evaluate_all(SPAN_TEXT)


@pytest.fixture(scope="module")
def shown(analyzer, article, tmp_path_factory) -> Iterator[Shown]:
    executable = chromium()
    from playwright.sync_api import sync_playwright

    analysis = analyzer.analyze(article)
    path = analysis.save_html(tmp_path_factory.mktemp("export") / "bachmoet-2022-12.html")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, args=["--host-resolver-rules=MAP * ~NOTFOUND"]
        )
        try:
            context = browser.new_context(
                viewport={"width": WIDTH, "height": 900}, device_scale_factor=1
            )
            requests: list[str] = []

            def offline(route: Any) -> None:
                requests.append(route.request.url)
                if route.request.url.startswith("file:"):
                    route.continue_()
                else:
                    route.abort("internetdisconnected")

            context.route("**/*", offline)
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(path.as_uri(), wait_until="load")
            map_frame = page.locator("iframe.ck-map").element_handle().content_frame()
            map_frame.wait_for_selector("path.leaflet-interactive", state="attached")
            SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOT), full_page=True)
            yield Shown(analysis, page, map_frame, requests, errors)
        finally:
            browser.close()


def visible(box: dict[str, Any]) -> bool:
    return (
        box["width"] > 0
        and box["height"] > 0
        and box["on_top"]
        and box["visibility"] == "visible"
        and box["display"] != "none"
        and float(box["opacity"]) > 0
    )


@pytest.mark.model
def test_page_works_offline(shown):
    assert shown.errors == []
    web = [url for url in shown.requests if not url.startswith("file:")]
    assert [url for url in web if not TILE.fullmatch(url)] == []
    # the map frame's requests are seen too: its tiles were tried (and refused)
    assert web, "no tile request seen: is the network interception working?"
    assert shown.page.title() == "claimkit analysis (2022-12)"


@pytest.mark.model
def test_entities_are_highlighted_as_the_legend_says(shown):
    analysis = shown.analysis
    groups = [
        ("p", "ck-place", analysis.places),
        ("pe", "ck-person", analysis.people),
        ("o", "ck-organisation", analysis.organisations),
    ]
    assert all(items for _, _, items in groups)
    for prefix, css, items in groups:
        legend = shown.probe(f".ck-legend .{css}")
        assert legend["background"] != "rgba(0, 0, 0, 0)" and legend["shadow"] != "none"
        for number, mention in enumerate(items):
            ident = f"{prefix}{number}"
            box = shown.probe(f'.ck-text [data-id="{ident}"]')
            assert visible(box), (ident, mention.text, box)
            assert shown.span_text(ident) == mention.text
            if mention.record is not None:
                assert (box["background"], box["shadow"]) == (
                    legend["background"],
                    legend["shadow"],
                ), ident


@pytest.mark.model
def test_quotes_of_each_kind_and_their_speakers_are_shown(shown):
    analysis = shown.analysis
    kinds = {q.kind for q in analysis.quotes}
    assert {"direct", "indirect"} <= kinds
    looks = {}
    for kind in kinds:
        legend = shown.probe(f".ck-legend .ck-quote.ck-{kind}")
        looks[kind] = (legend["background"], legend["underline"])
        shown_kind = shown.page.locator(f".ck-text .ck-quote.ck-{kind}:not(.ck-cont)")
        assert shown_kind.count() == sum(q.kind == kind for q in analysis.quotes)
    assert len(set(looks.values())) == len(looks)  # every kind looks different
    for number, quote in enumerate(analysis.quotes):
        ident = f"q{number}"
        box = shown.probe(f'.ck-text [data-id="{ident}"]')
        assert visible(box), (ident, box)
        assert (box["background"], box["underline"]) == looks[quote.kind], ident
        assert shown.span_text(ident) == quote.text
    # one label per statement, before it, naming the speaker the analysis gives
    expected = {
        f"q{n}": q.speaker.name if q.speaker is not None else "?"
        for n, q in enumerate(analysis.quotes)
        if q.is_statement
    }
    assert any(name != "?" for name in expected.values())
    labels = shown.page.locator(".ck-text .ck-label")
    found = {}
    for number in range(labels.count()):
        label = labels.nth(number)
        ident = label.get_attribute("data-for")
        found[ident] = label.inner_text()
        box = label.evaluate(PROBE)
        assert visible(box) and box["color"] != box["background"], (ident, box)
    assert found == expected


@pytest.mark.model
def test_the_flagged_claim_stands_out(shown):
    analysis = shown.analysis
    flagged = [n for n, c in enumerate(analysis.claims) if c.flagged]
    plain = [n for n, c in enumerate(analysis.claims) if not c.flagged]
    assert flagged and plain
    flagged_look = shown.probe(".ck-legend .ck-claim.ck-flagged")
    plain_look = shown.probe(".ck-legend .ck-claim:not(.ck-flagged)")
    assert flagged_look["border_color"] != plain_look["border_color"]
    for number, claim in enumerate(analysis.claims):
        ident = f"c{number}"
        box = shown.probe(f'.ck-text [data-id="{ident}"]')
        assert visible(box), (ident, box)
        assert shown.span_text(ident) == claim.text
        badge = shown.page.locator(f'.ck-text .ck-badge[data-for="{ident}"]')
        assert badge.count() == 1
        badge_box = badge.evaluate(PROBE)
        assert visible(badge_box), (ident, badge_box)
        look = flagged_look if claim.flagged else plain_look
        assert (box["border_color"], box["border_width"], box["background"]) == (
            look["border_color"],
            look["border_width"],
            look["background"],
        )
        status = f"⚑ {claim.status}" if claim.flagged else claim.status
        assert badge.text_content() == status and badge.inner_text() == status.upper()
    # flagged: a thicker, coloured border, and a badge of another colour than a stated one's
    one, other = (shown.probe(f'.ck-text [data-id="c{n}"]') for n in (flagged[0], plain[0]))
    assert float(one["border_width"][:-2]) > float(other["border_width"][:-2])
    assert one["color"] != other["color"]
    badges = [
        shown.page.locator(f'.ck-text .ck-badge[data-for="c{n}"]').evaluate(PROBE)
        for n in (flagged[0], plain[0])
    ]
    assert badges[0]["background"] != badges[1]["background"]
    assert badges[0]["background"] not in ("rgba(0, 0, 0, 0)", badges[0]["color"])


@pytest.mark.model
def test_map_shows_a_circle_per_linked_place(shown):
    analysis = shown.analysis
    mapped = {
        p.record.id: p.record
        for p in analysis.places
        if p.record is not None and p.record.lat is not None and p.record.lon is not None
    }
    counts = analysis.place_counts()
    frame = shown.map_frame
    assert frame.locator("path.leaflet-interactive").count() == len(mapped) > 5
    circles = frame.evaluate(CIRCLES)
    assert sorted(c["tooltip"] for c in circles) == sorted(
        f"{record.name} ({counts[record.name]})" for record in mapped.values()
    )
    # the view is fitted to the places that are not countries: all of them are drawn in it
    local = [c for c in circles if "ck-marker-country" not in c["kind"]]
    assert local and all(c["in_view"] and c["width"] > 0 and c["inside"] for c in local), local
    for circle in circles:
        if circle["in_view"]:
            assert circle["width"] > 2 and circle["inside"], circle
    # zoomed out to all of them (a country's centre may lie far away), every circle is drawn
    frame.evaluate(SHOW_ALL)
    circles = frame.evaluate(CIRCLES)
    assert all(c["in_view"] and c["width"] > 2 and c["inside"] for c in circles), circles
    paths = frame.locator("path.leaflet-interactive")
    assert all(paths.nth(n).is_visible() for n in range(paths.count()))
    iframe = shown.page.locator("iframe.ck-map").evaluate(PROBE)
    assert visible(iframe) and iframe["width"] > 500 and iframe["height"] > 300


@pytest.mark.model
def test_screenshot_is_saved(shown):
    data = SCREENSHOT.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width == WIDTH and height > 1500  # the whole page: article, records, map
    assert len(data) < 500_000
