"""The offline place map (claimkit.outputs.maps)."""

from __future__ import annotations

import re
from importlib.resources import files

import pytest

folium = pytest.importorskip("folium")

from claimkit.errors import InvalidInputError  # noqa: E402
from claimkit.outputs import maps  # noqa: E402
from claimkit.outputs.maps import place_map, save_map, sentence_bounds  # noqa: E402
from claimkit.results import Analysis, Mention, ModelInfo, Place, PlaceRecord  # noqa: E402

MODEL = ModelInfo(name="test_model", version="0.0", spacy_version="3.8.0")
BAKHMUT = PlaceRecord(
    id="gn:713174", name="Bakhmut", native="Бахмут", kind="city", country="UA",
    admin1="Donetsk Oblast", lat=48.59559, lon=37.99987,
)  # fmt: skip
KYIV = PlaceRecord(id="gn:703448", name="Kyiv", kind="city", country="UA", lat=50.45, lon=30.52)
UKRAINE = PlaceRecord(id="gn:690791", name="Ukraine", kind="country", country="UA", lat=49, lon=32)
NOWHERE = PlaceRecord(id="ck:nowhere", name="Nowhere", kind="village", country="UA")
# What a saved map may name: the OSM tiles and attribution link, Leaflet's attribution link
# (leaflet.js), and the SVG namespace Leaflet creates its elements in (never fetched).
ALLOWED_URLS = {
    "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    "https://www.openstreetmap.org/copyright",
    "https://leafletjs.com",
    "http://www.w3.org/2000/svg",
}
URL = re.compile(r"(?:https?:)?//[\w.-]+\.[a-z]{2,}[^\s\"'<>)\\]*", re.IGNORECASE)


def places_in(text: str, names: dict[str, PlaceRecord | None]) -> list[Place]:
    """A Place for every occurrence of each name, in text order."""
    found = []
    for name, record in names.items():
        for match in re.finditer(re.escape(name), text):
            found.append(
                Place(
                    text=name,
                    start=match.start(),
                    end=match.end(),
                    record=record,
                    method="exact",
                    score=1.0,
                )
            )
    return sorted(found, key=lambda p: p.start)


def make(text: str, names: dict[str, PlaceRecord | None], date: str | None = None) -> Analysis:
    return Analysis(text=text, date=date, model=MODEL, places=places_in(text, names))


def markers(map_: folium.Map) -> list[folium.CircleMarker]:
    return [c for c in map_._children.values() if isinstance(c, folium.CircleMarker)]


def bindings(marker: folium.CircleMarker) -> maps._Bindings:
    (child,) = [c for c in marker._children.values() if isinstance(c, maps._Bindings)]
    return child


TEXT = (
    " date 2022-12\n"
    "Bachmoet <script>alert(1)</script> & Kyiv. In Bachmoet wordt gevochten, zegt Kyiv.\n"
    "Oekraïne <i>houdt</i> Bachmoet. Nergensdorp ligt nergens. Onbekend ook niet."
)
NAMES = {"Bachmoet": BAKHMUT, "Kyiv": KYIV, "Oekraïne": UKRAINE, "Nergensdorp": NOWHERE}


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return make(TEXT, NAMES | {"Onbekend": None}, date="2022-12")


def test_one_marker_per_place_with_coordinates_sized_by_count(analysis):
    map_ = place_map(analysis)
    assert isinstance(map_, folium.Map)
    found = {bindings(m).popup.split('data-record-id="')[1].split('"')[0]: m for m in markers(map_)}
    assert set(found) == {"gn:713174", "gn:703448", "gn:690791"}  # no coordinates, no record
    radius = {rid: m.options["radius"] for rid, m in found.items()}
    assert radius["gn:713174"] > radius["gn:703448"] > radius["gn:690791"]
    assert found["gn:713174"].location == [BAKHMUT.lat, BAKHMUT.lon]
    assert "ck-marker-country" in found["gn:690791"].options["className"]
    assert bindings(found["gn:713174"]).tooltip == "Bakhmut (3)"


