"""An analysis as HTML: the article with its places, people, organisations, quotes and claims
marked, and a table of the linked records under it.

``render_html(analysis)`` gives a fragment for Jupyter (``Analysis._repr_html_`` calls it),
``render_html(analysis, standalone=True)`` a whole page. The CSS is inline (one ``<style>``
element scoped to ``.ck-doc``): nothing is fetched. Every character of the article is escaped.
``export_html(analysis, path)`` (``Analysis.save_html``) writes the page with the place map of
:mod:`claimkit.outputs.maps` under the article, one file that works offline.

Spans of every kind may nest or cross (a place inside a quote, a claim inside a quote, a quote
ending inside an organisation's name). Tags are computed from all spans' offsets at once:
quotes are the outer layer, claims the middle one, entities the inner one; a span that crosses
the border of an outer one is cut into pieces, each piece a properly nested ``<span>`` with the
same ``data-id`` (the later pieces also have the class ``ck-cont``). The speaker's label stands
before a quote's first piece and a claim's status badge after its last piece, outside the
span, so a span's text is always ``text[start:end]`` of the mention.

Class names and data attributes, stable for tests and styles:

- ``ck-quote ck-direct`` / ``ck-indirect`` / ``ck-mixed`` / ``ck-term``, ``data-kind``,
  ``data-speaker`` (when known), ``data-confidence``; label ``ck-label``;
- ``ck-claim`` (``ck-flagged`` when flagged), ``ck-status-<status>``, ``data-status``,
  ``data-category``, ``data-flagged``; badge ``ck-badge ck-badge-<status>``;
- ``ck-place``, ``ck-person``, ``ck-organisation`` (``ck-unlinked`` without a record),
  ``data-record-id``, ``data-name``;
- on every span ``data-id`` (``q0``, ``c0``, ``p0``, ``pe0``, ``o0``: kind and index in its
  list), ``data-start``, ``data-end``;
- the article ``ck-text``, the metadata line ``ck-meta`` (``ck-date`` with ``data-date``), the
  records table ``ck-records``; in an export, the map's ``section.ck-map-section`` and its
  ``iframe.ck-map``.
"""

from __future__ import annotations

import html
import logging
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from claimkit.dates import split_date_header
from claimkit.errors import MissingExtraError
from claimkit.outputs.summary import actor_details, place_details, plural
from claimkit.results import (
    ActorRecord,
    Analysis,
    Claim,
    Mention,
    Organisation,
    Person,
    Place,
    PlaceRecord,
    Quote,
)

log = logging.getLogger(__name__)

# Layers, outer first: quotes hold claims and entities, claims hold entities.
_QUOTE, _CLAIM, _ENTITY = 0, 1, 2

_QUOTE_KIND_NAMES = {
    "direct": "direct quote",
    "indirect": "indirect quote (reported speech)",
    "mixed": "mixed quote (reported speech with a quoted part)",
    "term": "term (scare quotes, title, name): no statement",
}

