"""A map of the linked places of one or more analyses (folium), that works offline.

``place_map(analysis)`` puts one circle per linked place with coordinates, sized by how often
it is named, its popup listing the sentences that name it. ``save_map(m, path)`` writes one
HTML file that needs nothing from the network:

- folium links Leaflet, jQuery, Bootstrap and Font Awesome from CDNs; the maps made here link
  nothing (their ``default_js``/``default_css`` are emptied) and carry Leaflet 1.9.4 itself,
  its JS and CSS inlined (``static/leaflet/``, BSD-2-Clause; its images as data URIs);
  popups and tooltips are bound by our own code, since folium's need jQuery;
- under the tiles lie the country outlines of Natural Earth 1:110m (public domain,
  ``static/world-110m.geojson``, made by ``scripts/world_outline.py``), so that without a
  network the map still shows where the places are;
- the one external reference is the OpenStreetMap tile layer (``tile.openstreetmap.org``) for
  when a network is there, with its attribution link (and Leaflet's). Pass ``tiles=False`` for
  a map without it.

Needs the ``notebook`` extra (folium); importing this module without it raises
:class:`~claimkit.MissingExtraError`.
"""

from __future__ import annotations

import base64
import html
import logging
import math
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path

from claimkit.dates import split_date_header
from claimkit.errors import InvalidInputError, MissingExtraError
from claimkit.outputs.summary import place_details, plural
from claimkit.results import Analysis, Mention, PlaceRecord

try:
    import folium
    from branca.element import Element, MacroElement
    from jinja2 import Template
except ImportError as err:  # pragma: no cover - depends on the environment
    raise MissingExtraError(
        'claimkit.outputs.maps needs folium: pip install "claimkit-nl[notebook]"'
    ) from err

log = logging.getLogger(__name__)

LEAFLET_VERSION = "1.9.4"
#: The OpenStreetMap tile URL template: the only resource a saved map may fetch.
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = (
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
)

_STATIC = files("claimkit.outputs").joinpath("static")
_MAX_SENTENCES = 20
_WINDOW = 300  # characters searched on each side of a mention for its sentence's ends
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*(?=\s)|\n")
_MARKER_COLOR = "#2f9e44"

_EXTRA_CSS = """
.leaflet-container { background: #dbe7f0; }
.ck-popup { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; font-size: 12px; }
.ck-popup .ck-popup-title { font-weight: 700; font-size: 13px; }
.ck-popup .ck-popup-meta { color: #495057; }
.ck-popup ol { margin: 0.4em 0 0; padding-left: 1.4em; max-height: 16em; overflow-y: auto; }
.ck-popup li { margin-bottom: 0.3em; }
.ck-popup .ck-article { color: #868e96; font-size: 11px; }
"""


@cache
def _static_text(name: str) -> str:
    return _STATIC.joinpath(name).read_text(encoding="utf-8")


@cache
def _leaflet_css() -> str:
    """leaflet.css without comments, its images as data URIs: nothing left to fetch."""
    css = re.sub(r"/\*.*?\*/", "", _static_text("leaflet/leaflet.css"), flags=re.DOTALL)

    def inline(match: re.Match[str]) -> str:
        image = _STATIC.joinpath("leaflet", "images", match.group(1))
        data = base64.b64encode(image.read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{data})"

    return re.sub(r"url\(images/([\w-]+\.png)\)", inline, css)


@cache
def _leaflet_js() -> str:
    """leaflet.js without its source-map comment (the map is not shipped)."""
    js = _static_text("leaflet/leaflet.js")
    return re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", js)


@cache
def _outline_geojson() -> str:
    """The country outlines as a JavaScript literal safe inside ``<script>``."""
    return _static_text("world-110m.geojson").strip().replace("<", "\\u003c")


