"""Batch runs end to end: results in order, output formats, engines, kill and resume, CLI."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

import claimkit
from claimkit import Analysis, ArticleError, InvalidInputError, batch
from claimkit.batch.records import ARTICLE_COLUMNS, read_records
from claimkit.cli import main
from claimkit.outputs.rows import COLUMNS
from conftest import REPO, model_path
from test_batch_sources import mixed_folder

pytestmark = pytest.mark.model

SENTENCES = [
    "Zelenski bezocht Bachmoet, waar volgens Kyiv 500 soldaten sneuvelden.",
    "“We geven niet op”, zei de president van Oekraïne.",
    "De NAVO vergaderde in Brussel over 1,5 miljoen vluchtelingen.",
    "Rutte zei dat Nederland meer wapens stuurt.",
    "In Charkiv vielen volgens de gouverneur tientallen doden.",
]


def many_articles(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        text = " ".join(SENTENCES[(number + k) % len(SENTENCES)] for k in range(2))
        (folder / f"{number:04d}.txt").write_text(f" date 2023-{number % 12 + 1:02d} {text}")
    return folder


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_run_yields_every_article_in_order_with_its_result(analyzer, tmp_path):
    folder = mixed_folder(tmp_path)
    results = list(batch.run(folder, analyzer=analyzer))
    assert len(results) == 16
    by_name = {Path(s.path).name + (f":{s.line}" if s.line else ""): r for s, r in results}
    assert isinstance(by_name["a.txt"], Analysis)
    assert by_name["a.txt"].date == "2022-12"
    assert [p.record.name for p in by_name["a.txt"].places] == ["Bakhmut"]
    assert [p.record.name for p in by_name["utf16.txt"].places] == ["Kharkiv"]
    assert by_name["latin1.txt"].text == "Café in Liège, zei De Croo."
    assert by_name["c.json"].date == "2023-03-01"
    assert isinstance(by_name["binary.txt"], ArticleError)
    assert by_name["binary.txt"].reason == "binary"
    assert by_name["huge.txt"].reason == "too_large"
    assert by_name["d.jsonl:5"].reason == "bad_date"


def test_an_article_the_analyser_refuses_is_an_error_record_and_the_rest_go_on(analyzer, tmp_path):
    folder = many_articles(tmp_path / "in", 5)
    (folder / "0002.txt").write_text(" date 2022-13 Een onmogelijke datum.")
    results = list(batch.run(folder, analyzer=analyzer, chunk_size=8))
    reasons = [r.reason if isinstance(r, ArticleError) else "ok" for _, r in results]
    assert reasons == ["ok", "ok", "bad_input", "ok", "ok"]
    assert "2022-13" in results[2][1].message


def test_jsonl_output_has_one_record_per_article_and_reads_back(analyzer, tmp_path):
    folder = mixed_folder(tmp_path)
    out = tmp_path / "out.jsonl"
    batch.write(folder, out, analyzer=analyzer)
    records = lines(out)
    assert len(records) == 16 and all(r["claimkit"] and r["model"] for r in records)
    first = records[0]
    assert first["sha256"] and first["status"] == "ok" and first["analysis"]["date"] == "2022-12"
    error = next(r for r in records if r["status"] == "error")
    assert error["error"]["reason"] and error["analysis"] is None
    back = list(read_records(out))
    assert [str(s) for s, _ in back] == [
        batch.Source(r["source"], r["line"], r["index"]).key for r in records
    ]
    assert isinstance(back[0][1], Analysis) and back[0][1].places[0].record.name == "Bakhmut"


def test_summary_counts_errors_by_reason(analyzer, tmp_path):
    summary = batch.write(mixed_folder(tmp_path), tmp_path / "o.jsonl", analyzer=analyzer)
    assert summary.errors == {
        "binary": 1, "empty": 1, "too_large": 1, "bad_json": 1, "no_text": 1, "bad_date": 1,
    }  # fmt: skip
    assert summary.analysed == 10
    assert "10 analysed; 6 errors (" in str(summary)


def test_existing_output_is_not_overwritten_by_accident(analyzer, tmp_path):
    folder = many_articles(tmp_path / "in", 2)
    out = tmp_path / "out.jsonl"
    batch.write(folder, out, analyzer=analyzer)
    with pytest.raises(InvalidInputError, match="--resume"):
        batch.write(folder, out, analyzer=analyzer)
    batch.write(folder, out, analyzer=analyzer, overwrite=True)
    assert len(lines(out)) == 2


def test_csv_tables_have_the_documented_columns_and_one_row_per_item(analyzer, tmp_path):
    folder = mixed_folder(tmp_path)
    out = tmp_path / "tables"
    batch.write(folder, out, format="csv", analyzer=analyzer)
    with open(out / "articles.csv", encoding="utf-8") as stream:
        articles = list(csv.DictReader(stream))
    assert tuple(articles[0]) == ARTICLE_COLUMNS and len(articles) == 16
    analyses = {str(s): r for s, r in batch.run(folder, analyzer=analyzer)}
    for table, columns in COLUMNS.items():
        with open(out / f"{table}.csv", encoding="utf-8") as stream:
            rows = list(csv.DictReader(stream))
        assert tuple(rows[0]) == columns if rows else True
        expected = sum(len(getattr(a, table)) for a in analyses.values() if isinstance(a, Analysis))
        assert len(rows) == expected, table
        for row in rows:
            text = analyses[row["article_id"]].text
            assert text[int(row["start"]) : int(row["end"])] == row["text"]


def test_parquet_tables_read_back_as_datasets(analyzer, tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    folder = mixed_folder(tmp_path)
    out = tmp_path / "pq"
    batch.write(folder, out, format="parquet", analyzer=analyzer)
    articles = pd.read_parquet(out / "articles")
    assert list(articles.columns) == list(ARTICLE_COLUMNS) and len(articles) == 16
    claims = pd.read_parquet(out / "claims")
    assert list(claims.columns) == list(COLUMNS["claims"])
    assert claims["value"].dtype == "float64" and claims["flagged"].dtype == "bool"
    places = pd.read_parquet(out / "places")
    assert "Bakhmut" in set(places["name"])


def comparable(path: Path) -> list[dict]:
    return lines(path)


def test_records_are_identical_with_one_and_two_workers_and_dask(analyzer, tmp_path):
    pytest.importorskip("distributed")
    folder = mixed_folder(tmp_path)
    many_articles(folder / "many", 40)
    one, two, dask = tmp_path / "1.jsonl", tmp_path / "2.jsonl", tmp_path / "d.jsonl"
    batch.write(folder, one, analyzer=analyzer, chunk_size=4)
    batch.write(folder, two, analyzer=analyzer, workers=2, chunk_size=4)
    batch.write(folder, dask, model=model_path(), engine="dask", workers=2, chunk_size=4)
    reference = comparable(one)
    assert len(reference) == 56
    assert comparable(two) == reference
    assert comparable(dask) == reference


def _batch_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "claimkit.cli", "batch", *args, "--model", model_path(), "-q"]


def _wait_for_lines(path: Path, count: int, process: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if path.exists() and path.read_bytes().count(b"\n") >= count:
            return
        time.sleep(0.02)
    raise AssertionError(f"no {count} lines in {path} (exit {process.poll()})")


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_killed_run_resumed_has_every_article_exactly_once(analyzer, tmp_path, workers):
    folder = many_articles(tmp_path / "in", 400)
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    command = _batch_command(str(folder), "-o", str(out), "--chunk-size", "4")
    process = subprocess.Popen([*command, "--workers", workers], env=env)
    _wait_for_lines(out, 12, process, timeout=120)
    assert process.poll() is None, "the run ended before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    interrupted = out.read_bytes()
    assert 12 <= interrupted.count(b"\n") < 400
    kept = list(read_records(out))  # what an interrupted run leaves is readable
    assert len(kept) >= 12
    finished = subprocess.run([*command, "--resume"], env=env, capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    assert "done before (resumed)" in finished.stderr
    records = lines(out)
    keys = [r["source"] for r in records]
    assert len(keys) == len(set(keys)) == 400
    assert set(keys) == {str(p) for p in folder.iterdir()}
    reference = tmp_path / "reference.jsonl"
    batch.write(folder, reference, analyzer=analyzer)
    assert sorted(records, key=lambda r: r["source"]) == lines(reference)


def test_a_killed_csv_run_resumed_writes_no_row_twice(analyzer, tmp_path):
    folder = many_articles(tmp_path / "in", 300)
    out = tmp_path / "tables"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    command = _batch_command(str(folder), "-o", str(out), "--format", "csv", "--chunk-size", "4")
    process = subprocess.Popen(command, env=env)
    _wait_for_lines(out / "_progress.jsonl", 4, process, timeout=120)
    assert process.poll() is None
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    finished = subprocess.run([*command, "--resume"], env=env, capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    reference = tmp_path / "reference"
    batch.write(folder, reference, format="csv", analyzer=analyzer)
    for table in ("articles", *COLUMNS):
        got = (out / f"{table}.csv").read_text("utf-8").splitlines()
        want = (reference / f"{table}.csv").read_text("utf-8").splitlines()
        assert got == want, table


def _processes_with(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker in (entry / "cmdline").read_bytes().decode(errors="replace"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_killing_the_parent_leaves_no_worker_behind(tmp_path):
    folder = many_articles(tmp_path / "in", 300)
    out = tmp_path / "killed-parent-marker.jsonl"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    command = _batch_command(str(folder), "-o", str(out), "--workers", "2", "--chunk-size", "2")
    process = subprocess.Popen(command, env=env)
    _wait_for_lines(out, 4, process, timeout=120)
    assert len(_processes_with(out.name)) >= 3  # the parent and its two workers
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 10
    while _processes_with(out.name) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _processes_with(out.name) == []


# --- the command line ---------------------------------------------------------------------


def test_cli_analyze_takes_folders_and_reports_bad_files_in_one_line(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMKIT_MODEL", model_path())
    folder = mixed_folder(tmp_path)
    assert main(["analyze", "--format", "json", str(folder)]) == 1
    captured = capsys.readouterr()
    documents = json.loads(captured.out)
    assert len(documents) == 10 and documents[0]["source"].endswith("a.txt")
    errors = captured.err.strip().splitlines()
    assert f"claimkit: error: {folder / 'binary.txt'}: binary data" in captured.err
    assert len(errors) == 7 and "Traceback" not in captured.err
    assert main(["analyze", "--format", "jsonl", str(folder / "a.txt"), str(folder / "sub")]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 2


def test_cli_analyze_ends_quietly_when_the_pipe_closes(tmp_path):
    folder = many_articles(tmp_path / "in", 30)
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "CLAIMKIT_MODEL": model_path()}
    pipeline = f"{sys.executable} -m claimkit.cli analyze {folder} | head -n 2"
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", pipeline], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and len(done.stdout.splitlines()) == 2


def test_cli_batch_prints_a_summary_and_fails_when_articles_failed(capsys, tmp_path):
    folder = mixed_folder(tmp_path)
    out = tmp_path / "o.jsonl"
    code = main(["batch", str(folder), "-o", str(out), "--model", model_path(), "-q"])
    assert code == 1
    err = capsys.readouterr().err
    assert "16 articles" in err and "6 errors" in err and "binary 1" in err
    good = many_articles(tmp_path / "good", 3)
    assert main(["batch", str(good), "-o", str(tmp_path / "g"), "--format", "csv",
                 "--model", model_path(), "-q"]) == 0  # fmt: skip
    assert main(["batch", str(good), "-o", str(out), "--model", model_path(), "-q"]) == 2
    assert "--resume" in capsys.readouterr().err


def test_a_progress_bar_shows_rate_and_articles_when_asked(analyzer, tmp_path, capsys):
    folder = many_articles(tmp_path / "in", 6)
    batch.write(folder, tmp_path / "o.jsonl", analyzer=analyzer, progress=True, chunk_size=2)
    err = capsys.readouterr().err
    assert "claimkit batch" in err and "100%" in err and "6 articles" in err and "/s" in err
    batch.write(folder, tmp_path / "p.jsonl", analyzer=analyzer)  # not a terminal: quiet
    assert capsys.readouterr().err == ""


def test_a_dask_run_resumes_what_a_local_run_began(analyzer, tmp_path):
    pytest.importorskip("distributed")
    folder = many_articles(tmp_path / "in", 24)
    out = tmp_path / "out.jsonl"
    batch.write(folder, out, analyzer=analyzer, chunk_size=4)
    complete = out.read_bytes()
    kept = complete.split(b"\n")[:10]
    out.write_bytes(b"\n".join(kept) + b'\n{"source": "cut sh')  # an interrupted write
    summary = batch.write(
        folder, out, model=model_path(), engine="dask", workers=1, resume=True, chunk_size=4
    )
    assert (summary.resumed, summary.analysed) == (10, 14)
    assert out.read_bytes() == complete


class _FakeFuture:
    def __init__(self, outcome):
        self.outcome = outcome

    def result(self, timeout=None):
        if isinstance(self.outcome, BaseException):
            raise self.outcome
        return self.outcome

    def cancel(self):
        pass


class _FakeClient:
    """Runs chunks here; a chunk holding the poison article 'kills its worker' every time."""

    def __init__(self, analyzer):
        self.analyzer = analyzer

    def submit(self, function, spec, articles, pure=False):
        from distributed import KilledWorker

        from claimkit.batch.work import analyze_articles

        if any("GIF" in a.text for a in articles):
            return _FakeFuture(KilledWorker("task", SimpleNamespace(address="tcp://w"), 1))
        return _FakeFuture(analyze_articles(self.analyzer, articles))


def test_dask_articles_whose_worker_dies_become_records_the_rest_are_kept(analyzer, tmp_path):
    pytest.importorskip("distributed")
    from claimkit.batch.engines import DaskEngine
    from claimkit.batch.sources import find_files, read_articles

    folder = many_articles(tmp_path / "in", 6)
    (folder / "0003.txt").write_text("GIF89a poison")
    engine = DaskEngine.__new__(DaskEngine)
    engine.client, engine.threads, engine.timeout = _FakeClient(analyzer), 2, 5
    engine.spec = None
    articles = list(read_articles(find_files([folder])))
    chunks = [articles[:4], articles[4:]]
    results = [r for chunk in engine.map(chunks) for r in chunk]
    kinds = [r.reason if isinstance(r, ArticleError) else "ok" for r in results]
    assert kinds == ["ok", "ok", "ok", "worker_died", "ok", "ok"]
    assert results[3].source.path.endswith("0003.txt")


def test_dask_runs_on_a_cluster_given_by_its_scheduler_address(analyzer, tmp_path):
    distributed = pytest.importorskip("distributed")
    folder = many_articles(tmp_path / "in", 10)
    reference = tmp_path / "reference.jsonl"
    batch.write(folder, reference, analyzer=analyzer)
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        out = tmp_path / "out.jsonl"
        summary = batch.write(
            folder, out, model=model_path(), engine="dask", scheduler=cluster.scheduler_address
        )
        assert summary.analysed == 10
        assert out.read_bytes() == reference.read_bytes()
        with distributed.Client(cluster) as client:
            assert len(client.nthreads()) == 1  # the cluster is still there for its owner


def test_a_crash_inside_the_pipeline_costs_only_its_article(analyzer, tmp_path, monkeypatch):
    from claimkit.batch.sources import find_files, read_articles
    from claimkit.batch.work import analyze_articles

    folder = many_articles(tmp_path / "in", 4)
    (folder / "0001.txt").write_text("Deze tekst laat een component crashen.")
    articles = list(read_articles(find_files([folder])))
    real_pipe = type(analyzer).pipe

    def crashing_pipe(self, texts, **kwargs):
        texts = list(texts)
        if any("crashen" in t for t in texts):
            raise RuntimeError("boom")
        return real_pipe(self, texts, **kwargs)

    monkeypatch.setattr(type(analyzer), "pipe", crashing_pipe)
    results = analyze_articles(analyzer, articles)
    assert [r.reason if isinstance(r, ArticleError) else "ok" for r in results] == [
        "ok", "analysis_failed", "ok", "ok"
    ]  # fmt: skip
    assert "RuntimeError: boom" in results[1].message


def test_resuming_does_not_repeat_error_records(analyzer, tmp_path):
    folder = mixed_folder(tmp_path)
    out = tmp_path / "out.jsonl"
    batch.write(folder, out, analyzer=analyzer)
    first = out.read_bytes()
    summary = batch.write(folder, out, analyzer=analyzer, resume=True)
    assert (summary.analysed, sum(summary.errors.values()), summary.resumed) == (0, 0, 16)
    assert out.read_bytes() == first


def test_resuming_into_output_of_another_format_is_refused(analyzer, tmp_path):
    pytest.importorskip("pyarrow")
    folder = many_articles(tmp_path / "in", 3)
    out = tmp_path / "tables"
    batch.write(folder, out, format="csv", analyzer=analyzer)
    with pytest.raises(InvalidInputError, match="holds csv output"):
        batch.write(folder, out, format="parquet", analyzer=analyzer, resume=True)


def test_a_run_that_cannot_start_leaves_no_output(tmp_path):
    folder = many_articles(tmp_path / "in", 2)
    out = tmp_path / "out.jsonl"
    with pytest.raises(claimkit.ModelNotFoundError):
        batch.write(folder, out, model="nl_missing_pipeline")
    assert not out.exists()


@pytest.mark.parametrize("timeout", [float("inf"), float("nan"), 0, -3, "10", True])
def test_a_bad_timeout_is_refused(analyzer, tmp_path, timeout):
    with pytest.raises(InvalidInputError, match="timeout"):
        list(batch.run(tmp_path, analyzer=analyzer, timeout=timeout))


def test_parquet_tables_of_a_run_without_articles_still_read(analyzer, tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    (tmp_path / "in").mkdir()
    out = tmp_path / "pq"
    batch.write(tmp_path / "in", out, format="parquet", analyzer=analyzer)
    claims = pd.read_parquet(out / "claims")
    assert len(claims) == 0 and list(claims.columns) == list(COLUMNS["claims"])
    assert not (out / ".writing").exists()


def test_cli_analyze_prints_one_json_array_for_one_jsonl_file(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMKIT_MODEL", model_path())
    path = tmp_path / "x.jsonl"
    path.write_text('{"text": "Rutte in Kyiv."}\n{"text": "Poetin in Moskou."}\n', "utf-8")
    assert main(["analyze", "--format", "json", str(path)]) == 0
    documents = json.loads(capsys.readouterr().out)
    assert [d["source"] for d in documents] == [f"{path}:1", f"{path}:2"]
