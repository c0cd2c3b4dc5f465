"""The ``claimkit`` command: analyse files, print the JSON Schema, build the gazetteer."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from claimkit import __version__
from claimkit.batch.engines import DEFAULT_TIMEOUT
from claimkit.batch.run import DEFAULT_CHUNK_SIZE
from claimkit.batch.sources import DEFAULT_MAX_BYTES
from claimkit.errors import ArticleError, ClaimkitError

log = logging.getLogger("claimkit")


def _analyze(args: argparse.Namespace) -> int:
    """The quick look: each file's summary (or JSON); a bad file is named, the rest go on."""
    from claimkit.api import load
    from claimkit.batch import run
    from claimkit.outputs import summary

    analyzer = load(args.model)
    results = run(
        args.files, analyzer=analyzer, workers=args.processes, date=args.date,
        max_bytes=args.max_bytes,
    )  # fmt: skip
    as_array = args.format == "json" and _may_hold_many(args.files)
    failures = written = 0
    if as_array:
        _out("[")
    for source, result in results:
        if isinstance(result, ArticleError):
            failures += 1
            print(f"claimkit: error: {source}: {result.message}", file=sys.stderr)
            continue
        if args.format == "summary":
            _out(f"== {source}\n{summary(result)}\n")
        elif args.format == "jsonl":
            _out(json.dumps({"source": str(source), **result.to_dict()}, ensure_ascii=False))
        elif as_array:
            record = {"source": str(source), **result.to_dict()}
            text = json.dumps(record, ensure_ascii=False, indent=2)
            _out(("" if not written else ",\n") + _indented(text), end="")
        else:
            _out(result.to_json(indent=2))
        written += 1
    if as_array:
        _out("\n]" if written else "]")
    if failures:
        print(f"claimkit: {failures:,} of the inputs could not be analysed", file=sys.stderr)
    return 1 if failures else 0


def _may_hold_many(paths: Sequence[str]) -> bool:
    """Whether the inputs may hold several articles: several paths, a folder, a JSON file.
    Then --format json prints one array; for one text file, its analysis alone."""
    from claimkit.batch.sources import article_format

    if len(paths) != 1:
        return True
    path = Path(paths[0])
    return path.is_dir() or article_format(path) != "text"


def _indented(text: str) -> str:
    return "\n".join("  " + line for line in text.split("\n"))


def _out(text: str, end: str = "\n") -> None:
    sys.stdout.write(text + end)


def _batch(args: argparse.Namespace) -> int:
    from claimkit.batch import Fields, write

    summary = write(
        args.inputs,
        args.out,
        format=args.format,
        resume=args.resume,
        overwrite=args.overwrite,
        progress=False if args.quiet else None,
        glob=args.glob,
        fields=Fields.parse(args.field or []),
        max_bytes=args.max_bytes,
        model=args.model,
        workers=args.workers,
        engine=args.engine,
        scheduler=args.scheduler,
        chunk_size=args.chunk_size,
        timeout=args.timeout or None,
        date=args.date,
    )
    print(summary, file=sys.stderr)
    return 1 if summary.errors else 0