_CSS = """
.ck-doc { font-family: Georgia, 'Times New Roman', serif; color: #212529; max-width: 48em;
  line-height: 1.5; }
.ck-doc .ck-meta, .ck-doc .ck-legend, .ck-doc .ck-records, .ck-doc .ck-label,
.ck-doc .ck-badge { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; }
.ck-doc .ck-meta { font-size: 0.85em; color: #495057; border-bottom: 1px solid #dee2e6;
  padding: 0.2em 0 0.4em; margin-bottom: 0.4em; }
.ck-doc .ck-meta span + span::before { content: " · "; color: #adb5bd; }
.ck-doc .ck-date { font-weight: 600; color: #212529; }
.ck-doc .ck-warning { color: #c92a2a; }
.ck-doc .ck-legend { font-size: 0.75em; color: #495057; margin-bottom: 0.6em; }
.ck-doc .ck-legend > span { margin-right: 0.6em; white-space: nowrap; }
.ck-doc .ck-text { white-space: pre-wrap; line-height: 2.1; font-size: 1em; }
.ck-doc .ck-quote { padding: 0.15em 0; -webkit-box-decoration-break: clone;
  box-decoration-break: clone; }
.ck-doc .ck-direct { background: #fff3bf; border-bottom: 2px solid #f08c00; }
.ck-doc .ck-indirect { background: #e9ecef; border-bottom: 2px dashed #495057; }
.ck-doc .ck-mixed { background: #f3f0ff; border-bottom: 2px solid #7048e8; }
.ck-doc .ck-term { border-bottom: 1px dotted #868e96; }
.ck-doc .ck-quote .ck-quote { padding: 0; }
.ck-doc .ck-label { font-size: 0.68em; font-weight: 600; padding: 0.05em 0.4em;
  border-radius: 0.7em; margin-right: 0.2em; vertical-align: 0.15em; white-space: nowrap;
  user-select: none; }
.ck-doc .ck-label-direct { background: #f08c00; color: #fff; }
.ck-doc .ck-label-indirect { background: #495057; color: #fff; }
.ck-doc .ck-label-mixed { background: #7048e8; color: #fff; }
.ck-doc .ck-label-unknown { opacity: 0.65; }
.ck-doc .ck-claim { font-weight: 700; border: 1px solid #868e96; border-radius: 0.25em;
  padding: 0 0.1em; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.ck-doc .ck-claim.ck-flagged { border: 2px solid #e03131; background: #fff5f5;
  color: #c92a2a; }
.ck-doc .ck-badge { font-size: 0.65em; font-weight: 700; text-transform: uppercase;
  letter-spacing: 0.03em; padding: 0.1em 0.4em; border-radius: 0.25em; margin-left: 0.2em;
  vertical-align: 0.2em; white-space: nowrap; user-select: none; background: #adb5bd;
  color: #fff; }
.ck-doc .ck-badge-unverified, .ck-doc .ck-badge-disputed { background: #e03131; }
.ck-doc .ck-badge-hedged { background: #e8590c; }
.ck-doc .ck-badge-attributed { background: #f59f00; }
.ck-doc .ck-badge-confirmed { background: #2f9e44; }
.ck-doc .ck-badge-stated { background: #868e96; }
.ck-doc .ck-badge.ck-flagged { box-shadow: 0 0 0 2px #ffc9c9; }
.ck-doc .ck-place, .ck-doc .ck-person, .ck-doc .ck-organisation { border-radius: 0.2em;
  padding: 0 0.1em; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.ck-doc .ck-place { background: #d3f9d8; box-shadow: inset 0 -2px 0 #2f9e44; }
.ck-doc .ck-person { background: #d0ebff; box-shadow: inset 0 -2px 0 #1971c2; }
.ck-doc .ck-organisation { background: #ffe3e3; box-shadow: inset 0 -2px 0 #c2255c; }
.ck-doc .ck-unlinked { background: transparent; box-shadow: inset 0 -2px 0 #adb5bd; }
.ck-doc .ck-records { border-collapse: collapse; font-size: 0.8em; margin-top: 1em;
  width: 100%; }
.ck-doc .ck-records th, .ck-doc .ck-records td { text-align: left; padding: 0.15em 0.5em;
  border-bottom: 1px solid #e9ecef; vertical-align: top; }
.ck-doc .ck-records th { background: #f8f9fa; }
.ck-doc .ck-records td.ck-count { text-align: right; font-variant-numeric: tabular-nums; }
.ck-doc .ck-records tr.ck-group th { background: #e9ecef; text-transform: capitalize; }
.ck-doc .ck-muted { color: #868e96; }
"""


@dataclass(eq=False)
class _Span:
    """One highlighted stretch: its tag, and what stands before and after it."""

    start: int
    end: int
    layer: int
    order: int
    classes: list[str]
    attrs: dict[str, str] = field(default_factory=dict)
    before: str = ""  # emitted once, before the first piece (a quote's speaker label)
    after: str = ""  # emitted once, after the last piece (a claim's badge)

    @property
    def key(self) -> tuple[int, int, int, int]:
        """Nesting order: outer layer first, then the earlier and longer span."""
        return (self.layer, self.start, -self.end, self.order)

    def open_tag(self, continued: bool) -> str:
        classes = [*self.classes, "ck-cont"] if continued else self.classes
        attrs = "".join(f' {name}="{_attr(value)}"' for name, value in self.attrs.items())
        return f'<span class="{" ".join(classes)}"{attrs}>'


