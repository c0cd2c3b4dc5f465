"""Where the chunks of a batch are analysed: here, in worker processes, or on a Dask cluster.

Every engine maps chunks of :class:`~claimkit.batch.sources.Article` to their results in input
order with :func:`~claimkit.batch.work.analyze_articles`, so the records are the same whichever
runs them. A worker that dies or hangs costs the articles it had, as error records, never the
run.
"""

from __future__ import annotations

import contextlib
import logging
from collections import deque
from collections.abc import Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Any

from claimkit.batch.sources import Article
from claimkit.batch.work import AnalyzerSpec, analyze_articles, model_info
from claimkit.errors import ArticleError, MissingExtraError, WorkerError
from claimkit.processes import map_chunks_retrying

if TYPE_CHECKING:
    from claimkit.api import Analyzer
    from claimkit.results import Analysis, ModelInfo

log = logging.getLogger(__name__)

Results = list["Analysis | ArticleError"]

#: Seconds a chunk may take before its worker counts as hung.
DEFAULT_TIMEOUT = 900.0
#: Seconds to wait for a Dask cluster's first worker.
WORKER_WAIT = 120.0


def _failed(article: Article, reason: str, message: str) -> ArticleError:
    return ArticleError(reason, message, article.source, article.size)


class LocalEngine:
    """This machine: in this process (``workers=1``) or in worker processes."""

    def __init__(
        self,
        spec: AnalyzerSpec,
        *,
        workers: int = 1,
        timeout: float | None = DEFAULT_TIMEOUT,
        analyzer: Analyzer | None = None,
    ) -> None:
        self.workers = workers
        self.timeout = timeout
        self.analyzer = analyzer or spec.load()

    def model(self) -> ModelInfo:
        return self.analyzer.model

    def map(self, chunks: Iterable[list[Article]]) -> Iterator[Results]:
        work = partial(analyze_articles, self.analyzer)
        if self.workers == 1:
            return map(work, chunks)
        return map_chunks_retrying(
            work, chunks, n_process=self.workers, failed=_failed, timeout=self.timeout
        )

    def close(self) -> None:
        pass


def _dask_work(spec: AnalyzerSpec, articles: list[Article]) -> Results:
    """A Dask task: the worker's own analyser (loaded once per worker process)."""
    return analyze_articles(spec.load(), articles)


class DaskEngine:
    """A Dask distributed cluster: the scheduler at ``scheduler``, else a local cluster.

    The model loads once per worker process; chunks are tasks, at most two per worker thread
    in flight, their results collected in order. A chunk whose worker dies is retried by Dask;
    when Dask gives up on it (``KilledWorker``) its articles are tried alone once more, and the
    ones that fail again become ``worker_died`` records.
    """

    def __init__(
        self,
        spec: AnalyzerSpec,
        *,
        scheduler: str | None = None,
        workers: int = 1,
        timeout: float | None = DEFAULT_TIMEOUT,
    ) -> None:
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError as err:
            raise MissingExtraError(
                "--engine dask needs Dask: pip install 'claimkit-nl[dask]'"
            ) from err
        self.spec = spec
        self.timeout = timeout
        self._cluster: Any = None
        self.client: Any = None
        where = f"at {scheduler}" if scheduler else "started here"
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="30s")
            else:
                # A worker that dies twice on a task is enough to stop retrying it (set for the
                # cluster's start only: the caller's Dask settings are left as they were).
                with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
                    self._cluster = LocalCluster(
                        n_workers=workers,
                        threads_per_worker=1,
                        processes=True,
                        host="127.0.0.1",
                        dashboard_address=None,
                        memory_limit=0,
                    )
                self.client = Client(self._cluster)
            # workers of a job queue or Kubernetes may still be starting
            self.client.wait_for_workers(1, timeout=WORKER_WAIT)
        except (OSError, TimeoutError) as err:
            self.close()
            raise WorkerError(
                f"no Dask worker reachable (the cluster {where}) within {WORKER_WAIT:g} s: {err}"
            ) from err
        except BaseException:
            self.close()
            raise
        self.threads = sum(self.client.nthreads().values())
        self._model: ModelInfo | None = None

    def model(self) -> ModelInfo:
        if self._model is None:
            # Every worker loads its analyser now, and says which model it is.
            infos = self.client.run(model_info, self.spec)
            self._model = next(iter(infos.values()))
        return self._model

    def map(self, chunks: Iterable[list[Article]]) -> Iterator[Results]:
        from distributed import KilledWorker

        in_flight: deque[tuple[list[Article], Any]] = deque()
        source = iter(chunks)
        exhausted = False
        try:
            while True:
                while not exhausted and len(in_flight) < 2 * self.threads:
                    chunk = next(source, None)
                    if chunk is None:
                        exhausted = True
                        break
                    in_flight.append((chunk, self._submit(chunk)))
                if not in_flight:
                    return
                chunk, future = in_flight.popleft()
                try:
                    yield future.result(timeout=self.timeout)
                except (KilledWorker, TimeoutError) as err:
                    if isinstance(err, TimeoutError):
                        self._restart_worker_of(future)
                    future.cancel()
                    yield self._retry_alone(chunk, err)
        finally:
            for _, future in in_flight:
                future.cancel()

    def _submit(self, articles: list[Article]) -> Any:
        return self.client.submit(_dask_work, self.spec, articles, pure=False)

    def _retry_alone(self, chunk: list[Article], first: BaseException) -> Results:
        from distributed import KilledWorker

        log.warning("a chunk of %d articles failed (%s); trying them alone", len(chunk), first)
        results: Results = []
        for article in chunk:
            future = self._submit([article])
            try:
                results.extend(future.result(timeout=self.timeout))
            except KilledWorker:
                results.append(_failed(article, "worker_died", "its Dask worker died on it"))
            except TimeoutError:
                self._restart_worker_of(future)
                future.cancel()
                message = f"no result within {self.timeout:g} s (tried twice)"
                results.append(_failed(article, "timeout", message))
        return results

    def _restart_worker_of(self, future: Any) -> None:
        """A running task cannot be cancelled: restart the worker that is stuck in it."""
        try:
            processing = self.client.processing()
            stuck = [w for w, keys in processing.items() if future.key in keys]
            if stuck:
                log.warning("restarting the Dask worker stuck on a chunk: %s", stuck)
                self.client.restart_workers(stuck, timeout=WORKER_WAIT)
        except Exception:  # the retry goes on either way
            log.warning("could not restart a stuck Dask worker", exc_info=True)

    def close(self) -> None:
        if self.client is not None:
            with contextlib.suppress(Exception):
                self.client.close()
        if self._cluster is not None:
            with contextlib.suppress(Exception):
                self._cluster.close()
