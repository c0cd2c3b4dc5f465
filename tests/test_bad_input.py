"""Bad input gets a ClaimkitError naming the problem, or a flagged result: never a crash or hang."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import weakref
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import claimkit
from claimkit.results import Analysis
from conftest import REPO, assert_offsets, model_path

pytestmark = pytest.mark.model


@pytest.mark.parametrize("date", [12345, ["2022-12"], b"2022-12", 3.5, object()])
def test_a_date_of_the_wrong_type_is_an_invalid_input_error(analyzer, date):
    with pytest.raises(claimkit.InvalidInputError, match="date"):
        analyzer.analyze("Bachmoet viel.", date=date)
    with pytest.raises(claimkit.ClaimkitError):
        list(analyzer.pipe(["Bachmoet viel."], dates=[date]))


def test_dates_given_as_one_string_are_refused(analyzer):
    with pytest.raises(claimkit.InvalidInputError, match="one date per text"):
        list(analyzer.pipe(["a", "b"], dates="2022-12"))


def test_a_lone_surrogate_is_an_invalid_input_error_with_its_offset(analyzer):
    with pytest.raises(claimkit.InvalidInputError, match=r"surrogate \(U\+D800\) at offset 9"):
        analyzer.analyze("Bachmoet \ud800 viel.")


def test_a_header_that_holds_no_date_is_flagged_and_analysed_as_text(analyzer):
    analysis = analyzer.analyze(" date abc\nZelenski bezocht Bachmoet.")
    assert analysis.date is None
    warning = next(w for w in analysis.warnings if w.code == "date_header_ignored")
    assert "'date abc'" in warning.message
    assert [p.text for p in analysis.places] == ["Bachmoet"]
    good = analyzer.analyze(" date 2022-12\nZelenski bezocht Bachmoet.")
    assert "date_header_ignored" not in {w.code for w in good.warnings}
    plain = analyzer.analyze("Zelenski bezocht Bachmoet op date night.")
    assert "date_header_ignored" not in {w.code for w in plain.warnings}


def test_a_text_over_the_limit_is_refused_with_the_limit_named():
    analyzer = claimkit.load(spacy.blank("nl"), max_text_chars=100)
    with pytest.raises(claimkit.TextTooLongError, match="over the limit of 100"):
        analyzer.analyze("Bachmoet viel. " * 10)
    assert analyzer.analyze("Bachmoet viel.").places


@pytest.mark.parametrize(
    ("option", "value"), [("batch_size", 0), ("n_process", "2"), ("n_process", 0)]
)
def test_pipe_options_of_the_wrong_kind_are_refused(analyzer, option, value):
    with pytest.raises(claimkit.InvalidInputError, match=option):
        list(analyzer.pipe(["Bachmoet viel."], **{option: value}))


# --- reading results back ------------------------------------------------------------------


@pytest.fixture(scope="module")
def saved(analyzer, article) -> dict:
    return json.loads(analyzer.analyze(article).to_json())


def test_saved_results_read_back_equal(analyzer, article, saved):
    assert Analysis.from_json(json.dumps(saved)) == analyzer.analyze(article)


def test_reading_back_refuses_offsets_outside_the_text(saved):
    broken = json.loads(json.dumps(saved))
    broken["places"][0]["start"] = len(saved["text"]) + 5
    broken["places"][0]["end"] = len(saved["text"]) + 13
    with pytest.raises(claimkit.ResultFormatError, match="outside the text"):
        Analysis.from_json(json.dumps(broken))


def test_reading_back_refuses_a_mention_that_no_longer_matches(saved):
    broken = json.loads(json.dumps(saved))
    broken["people"][0]["text"] = "Iemand anders"
    with pytest.raises(claimkit.ResultFormatError, match=r"people\[0\].*not 'Iemand anders'"):
        Analysis.from_json(json.dumps(broken))


def test_reading_back_refuses_another_schema_version(saved):
    other = {**saved, "schema_version": "0"}
    with pytest.raises(claimkit.ResultFormatError, match="schema_version '0'"):
        Analysis.from_json(json.dumps(other))
    with pytest.raises(claimkit.ResultFormatError, match="not a valid claimkit analysis"):
        Analysis.from_json("{not json")


# --- long texts ----------------------------------------------------------------------------


def test_a_long_text_never_holds_more_than_one_batch_of_docs_at_once():
    live: weakref.WeakSet = weakref.WeakSet()
    most = [0]

    @Language.component("count_live_docs")
    def count_live_docs(doc):
        live.add(doc)
        most[0] = max(most[0], len(live))
        return doc

    nlp = spacy.blank("nl")
    nlp.add_pipe("count_live_docs")
    analyzer = claimkit.load(nlp)
    analyzer.piece_chars, analyzer.batch_chars = 1_000, 3_000
    paragraph = "Zelenski bezocht Bachmoet en Charkiv. Poetin bleef in Moskou.\n\n"
    text = paragraph * 2_000  # 128,000 characters, 128 pieces
    analysis = analyzer.analyze(text)
    assert "chunked" in {w.code for w in analysis.warnings}
    assert analysis.place_counts()["Bakhmut"] == 2_000
    assert_offsets(analysis)
    assert most[0] <= 4, f"{most[0]} Docs alive at once: pieces are not streamed"


def test_a_long_real_text_stays_under_1_gb_in_a_fresh_process(shared_dir):
    script = textwrap.dedent(
        f"""
        import json, resource
        import claimkit
        articles = [json.loads(line)["text"] for line in open(
            {str(shared_dir / "data" / "dpg-news2019" / "articles-dev.jsonl")!r},
            encoding="utf-8")]
        text = "\\n\\n".join(articles)[:300_000]
        analysis = claimkit.load({model_path()!r}).analyze(text)
        mentions = [*analysis.places, *analysis.people, *analysis.organisations]
        assert all(text[m.start:m.end] == m.text for m in mentions)
        print(json.dumps({{"mentions": len(mentions),
                          "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}}))
        """
    )
    run = _python(script, timeout=300)
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["mentions"] > 1_000
    assert result["peak_mb"] < 1_000, result


# --- several processes: no hang, no process left behind --------------------------------


def _python(script: str, *, timeout: float) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    run = subprocess.run(
        [sys.executable, "-P", "-c", script],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return run


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with_children = task / "children"
        if with_children.exists():
            found |= {int(p) for p in with_children.read_text().split()}
    return found


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_bad_input_after_the_first_batch_raises_promptly_with_two_processes(article):
    script = textwrap.dedent(
        f"""
        import multiprocessing, time
        import claimkit
        analyzer = claimkit.load({model_path()!r})
        texts = ["Zelenski bezocht Bachmoet."] * 40 + [None] + ["Poetin in Moskou."] * 39
        started = time.perf_counter()
        try:
            for _ in analyzer.pipe(texts, n_process=2, batch_size=4):
                pass
        except claimkit.InvalidInputError as err:
            print("raised", type(err).__name__, "#40" in str(err))
        print("seconds", round(time.perf_counter() - started, 1))
        print("children", len(multiprocessing.active_children()))
        """
    )
    out = _python(script, timeout=120).stdout
    assert "raised InvalidInputError True" in out
    assert "children 0" in out
    seconds = float(out.split("seconds ")[1].split()[0])
    assert seconds < 30, f"the bad input took {seconds} s to raise"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_worker_that_dies_raises_a_worker_error():
    script = textwrap.dedent(
        f"""
        import multiprocessing, os, signal
        from spacy.language import Language
        import spacy, claimkit

        @Language.component("crash_on_marker")
        def crash_on_marker(doc):
            if "CRASH" in doc.text:
                os.kill(os.getpid(), signal.SIGSEGV)
            return doc

        nlp = spacy.load({model_path()!r})
        nlp.add_pipe("crash_on_marker", first=True)
        analyzer = claimkit.load(nlp)
        texts = ["Zelenski bezocht Bachmoet."] * 20 + ["CRASH"] + ["Poetin."] * 20
        try:
            list(analyzer.pipe(texts, n_process=2, batch_size=4))
        except claimkit.WorkerError as err:
            print("raised WorkerError")
        print("children", len(multiprocessing.active_children()))
        """
    )
    out = _python(script, timeout=120).stdout
    assert "raised WorkerError" in out
    assert "children 0" in out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_end_when_their_parent_is_killed():
    script = textwrap.dedent(
        f"""
        import itertools, sys
        import claimkit
        analyzer = claimkit.load({model_path()!r})
        endless = itertools.repeat("Zelenski bezocht Bachmoet. Poetin bleef in Moskou.")
        for number, _ in enumerate(analyzer.pipe(endless, n_process=2, batch_size=2)):
            if number == 3:
                print("running", flush=True)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    parent = subprocess.Popen(
        [sys.executable, "-P", "-c", script], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert parent.stdout is not None
        assert parent.stdout.readline().strip() == "running"
        workers = _children(parent.pid)
        assert len(workers) >= 2, workers
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=30)
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(_alive(pid) for pid in workers), "workers outlived their parent"
    finally:
        if parent.poll() is None:
            parent.kill()


@pytest.mark.parametrize(("n_process", "batch_size"), [(1, 1), (1, 2), (2, 1), (2, 2)])
def test_texts_before_a_bad_input_are_still_yielded(analyzer, n_process, batch_size):
    good = "Zelenski bezocht Bachmoet."
    got = []
    with pytest.raises(claimkit.InvalidInputError, match="#5"):
        for result in analyzer.pipe(
            [good] * 5 + [42] + [good] * 5, n_process=n_process, batch_size=batch_size
        ):
            got.append(result)
    assert len(got) == 5


def test_a_header_with_a_colon_and_no_space(analyzer):
    assert analyzer.analyze("date:2022-12\nBachmoet viel.").date == "2022-12"


def test_a_pipeline_batch_never_holds_more_than_batch_chars():
    """spaCy pads the Docs of a batch to the longest: two long pieces at once cost twice."""
    nlp = spacy.blank("nl")
    analyzer = claimkit.load(nlp)
    analyzer.piece_chars, analyzer.batch_chars = 1_000, 1_500
    sizes: list[int] = []
    run = analyzer._run

    def recording(batch):
        sizes.append(sum(end - start for _, start, end in batch))
        run(batch)

    analyzer._run = recording
    paragraph = "Zelenski bezocht Bachmoet en Charkiv. Poetin bleef in Moskou.\n\n"
    analysis = analyzer.analyze(paragraph * 100)  # 6,400 characters in pieces under 1,000
    assert analysis.place_counts()["Bakhmut"] == 100
    assert sizes and max(sizes) <= 1_500 and sum(sizes) == len(paragraph * 100)