def _attr(value: object) -> str:
    return html.escape(str(value), quote=True)


def _text(value: str) -> str:
    return html.escape(value, quote=False)


def _offsets(mention: Mention, ident: str) -> dict[str, str]:
    return {"data-id": ident, "data-start": str(mention.start), "data-end": str(mention.end)}


def _place_name(record: PlaceRecord) -> str:
    return record.name + (f" · {record.native}" if record.native else "")


def _place_title(record: PlaceRecord) -> str:
    return f"{_place_name(record)} ({place_details(record)})"


def _actor_title(record: ActorRecord) -> str:
    details = actor_details(record)
    return f"{record.name} ({details})" if details else record.name


def _entity_spans(analysis: Analysis) -> list[_Span]:
    spans: list[_Span] = []
    for number, place in enumerate(analysis.places):
        attrs = _offsets(place, f"p{number}")
        classes = ["ck-place"]
        if place.record is not None:
            attrs |= {"data-record-id": place.record.id, "data-name": place.record.name}
            title = _place_title(place.record)
        else:
            classes.append("ck-unlinked")
            title = "place, not linked"
        attrs["title"] = f"{title} · {place.method} {place.score:.2f}"
        spans.append(_Span(place.start, place.end, _ENTITY, len(spans), classes, attrs))
    for prefix, css, items in (
        ("pe", "ck-person", analysis.people),
        ("o", "ck-organisation", analysis.organisations),
    ):
        for number, actor in enumerate(items):
            attrs = _offsets(actor, f"{prefix}{number}")
            classes = [css]
            role = getattr(actor, "role", None)
            if actor.record is not None:
                attrs |= {"data-record-id": actor.record.id, "data-name": actor.record.name}
                title = _actor_title(actor.record)
            else:
                classes.append("ck-unlinked")
                title = f"{css.removeprefix('ck-')}, not linked"
            if role:
                title += f" · role: {role}"
            attrs["title"] = f"{title} · {actor.method} {actor.score:.2f}"
            spans.append(_Span(actor.start, actor.end, _ENTITY, len(spans), classes, attrs))
    return spans


def _quote_span(quote: Quote, number: int) -> _Span:
    attrs = _offsets(quote, f"q{number}") | {
        "data-kind": quote.kind,
        "data-confidence": f"{quote.confidence:.2f}",
    }
    title = [_QUOTE_KIND_NAMES[quote.kind]]
    label = ""
    if quote.speaker is not None:
        attrs["data-speaker"] = quote.speaker.name
        title.append(f"speaker: {quote.speaker.name} ({quote.speaker.kind})")
    if quote.speaker_mention is not None:
        title.append(f"named as: {quote.speaker_mention.text}")
    if quote.cue is not None:
        title.append(f"cue: {quote.cue.text}")
    title.append(f"confidence {quote.confidence:.2f}")
    attrs["title"] = " · ".join(title)
    if quote.kind != "term":
        name = quote.speaker.name if quote.speaker is not None else "?"
        unknown = " ck-label-unknown" if quote.speaker is None else ""
        label = (
            f'<span class="ck-label ck-label-{quote.kind}{unknown}" data-for="q{number}" '
            f'title="{_attr(attrs["title"])}">{_text(name)}</span>'
        )
    classes = ["ck-quote", f"ck-{quote.kind}"]
    return _Span(quote.start, quote.end, _QUOTE, number, classes, attrs, before=label)


