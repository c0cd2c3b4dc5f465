"""The ``claimkit`` command: analyse files, print the JSON Schema, build the gazetteer."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from claimkit import __version__
from claimkit.errors import ClaimkitError, InvalidInputError

log = logging.getLogger("claimkit")


def _analyze(args: argparse.Namespace) -> int:
    from claimkit.api import load
    from claimkit.outputs import summary

    analyzer = load(args.model)
    paths = [Path(p) for p in args.files]
    texts = (_read_utf8(p) for p in paths)
    dates = [args.date] * len(paths) if args.date else None
    results = analyzer.pipe(texts, dates=dates, n_process=args.processes)
    for path, analysis in zip(paths, results, strict=True):
        if args.format == "summary":
            print(f"== {path}\n{summary(analysis)}\n")
        elif args.format == "jsonl":
            print(json.dumps({"path": str(path), **analysis.to_dict()}, ensure_ascii=False))
        else:
            print(analysis.to_json(indent=2))
    return 0


def _read_utf8(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise InvalidInputError(
            f"{path}: not UTF-8 ({err.reason} at byte {err.start}): convert it to UTF-8 first"
        ) from None


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

    analyze = commands.add_parser("analyze", help="analyse article files (UTF-8 text)")
    analyze.add_argument("files", nargs="+", help="text files; a leading 'date YYYY-MM' is used")
    analyze.add_argument(
        "--model", help="spaCy pipeline (default: $CLAIMKIT_MODEL or nl_core_news_sm)"
    )
    analyze.add_argument("--date", help="article date for every file (YYYY-MM or YYYY-MM-DD)")
    analyze.add_argument(
        "--format", choices=("json", "jsonl", "summary"), default="json", help="output format"
    )
    analyze.add_argument("--processes", type=int, default=1, help="worker processes")
    analyze.set_defaults(func=_analyze)

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
    except (ClaimkitError, OSError) as err:
        print(f"claimkit: error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
