"""Start and stop a real SPARQL engine on a free loopback port with a temporary database (issue 17).

Three engines, each as a user would run it:

- ``oxigraph``: Oxigraph server, the ``oxigraph`` command of the PyPI package (phancong's test extra).
- ``fuseki``: Apache Jena Fuseki, the ``jena-fuseki-server`` jar (version :data:`FUSEKI_VERSION`, the last for
  Java 17) downloaded once from Maven Central into the cache folder (``$PHANCONG_ENGINE_CACHE``, default
  ``~/.cache/phancong/engines``; its SHA-1 is checked against Maven Central's), run with the machine's ``java``
  on an in-process TDB2 dataset ``/phancong`` (query, update and graph store).
- ``virtuoso``: Virtuoso Open Source 7, Debian's ``virtuoso-opensource`` (``virtuoso-t``), with a
  ``virtuoso.ini`` of its own (database, ports, result limits) and the ``SPARQL`` user granted updates.

Command line (``scripts/engine``)::

    scripts/engine install oxigraph|fuseki|virtuoso   # what is missing: the jar; Debian's package when root
    scripts/engine start oxigraph|fuseki|virtuoso     # prints the PHANCONG_* variables to export
    scripts/engine url NAME                           # the same lines, for a running engine
    scripts/engine stop NAME                          # stops it and removes its temporary database

``start`` leaves the engine running in the background; its state (pid, ports, database folder) is in
``$PHANCONG_ENGINE_STATE`` (default ``/tmp/phancong-engines``)``/NAME.json``.

The tests (tests/remote_fixtures.py) use the same classes: :func:`engine` builds one, ``start()`` starts it,
``stop()`` stops it. :func:`unavailable` says in one line why an engine cannot run here (None when it can).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

FUSEKI_VERSION = "5.6.0"  # the last jena-fuseki-server for Java 17 (6.x needs Java 21)
FUSEKI_JAR_URL = "https://repo1.maven.org/maven2/org/apache/jena/jena-fuseki-server/{v}/jena-fuseki-server-{v}.jar"
FUSEKI_DATASET = "phancong"
VIRTUOSO_PACKAGE = "virtuoso-opensource"
NAMES = ("oxigraph", "fuseki", "virtuoso")


def cache_dir() -> Path:
    default = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "phancong" / "engines"
    return Path(os.environ.get("PHANCONG_ENGINE_CACHE") or default)


def state_dir() -> Path:
    return Path(os.environ.get("PHANCONG_ENGINE_STATE") or Path(tempfile.gettempdir()) / "phancong-engines")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class EngineUnavailable(RuntimeError):
    """The engine cannot be installed or run on this machine (the message says why and how)."""


# ---------------------------------------------------------------------------- finding the programs
def oxigraph_executable() -> str:
    """The ``oxigraph`` command installed next to this Python (the test extra), else on PATH."""
    here = Path(sys.executable).parent / "oxigraph"
    if here.exists():
        return str(here)
    found = shutil.which("oxigraph")
    if found is None:
        raise EngineUnavailable(
            "the Oxigraph server is not installed: `pip install -e '.[test]'` brings it (PyPI package oxigraph)"
        )
    return found


def fuseki_jar(download: bool = True) -> Path:
    """The Fuseki server jar in the cache folder, downloaded from Maven Central (SHA-1 checked) if missing."""
    jar = cache_dir() / f"jena-fuseki-server-{FUSEKI_VERSION}.jar"
    if jar.exists():
        return jar
    if not download:
        raise EngineUnavailable(
            f"Apache Jena Fuseki is not in {cache_dir()}: `scripts/engine install fuseki` "
            f"downloads it from Maven Central"
        )
    url = FUSEKI_JAR_URL.format(v=FUSEKI_VERSION)
    try:
        with urllib.request.urlopen(url + ".sha1", timeout=30) as r:
            want = r.read().decode("ascii", "replace").split()[0].strip().lower()
        jar.parent.mkdir(parents=True, exist_ok=True)
        part = jar.with_suffix(".jar.part")
        digest = hashlib.sha1()
        with urllib.request.urlopen(url, timeout=120) as r, open(part, "wb") as out:
            while chunk := r.read(1 << 20):
                digest.update(chunk)
                out.write(chunk)
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        reason = getattr(exc, "reason", exc)
        raise EngineUnavailable(
            f"Apache Jena Fuseki {FUSEKI_VERSION} could not be downloaded from Maven Central ({url}: {reason})"
        ) from None
    if digest.hexdigest() != want:
        part.unlink(missing_ok=True)
        raise EngineUnavailable(
            f"the Fuseki jar from {url} does not match its SHA-1 ({digest.hexdigest()} != {want}); not used"
        )
    part.replace(jar)
    return jar


def java_executable() -> str:
    java = shutil.which("java")
    if java is None:
        raise EngineUnavailable(
            "Apache Jena Fuseki needs Java 17: no `java` on PATH (Debian's "
            "default-jre-headless; scripts/test installs it when run as root)"
        )
    return java


def virtuoso_executable() -> str:
    found = shutil.which("virtuoso-t")
    if found is None:
        raise EngineUnavailable(
            f"Virtuoso is not installed: Debian's {VIRTUOSO_PACKAGE} brings `virtuoso-t` "
            f"(scripts/test installs it when run as root)"
        )
    return found


def install(name: str) -> None:
    """Install what ``name`` needs and is missing (Debian's package only when root); EngineUnavailable if it cannot."""
    if name == "oxigraph":
        oxigraph_executable()
    elif name == "fuseki":
        java_executable()
        fuseki_jar(download=True)
    elif name == "virtuoso":
        if shutil.which("virtuoso-t") is None and os.geteuid() == 0 and shutil.which("apt-get"):
            env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
            for cmd in (
                ["apt-get", "update", "-qq"],
                ["apt-get", "install", "-y", "-qq", "--no-install-recommends", VIRTUOSO_PACKAGE],
            ):
                subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        virtuoso_executable()
    else:
        raise EngineUnavailable(f"unknown engine {name!r}: one of {', '.join(NAMES)}")


def unavailable(name: str) -> str | None:
    """Why engine ``name`` cannot run here (None when it can), without installing anything."""
    try:
        if name == "oxigraph":
            oxigraph_executable()
        elif name == "fuseki":
            java_executable()
            fuseki_jar(download=False)
        elif name == "virtuoso":
            virtuoso_executable()
    except EngineUnavailable as exc:
        return str(exc)
    return None


# ---------------------------------------------------------------------------- the engines
class Engine:
    """One engine process in its own process group, on 127.0.0.1:``port``, its database in ``location``."""

    name = "engine"
    query_path = update_path = gsp_path = ""

    def __init__(self, location: Path | str | None = None, *, keep: bool = False):
        self.temporary = location is None and not keep
        self.location = Path(location) if location else Path(tempfile.mkdtemp(prefix=f"phancong-{self.name}-"))
        self.proc: subprocess.Popen | None = None
        self.pid: int | None = None
        self.port: int | None = None
        self.log_path = self.location.parent / f"{self.location.name}.log"

    # the URLs
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def query_url(self) -> str:
        return self.url + self.query_path

    @property
    def update_url(self) -> str:
        return self.url + self.update_path

    @property
    def store_url(self) -> str:
        return self.url + self.gsp_path

    def endpoints(self) -> dict[str, str]:
        """Keyword arguments for RemoteStore / KnowledgeGraph.open."""
        return {"endpoint": self.query_url, "update_endpoint": self.update_url, "gsp_endpoint": self.store_url}

    def cli_args(self) -> list[str]:
        return ["--endpoint", self.query_url, "--update-endpoint", self.update_url, "--gsp-endpoint", self.store_url]

    def environment(self) -> dict[str, str]:
        return {
            "PHANCONG_ENDPOINT": self.query_url,
            "PHANCONG_UPDATE_ENDPOINT": self.update_url,
            "PHANCONG_GSP_ENDPOINT": self.store_url,
        }

    # running
    def command(self) -> list[str]:
        raise NotImplementedError

    def prepare(self) -> None:
        """Before each start: write the configuration (the port is chosen)."""

    def after_start(self) -> None:
        """After the engine answers: settings that need a running engine."""

    def start(self, attempts: int = 3, seconds: float = 120.0) -> Engine:
        self.location.mkdir(parents=True, exist_ok=True)
        for _ in range(attempts):  # a free port can be taken between choosing it and binding it
            self.port = free_port()
            self.prepare()
            with open(self.log_path, "ab") as log:
                self.proc = subprocess.Popen(
                    self.command(),
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL,
                    start_new_session=True,
                    cwd=self.location,
                )
            self.pid = self.proc.pid
            if self._wait_ready(seconds):
                try:
                    self.after_start()
                except BaseException:
                    self.stop()
                    raise
                return self
            self.stop(remove=False)
        raise RuntimeError(f"{self.name} did not start; the end of its log {self.log_path}: {self.log_tail()}")

    def _alive(self) -> bool:
        if self.proc is not None:
            return self.proc.poll() is None
        if self.pid is None:
            return False
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        return True

    def ready(self) -> bool:
        """Whether the query endpoint answers ASK {}."""
        try:
            q = urllib.parse.urlencode({"query": "ASK {}"})
            req = urllib.request.Request(f"{self.query_url}?{q}", headers={"Accept": "application/sparql-results+json"})
            with urllib.request.urlopen(req, timeout=2) as r:
                return r.status == 200
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            return False

    def _wait_ready(self, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if not self._alive():
                return False
            if self.ready():
                return True
            time.sleep(0.1)
        return False

    def log_tail(self, n: int = 2000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-n:]
        except OSError:
            return "(no log)"

    def kill(self) -> None:
        """SIGKILL the engine's process group (a crash, as far as clients can tell)."""
        if self._alive():
            os.killpg(self.pid, signal.SIGKILL)
            if self.proc is not None:
                self.proc.wait(timeout=10)

    def stop(self, remove: bool = True) -> None:
        """Stop the engine (SIGTERM, SIGKILL after 20 s); a temporary database is removed."""
        if self._alive():
            try:
                os.killpg(self.pid, signal.SIGTERM)
                if self.proc is not None:
                    self.proc.wait(timeout=20)
                else:
                    deadline = time.monotonic() + 20
                    while self._alive() and time.monotonic() < deadline:
                        time.sleep(0.1)
                    if self._alive():
                        raise subprocess.TimeoutExpired("engine", 20)
            except subprocess.TimeoutExpired:
                self.kill()
            except ProcessLookupError:
                pass
        if remove and self.temporary:
            shutil.rmtree(self.location, ignore_errors=True)
            self.log_path.unlink(missing_ok=True)

    # the state file of `scripts/engine`
    def state(self) -> dict:
        return {
            "name": self.name,
            "pid": self.pid,
            "port": self.port,
            "location": str(self.location),
            "temporary": self.temporary,
            "log": str(self.log_path),
            **self.extra_state(),
        }

    def extra_state(self) -> dict:
        return {}

    @classmethod
    def from_state(cls, state: dict) -> Engine:
        e = cls(state["location"])
        e.temporary, e.pid, e.port = state["temporary"], state["pid"], state["port"]
        e.log_path = Path(state["log"])
        e.load_extra_state(state)
        return e

    def load_extra_state(self, state: dict) -> None:
        pass


class Oxigraph(Engine):
    """``oxigraph serve --location DIR --bind 127.0.0.1:PORT [--union-default-graph]``."""

    name = "oxigraph"
    query_path, update_path, gsp_path = "/query", "/update", "/store"

    def __init__(self, location: Path | str | None = None, *, union: bool = False, keep: bool = False):
        super().__init__(location, keep=keep)
        self.union = union

    def command(self) -> list[str]:
        return [
            oxigraph_executable(),
            "serve",
            "--location",
            str(self.location),
            "--bind",
            f"127.0.0.1:{self.port}",
        ] + (["--union-default-graph"] if self.union else [])


class Fuseki(Engine):
    """``java -jar jena-fuseki-server.jar --localhost --port PORT --update --tdb2 --loc DIR /phancong``:
    query ``/phancong/query``, update ``/phancong/update``, graph store ``/phancong/data``. The dataset's
    default graph is its own (not the union): phancong reads its merged graph."""

    name = "fuseki"
    query_path = f"/{FUSEKI_DATASET}/query"
    update_path = f"/{FUSEKI_DATASET}/update"
    gsp_path = f"/{FUSEKI_DATASET}/data"
    heap = os.environ.get("PHANCONG_FUSEKI_HEAP", "1g")

    def command(self) -> list[str]:
        db = self.location / "tdb2"
        return [
            java_executable(),
            f"-Xmx{self.heap}",
            "-jar",
            str(fuseki_jar(download=False)),
            "--localhost",
            "--port",
            str(self.port),
            "--update",
            "--tdb2",
            "--loc",
            str(db),
            f"/{FUSEKI_DATASET}",
        ]


VIRTUOSO_INI = """\
[Database]
DatabaseFile       = {dir}/virtuoso.db
ErrorLogFile       = {dir}/virtuoso.log
LockFile           = {dir}/virtuoso.lck
TransactionFile    = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {dir}/virtuoso-temp.db
TransactionFile    = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort               = 127.0.0.1:{sql_port}
DisableUnixSocket        = 1
DisableTcpSocket         = 0
MaxClientConnections     = 20
CheckpointInterval       = 60
CaseMode                 = 2
DirsAllowed              = ., {dir}, /usr/share/virtuoso-opensource-7/vad
NumberOfBuffers          = {buffers}
MaxDirtyBuffers          = {dirty}
MaxQueryMem              = 1G
VADInstallDir            = /usr/share/virtuoso-opensource-7/vad/

[HTTPServer]
ServerPort               = 127.0.0.1:{port}
ServerRoot               = {dir}/vsp
MaxClientConnections     = 20
ServerThreads            = 20
EnabledDavVSP            = 0
HTTPProxyEnabled         = 0
Charset                  = UTF-8
EnabledGzipContent       = 0

[Client]
SQL_PREFETCH_ROWS  = 100
SQL_PREFETCH_BYTES = 16000
SQL_QUERY_TIMEOUT  = 0
SQL_TXN_TIMEOUT    = 0

[SPARQL]
ResultSetMaxRows           = 10000000
MaxConstructTriples        = 10000000
MaxSortedTopRows           = 10000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime      = 0
"""

# run by isql once the server answers: the SPARQL user (the anonymous endpoint) may update; graph-level
# permissions of anonymous users: read and write (7), so that /sparql-graph-crud takes PUT and DELETE
VIRTUOSO_SETUP = """\
grant SPARQL_UPDATE to "SPARQL";
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);
checkpoint;
"""


class Virtuoso(Engine):
    """``virtuoso-t +foreground +configfile DIR/virtuoso.ini``: query and update ``/sparql``, graph store
    ``/sparql-graph-crud``; HTTP and SQL ports on 127.0.0.1 only; the default ``dba`` password, for the
    temporary database of a test (never expose it)."""

    name = "virtuoso"
    query_path = update_path = "/sparql"
    gsp_path = "/sparql-graph-crud"
    buffers = int(os.environ.get("PHANCONG_VIRTUOSO_BUFFERS", "170000"))  # 8 kB pages: about 1.3 GB

    def __init__(self, location: Path | str | None = None, *, keep: bool = False):
        super().__init__(location, keep=keep)
        self.sql_port: int | None = None

    def prepare(self) -> None:
        self.sql_port = free_port()
        (self.location / "vsp").mkdir(exist_ok=True)
        (self.location / "virtuoso.ini").write_text(
            VIRTUOSO_INI.format(
                dir=self.location,
                port=self.port,
                sql_port=self.sql_port,
                buffers=self.buffers,
                dirty=self.buffers * 3 // 4,
            ),
            encoding="utf-8",
        )

    def command(self) -> list[str]:
        return [virtuoso_executable(), "+foreground", "+configfile", str(self.location / "virtuoso.ini")]

    def isql(self, sql: str) -> str:
        isql = shutil.which("isql-vt") or shutil.which("isql")
        if isql is None:
            raise EngineUnavailable("Virtuoso's isql-vt is missing (Debian's virtuoso-opensource brings it)")
        done = subprocess.run(
            [
                isql,
                f"127.0.0.1:{self.sql_port}",
                "dba",
                "dba",
                "VERBOSE=OFF",
                "BANNER=OFF",
                "PROMPT=OFF",
                "ECHO=OFF",
                "ERRORS=STDOUT",
            ],
            input=sql,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if done.returncode != 0 or "*** Error" in done.stdout:
            raise RuntimeError(f"Virtuoso isql failed: {done.stdout.strip()} {done.stderr.strip()}")
        return done.stdout

    def after_start(self) -> None:
        self.isql(VIRTUOSO_SETUP)

    def extra_state(self) -> dict:
        return {"sql_port": self.sql_port}

    def load_extra_state(self, state: dict) -> None:
        self.sql_port = state.get("sql_port")


ENGINES: dict[str, type[Engine]] = {"oxigraph": Oxigraph, "fuseki": Fuseki, "virtuoso": Virtuoso}


def engine(name: str, location: Path | str | None = None) -> Engine:
    if name not in ENGINES:
        raise EngineUnavailable(f"unknown engine {name!r}: one of {', '.join(NAMES)}")
    return ENGINES[name](location)


# ---------------------------------------------------------------------------- the command line
def _state_file(name: str) -> Path:
    return state_dir() / f"{name}.json"


def _print_environment(e: Engine) -> None:
    for k, v in e.environment().items():
        print(f"export {k}={v}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="scripts/engine", description=__doc__.split("\n\n")[0])
    p.add_argument("action", choices=["install", "start", "stop", "url", "status"])
    p.add_argument("name", choices=NAMES)
    p.add_argument("--location", help="the database folder (default: a temporary one, removed by stop)")
    args = p.parse_args(argv)
    state = _state_file(args.name)
    running = None
    if state.exists():
        running = ENGINES[args.name].from_state(json.loads(state.read_text(encoding="utf-8")))
        if not running._alive():
            state.unlink()
            running = None
    try:
        if args.action == "install":
            install(args.name)
            print(f"{args.name}: installed")
        elif args.action == "start":
            if running is not None:
                print(
                    f"error: {args.name} already runs on {running.url} (scripts/engine stop {args.name})",
                    file=sys.stderr,
                )
                return 1
            install(args.name)
            e = engine(args.name, args.location)
            e.start()
            state.parent.mkdir(parents=True, exist_ok=True)
            state.write_text(json.dumps(e.state()), encoding="utf-8")
            print(f"# {args.name} on {e.url}, database {e.location}, log {e.log_path}", file=sys.stderr)
            _print_environment(e)
        elif args.action in ("url", "status"):
            if running is None:
                print(f"error: {args.name} is not running (scripts/engine start {args.name})", file=sys.stderr)
                return 1
            _print_environment(running)
        elif args.action == "stop":
            if running is None:
                print(f"{args.name}: not running", file=sys.stderr)
                return 0
            running.stop()
            state.unlink(missing_ok=True)
            print(f"{args.name}: stopped", file=sys.stderr)
    except EngineUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