def _claim_span(claim: Claim, number: int) -> _Span:
    attrs = _offsets(claim, f"c{number}") | {
        "data-status": claim.status,
        "data-category": claim.category,
        "data-flagged": "true" if claim.flagged else "false",
    }
    counted = f" {claim.counted.text}" if claim.counted is not None else ""
    title = [f"claim: {claim.text}{counted}", claim.category, claim.status]
    title.append(f"claimant: {claim.claimant.name if claim.claimant else 'the newspaper'}")
    if claim.evidence is not None:
        title.append(f"evidence: {claim.evidence.text}")
    if claim.flagged_by is not None:
        title.append(f"flagged by {claim.flagged_by.name}")
    attrs["title"] = " · ".join(title)
    classes = ["ck-claim", f"ck-status-{claim.status}"]
    badge_classes = ["ck-badge", f"ck-badge-{claim.status}"]
    if claim.flagged:
        classes.insert(1, "ck-flagged")
        badge_classes.append("ck-flagged")
    badge_text = f"⚑ {claim.status}" if claim.flagged else claim.status
    badge = (
        f'<span class="{" ".join(badge_classes)}" data-for="c{number}" '
        f'title="{_attr(attrs["title"])}">{_text(badge_text)}</span>'
    )
    return _Span(claim.start, claim.end, _CLAIM, number, classes, attrs, after=badge)


def _spans(analysis: Analysis, body: int) -> list[_Span]:
    """Every span to mark, clipped to the article body; empty ones left out."""
    spans = [_quote_span(q, n) for n, q in enumerate(analysis.quotes)]
    spans += [_claim_span(c, n) for n, c in enumerate(analysis.claims)]
    spans += _entity_spans(analysis)
    kept = []
    for span in spans:
        span.start = max(span.start, body)
        if span.end > span.start:
            kept.append(span)
        else:
            log.debug("span %s left out: empty or inside the date header", span.attrs)
    return kept


def _marked_text(text: str, spans: list[_Span], body: int) -> str:
    """The text from ``body`` on, escaped, with properly nested tags for all spans."""
    starts: dict[int, list[_Span]] = defaultdict(list)
    ends: dict[int, list[_Span]] = defaultdict(list)
    for span in spans:
        starts[span.start].append(span)
        ends[span.end].append(span)
    bounds = sorted({body, len(text), *starts, *ends})
    active: set[_Span] = set()
    started: set[_Span] = set()
    stack: list[_Span] = []
    out: list[str] = []

    def close_to(depth: int, position: int) -> None:
        while len(stack) > depth:
            span = stack.pop()
            out.append("</span>")
            if span.end <= position:
                out.append(span.after)

    for here, following in pairwise(bounds):
        active.difference_update(ends.get(here, ()))
        active.update(starts.get(here, ()))
        wanted = sorted(active, key=lambda s: s.key)
        depth = 0
        while depth < min(len(stack), len(wanted)) and stack[depth] is wanted[depth]:
            depth += 1
        close_to(depth, here)
        for span in wanted[depth:]:
            if span not in started:
                out.append(span.before)
            out.append(span.open_tag(continued=span in started))
            started.add(span)
            stack.append(span)
        out.append(_text(text[here:following]))
    close_to(0, len(text))
    return "".join(out)


def _meta(analysis: Analysis, header_date: str | None) -> str:
    parts = []
    date = analysis.date or header_date
    if date:
        source = "date header" if header_date == date else "article date"
        parts.append(
            f'<span class="ck-date" data-date="{_attr(date)}" title="{source}">{_text(date)}</span>'
        )
    else:
        parts.append('<span class="ck-date ck-muted" data-date="">no date</span>')
    counts = [
        plural(len(analysis.places), "place"),
        plural(len(analysis.people), "person", "people"),
        plural(len(analysis.organisations), "organisation"),
        plural(len(analysis.quotes), "quote"),
        plural(len(analysis.claims), "claim"),
    ]
    parts.append(f"<span>{plural(len(analysis.text), 'character')}</span>")
    parts.append("<span>" + ", ".join(counts) + "</span>")
    flagged = sum(c.flagged for c in analysis.claims)
    if flagged:
        parts.append(f'<span class="ck-warning">{flagged} flagged</span>')
    model = analysis.model
    parts.append(f'<span class="ck-muted">{_text(model.name)} {_text(model.version)}</span>')
    for warning in analysis.warnings:
        parts.append(
            f'<span class="ck-warning" data-code="{_attr(warning.code)}" '
            f'title="{_attr(warning.message)}">{_text(warning.code)}</span>'
        )
    return '<div class="ck-meta">' + "".join(parts) + "</div>"


