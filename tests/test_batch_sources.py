"""Reading a batch's articles: formats, encodings and bad files (no model needed)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from claimkit.batch.decoding import DecodeFailure, decode
from claimkit.batch.sources import Article, Fields, Source, find_files, read_articles
from claimkit.errors import ArticleError, InvalidInputError

DUTCH = "Zelenski bezocht Charkiv, zei de woordvoerder. Café, reünie en ruïne: één."


# --- decoding --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (DUTCH.encode("utf-8"), "utf-8"),
        (DUTCH.encode("utf-8-sig"), "utf-8"),
        (DUTCH.encode("utf-16"), "utf-16"),
        (DUTCH.encode("utf-16-le"), "utf-16-le"),
        (DUTCH.encode("utf-16-be"), "utf-16-be"),
        (DUTCH.encode("utf-32"), "utf-32"),
        (DUTCH.encode("cp1252"), "cp1252"),
        ("“Het is oorlog”, zei hij – en dat kost €5.".encode("cp1252"), "cp1252"),
        ("Café in Zürich — één".encode("cp1252"), "cp1252"),  # short: more accents allowed
    ],
)
def test_text_is_decoded_when_its_encoding_is_certain(data, encoding):
    decoded = decode(data)
    assert decoded.encoding == encoding
    assert decoded.text in (
        DUTCH,
        "“Het is oorlog”, zei hij – en dat kost €5.",
        "Café in Zürich — één",
    )


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (bytes(range(256)) * 4, "binary"),  # zero bytes, not UTF-16
        (b"\x01\x02\x03\x04 plain words" * 20, "binary"),  # control bytes
        (b"caf\x81 \x8d\x90", "encoding"),  # bytes Windows-1252 has no character for
        (b"\xd0\xbf\xd1\x80\xd0 \xe9\xe0\xe8", "encoding"),  # broken UTF-8, no letters
        ("Здравствуйте".encode("cp1251"), "encoding"),  # would decode as cp1252 mojibake
        ("Dzień dobry, Łódź, źródło i gęś".encode("cp1250"), "encoding"),  # Polish, not cp1252
        ("café in België".encode() + b" caf\xe9", "encoding"),  # UTF-8 and a stray byte
    ],
)
def test_bytes_that_are_no_certain_text_are_refused_with_a_reason(data, reason):
    with pytest.raises(DecodeFailure) as failure:
        decode(data)
    assert failure.value.reason == reason


# --- a mixed folder --------------------------------------------------------------------------


def mixed_folder(root: Path) -> Path:
    """Every kind of input a batch meets, good and bad."""
    folder = root / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    (folder / "a.txt").write_text(" date 2022-12 Zelenski bezocht Bachmoet.\n", "utf-8")
    (folder / "b.txt.gz").write_bytes(gzip.compress(b"Rutte was in Kyiv."))
    (folder / "c.json").write_text(
        json.dumps({"id": 7, "title": "T", "text": "De NAVO vergaderde in Brussel.",
                    "published_at": "2023-03-01T10:00:00Z", "url": "https://x.test/7"}),
        "utf-8",
    )  # fmt: skip
    lines = [
        json.dumps({"text": "Poetin sprak in Moskou."}),
        "",
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Scholz zat in Berlijn.", "date": "2023-13-01"}),
    ]
    (folder / "d.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    (folder / "e.jsonl.gz").write_bytes(gzip.compress(lines[0].encode() + b"\n"))
    (folder / "f.json").write_text(json.dumps([{"text": "Een."}, {"text": "Twee."}]), "utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "latin1.txt").write_bytes("Caf\xe9 in Li\xe8ge, zei De Croo.".encode("latin-1"))
    (folder / "utf16.txt").write_bytes("Zelenski bezocht Charkiv.".encode("utf-16"))
    with open(folder / "huge.txt", "wb") as huge:  # sparse: big on paper, nothing read
        huge.truncate(200_000_000)
    (folder / "notes.md").write_text("not an article", "utf-8")
    (folder / ".hidden" / "x.txt").write_text("hidden", "utf-8")
    (folder / "sub" / "g.txt").write_text("Macron belde Poetin.", "utf-8")
    return folder


def outcome(item: Article | ArticleError) -> tuple[str, str]:
    if isinstance(item, ArticleError):
        return str(item.source), item.reason
    return str(item.source), "ok"


def test_a_mixed_folder_gives_one_result_per_article_with_reasons_in_order(tmp_path):
    folder = mixed_folder(tmp_path)
    items = list(read_articles(find_files([folder])))
    got = [(Path(key).relative_to(folder).as_posix(), what) for key, what in map(outcome, items)]
    assert got == [
        ("a.txt", "ok"),
        ("b.txt.gz", "ok"),
        ("binary.txt", "binary"),
        ("c.json", "ok"),
        ("d.jsonl:1", "ok"),
        ("d.jsonl:3", "bad_json"),
        ("d.jsonl:4", "no_text"),
        ("d.jsonl:5", "bad_date"),
        ("e.jsonl.gz:1", "ok"),
        ("empty.txt", "empty"),
        ("f.json#0", "ok"),
        ("f.json#1", "ok"),
        ("huge.txt", "too_large"),
        ("latin1.txt", "ok"),
        ("utf16.txt", "ok"),
        ("sub/g.txt", "ok"),
    ]
    by_key = {str(i.source): i for i in items}
    latin = by_key[str(folder / "latin1.txt")]
    assert latin.text == "Café in Liège, zei De Croo." and latin.encoding == "cp1252"
    assert by_key[str(folder / "utf16.txt")].text == "Zelenski bezocht Charkiv."
    json_article = by_key[str(folder / "c.json")]
    assert (json_article.id, json_article.title, json_article.date) == ("7", "T", "2023-03-01")
    assert json_article.url == "https://x.test/7"
    assert "200,000,000 bytes" in by_key[str(folder / "huge.txt")].message
    assert "2023-13-01" in by_key[str(folder / "d.jsonl") + ":5"].message


def test_every_result_says_how_much_input_it_stands_for(tmp_path):
    folder = mixed_folder(tmp_path)
    items = list(read_articles(find_files([folder]), max_bytes=1_000_000))
    assert all(item.size >= 0 for item in items)
    assert sum(item.size for item in items if str(item.source).startswith(str(folder / "f"))) == (
        (folder / "f.json").stat().st_size
    )


def test_a_glob_chooses_the_files_at_any_depth(tmp_path):
    folder = mixed_folder(tmp_path)
    found = [p.relative_to(folder).as_posix() for p in find_files([folder], "**/*.txt")]
    assert found == [
        "a.txt", "binary.txt", "empty.txt", "huge.txt", "latin1.txt", "utf16.txt", "sub/g.txt"
    ]  # fmt: skip
    assert [p.name for p in find_files([folder], "*.md")] == ["notes.md"]


def test_a_missing_path_is_refused_before_anything_runs(tmp_path):
    with pytest.raises(InvalidInputError, match="no such file"):
        find_files([tmp_path / "nowhere"])


def test_done_articles_are_skipped(tmp_path):
    folder = mixed_folder(tmp_path)
    skip = {str(folder / "a.txt"), f"{folder / 'd.jsonl'}:1", f"{folder / 'f.json'}#1"}
    keys = {str(i.source) for i in read_articles(find_files([folder]), skip=skip)}
    assert not keys & skip and f"{folder / 'f.json'}#0" in keys


def test_a_line_over_the_limit_is_one_error_and_the_next_line_is_read(tmp_path):
    path = tmp_path / "long.jsonl"
    long_line = json.dumps({"text": "x " * 5_000})
    path.write_text(long_line + "\n" + json.dumps({"text": "Kort."}) + "\n", "utf-8")
    items = list(read_articles([path], max_bytes=1_000))
    assert [outcome(i)[1] for i in items] == ["too_large", "ok"]
    assert items[1].source == Source(str(path), line=2)


def test_a_broken_gzip_file_is_an_error_record(tmp_path):
    (tmp_path / "x.txt.gz").write_bytes(b"\x1f\x8b\x08\x00 broken")
    (tmp_path / "y.jsonl.gz").write_bytes(gzip.compress(b'{"text": "Een."}\n')[:-6])
    reasons = [outcome(i)[1] for i in read_articles(find_files([tmp_path]))]
    assert reasons[0] == "unreadable" and reasons[-1] == "unreadable"


def test_field_names_are_configurable_and_checked(tmp_path):
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"body_nl": "Rutte in Kyiv.", "when": "2022-04-02"}), "utf-8")
    fields = Fields.parse(["text=body_nl", "date=when"])
    (article,) = read_articles([path], fields=fields)
    assert (article.text, article.date) == ("Rutte in Kyiv.", "2022-04-02")
    with pytest.raises(InvalidInputError, match="NAME=FIELD"):
        Fields.parse(["colour=red"])


def test_a_file_given_twice_is_read_once(tmp_path):
    folder = mixed_folder(tmp_path)
    files = list(find_files([folder, folder / "a.txt", folder / "sub"]))
    assert len(files) == len(set(files)) == len(list(find_files([folder])))


def test_json_with_lone_surrogates_is_an_error_record_or_repaired_metadata(tmp_path):
    path = tmp_path / "x.jsonl"
    lines = ['{"text": "Kapot \\ud800 tekst."}', '{"text": "Goed.", "title": "T\\udc00T"}']
    path.write_text("\n".join(lines) + "\n", "utf-8")
    bad, good = read_articles([path])
    assert isinstance(bad, ArticleError) and bad.reason == "encoding" and "surrogate" in bad.message
    assert good.title == "T\ufffdT"


def test_utf16_json_lines_are_refused_as_one_error_and_json_keeps_its_encoding(tmp_path):
    (tmp_path / "a.jsonl").write_bytes('{"text": "Een."}\n{"text": "Twee."}\n'.encode("utf-16"))
    (tmp_path / "b.json").write_bytes('{"text": "Drie in Liège."}'.encode("cp1252"))
    first, second = read_articles(find_files([tmp_path]))
    assert isinstance(first, ArticleError) and first.reason == "encoding"
    assert "UTF-16" in first.message
    assert second.encoding == "cp1252" and second.text == "Drie in Liège."


def test_done_error_records_are_skipped_too(tmp_path):
    (tmp_path / "bad.json").write_text("{nope", "utf-8")
    (tmp_path / "empty.txt").write_text("", "utf-8")
    skip = {str(tmp_path / "bad.json"), str(tmp_path / "empty.txt")}
    assert list(read_articles(find_files([tmp_path]), skip=skip)) == []
