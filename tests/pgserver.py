"""A throwaway PostgreSQL server for the store tests, started once per test session.

Why a real server rather than a mock: everything the PostgreSQL dialect does differently (``ON CONFLICT``,
``tsvector``/GIN, ``ts_headline``, ``unaccent``, ``pg_trgm``, collations, NUL handling) is behaviour of
the server, and only the server can say whether the SQL is right.

How it runs:

- The server binaries come from the distribution package (Debian: ``/usr/lib/postgresql/<major>/bin``,
  which is not on ``PATH``); ``SITREP_TEST_PG_BIN`` names another directory. ``make system-deps-postgres``
  (``mk/postgres.mk``) installs the package in CI.
- PostgreSQL refuses to run as root, and tests in CI run as root, so then the cluster belongs to an
  unprivileged system user (``sitrep-pg``, created with ``useradd`` when missing) and ``initdb``/``pg_ctl``
  run through ``runuser`` (or ``su``). Run as any other user, the server runs as that user.
- The cluster lives in a fresh temporary directory, listens on a Unix socket in that directory only (no
  TCP port, so parallel runs cannot collide), trusts local connections, and skips fsync (the data is
  thrown away). It is stopped and deleted at the end of the session.
- The cluster's default collation is ICU's root locale where available, as on many production servers:
  it does *not* sort by code point, so a prefix lookup that forgets ``COLLATE "C"`` fails a test.
- Each test gets its own database (``create_database``), dropped afterwards.
- ``SITREP_TEST_POSTGRES_URL`` (a URL of a role that may create databases) uses an existing server instead.

When the binaries (or the psycopg driver) are missing the PostgreSQL tests are skipped with the reason,
except in CI (``CI=true``), where they fail: CI is where the second backend must not silently go untested.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn, Protocol

import pytest
from sqlalchemy.engine import make_url

SYSTEM_USER = "sitrep-pg"
DB_USER = "sitrep"
PORT = 5432  # the socket lives in a private directory, so the usual port number cannot clash
_BIN_GLOB = "/usr/lib/postgresql/*/bin"


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def unavailable(reason: str) -> NoReturn:
    """Skip locally, fail in CI: the PostgreSQL backend must be tested where it can be."""
    if in_ci():
        pytest.fail(f"{reason}; CI must run the PostgreSQL tests (run `make system-deps-postgres`)")
    pytest.skip(reason)


def _major(bindir: Path) -> int:
    match = re.search(r"/(\d+)/bin$", str(bindir))
    return int(match.group(1)) if match else 0


def find_bindir() -> Path | None:
    """The newest directory holding both ``initdb`` and ``pg_ctl``, or None."""
    explicit = os.environ.get("SITREP_TEST_PG_BIN")
    candidates = [Path(explicit)] if explicit else sorted(map(Path, glob.glob(_BIN_GLOB)), key=_major, reverse=True)
    on_path = shutil.which("initdb")
    if not explicit and on_path:
        candidates.append(Path(on_path).parent)
    for bindir in candidates:
        if all(os.access(bindir / tool, os.X_OK) for tool in ("initdb", "pg_ctl")):
            return bindir
    return None


class Server(Protocol):
    def create_database(self) -> str: ...
    def drop_database(self, name: str) -> None: ...
    def url(self, database: str) -> str: ...
    def close(self) -> None: ...


class _Admin:
    """Per-test databases through an administrative connection.

    ``CREATE DATABASE`` costs about 0.2 s (it copies the template's catalog), too slow for one per test.
    A released database is instead emptied (``DROP SCHEMA public CASCADE`` takes the tables, the text
    search configuration and the extensions with it) and handed to the next test: as empty as a new one.
    """

    _names = itertools.count()

    def __init__(self, admin_conninfo: dict[str, str | int]) -> None:
        self._conninfo = admin_conninfo
        self._free: list[str] = []
        self._all: list[str] = []

    def _execute(self, sql: str, database: str | None = None) -> None:
        import psycopg

        conninfo = {**self._conninfo, **({"dbname": database} if database else {})}
        with psycopg.connect(**conninfo, autocommit=True) as conn:  # type: ignore[arg-type]
            conn.execute(sql)

    def create_database(self) -> str:
        if self._free:
            return self._free.pop()
        name = f"sitrep_test_{os.getpid()}_{next(self._names)}"
        self._execute(f'CREATE DATABASE "{name}"')
        self._all.append(name)
        return name

    def drop_database(self, name: str) -> None:
        """Give a test's database back, emptied for the next test."""
        try:
            self._execute(
                "DROP SCHEMA public CASCADE; CREATE SCHEMA public; GRANT ALL ON SCHEMA public TO PUBLIC",
                database=name,
            )
        except Exception:  # a test left it unusable: drop it instead of recycling it
            self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            self._all.remove(name)
            return
        self._free.append(name)

    def close(self) -> None:
        for name in self._all:
            with contextlib.suppress(Exception):
                self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class LocalServer(_Admin):
    """A cluster in a temporary directory, owned by an unprivileged user when the tests run as root."""

    THROWAWAY = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    """Settings for data nobody keeps; pass ``settings=""`` for a durable server (benchmarks)."""

    def __init__(self, bindir: Path, settings: str = THROWAWAY) -> None:
        self.bindir = bindir
        self.settings = settings
        self.as_root = os.geteuid() == 0
        # Under root the directory must be reachable by the server's user: /tmp, not root's TMPDIR.
        self.base = Path(tempfile.mkdtemp(prefix="sitrep-pg-", dir="/tmp" if self.as_root else None))
        self.data = self.base / "data"
        self.log = self.base / "server.log"
        super().__init__({"host": str(self.base), "port": PORT, "user": DB_USER, "dbname": "postgres"})

    # -- running the server's tools as the right user -----------------------------------------------

    def _ensure_system_user(self) -> pwd.struct_passwd:
        try:
            return pwd.getpwnam(SYSTEM_USER)
        except KeyError:
            pass
        useradd = shutil.which("useradd")
        if useradd is None:
            raise RuntimeError(f"tests run as root and there is no user {SYSTEM_USER!r} nor useradd to create it")
        subprocess.run(
            [useradd, "--system", "--no-create-home", "--home-dir", "/nonexistent", "--shell",
             "/usr/sbin/nologin", SYSTEM_USER],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        return pwd.getpwnam(SYSTEM_USER)

    def _command(self, args: list[str]) -> list[str]:
        if not self.as_root:
            return args
        runuser = shutil.which("runuser")
        if runuser:
            return [runuser, "-u", SYSTEM_USER, "--", *args]
        import shlex

        return ["su", "-s", "/bin/sh", SYSTEM_USER, "-c", shlex.join(args)]

    def _run(self, args: list[str]) -> subprocess.CompletedProcess[str]:
        # cwd: the server's user may not be allowed into the directory pytest was started from.
        return subprocess.run(
            self._command(args), cwd=self.base, capture_output=True, text=True, timeout=120, check=False
        )

    # -- life cycle -----------------------------------------------------------------------------------

    def start(self) -> None:
        if self.as_root:
            user = self._ensure_system_user()
            os.chown(self.base, user.pw_uid, user.pw_gid)
        self.base.chmod(0o700)
        initdb = [str(self.bindir / "initdb"), "-D", str(self.data), "-U", DB_USER, "--auth=trust",
                  "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions"]  # fmt: skip
        icu = ["--locale-provider=icu", "--icu-locale=und"] if _major(self.bindir) >= 15 else []
        done = self._run(initdb + icu)
        if done.returncode != 0 and icu:  # a build without ICU: the libc locale will do
            shutil.rmtree(self.data, ignore_errors=True)
            done = self._run(initdb)
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed: {(done.stderr or done.stdout).strip()[-2000:]}")
        options = (
            f"-c listen_addresses='' -c unix_socket_directories='{self.base}' -p {PORT} "
            f"-c max_connections=40 -c shared_buffers=64MB {self.settings}"
        )
        done = self._run(
            [str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o", options,
             "-w", "-t", "60", "start"]
        )  # fmt: skip
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {done.stderr.strip()} {log}")

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"])
        shutil.rmtree(self.base, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{DB_USER}@/{database}?host={self.base}&port={PORT}"


class ExternalServer(_Admin):
    """A server someone else runs (``SITREP_TEST_POSTGRES_URL``); only databases are created on it."""

    def __init__(self, url: str) -> None:
        parsed = make_url(url)
        self._url = parsed.set(drivername="postgresql+psycopg")
        conninfo: dict[str, str | int] = {"dbname": parsed.database or "postgres"}
        for key, value in (
            ("host", parsed.host),
            ("port", parsed.port),
            ("user", parsed.username),
            ("password", parsed.password),
        ):
            if value is not None:
                conninfo[key] = value
        conninfo.update({k: str(v) for k, v in parsed.query.items()})
        super().__init__(conninfo)

    def url(self, database: str) -> str:
        return self._url.set(database=database).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Server]:
    """A PostgreSQL server for this session (see the module docstring); skipped or failed when missing."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        unavailable("the psycopg driver is not installed (pip install 'psycopg[binary]')")
    external = os.environ.get("SITREP_TEST_POSTGRES_URL")
    if external:
        remote = ExternalServer(external)
        try:
            yield remote
        finally:
            remote.close()
        return
    bindir = find_bindir()
    if bindir is None:
        unavailable(f"no PostgreSQL server binaries (initdb, pg_ctl) under {_BIN_GLOB} or on PATH")
    server = LocalServer(bindir)
    try:
        server.start()
    except (OSError, RuntimeError, subprocess.SubprocessError) as exc:
        server.stop()
        pytest.fail(f"could not start a throwaway PostgreSQL from {bindir}: {exc}")
    try:
        yield server
    finally:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            server.stop()