_LEGEND = (
    '<div class="ck-legend">'
    '<span><span class="ck-place">place</span></span>'
    '<span><span class="ck-person">person</span></span>'
    '<span><span class="ck-organisation">organisation</span></span>'
    '<span><span class="ck-quote ck-direct">direct</span></span>'
    '<span><span class="ck-quote ck-indirect">indirect</span></span>'
    '<span><span class="ck-quote ck-mixed">mixed</span></span>'
    '<span><span class="ck-quote ck-term">term</span></span>'
    '<span><span class="ck-claim">figure</span><span class="ck-badge ck-badge-stated">'
    "status</span></span>"
    '<span><span class="ck-claim ck-flagged">flagged</span><span class="ck-badge '
    'ck-badge-unverified ck-flagged">⚑ unverified</span></span>'
    "</div>"
)


def _spellings(texts: list[str]) -> str:
    counts = Counter(texts)
    return ", ".join(_text(t) + (f" ×{n}" if n > 1 else "") for t, n in counts.most_common())


def _records_table(analysis: Analysis) -> str:
    """Linked places (with counts), people and organisations; unlinked mentions last."""
    rows: list[str] = []
    unlinked: list[tuple[str, str]] = []
    groups = [
        (group, _linked_entries(mentions, unlinked_as, unlinked, name, details))
        for group, mentions, unlinked_as, name, details in (
            ("places", analysis.places, "place", _place_name, place_details),
            ("people", analysis.people, "people", _name, actor_details),
            ("organisations", analysis.organisations, "organisations", _name, actor_details),
        )
    ]
    for group, entries in groups:
        if not entries:
            continue
        rows.append(f'<tr class="ck-group"><th colspan="5">{group}</th></tr>')
        for rid, name, details, count, texts in sorted(entries, key=lambda e: (-e[3], e[1])):
            rows.append(
                f'<tr data-group="{group}" data-record-id="{_attr(rid)}">'
                f"<td>{_text(name)}</td><td>{_text(details)}</td>"
                f'<td class="ck-count">{count}</td><td>{_spellings(texts)}</td>'
                f'<td class="ck-muted">{_text(rid)}</td></tr>'
            )
    if unlinked:
        rows.append('<tr class="ck-group"><th colspan="5">not linked</th></tr>')
        by_group: dict[str, list[str]] = defaultdict(list)
        for group, text in unlinked:
            by_group[group].append(text)
        for group, texts in by_group.items():
            rows.append(
                f'<tr data-group="unlinked-{group}"><td class="ck-muted">{group}</td><td></td>'
                f'<td class="ck-count">{len(texts)}</td><td>{_spellings(texts)}</td><td></td></tr>'
            )
    if not rows:
        return '<p class="ck-records ck-muted">No places, people or organisations.</p>'
    head = (
        "<thead><tr><th>record</th><th>details</th><th>mentions</th><th>as written</th>"
        "<th>id</th></tr></thead>"
    )
    return f'<table class="ck-records">{head}<tbody>{"".join(rows)}</tbody></table>'


def _name(record: ActorRecord) -> str:
    return record.name


def _linked_entries(
    mentions: Sequence[Place | Person | Organisation],
    group: str,
    unlinked: list[tuple[str, str]],
    name: Callable[[Any], str],
    details: Callable[[Any], str],
) -> list[tuple[str, str, str, int, list[str]]]:
    """One entry per record of ``mentions`` (id, name, details, count, spellings); the
    mentions without a record go to ``unlinked`` under ``group``."""
    by_record: dict[str, tuple[Any, list[str]]] = {}
    for mention in mentions:
        if mention.record is None:
            unlinked.append((group, mention.text))
        else:
            by_record.setdefault(mention.record.id, (mention.record, []))[1].append(mention.text)
    return [
        (rid, name(record), details(record), len(texts), texts)
        for rid, (record, texts) in by_record.items()
    ]


