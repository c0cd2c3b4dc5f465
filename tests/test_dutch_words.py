"""The list of Dutch words that look like place names (claimkit.gazetteer.dutch_words)."""

from __future__ import annotations

from pathlib import Path

from claimkit.cli import main
from claimkit.gazetteer.dutch_words import build_dutch_words, load_dutch_words
from claimkit.resources import data_path


def test_build_keeps_the_words_a_place_could_be_reached_from(tmp_path: Path) -> None:
    wordlist = tmp_path / "dutch"
    # hotel: one edit from Homel; kleine: two from Klin; zonnebloem: far from every place;
    # capitalised entries are names, words under four letters are never matched
    wordlist.write_text("hotel\nkleine\nzonnebloem\nKiev\nmir\n", encoding="utf-8")
    assert build_dutch_words(wordlist) == ["hotel", "kleine"]


def test_command_writes_the_list_with_its_attribution(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    wordlist = tmp_path / "dutch"
    wordlist.write_text("hotel\nzonnebloem\n", encoding="utf-8")
    out = tmp_path / "dutch_words.txt"
    assert main(["gazetteer", "dutch-words", str(wordlist), "--out", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert any("OpenTaal" in line for line in lines if line.startswith("#"))
    assert [line for line in lines if not line.startswith("#")] == ["hotel"]
    assert "1 words" in capsys.readouterr().out


def test_shipped_list_is_sorted_lower_case_and_has_no_comment_among_its_words() -> None:
    words = [
        line
        for line in data_path("dutch_words.txt").read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    ]
    assert words == sorted(set(words))
    assert all(w == w.lower() and len(w) >= 4 for w in words)
    assert {"hotel", "kleine", "lepel"} <= load_dutch_words()
    assert len(load_dutch_words()) == len(words)
