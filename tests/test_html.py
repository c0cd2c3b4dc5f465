"""The HTML view (claimkit.outputs.html), Analysis._repr_html_ and Analysis.to_frame."""

from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser

import pytest

from claimkit.errors import InvalidInputError, MissingExtraError
from claimkit.outputs.html import render_html
from claimkit.outputs.rows import COLUMNS
from claimkit.results import (
    ActorRecord,
    Analysis,
    Claim,
    Mention,
    ModelInfo,
    Organisation,
    Person,
    Place,
    PlaceRecord,
    Quote,
    Speaker,
)

MODEL = ModelInfo(name="test_model", version="0.0", spacy_version="3.8.0")
KYIV = PlaceRecord(id="gn:703448", name="Kyiv", native="Київ", kind="city", country="UA")
BAKHMUT = PlaceRecord(id="gn:713174", name="Bakhmut", kind="city", country="UA", lat=48.6)
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}


def at(text: str, part: str, nth: int = 0) -> dict[str, object]:
    """The offsets of the ``nth`` occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return {"text": part, "start": start, "end": start + len(part)}


class Tree(HTMLParser):
    """Checks that tags nest properly and collects the text of every marked span."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.pieces: dict[str, list[str]] = {}
        self.attrs: dict[str, list[dict[str, str]]] = {}
        self.ancestors: dict[str, set[str]] = {}
        self.article: list[str] = []
        self.labels: list[tuple[dict[str, str], str]] = []
        self.badges: list[tuple[dict[str, str], str]] = []
        self.order: list[tuple[str, str]] = []  # ("open"/"badge"/"label", id)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag in VOID:
            return
        self.stack.append((tag, values))
        ident = values.get("data-id")
        if ident:
            self.pieces.setdefault(ident, [""])
            if ident in self.attrs:
                self.pieces[ident].append("")
            self.attrs.setdefault(ident, []).append(values)
            self.ancestors.setdefault(ident, set()).update(
                a["data-id"] for _, a in self.stack[:-1] if "data-id" in a
            )
            self.order.append(("open", ident))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        assert self.stack, f"</{tag}> closes nothing"
        open_tag, values = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"
        classes = values.get("class", "").split()
        if values.get("data-for"):  # labels and badges of the text (not the legend's)
            self.order.append(("label" if "ck-label" in classes else "badge", values["data-for"]))

    def handle_data(self, data: str) -> None:
        classes = [set(a.get("class", "").split()) for _, a in self.stack]
        in_ui = any({"ck-label", "ck-badge"} & c for c in classes)
        if any("ck-label" in c for c in classes) and self.stack[-1][1].get("data-for"):
            self.labels.append((self.stack[-1][1], data))
        if any("ck-badge" in c for c in classes) and self.stack[-1][1].get("data-for"):
            self.badges.append((self.stack[-1][1], data))
        if in_ui:
            return
        if any("ck-text" in c for c in classes):
            self.article.append(data)
        for _, values in self.stack:
            ident = values.get("data-id")
            if ident:
                self.pieces[ident][-1] += data


def parse(markup: str) -> Tree:
    tree = Tree()
    tree.feed(markup)
    tree.close()
    assert not tree.stack, f"unclosed tags: {[t for t, _ in tree.stack]}"
    return tree


def check_spans(analysis: Analysis, tree: Tree) -> None:
    """Every marked span's text is text[start:end] of its mention."""
    for ident, pieces in tree.pieces.items():
        attrs = tree.attrs[ident][0]
        start, end = int(attrs["data-start"]), int(attrs["data-end"])
        assert "".join(pieces) == analysis.text[start:end], ident
        assert all(int(a["data-start"]) == start for a in tree.attrs[ident])
        continued = ["ck-cont" in a["class"].split() for a in tree.attrs[ident]]
        assert continued == [False] + [True] * (len(continued) - 1), ident