def render_html(analysis: Analysis, *, standalone: bool = False) -> str:
    """The analysis as HTML: the marked-up article, then the table of linked records.

    A fragment (``<div class="ck-doc">`` with its own ``<style>``) for Jupyter, or with
    ``standalone`` a whole UTF-8 page. The date header is shown as metadata, not as text.
    """
    if not standalone:
        return _fragment(analysis, style=True)
    return _page(_default_title(analysis), _fragment(analysis, style=False))


def _fragment(analysis: Analysis, *, style: bool) -> str:
    """The ``<div class="ck-doc">``, with its ``<style>`` when it stands in another page."""
    text = analysis.text
    header_date, body = split_date_header(text, validate=False)
    spans = _spans(analysis, body)
    article = _marked_text(text, spans, body) if body < len(text) else ""
    return (
        '<div class="ck-doc">'
        + (f"<style>{_CSS}</style>" if style else "")
        + _meta(analysis, header_date)
        + _LEGEND
        + f'<div class="ck-text" lang="nl">{article}</div>'
        + _records_table(analysis)
        + "</div>"
    )


def _default_title(analysis: Analysis) -> str:
    return f"claimkit analysis{f' ({analysis.date})' if analysis.date else ''}"


def _page(title: str, body: str, css: str = "") -> str:
    """A whole UTF-8 page around ``body``, with the view's CSS (and ``css``)."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_text(title)}</title>\n<style>{_CSS}\nbody {{ margin: 1.5em; }}{css}</style>\n"
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


_MAP_CSS = """
.ck-map-section { max-width: 48em; margin-top: 1.5em;
  font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; }
.ck-map-section h2 { font-size: 1em; margin: 0 0 0.2em; }
.ck-map-section .ck-map-note { font-size: 0.8em; color: #495057; margin: 0 0 0.5em; }
.ck-map-section .ck-map { display: block; width: 100%; height: 30em;
  border: 1px solid #dee2e6; }
"""


def _mapped_places(analysis: Analysis) -> set[str]:
    """The ids of the linked places with coordinates: those the place map shows."""
    return {
        p.record.id
        for p in analysis.places
        if p.record is not None and p.record.lat is not None and p.record.lon is not None
    }


def _map_section(analysis: Analysis, count: int) -> str:
    """The place map as an ``<iframe srcdoc>``: its own offline page, Leaflet inlined."""
    try:
        from claimkit.outputs.maps import map_page, place_map
    except MissingExtraError as err:
        raise MissingExtraError(
            f"{err} (or export_html(..., map=False) for the page without the map)"
        ) from err

    page = map_page(place_map(analysis), where="export_html")
    note = (
        f"{plural(count, 'linked place')}; a circle grows with the mentions, a dashed one is "
        "a country (its centre). Click a circle for the sentences naming the place."
    )
    return (
        '<section class="ck-map-section">'
        f'<h2>Places on the map</h2><p class="ck-map-note">{_text(note)}</p>'
        f'<iframe class="ck-map" title="map of the linked places" '
        f'srcdoc="{_attr(page)}"></iframe></section>'
    )


def export_html(
    analysis: Analysis,
    path: str | os.PathLike[str],
    *,
    map: bool = True,
    title: str | None = None,
) -> Path:
    """Write the analysis as one self-contained HTML page that works offline; return its path.

    The page holds :func:`render_html`'s view of the article and, with ``map`` when some
    linked place has coordinates, the place map of :mod:`claimkit.outputs.maps` under it, in
    an ``<iframe srcdoc>`` with Leaflet inlined. Nothing is fetched but the OpenStreetMap tiles
    (when there is a network). The map needs folium (extra ``notebook``): without it
    :class:`~claimkit.MissingExtraError` is raised unless ``map=False``.
    """
    body = _fragment(analysis, style=False)
    places = _mapped_places(analysis) if map else set()
    if places:
        body += "\n" + _map_section(analysis, len(places))
    elif map:
        log.debug("export_html: no linked place with coordinates, no map")
    target = Path(path)
    target.write_text(
        _page(title if title is not None else _default_title(analysis), body, _MAP_CSS),
        encoding="utf-8",
    )
    log.info("wrote %s (%s)", target, "with the place map" if places else "no map")
    return target
