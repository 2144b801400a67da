"""Checking on a Dask cluster (``--scheduler``): files are the tasks, reports come back in path order.

:class:`DaskExecutor` is an :class:`~linter.batch.Executor` like the thread
executor, so the runner, the report and the exit code are the same as in a
plain run. What it sends: a worker plugin (:class:`NewslintWorkerPlugin`)
carrying the run's :class:`~linter.batch.EntryCheck` (the request, not the
engines) once per worker, and then one task per entry with just its path. The
plugin builds the run's engines once per worker process and, unless
``--languagetool-url`` names servers, starts or reuses the node's LanguageTool
server with newslint's usual provisioning (one server per node: the workers of
a node share it through the server's lock and state file). The paths are the
client's, so the workers must see the same files under the same names (one
machine, or a shared filesystem); the plugin moves each worker process into the
client's working directory, so relative paths mean the same there.

Tasks are pure (a path in, its report out, nothing written but the result
cache, whose entries are whole files), so a task whose worker dies is simply run
again on another worker. At most :attr:`DaskExecutor.window` tasks are in the
scheduler or held for ordering at once, so a million files never sit there together.

dask.distributed is an optional dependency (``pip install 'newslint[dask]'``).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from linter.errors import EngineError, UsageError

T = TypeVar("T")
R = TypeVar("R")

try:  # the plugin must be a WorkerPlugin for register_plugin to install it on the workers
    from distributed import WorkerPlugin as _PluginBase
except ImportError:  # without dask, --scheduler says how to install it (see _distributed)
    _PluginBase = object

INSTALL_HINT = "--scheduler needs dask.distributed: pip install 'newslint[dask]'"
CONNECT_TIMEOUT = 5.0  # seconds to reach a scheduler before the run gives up with a clear error
TASKS_PER_THREAD = 4  # tasks queued per worker thread: enough to keep workers busy, few enough to hold
RETRIES = 2  # a task that errs for a passing reason runs again; one whose worker dies is rerun by Dask anyway


def _distributed():
    """The dask.distributed module, or a usage error that says how to install it."""
    try:
        import distributed
    except ImportError:
        raise UsageError(INSTALL_HINT) from None
    return distributed


def executor_for_scheduler(address: str) -> "DaskExecutor":
    """The executor for ``--scheduler ADDRESS``: ``local:N`` or a scheduler address such as ``tcp://host:8786``."""
    _distributed()
    if address.startswith("local:"):
        count = address.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise UsageError(f"--scheduler {address}: local:N needs a number of workers N >= 1, e.g. local:4")
        return DaskExecutor(local_workers=int(count))
    if "://" not in address or not address.split("://", 1)[1]:
        raise UsageError(f"--scheduler {address}: expected local:N or a scheduler address like tcp://host:8786")
    return DaskExecutor(address=address)


class NewslintWorkerPlugin(_PluginBase):
    """Holds a run's task on every worker: engines built once per worker, the node's server provisioned.

    Registered with ``client.register_plugin``; Dask pickles it once per worker
    (the :class:`~linter.batch.EntryCheck` inside carries the request only).
    A worker that joins during the run gets it too.
    """

    def __init__(self, task, name: str) -> None:
        self.task = task
        self.name = name
        self.cwd = os.getcwd()  # the client's: relative paths, --config and --rules mean the same on a worker

    def setup(self, worker) -> None:
        """Build the run's context and, for newslint's own server, start or reuse the one of this node.

        A failure here is not raised: the first file checked meets it again and
        its error stops the run with the message, as in a plain run.
        """
        if os.path.isdir(self.cwd):  # a node without the client's folder fails per file, with the path named
            os.chdir(self.cwd)
        from linter.wiring import own_server

        self.task.context()  # the engines are built on this worker's first file, once, and kept here
        request = self.task.request
        config = request.base_config()
        if request.use_languagetool and not config.languagetool.url:
            try:
                own_server(config, quiet=True)  # ensure_languagetool + ensure_server with this node's state dir
            except Exception:  # noqa: BLE001 - reported by the first task, see above
                pass

    def teardown(self, worker) -> None:
        """Nothing to stop: the node's server outlives the run and its idle watchdog ends it."""