def test_article_text_is_escaped_and_kept_whole():
    text = 'Zij schreef <script>alert("x")</script> & vertrok naar Kyiv <b>snel</b>.'
    analysis = Analysis(
        text=text,
        model=MODEL,
        places=[Place(**at(text, "Kyiv"), record=KYIV, method="exact", score=1)],
    )
    markup = render_html(analysis)
    assert "<script>" not in markup and "<b>" not in markup
    assert '&lt;script&gt;alert("x")&lt;/script&gt; &amp; vertrok' in markup
    assert "&lt;b&gt;snel&lt;/b&gt;" in markup
    tree = parse(markup)
    assert "".join(tree.article) == text
    check_spans(analysis, tree)
    assert tree.attrs["p0"][0]["class"] == "ck-place"
    assert tree.attrs["p0"][0]["data-record-id"] == "gn:703448"


def test_speaker_names_with_quotes_and_markup_are_escaped():
    text = "Hij zei: “Wij blijven.”"
    name = 'Jan "de Man" <img src=x onerror=alert(1)> & zoon'
    quote = Quote(
        **at(text, "Wij blijven."),
        kind="direct",
        speaker=Speaker(name=name, kind="person"),
        speaker_mention=Mention(**at(text, "Hij")),
        cue=Mention(**at(text, "zei")),
        confidence=0.9,
    )
    markup = render_html(Analysis(text=text, model=MODEL, quotes=[quote]))
    assert "<img" not in markup and name not in markup
    tree = parse(markup)
    assert tree.attrs["q0"][0]["data-speaker"] == name
    assert [data for _, data in tree.labels] == [name]
    assert "cue: zei" in tree.attrs["q0"][0]["title"]


def test_place_and_claim_nest_inside_a_quote():
    text = "Hij zei dat in Bachmoet al 99.000 soldaten vielen, een cijfer dat niemand verifieert."
    clause = "in Bachmoet al 99.000 soldaten vielen"
    analysis = Analysis(
        text=text,
        model=MODEL,
        places=[Place(**at(text, "Bachmoet"), record=BAKHMUT, method="exact", score=1)],
        quotes=[
            Quote(
                **at(text, clause),
                kind="indirect",
                speaker=Speaker(name="Volodymyr Zelensky", kind="person"),
                confidence=0.75,
            )
        ],
        claims=[
            Claim(
                **at(text, "99.000"),
                value=99000,
                counted=Mention(**at(text, "soldaten")),
                category="military_losses",
                status="unverified",
                flagged=True,
                evidence=Mention(**at(text, "een cijfer dat niemand verifieert")),
            )
        ],
    )
    tree = parse(render_html(analysis))
    check_spans(analysis, tree)
    assert "".join(tree.article) == text
    assert tree.ancestors["p0"] == {"q0"} and tree.ancestors["c0"] == {"q0"}
    assert tree.attrs["q0"][0]["class"] == "ck-quote ck-indirect"
    assert tree.attrs["q0"][0]["data-speaker"] == "Volodymyr Zelensky"
    claim = tree.attrs["c0"][0]
    assert claim["class"].split()[:2] == ["ck-claim", "ck-flagged"]
    assert (claim["data-status"], claim["data-flagged"]) == ("unverified", "true")
    assert [(a["class"], data) for a, data in tree.badges] == [
        ("ck-badge ck-badge-unverified ck-flagged", "⚑ unverified")
    ]
    # the label comes before the quote, the badge after the claim: never inside the spans
    assert tree.order.index(("label", "q0")) < tree.order.index(("open", "q0"))
    assert tree.order.index(("badge", "c0")) > tree.order.index(("open", "c0"))


def test_crossing_spans_are_cut_into_nested_pieces():
    # The quote ends inside the organisation's name, a person crosses the quote's start.
    text = "Volgens Jan Peeters van Freedom TV is alles rustig."
    quote_span = {"text": "Peeters van Freedom", "start": 12, "end": 31}
    assert text[12:31] == quote_span["text"]
    analysis = Analysis(
        text=text,
        model=MODEL,
        people=[Person(**at(text, "Jan Peeters"), record=None, method="ner", score=0.5)],
        organisations=[
            Organisation(
                **at(text, "Freedom TV"),
                record=ActorRecord(id="ck:freedom-tv", name="Freedom TV", kind="media"),
                method="exact",
                score=1,
            )
        ],
        quotes=[Quote(**quote_span, kind="term", confidence=0.8)],
    )
    tree = parse(render_html(analysis))
    check_spans(analysis, tree)
    assert "".join(tree.article) == text
    assert len(tree.attrs["pe0"]) == 2 and len(tree.attrs["o0"]) == 2
    assert "ck-unlinked" in tree.attrs["pe0"][0]["class"].split()
    assert tree.attrs["o0"][0]["class"] == "ck-organisation"
    assert tree.attrs["q0"][0]["class"] == "ck-quote ck-term"
    assert tree.labels == []  # a term is no statement: no speaker label


