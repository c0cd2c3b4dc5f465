"""The offline HTML export (claimkit.outputs.html.export_html, Analysis.save_html)."""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser

import pytest

from claimkit.errors import MissingExtraError
from claimkit.outputs.html import export_html, render_html
from claimkit.results import Analysis, Claim, ModelInfo, Place, PlaceRecord

MODEL = ModelInfo(name="test_model", version="0.0", spacy_version="3.8.0")
BAKHMUT = PlaceRecord(
    id="gn:713174", name="Bakhmut", kind="city", country="UA", lat=48.59559, lon=37.99987
)
KYIV = PlaceRecord(id="gn:703448", name="Kyiv", kind="city", country="UA", lat=50.45, lon=30.52)
NOWHERE = PlaceRecord(id="ck:nowhere", name="Nowhere", kind="village", country="UA")
# What the map may name (as in test_maps): OSM tiles and attribution, Leaflet's attribution,
# the SVG namespace. The page around it names nothing.
ALLOWED_URLS = {
    "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    "https://www.openstreetmap.org/copyright",
    "https://leafletjs.com",
    "http://www.w3.org/2000/svg",
}
URL = re.compile(r"(?:https?:)?//[\w.-]+\.[a-z]{2,}[^\s\"'<>)\\]*", re.IGNORECASE)
TEXT = (
    " date 2022-12\n"
    "In Bachmoet <script>alert(1)</script> & Kyiv vielen 99.000 doden. Bachmoet houdt stand.\n"
    "Nergensdorp ligt nergens."
)


class Frames(HTMLParser):
    """The attributes of every iframe (``srcdoc`` unescaped, as the browser reads it)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.iframes: list[dict[str, str]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "iframe":
            self.iframes.append({k: v or "" for k, v in attrs})


def frames(page: str) -> Frames:
    parser = Frames()
    parser.feed(page)
    parser.close()
    return parser


def place(text: str, name: str, record: PlaceRecord, nth: int = 0) -> Place:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    end = start + len(name)
    return Place(text=name, start=start, end=end, record=record, method="exact", score=1.0)


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    figure = TEXT.index("99.000")
    return Analysis(
        text=TEXT,
        date="2022-12",
        model=MODEL,
        places=[
            place(TEXT, "Bachmoet", BAKHMUT),
            place(TEXT, "Kyiv", KYIV),
            place(TEXT, "Bachmoet", BAKHMUT, 1),
            place(TEXT, "Nergensdorp", NOWHERE),  # no coordinates: not on the map
        ],
        claims=[
            Claim(
                text="99.000",
                start=figure,
                end=figure + 6,
                value=99000,
                category="casualties",
                status="unverified",
                flagged=True,
            )
        ],
    )


def test_export_holds_the_article_and_the_map_offline(analysis, tmp_path):
    pytest.importorskip("folium")
    path = export_html(analysis, tmp_path / "export.html")
    assert path == tmp_path / "export.html" and path.is_file()
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>\n") and page.rstrip().endswith("</html>")
    assert "<title>claimkit analysis (2022-12)</title>" in page
    # the article view is render_html's, once, its CSS once; the article's markup stays text
    view = render_html(analysis, standalone=True)
    fragment = view[view.index('<div class="ck-doc">') : view.rindex("</div>") + 6]
    assert page.count(fragment) == 1 and page.count(".ck-doc .ck-place {") == 1
    assert '&lt;script&gt;alert(1)&lt;/script&gt; &amp; <span class="ck-place"' in page
    assert "<script>alert" not in page
    # the page around the map names no URL and loads nothing; the map is an iframe under it
    parsed = frames(page)
    (iframe,) = parsed.iframes
    outer = page.replace(page[page.index(' srcdoc="') : page.index("></iframe>")], "")
    assert URL.findall(outer) == [] and "<script" not in outer and "<link" not in outer
    assert page.index(fragment) < page.index('<section class="ck-map-section">')
    assert iframe["class"] == "ck-map" and iframe["title"]
    assert "2 linked places" in page  # Bakhmut and Kyiv; Nowhere has no coordinates
    # the map's own page: Leaflet inlined, one circle per place, nothing linked
    inner = iframe["srcdoc"]
    assert inner.startswith("<!DOCTYPE html>")
    assert set(URL.findall(inner)) <= ALLOWED_URLS
    assert not re.search(r"<script[^>]*\ssrc=|<link\b|@import", inner, re.IGNORECASE)
    assert "Leaflet 1.9.4, a JS library for interactive maps" in inner
    assert inner.index('t.version="1.9.4"') < inner.index("L.map(")
    assert inner.count("L.circleMarker(") == 2
    assert "Bakhmut (2)" in inner and "Nowhere" not in inner
    # popups carry the sentences as JSON strings, the article's markup escaped in them
    assert "\\u0026lt;script\\u0026gt;alert(1)" in inner and "<script>alert(1)" not in inner


def test_title_is_escaped_and_map_can_be_left_out(analysis, tmp_path):
    path = export_html(analysis, tmp_path / "plain.html", map=False, title='A <b> & "B"')
    page = path.read_text(encoding="utf-8")
    assert '<title>A &lt;b&gt; &amp; "B"</title>' in page
    assert frames(page).iframes == [] and "ck-map-section" not in page.split("</style>")[-1]
    assert URL.findall(page) == [] and "<script" not in page
    assert "ck-flagged" in page  # the article view is all there


def test_no_map_without_places_with_coordinates_and_no_folium_needed(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "folium", None)
    monkeypatch.delitem(sys.modules, "claimkit.outputs.maps", raising=False)
    text = "Nergensdorp ligt nergens."
    analysis = Analysis(text=text, model=MODEL, places=[place(text, "Nergensdorp", NOWHERE)])
    page = export_html(analysis, tmp_path / "nomap.html").read_text(encoding="utf-8")
    assert frames(page).iframes == [] and 'data-record-id="ck:nowhere"' in page
    empty = export_html(Analysis(text="", model=MODEL), tmp_path / "empty.html")
    assert '<div class="ck-text" lang="nl"></div>' in empty.read_text(encoding="utf-8")


def test_map_without_folium_says_what_to_do(analysis, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "folium", None)
    monkeypatch.delitem(sys.modules, "claimkit.outputs.maps", raising=False)
    with pytest.raises(MissingExtraError, match=r"claimkit-nl\[notebook\].*map=False"):
        export_html(analysis, tmp_path / "x.html")
    assert not (tmp_path / "x.html").exists()
    export_html(analysis, tmp_path / "x.html", map=False)  # fine without folium


def test_save_html_is_export_html(analysis, tmp_path):
    pytest.importorskip("folium")
    saved = analysis.save_html(tmp_path / "saved.html", title="Bachmoet")
    exported = export_html(analysis, tmp_path / "exported.html", title="Bachmoet")
    assert saved == tmp_path / "saved.html"
    # the same page but for the random names folium gives the map's elements
    names = re.compile(r"\b([a-z_]+)_[0-9a-f]{32}\b")
    one, two = (names.sub(r"\1_X", p.read_text(encoding="utf-8")) for p in (saved, exported))
    assert one == two and "<iframe" in one
    plain = analysis.save_html(str(tmp_path / "plain.html"), map=False)
    assert "<iframe" not in plain.read_text(encoding="utf-8")