def _schema(args: argparse.Namespace) -> int:
    from claimkit.results import analysis_json_schema

    text = json.dumps(analysis_json_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def _gazetteer_build(args: argparse.Namespace) -> int:
    from claimkit.gazetteer import build

    return build.run(args)


def parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    main_parser = argparse.ArgumentParser(
        prog="claimkit", description="Places, people and claims in Dutch-language news."
    )
    main_parser.add_argument("--version", action="version", version=f"claimkit {__version__}")
    main_parser.add_argument("-v", "--verbose", action="store_true", help="log progress")
    commands = main_parser.add_subparsers(dest="command", required=True)

    analyze = commands.add_parser(
        "analyze", help="analyse article files and print what was found (the quick look)"
    )
    analyze.add_argument(
        "files",
        nargs="+",
        help="article files (.txt with an optional 'date YYYY-MM' first line, .json, .jsonl, "
        "gzipped or not) or folders of them",
    )
    analyze.add_argument(
        "--model", help="spaCy pipeline (default: $CLAIMKIT_MODEL or nl_core_news_sm)"
    )
    analyze.add_argument("--date", help="article date for every file (YYYY-MM or YYYY-MM-DD)")
    analyze.add_argument(
        "--format",
        choices=("summary", "json", "jsonl"),
        default="summary",
        help="summary (readable, the default), json (one document; an array for several "
        "articles) or jsonl (one line per article)",
    )
    analyze.add_argument("--processes", type=int, default=1, help="worker processes")
    analyze.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="skip larger files (bytes)"
    )
    analyze.set_defaults(func=_analyze)

    batch = commands.add_parser(
        "batch",
        help="analyse folders of articles into JSONL, CSV or Parquet; resumable",
        description="Analyse every article of the inputs into OUT: one record per article, "
        "errors included (unreadable, empty, binary, too large). An interrupted run leaves "
        "valid output, and --resume completes it with every article exactly once.",
    )
    batch.add_argument("inputs", nargs="+", help="folders and article files")
    batch.add_argument("-o", "--out", required=True, help="output file (jsonl) or folder")
    batch.add_argument(
        "--format", choices=("jsonl", "csv", "parquet"), default="jsonl", help="output format"
    )
    batch.add_argument(
        "--glob",
        help="which files of a folder to read, e.g. '**/*.txt' (default: .txt, "
        ".json, .jsonl and their .gz)",
    )
    batch.add_argument("--resume", action="store_true", help="continue an interrupted run")
    batch.add_argument("--overwrite", action="store_true", help="replace existing output")
    batch.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    batch.add_argument(
        "--engine", choices=("local", "dask"), default="local",
        help="local processes, or a Dask cluster (needs claimkit-nl[dask])",
    )  # fmt: skip
    batch.add_argument(
        "--scheduler", help="Dask scheduler address (tcp://host:8786); default: a local cluster"
    )
    batch.add_argument(
        "--model", help="spaCy pipeline (default: $CLAIMKIT_MODEL or nl_core_news_sm)"
    )
    batch.add_argument("--date", help="date of every article (YYYY-MM or YYYY-MM-DD)")
    batch.add_argument(
        "--field", action="append", metavar="NAME=FIELD",
        help="JSON field of text, date, id, title or url (e.g. text=body); repeatable",
    )  # fmt: skip
    batch.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
        help=f"larger articles become error records (default {DEFAULT_MAX_BYTES:,})",
    )  # fmt: skip
    batch.add_argument(
        "--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE,
        help=f"articles per task (default {DEFAULT_CHUNK_SIZE})",
    )  # fmt: skip
    batch.add_argument(
        "--timeout", type=float, default=DEFAULT_TIMEOUT,
        help="seconds a chunk may take before its worker counts as hung (0: no limit)",
    )  # fmt: skip
    batch.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    batch.set_defaults(func=_batch)

    schema = commands.add_parser("schema", help="print the JSON Schema of the output")
    schema.add_argument("--out", help="write to this file instead of standard output")
    schema.set_defaults(func=_schema)

    gazetteer = commands.add_parser("gazetteer", help="gazetteer tools")
    gazetteer_commands = gazetteer.add_subparsers(dest="gazetteer_command", required=True)
    build_parser = gazetteer_commands.add_parser(
        "build", help="generate gazetteers/places.generated.tsv from GeoNames and OCHA data"
    )
    try:
        from claimkit.gazetteer import build

        build.add_arguments(build_parser)
    except ImportError:  # pragma: no cover - the build module ships with claimkit
        pass
    build_parser.set_defaults(func=_gazetteer_build)
    words_parser = gazetteer_commands.add_parser(
        "dutch-words",
        help="generate claimkit/data/dutch_words.txt: Dutch words that look like place names",
    )
    from claimkit.gazetteer import dutch_words

    dutch_words.add_arguments(words_parser)
    words_parser.set_defaults(func=dutch_words.run)
    return main_parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s"
    )
    try:
        return int(args.func(args))
    except BrokenPipeError:
        # The reader of our output is gone (`claimkit analyze … | head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("claimkit: interrupted", file=sys.stderr)
        return 130
    except (ClaimkitError, OSError) as err:
        print(f"claimkit: error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