class _Outline(MacroElement):
    """Country outlines in a pane under the tiles: seen when the tiles cannot load."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = (function (map) {
                var pane = map.createPane("ck-outline");
                pane.style.zIndex = 150;
                pane.style.pointerEvents = "none";
                return L.geoJSON({{ this.geojson }}, {
                    pane: "ck-outline",
                    interactive: false,
                    attribution: "Outlines: Natural Earth",
                    style: {{ this.style|tojson }}
                }).addTo(map);
            })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "CountryOutline"
        self.geojson = _outline_geojson()
        self.style = {
            "color": "#868e96",
            "weight": 0.8,
            "fillColor": "#f8f9fa",
            "fillOpacity": 1,
        }


class _Bindings(MacroElement):
    """A popup and a tooltip for its parent marker, as HTML strings (no jQuery needed)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            {{ this._parent.get_name() }}.bindPopup({{ this.popup|tojson }},
                {maxWidth: 380, className: "ck-popup"});
            {{ this._parent.get_name() }}.bindTooltip({{ this.tooltip|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, popup: str, tooltip: str) -> None:
        super().__init__()
        self._name = "Bindings"
        self.popup = popup
        self.tooltip = tooltip


@dataclass
class _PlaceEntry:
    """A linked place and what names it, over all analyses."""

    record: PlaceRecord
    count: int = 0
    spellings: list[str] = field(default_factory=list)
    sentences: list[tuple[int, str]] = field(default_factory=list)  # (article, popup HTML)


def sentence_bounds(text: str, mention: Mention) -> tuple[int, int, bool, bool]:
    """Start and end of the sentence around ``mention``, within its line and the article body,
    and whether each end was cut (a sentence longer than the search window)."""
    body = split_date_header(text, validate=False)[1]
    low = max(body, mention.start - _WINDOW)
    high = min(len(text), mention.end + _WINDOW)
    start, cut_start = low, low > body
    for match in _SENTENCE_END.finditer(text, low, mention.start):
        start, cut_start = match.end(), False
    end, cut_end = high, high < len(text)
    match = _SENTENCE_END.search(text, mention.end, high)
    if match:
        end, cut_end = (match.start() if match.group() == "\n" else match.end()), False
    while start < mention.start and text[start].isspace():
        start += 1
    return start, end, cut_start, cut_end


def _sentence_html(
    text: str, mentions: Sequence[Mention], bounds: tuple[int, int, bool, bool]
) -> str:
    """The sentence naming the place, escaped, with its mentions of it in bold."""
    start, end, cut_start, cut_end = bounds
    parts = ["… "] if cut_start else []
    position = start
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.start < position:
            continue
        parts += [html.escape(text[position : mention.start]), "<b>", html.escape(mention.text)]
        parts.append("</b>")
        position = mention.end
    parts.append(html.escape(text[position:end].rstrip()))
    if cut_end:
        parts.append(" …")
    return "".join(parts)


def _collect(analyses: Sequence[Analysis]) -> dict[str, _PlaceEntry]:
    """The linked places with coordinates, their counts and the sentences naming them."""
    entries: dict[str, _PlaceEntry] = {}
    skipped = 0
    for number, analysis in enumerate(analyses):
        sentences: dict[tuple[str, int, int], tuple[tuple[int, int, bool, bool], list[Mention]]]
        sentences = {}
        for place in analysis.places:
            record = place.record
            if record is None or record.lat is None or record.lon is None:
                skipped += 1
                continue
            entry = entries.setdefault(record.id, _PlaceEntry(record))
            entry.count += 1
            entry.spellings.append(place.text)
            bounds = sentence_bounds(analysis.text, place)
            key = (record.id, bounds[0], bounds[1])
            sentences.setdefault(key, (bounds, []))[1].append(place)
        for (record_id, _, _), (bounds, mentions) in sentences.items():
            html_sentence = _sentence_html(analysis.text, mentions, bounds)
            entries[record_id].sentences.append((number, html_sentence))
    if skipped:
        log.debug("%d place mentions without a record or coordinates left off the map", skipped)
    return entries


def _popup(entry: _PlaceEntry, labels: Sequence[str] | None) -> str:
    record = entry.record
    native = f" · {html.escape(record.native)}" if record.native else ""
    details = place_details(record)
    mentions = plural(entry.count, "mention")
    spellings = ", ".join(sorted(set(entry.spellings)))
    items = []
    for article, sentence in entry.sentences[:_MAX_SENTENCES]:
        label = ""
        if labels is not None:
            label = f'<span class="ck-article">{html.escape(labels[article])}:</span> '
        items.append(f"<li>{label}{sentence}</li>")
    more = len(entry.sentences) - _MAX_SENTENCES
    if more > 0:
        items.append(f"<li>… and {more} more</li>")
    return (
        f'<div class="ck-place-popup" data-record-id="{html.escape(record.id)}">'
        f'<div class="ck-popup-title">{html.escape(record.name)}{native}</div>'
        f'<div class="ck-popup-meta">{html.escape(details)} · {mentions} '
        f"({html.escape(spellings)})</div>"
        f"<ol>{''.join(items)}</ol></div>"
    )


def _radius(count: int) -> float:
    return round(min(6 + 4 * math.sqrt(count - 1), 30), 1) if count > 0 else 6


def make_offline(map_: folium.Map) -> folium.Map:
    """Make a folium map link nothing: no CDN links, Leaflet inlined in its page (idempotent).

    Elements added to the map that link scripts of their own (folium plugins) still do;
    :func:`save_map` warns about them.
    """
    map_.default_js = []
    map_.default_css = []
    figure = map_.get_root()
    header = figure.header  # type: ignore[attr-defined]
    if "ck_leaflet_css" not in header._children:
        header.add_child(
            Element(f"<style>{_leaflet_css()}\n{_EXTRA_CSS}</style>"), name="ck_leaflet_css"
        )
        header.add_child(Element(f"<script>{_leaflet_js()}</script>"), name="ck_leaflet_js")
    return map_


def place_map(
    analyses: Analysis | Iterable[Analysis],
    *,
    labels: Sequence[str] | None = None,
    tiles: bool = True,
) -> folium.Map:
    """A folium map of the linked places (those with coordinates) of one or more analyses.

    One circle per place, its size growing with the number of mentions (countries dashed and
    hollow: their point is only their centre); its popup lists the sentences that name it
    (with ``labels``, one per analysis, saying which article each is from), its tooltip the
    name and count. ``tiles=False`` leaves out the OpenStreetMap layer.
    The map links nothing: save it with :func:`save_map` for a file that works offline.
    """
    items = [analyses] if isinstance(analyses, Analysis) else list(analyses)
    for item in items:
        if not isinstance(item, Analysis):
            raise InvalidInputError(
                f"place_map takes an Analysis or analyses, not {type(item).__name__}"
            )
    if labels is not None and len(labels) != len(items):
        raise InvalidInputError(f"{len(labels)} labels for {len(items)} analyses")
    entries = _collect(items)
    map_ = folium.Map(
        location=[50.0, 20.0],
        zoom_start=4,
        tiles=OSM_TILES if tiles else None,
        attr=OSM_ATTRIBUTION if tiles else None,
        max_zoom=19,
        world_copy_jump=True,
    )
    make_offline(map_)
    _Outline().add_to(map_)
    for entry in sorted(entries.values(), key=lambda e: -e.count):
        record = entry.record
        country = record.kind == "country"
        marker = folium.CircleMarker(
            location=[record.lat, record.lon],
            radius=_radius(entry.count),
            color=_MARKER_COLOR,
            weight=1.5,
            fill_color=_MARKER_COLOR,
            fill_opacity=0.15 if country else 0.55,
            dash_array="4 3" if country else None,
        )
        marker.options["className"] = f"ck-marker ck-marker-{record.kind}"
        tooltip = f"{html.escape(record.name)} ({entry.count})"
        marker.add_child(_Bindings(_popup(entry, labels), tooltip))
        marker.add_to(map_)
    # A country's point is its centre, far from what the article is about (Russia's lies in
    # Siberia): the view is fitted to the other places where there are any.
    local = [e for e in entries.values() if e.record.kind != "country"] or list(entries.values())
    points = [(e.record.lat, e.record.lon) for e in local]
    if len(set(points)) > 1:
        lats = [p[0] for p in points]
        lons = [p[1] for p in points]
        map_.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]], padding=(30, 30))
    elif points:
        map_.location = [points[0][0], points[0][1]]
        map_.options["zoom"] = 7
    return map_


_EXTERNAL_LINK = re.compile(r"<(?:script|link)\b[^>]*\b(?:src|href)=[\"']?(?:https?:)?//", re.I)


def map_page(map_: folium.Map, *, where: object = "map") -> str:
    """The map as one HTML page that works offline (see the module docstring).

    A warning (naming ``where``) is logged when an element added to it links the web.
    """
    make_offline(map_)
    page = map_.get_root().render()
    if _EXTERNAL_LINK.search(page):
        log.warning("%s: an element added to the map links a script or style from the web", where)
    return page


def save_map(map_: folium.Map, path: str | os.PathLike[str]) -> Path:
    """Write the map as one HTML file that works offline (see the module docstring)."""
    page = map_page(map_, where=path)
    target = Path(path)
    target.write_text(page, encoding="utf-8")
    return target