def test_quote_kinds_are_told_apart_and_unknown_speakers_shown():
    text = "“A,” zei hij. Zij zei dat B klopt. Men zei dat C “echt” is. Een “D”."
    quotes = [
        Quote(**at(text, "A,"), kind="direct", confidence=0.9,
              speaker=Speaker(name="Hij", kind="other")),
        Quote(**at(text, "B klopt"), kind="indirect", confidence=0.5),
        Quote(**at(text, "C “echt” is"), kind="mixed", confidence=0.5,
              speaker=Speaker(name="NAVO", kind="organisation")),
        Quote(**at(text, "echt"), kind="term", confidence=0.8),
        Quote(**at(text, "D"), kind="term", confidence=0.8),
    ]  # fmt: skip
    analysis = Analysis(text=text, model=MODEL, quotes=quotes)
    tree = parse(render_html(analysis))
    check_spans(analysis, tree)
    kinds = [tree.attrs[f"q{n}"][0]["class"] for n in range(5)]
    assert kinds == [
        "ck-quote ck-direct",
        "ck-quote ck-indirect",
        "ck-quote ck-mixed",
        "ck-quote ck-term",
        "ck-quote ck-term",
    ]
    assert tree.ancestors["q3"] == {"q2"}  # the term inside the mixed quote
    assert [(a["class"], data) for a, data in tree.labels] == [
        ("ck-label ck-label-direct", "Hij"),
        ("ck-label ck-label-indirect ck-label-unknown", "?"),
        ("ck-label ck-label-mixed", "NAVO"),
    ]
    assert "data-speaker" not in tree.attrs["q1"][0]


def test_a_claim_split_by_a_quote_border_gets_one_badge():
    text = "“Er vielen 120” duizend, zegt men."
    claim_span = {"text": "120” duizend", "start": 11, "end": 23}
    assert text[11:23] == claim_span["text"]
    analysis = Analysis(
        text=text,
        model=MODEL,
        quotes=[Quote(**at(text, "Er vielen 120"), kind="direct", confidence=0.4)],
        claims=[Claim(**claim_span, value=120000, category="casualties", status="stated")],
    )
    tree = parse(render_html(analysis))
    check_spans(analysis, tree)
    assert len(tree.attrs["c0"]) == 2
    assert [(a["class"], data) for a, data in tree.badges] == [
        ("ck-badge ck-badge-stated", "stated")
    ]
    assert "ck-flagged" not in tree.attrs["c0"][0]["class"]
    assert tree.order[-1] == ("badge", "c0")


def test_date_header_is_metadata_not_text():
    text = " date 2022-12\nBachmoet houdt stand."
    analysis = Analysis(
        text=text,
        date="2022-12",
        model=MODEL,
        places=[Place(**at(text, "Bachmoet"), record=BAKHMUT, method="exact", score=1)],
    )
    markup = render_html(analysis)
    tree = parse(markup)
    assert "".join(tree.article) == "Bachmoet houdt stand."
    check_spans(analysis, tree)
    assert tree.attrs["p0"][0]["data-start"] == str(text.index("Bachmoet"))
    assert 'class="ck-date" data-date="2022-12"' in markup


def test_empty_article_renders():
    analysis = Analysis(text="", model=MODEL)
    markup = render_html(analysis)
    tree = parse(markup)
    assert tree.article == [] and tree.pieces == {}
    assert '<div class="ck-text" lang="nl"></div>' in markup
    assert "No places, people or organisations." in markup
    assert 'data-date=""' in markup
    page = render_html(analysis, standalone=True)
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page