def check_on_worker(plugin_name: str, entry):
    """The task: check one entry with the run's engines on this worker."""
    from distributed import get_worker

    return get_worker().plugins[plugin_name].task(entry)


class DaskExecutor:
    """Runs the entry check on a Dask cluster: a local one (``local_workers``) or the one at ``address``."""

    def __init__(self, address: str | None = None, local_workers: int | None = None,
                 connect_timeout: float = CONNECT_TIMEOUT) -> None:
        self.address = address
        self.local_workers = local_workers
        self.connect_timeout = connect_timeout
        self.window = 0  # set per run from the cluster's threads

    @property
    def label(self) -> str:
        return self.address or f"local:{self.local_workers}"

    def map(self, task: Callable[[T], R], items: Sequence[T]) -> list[R]:
        return list(self.imap(task, items))

    def imap(self, task: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        """Yield each item's result in order, as soon as it and those before it are done."""
        if not items:
            return
        distributed = _distributed()
        cluster = self._local_cluster(distributed) if self.local_workers else None
        try:
            client = self._connect(distributed, cluster)
            try:
                yield from self._run(distributed, client, task, items)
            finally:
                client.close()
        finally:
            if cluster is not None:
                cluster.close()

    def _local_cluster(self, distributed):
        return distributed.LocalCluster(n_workers=self.local_workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=40)

    def _connect(self, distributed, cluster):
        target = cluster if cluster is not None else self.address
        try:
            return distributed.Client(target, timeout=self.connect_timeout, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise EngineError(f"cannot reach the Dask scheduler at {self.label} within "
                              f"{self.connect_timeout:g} s ({exc}); start it or check the address") from None

    def _run(self, distributed, client, task, items) -> Iterator:
        name = f"newslint-{uuid.uuid4().hex[:12]}"
        try:
            client.register_plugin(NewslintWorkerPlugin(task, name), name=name)
            threads = sum(client.nthreads().values()) or 1
        except (OSError, TimeoutError) as exc:
            raise self._gone(exc) from None
        self.window = max(8, threads * TASKS_PER_THREAD)
        done: dict[int, object] = {}
        index_of: dict = {}
        upcoming = iter(enumerate(items))
        queue = distributed.as_completed(loop=client.loop)

        def submit_more() -> None:
            while len(index_of) + len(done) < self.window:
                step = next(upcoming, None)
                if step is None:
                    return
                index, item = step
                future = client.submit(check_on_worker, name, item, key=f"{name}-{index}", pure=False,
                                       retries=RETRIES)
                index_of[future] = index
                queue.add(future)

        submit_more()
        following = 0
        try:
            while following < len(items):
                if following not in done:
                    future = next(queue)
                    done[index_of.pop(future)] = future
                    continue
                future = done.pop(following)
                yield self._result(distributed, future)
                following += 1
                submit_more()
        finally:
            for future in list(index_of) + list(done.values()):
                future.cancel()
            try:
                client.unregister_worker_plugin(name)
            except Exception:  # noqa: BLE001 - the scheduler may be gone; the workers forget the plugin with it
                pass

    def _result(self, distributed, future):
        """A finished task's report; its own exception (a rule or config error) is raised as in a plain run."""
        from distributed.scheduler import KilledWorker

        try:
            return future.result()
        except KilledWorker as exc:
            raise EngineError(f"Dask scheduler at {self.label}: the workers checking a file died repeatedly "
                              f"({exc}); see the workers' logs (memory limit?)") from None
        except distributed.client.FutureCancelledError as exc:
            raise self._gone(exc) from None
        except (OSError, TimeoutError) as exc:
            raise self._gone(exc) from None

    def _gone(self, exc: BaseException) -> EngineError:
        return EngineError(f"lost the Dask scheduler at {self.label} during the run ({exc}); "
                           "the report is incomplete, rerun when the scheduler is back")
