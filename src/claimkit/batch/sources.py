"""Where a batch's articles come from: files and folders, read one article at a time.

A ``.txt`` file is one article (its ``date YYYY-MM`` header is read by the analyser), a
``.json`` file one article object or a list of them, a ``.jsonl`` file one article object per
line; each may be gzipped (``.gz``). What cannot be read becomes an
:class:`~claimkit.errors.ArticleError` with its reason, and the run goes on.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fnmatch
import gzip
import hashlib
import json
import os
import re
import zlib
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from claimkit.batch.decoding import DecodeFailure, decode
from claimkit.dates import split_date_header
from claimkit.errors import ArticleError, ClaimkitError, InvalidInputError

#: A file bigger than this (bytes, after decompression) is not read: an error record instead.
DEFAULT_MAX_BYTES = 20_000_000
#: The suffixes of article files a folder is searched for (each also with ``.gz``).
TEXT_SUFFIXES = (".txt", ".text")
JSON_SUFFIXES = (".json",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + JSON_SUFFIXES + JSONL_SUFFIXES

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_ISO_DATE = re.compile(r"\A(\d{4}-\d{2}(?:-\d{2})?)(?:[T ][0-9:.,+\-Z ]*)?\Z")


@dataclass(frozen=True)
class Source:
    """Where one article is: a file, and its line (``.jsonl``) or position (``.json`` list)."""

    path: str
    line: int | None = None
    index: int | None = None

    @property
    def key(self) -> str:
        """A string naming the article uniquely within a run (``path``, ``path:3``, ``path#0``)."""
        if self.line is not None:
            return f"{self.path}:{self.line}"
        if self.index is not None:
            return f"{self.path}#{self.index}"
        return self.path

    def __str__(self) -> str:
        return self.key


@dataclass(frozen=True)
class Fields:
    """Which fields of a JSON article hold what: the first name present is used."""

    text: tuple[str, ...] = ("text", "body", "content")
    date: tuple[str, ...] = ("date", "published_at", "published", "pub_date", "datetime")
    id: tuple[str, ...] = ("id", "article_id", "uuid", "doc_id")
    title: tuple[str, ...] = ("title", "headline")
    url: tuple[str, ...] = ("url", "link")

    @classmethod
    def parse(cls, overrides: Iterable[str]) -> Fields:
        """Fields from ``name=field`` settings (``text=body``, ``date=published_at``)."""
        values: dict[str, tuple[str, ...]] = {}
        for setting in overrides:
            name, sep, json_field = setting.partition("=")
            name = name.strip()
            if not sep or not json_field.strip() or name not in cls.__dataclass_fields__:
                raise InvalidInputError(
                    f"field setting {setting!r}: want NAME=FIELD with NAME one of "
                    f"{', '.join(cls.__dataclass_fields__)}"
                )
            values[name] = (json_field.strip(),)
        return cls(**values)


@dataclass(frozen=True)
class Article:
    """One article read from its source, ready for the analyser."""

    source: Source
    text: str
    date: str | None = None
    id: str | None = None
    title: str | None = None
    url: str | None = None
    encoding: str = "utf-8"
    sha256: str = field(default="", compare=False)
    size: int = field(default=0, compare=False)  # bytes of input it stands for (progress)

    def __post_init__(self) -> None:
        if not self.sha256:
            digest = hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()
            object.__setattr__(self, "sha256", digest)


def find_files(paths: Iterable[str | os.PathLike[str]], glob: str | None = None) -> Iterator[Path]:
    """The files to read, streamed in a stable order: files as given, folders walked sorted.

    A folder is searched for article files (``.txt``, ``.json``, ``.jsonl`` and their ``.gz``)
    or, with ``glob``, for the files whose path inside the folder matches it (fnmatch style;
    ``**/`` matches any depth, none included). Hidden files and folders are left out. A path
    that does not exist raises :class:`InvalidInputError` before anything is read.
    """
    given = [Path(p) for p in paths]
    for path in given:
        if not path.exists():
            raise InvalidInputError(f"{path}: no such file or folder")
    return _walk_all(given, glob)


def _walk_all(given: list[Path], glob: str | None) -> Iterator[Path]:
    patterns = _patterns(glob)
    seen: set[Path] = set()
    for found in _walk(given, patterns):
        resolved = found.resolve()
        if resolved not in seen:  # a file given twice (a folder and a file in it) is read once
            seen.add(resolved)
            yield found


def _walk(given: list[Path], patterns: list[str] | None) -> Iterator[Path]:
    for path in given:
        if not path.is_dir():
            yield path
            continue
        unreadable: list[OSError] = []
        for folder, folders, names in os.walk(path, onerror=unreadable.append):
            while unreadable:  # a folder we may not list: an error record, not silence
                yield Path(unreadable.pop().filename)
            folders[:] = sorted(f for f in folders if not f.startswith("."))
            for name in sorted(names):
                if name.startswith("."):
                    continue
                found = Path(folder, name)
                if patterns is None:
                    if is_article_file(found):
                        yield found
                elif any(
                    fnmatch.fnmatchcase(found.relative_to(path).as_posix(), p) for p in patterns
                ):
                    yield found
        while unreadable:
            yield Path(unreadable.pop().filename)


def _patterns(glob: str | None) -> list[str] | None:
    if glob is None:
        return None
    patterns = [glob]
    while patterns[-1].startswith("**/"):
        patterns.append(patterns[-1][3:])
    return patterns


def input_size(paths: Iterable[str | os.PathLike[str]], glob: str | None = None) -> int:
    """The bytes on disk of the files a run reads (for the progress bar)."""
    total = 0
    for path in find_files(paths, glob):
        with contextlib.suppress(OSError):
            total += path.stat().st_size
    return total


def is_article_file(path: Path) -> bool:
    """Whether a file's suffix is one of the article formats (gzipped or not)."""
    name = path.name.lower().removesuffix(".gz")
    return name.endswith(ARTICLE_SUFFIXES)


def article_format(path: Path) -> str:
    """``text``, ``json`` or ``jsonl``: how a file's articles are read (by its suffix)."""
    name = path.name.lower().removesuffix(".gz")
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(JSON_SUFFIXES):
        return "json"
    return "text"


def read_articles(
    files: Iterable[Path],
    *,
    fields: Fields | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    skip: Container[str] = frozenset(),
) -> Iterator[Article | ArticleError]:
    """Every article of ``files``, in order; an :class:`ArticleError` for each one unreadable.

    Articles whose :attr:`Source.key` is in ``skip`` (done in an earlier run) are left out
    without being analysed (a ``.txt`` file without being read).
    """
    for item in _read_all(files, fields or Fields(), max_bytes, skip):
        if item.source is None or item.source.key not in skip:  # type: ignore[union-attr]
            yield item


def _read_all(
    files: Iterable[Path], fields: Fields, max_bytes: int, skip: Container[str]
) -> Iterator[Article | ArticleError]:
    for path in files:
        source = Source(str(path))
        kind = article_format(path)
        try:
            if kind == "jsonl":
                yield from _jsonl_articles(path, fields, max_bytes, skip)
                continue
            if kind == "text" and source.key in skip:
                continue
            data = _read_bytes(path, max_bytes)
        except ArticleError as err:
            yield err
            continue
        except OSError as err:
            yield ArticleError(
                "unreadable", f"cannot read it: {err.strerror or err}", source, _disk_size(path)
            )
            continue
        size = _disk_size(path)
        if kind == "json":
            yield from _json_articles(source, data, fields, size)
        else:
            yield _sized(_text_article(source, data), size)


def _disk_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _sized(item: Article | ArticleError, size: int) -> Article | ArticleError:
    if isinstance(item, ArticleError):
        item.size = size
        return item
    return replace(item, size=size)


def _open(path: Path) -> Any:
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes (decompressed); too big, or broken gzip, raise an ArticleError."""
    source = Source(str(path))
    if path.is_dir():
        raise ArticleError("unreadable", "a folder that cannot be listed (permissions?)", source)
    size = path.stat().st_size
    if size > max_bytes:
        raise ArticleError("too_large", _too_large(size, max_bytes), source, size)
    try:
        with _open(path) as stream:
            data = stream.read(max_bytes + 1)
    except (gzip.BadGzipFile, EOFError, zlib.error) as err:
        raise ArticleError("unreadable", f"broken gzip file ({err})", source, size) from None
    if len(data) > max_bytes:
        raise ArticleError("too_large", _too_large(None, max_bytes), source, size)
    return data


def _too_large(size: int | None, max_bytes: int) -> str:
    what = f"{size:,} bytes" if size is not None else "over the limit once decompressed"
    return f"too large ({what}; the limit is {max_bytes:,}: raise it with --max-bytes)"


def _decoded(data: bytes, source: Source) -> tuple[str, str]:
    if not data.strip():
        raise ArticleError("empty", "empty file" if not data else "only white space", source)
    try:
        text, encoding = decode(data)
    except DecodeFailure as err:
        raise ArticleError(err.reason, str(err), source) from None
    return text, encoding


def _text_article(source: Source, data: bytes) -> Article | ArticleError:
    try:
        text, encoding = _decoded(data, source)
    except ArticleError as err:
        return err
    if not text.strip() or (_header_only(text)):
        return ArticleError("empty", "no text (only a date header or white space)", source)
    return Article(source, text, encoding=encoding)


def _header_only(text: str) -> bool:
    try:
        return not text[split_date_header(text, validate=False)[1] :].strip()
    except ClaimkitError:
        return False


def _json_articles(
    source: Source, data: bytes, fields: Fields, size: int
) -> Iterator[Article | ArticleError]:
    try:
        text, encoding = _decoded(data, source)
        value = json.loads(text)
    except ArticleError as err:
        yield _sized(err, size)
        return
    except json.JSONDecodeError as err:
        message = f"not valid JSON ({err.msg}, line {err.lineno})"
        yield ArticleError("bad_json", message, source, size)
        return
    if not isinstance(value, list):
        yield _sized(_json_article(source, value, fields, encoding), size)
        return
    if not value:
        yield ArticleError("empty", "an empty JSON list", source, size)
    for index, item in enumerate(value):
        share = size // len(value) + (size % len(value) if index == len(value) - 1 else 0)
        item_source = Source(source.path, index=index)
        yield _sized(_json_article(item_source, item, fields, encoding), share)


def _jsonl_articles(
    path: Path, fields: Fields, max_bytes: int, skip: Container[str]
) -> Iterator[Article | ArticleError]:
    if path.is_dir():
        message = "a folder that cannot be listed (permissions?)"
        raise ArticleError("unreadable", message, Source(str(path)))
    with open(path, "rb") as raw:
        gzipped = path.name.lower().endswith(".gz")
        stream = gzip.GzipFile(fileobj=raw, mode="rb") if gzipped else raw
        position = 0
        try:
            start = stream.peek(4)[:4] if hasattr(stream, "peek") else b""
            if _wide_encoding(start):
                message = "JSON Lines in UTF-16 or UTF-32: convert the file to UTF-8"
                yield ArticleError("encoding", message, Source(str(path)), _disk_size(path))
                return
            for number, line in enumerate(_lines(stream, max_bytes), start=1):
                source = Source(str(path), line=number)
                size, position = raw.tell() - position, raw.tell()
                if isinstance(line, ArticleError):
                    yield ArticleError(line.reason, line.message, source, size)
                elif line.strip() and source.key not in skip:  # blank lines are no articles
                    yield _sized(_jsonl_article(source, line, fields), size)
        except (gzip.BadGzipFile, EOFError, zlib.error) as err:
            message = f"broken gzip file ({err})"
            yield ArticleError("unreadable", message, Source(str(path)), raw.tell() - position)


def _wide_encoding(start: bytes) -> bool:
    """Whether a file starts like UTF-16 or UTF-32 (a byte-order mark, or zero bytes)."""
    return start[:2] in (b"\xff\xfe", b"\xfe\xff") or (len(start) >= 2 and 0 in start[:2])


def _jsonl_article(source: Source, line: bytes, fields: Fields) -> Article | ArticleError:
    try:
        text, _ = _decoded(line, source)
        value = json.loads(text)
    except ArticleError as err:
        return err
    except json.JSONDecodeError as err:
        return ArticleError("bad_json", f"not valid JSON ({err.msg})", source)
    return _json_article(source, value, fields)


def _lines(stream: Any, max_bytes: int) -> Iterator[bytes | ArticleError]:
    """The file's lines; a line over ``max_bytes`` is skipped to its end and reported."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(max_bytes + 1)) and not rest.endswith(b"\n"):
                pass
            yield ArticleError("too_large", _too_large(None, max_bytes))
            continue
        yield line


def _json_article(
    source: Source, value: object, fields: Fields, encoding: str = "utf-8"
) -> Article | ArticleError:
    if not isinstance(value, dict):
        return ArticleError(
            "no_text", f"a JSON {type(value).__name__}, not an article object", source
        )
    text = _first(value, fields.text)
    if not isinstance(text, str):
        wanted = " or ".join(repr(f) for f in fields.text)
        found = "missing" if text is None else f"a {type(text).__name__}"
        return ArticleError("no_text", f"the text field ({wanted}) is {found}", source)
    if not text.strip():
        return ArticleError("empty", "the text field is empty", source)
    surrogate = _LONE_SURROGATE.search(text)
    if surrogate:
        return ArticleError(
            "encoding",
            f"the text field has a lone surrogate (\\u{ord(surrogate.group()):04x}) at "
            f"character {surrogate.start()}: the JSON was written from wrongly decoded text",
            source,
        )
    raw_date = _first(value, fields.date)
    try:
        date = _json_date(raw_date)
    except ValueError as err:
        return ArticleError("bad_date", str(err), source)
    return Article(
        source,
        text,
        date=date,
        id=_string(_first(value, fields.id)),
        title=_string(_first(value, fields.title)),
        url=_string(_first(value, fields.url)),
        encoding=encoding,
    )


def _first(value: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        if value.get(name) is not None:
            return value[name]
    return None


def _string(value: object) -> str | None:
    """A metadata field as text; a lone surrogate (bad JSON escapes) becomes U+FFFD."""
    if value is None:
        return None
    return _LONE_SURROGATE.sub("\ufffd", str(value))


def _json_date(value: object) -> str | None:
    """A JSON date field as ``YYYY-MM-DD`` or ``YYYY-MM`` (times are dropped)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"the date field is a {type(value).__name__}, not an ISO date string")
    match = _ISO_DATE.match(value.strip())
    if not match:
        raise ValueError(f"the date field {value!r:.40} is no ISO date (YYYY-MM-DD)")
    date = match.group(1)
    try:
        if len(date) == 10:
            dt.date.fromisoformat(date)
        elif not 1 <= int(date[5:7]) <= 12:
            raise ValueError
    except ValueError:
        raise ValueError(f"the date field {value!r:.40} is an impossible date") from None
    return date