def test_popup_lists_the_sentences_escaped(analysis):
    (bakhmut,) = [m for m in markers(place_map(analysis)) if "Bakhmut" in bindings(m).popup]
    popup = bindings(bakhmut).popup
    items = re.findall(r"<li>(.*?)</li>", popup)
    assert items == [
        "<b>Bachmoet</b> &lt;script&gt;alert(1)&lt;/script&gt; &amp; Kyiv.",
        "In <b>Bachmoet</b> wordt gevochten, zegt Kyiv.",
        "Oekraïne &lt;i&gt;houdt&lt;/i&gt; <b>Bachmoet</b>.",
    ]
    assert "<script>" not in popup
    assert "Bakhmut · Бахмут" in popup and "city, UA, Donetsk Oblast · 3 mentions" in popup


def test_a_sentence_naming_a_place_twice_is_listed_once_with_both_marked():
    text = "Kyiv en nog eens Kyiv. Daarna Kyiv!"
    (marker,) = markers(place_map(make(text, {"Kyiv": KYIV})))
    items = re.findall(r"<li>(.*?)</li>", bindings(marker).popup)
    assert items == ["<b>Kyiv</b> en nog eens <b>Kyiv</b>.", "Daarna <b>Kyiv</b>!"]
    assert "3 mentions" in bindings(marker).popup


def test_sentence_bounds():
    text = " date 2022-12\nEerste zin. Tweede zin over Kyiv, zei hij. Derde zin\nKyiv op een regel"
    first = Mention(text="Kyiv", start=text.index("Kyiv"), end=text.index("Kyiv") + 4)
    start, end, cut_start, cut_end = sentence_bounds(text, first)
    assert text[start:end] == "Tweede zin over Kyiv, zei hij."
    assert (cut_start, cut_end) == (False, False)
    second = Mention(text="Kyiv", start=text.rindex("Kyiv"), end=text.rindex("Kyiv") + 4)
    start, end, _, _ = sentence_bounds(text, second)
    assert text[start:end] == "Kyiv op een regel"
    header = Mention(text="Eerste", start=text.index("Eerste"), end=text.index("Eerste") + 6)
    assert text[slice(*sentence_bounds(text, header)[:2])] == "Eerste zin."
    long = "x " * 400 + "Kyiv" + " y" * 400
    mention = Mention(text="Kyiv", start=long.index("Kyiv"), end=long.index("Kyiv") + 4)
    start, end, cut_start, cut_end = sentence_bounds(long, mention)
    assert cut_start and cut_end and end - start <= 2 * 300 + 4


def test_several_analyses_add_up_and_are_labelled():
    one = make("Kyiv is groot.", {"Kyiv": KYIV})
    two = make("Weer Kyiv. En Bachmoet.", {"Kyiv": KYIV, "Bachmoet": BAKHMUT})
    map_ = place_map([one, two], labels=["art-1", "art-<2>"])
    (kyiv,) = [m for m in markers(map_) if "Kyiv" in bindings(m).popup]
    popup = bindings(kyiv).popup
    assert "2 mentions" in popup
    assert '<span class="ck-article">art-1:</span> <b>Kyiv</b> is groot.' in popup
    assert '<span class="ck-article">art-&lt;2&gt;:</span> Weer <b>Kyiv</b>.' in popup
    assert len(markers(place_map(a for a in [one, two]))) == 2
    with pytest.raises(InvalidInputError, match="1 labels for 2 analyses"):
        place_map([one, two], labels=["x"])
    with pytest.raises(InvalidInputError, match="not str"):
        place_map(["Kyiv"])  # type: ignore[list-item]