def test_standalone_page_and_fragment_need_nothing_from_the_web():
    text = "Kyiv & Kyiv."
    analysis = Analysis(
        text=text,
        model=MODEL,
        places=[
            Place(**at(text, "Kyiv"), record=KYIV, method="exact", score=1),
            Place(**at(text, "Kyiv", 1), record=KYIV, method="exact", score=1),
        ],
    )
    page = render_html(analysis, standalone=True)
    fragment = render_html(analysis)
    assert page.startswith("<!DOCTYPE html>\n") and page.rstrip().endswith("</html>")
    assert '<meta charset="utf-8">' in page and "<style>" in page
    assert fragment.startswith('<div class="ck-doc"><style>') and fragment.endswith("</div>")
    for markup in (page, fragment):
        assert "http://" not in markup and "https://" not in markup
        assert "<link" not in markup and "<script" not in markup and "@import" not in markup
        parse(markup)
    assert "<span>12 characters</span><span>2 places, 0 people, 0 organisations, 0 quotes" in page
    # the records table counts the two mentions of one record
    assert '<td class="ck-count">2</td><td>Kyiv ×2</td>' in fragment


@pytest.fixture(scope="module")
def bachmoet(analyzer, article) -> Analysis:
    return analyzer.analyze(article)


@pytest.mark.model
def test_example_article(bachmoet, gold):
    markup = render_html(bachmoet, standalone=True)
    tree = parse(markup)
    check_spans(bachmoet, tree)
    body_start = bachmoet.text.index("Maandenlang")
    assert "".join(tree.article) == bachmoet.text[body_start:]
    quotes = {i for i in tree.pieces if i.startswith("q")}
    claims = {i for i in tree.pieces if i.startswith("c")}
    assert len(quotes) == len(bachmoet.quotes) and len(claims) == len(bachmoet.claims)
    flagged = [i for i in claims if "ck-flagged" in tree.attrs[i][0]["class"].split()]
    assert len(flagged) == sum(c.flagged for c in bachmoet.claims) >= 1
    assert any(
        a["data-speaker"] == "Volodymyr Zelensky" and "ck-direct" in a["class"]
        for i in quotes
        for a in tree.attrs[i][:1]
        if "data-speaker" in a
    )
    # every entity of the analysis is marked once, with its record
    places = [tree.attrs[f"p{n}"][0] for n in range(len(bachmoet.places))]
    assert all(
        p.get("data-record-id") == (m.record.id if m.record else None)
        for p, m in zip(places, bachmoet.places, strict=True)
    )
    # the records table: the gold count of Bakhmut, and a row per linked place
    bakhmut = next(p for p in gold["places"] if p["canonical"] == "Bakhmut")
    row = markup.split('data-record-id="gn:713174">', 1)[1].split("</tr>", 1)[0]
    assert f'<td class="ck-count">{bakhmut["count"]}</td>' in row
    assert markup.count('<tr data-group="places"') == len(bachmoet.place_counts())
    assert 'data-date="2022-12"' in markup


@pytest.mark.model
def test_repr_html_is_the_fragment(bachmoet):
    assert bachmoet._repr_html_() == render_html(bachmoet)
    assert repr(bachmoet).startswith("Analysis(date='2022-12', 2,376 chars")


@pytest.mark.model
def test_to_frame(bachmoet):
    pytest.importorskip("pandas")
    for table in COLUMNS:
        frame = bachmoet.to_frame(table)
        assert list(frame.columns) == list(COLUMNS[table])
        assert len(frame) == len(getattr(bachmoet, table))
        assert set(frame["article_id"]) <= {"article"}
    claims = bachmoet.to_frame("claims", article_id="bachmoet")
    assert set(claims["article_id"]) == {"bachmoet"}
    assert claims["flagged"].tolist() == [c.flagged for c in bachmoet.claims]
    places = bachmoet.to_frame("places")
    assert (places["text"] == [p.text for p in bachmoet.places]).all()
    with pytest.raises(InvalidInputError, match="no table 'quotations'"):
        bachmoet.to_frame("quotations")


def test_to_frame_without_pandas_says_which_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    analysis = Analysis(text="Niets.", model=MODEL)
    with pytest.raises(MissingExtraError, match=r'pip install "claimkit-nl\[notebook\]"'):
        analysis.to_frame("places")
    assert issubclass(MissingExtraError, ImportError)


def test_results_do_not_import_the_outputs():
    code = (
        "import sys, claimkit.results; "
        "print(sorted(m for m in sys.modules if m.startswith('claimkit.outputs')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