def test_saved_map_is_offline(analysis, tmp_path):
    path = save_map(place_map(analysis), tmp_path / "map.html")
    page = path.read_text(encoding="utf-8")
    assert set(URL.findall(page)) <= ALLOWED_URLS
    assert "https://tile.openstreetmap.org/{z}/{x}/{y}.png" in page
    assert not re.search(r"<script[^>]*\ssrc=|<link\b|@import", page, re.IGNORECASE)
    for cdn in ("jsdelivr", "cdnjs", "jquery", "bootstrap", "unpkg"):
        assert cdn not in page.lower()
    # Leaflet inlined: its JS (with its licence header) and CSS, images as data URIs
    assert f"Leaflet {maps.LEAFLET_VERSION}, a JS library for interactive maps" in page
    assert 't.version="1.9.4"' in page and ".leaflet-container" in page
    assert "url(images/" not in page and "url(data:image/png;base64," in page
    assert "sourceMappingURL" not in page
    # the inline Leaflet comes before the code that uses it; the outlines are there
    assert page.index("t.version=") < page.index("L.map(")
    assert '"name":"Ukraine"' in page and 'createPane("ck-outline")' in page
    assert page.count("L.circleMarker(") == 3
    # popups travel as JSON strings with < and & escaped: the article's markup stays text
    assert "\\u0026lt;script\\u0026gt;alert(1)\\u0026lt;/script\\u0026gt;" in page
    assert "<script>alert(1)" not in page


def test_map_without_tiles_names_no_url(tmp_path):
    page = save_map(place_map(make("Kyiv.", {"Kyiv": KYIV}), tiles=False), tmp_path / "m.html")
    urls = set(URL.findall(page.read_text(encoding="utf-8")))
    assert urls <= {"https://leafletjs.com", "http://www.w3.org/2000/svg"}


def test_empty_analysis_gives_an_empty_map(tmp_path):
    map_ = place_map(Analysis(text="", model=MODEL))
    assert markers(map_) == []
    page = save_map(map_, tmp_path / "empty.html").read_text(encoding="utf-8")
    assert "L.map(" in page and "L.circleMarker(" not in page


def test_any_folium_map_saves_offline(tmp_path, caplog):
    plain = folium.Map(location=[50, 30], zoom_start=5)
    page = save_map(plain, tmp_path / "plain.html").read_text(encoding="utf-8")
    assert set(URL.findall(page)) <= ALLOWED_URLS
    assert "Leaflet 1.9.4" in page
    assert not caplog.records
    save_map(plain, tmp_path / "again.html")  # idempotent: Leaflet inlined once
    again = (tmp_path / "again.html").read_text(encoding="utf-8")
    assert again.count("a JS library for interactive maps") == 1


def test_a_plugin_linking_the_web_is_warned_about(tmp_path, caplog):
    from folium.plugins import Fullscreen

    map_ = place_map(make("Kyiv.", {"Kyiv": KYIV}))
    Fullscreen().add_to(map_)
    save_map(map_, tmp_path / "plugin.html")
    assert "links a script or style from the web" in caplog.text


def test_bundled_files_are_small_and_licensed():
    static = files("claimkit.outputs").joinpath("static")
    sizes = {
        name: len(static.joinpath(name).read_bytes())
        for name in ("leaflet/leaflet.js", "leaflet/leaflet.css", "world-110m.geojson")
    }
    assert sum(sizes.values()) < 1_000_000
    licence = static.joinpath("leaflet", "LICENSE").read_text(encoding="utf-8")
    assert "BSD 2-Clause License" in licence and "Volodymyr Agafonkin" in licence
    assert (
        static.joinpath("leaflet/leaflet.js")
        .read_text("utf-8")
        .startswith("/* @preserve\n * Leaflet 1.9.4,")
    )


@pytest.mark.model
def test_example_article(analyzer, article, gold):
    analysis = analyzer.analyze(article)
    map_ = place_map(analysis)
    linked = {p.record.id for p in analysis.places if p.record and p.record.lat is not None}
    assert len(markers(map_)) == len(linked) > 5
    (bakhmut,) = [m for m in markers(map_) if 'data-record-id="gn:713174"' in bindings(m).popup]
    count = next(p["count"] for p in gold["places"] if p["canonical"] == "Bakhmut")
    assert bindings(bakhmut).tooltip == f"Bakhmut ({count})"
    assert "Maandenlang is <b>Bachmoet</b> al een belangrijk doelwit" in bindings(bakhmut).popup
