"""A regular (non-editable) install: the wheel ``pip install .`` builds, installed into a fresh
virtual environment and run from a directory outside the repository, finds the ontology, the SHACL
shapes and the query catalogue in the installed package (phancong/_data, put there by setup.py).

The fresh environment gets phancong from the wheel only (``--no-deps``); its dependencies come from
the environment running the tests, through a .pth file, so nothing is downloaded. The wheel is built
without build isolation when setuptools>=68 is here (the test extra installs it), else pip fetches the
build requirements from PyPI."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OWNER = "Ban Tổ chức Tỉnh ủy Tuyên Quang"
TASK_28 = "https://w3id.org/phancong/id/task/001_71a5b6d91341e01c/28"  # "... tổng hợp báo cáo ..."
# what the wheel carries from the repository's folders (setup.py's PACKAGED_FOLDERS)
PACKAGED = {"ontology": ["*.ttl"], "queries": ["*.rq", "*.expected.json", "checks/*.rq", "web/*.rq", "internal/*.rq"]}
# generated or large folders at the repository root that a build does not read
NOT_COPIED = {
    ".git",
    ".venv",
    "build",
    "dist",
    "store",
    "out",
    "graph",
    "bench-work",
    "tests",
    "docs",
    "benchmarks",
    ".pytest_cache",
    ".hypothesis",
}

pytestmark = pytest.mark.slow


def _build_requirements_here() -> bool:
    """setuptools>=68 (with wheel when setuptools has no bdist_wheel of its own) in this interpreter."""
    try:
        import setuptools
    except ImportError:
        return False
    version = tuple(int(p) for p in setuptools.__version__.split(".")[:2] if p.isdigit())
    if version < (68, 0):
        return False
    if version >= (70, 1):
        return True
    try:
        import wheel  # noqa: F401
    except ImportError:
        return False
    return True


def _ignore(directory: str, names: list[str]) -> set[str]:
    skip = {n for n in names if n == "__pycache__" or n.endswith(".egg-info")}
    if Path(directory) == ROOT:
        skip |= NOT_COPIED & set(names)
    return skip


def _run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=300, **kw)
    assert res.returncode == 0, f"{cmd}\nstdout:\n{res.stdout}\nstderr:\n{res.stderr}"
    return res


class Installed:
    """The fresh environment with the wheel installed, a work directory outside the repository, and
    the store the seed corpus was built into from there."""

    def __init__(self, tmp: Path):
        self.tmp = tmp
        # build from a copy, so the build's build/ and *.egg-info stay out of the repository
        source = tmp / "source"
        shutil.copytree(ROOT, source, ignore=_ignore)
        dist = tmp / "dist"
        cmd = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check", "-q", "-w", str(dist)]
        if _build_requirements_here():
            cmd.append("--no-build-isolation")
        _run(cmd + [str(source)], cwd=tmp)
        (self.wheel,) = dist.glob("phancong-*.whl")

        venv = tmp / "venv"
        _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
        self.bin = venv / "bin"
        self.python = self.bin / "python"
        purelib = Path(
            _run([str(self.python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip()
        )
        # the dependencies: this environment's site-packages, after the fresh one's (a .pth line only adds
        # the folder to sys.path; the .pth files in it, such as the editable install's, are not read)
        deps = dict.fromkeys(sysconfig.get_paths()[k] for k in ("purelib", "platlib"))
        (purelib / "_phancong_test_deps.pth").write_text("".join(f"{d}\n" for d in deps), encoding="utf-8")
        _run(
            [
                sys.executable,
                "-m",
                "pip",
                "--python",
                str(self.python),
                "install",
                "--no-deps",
                "--no-index",
                "--disable-pip-version-check",
                "-q",
                str(self.wheel),
            ]
        )
        self.site = purelib

        self.env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PHANCONG_ONTOLOGY_DIR", "PHANCONG_QUERIES_DIR")
        }
        self.env["PATH"] = f"{self.bin}{os.pathsep}{os.environ.get('PATH', '')}"
        self.work = tmp / "work"
        self.work.mkdir()
        self.store = self.work / "S"

    def phancong(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        """The installed console script, run from the work directory (outside the repository)."""
        res = subprocess.run(
            [str(self.bin / "phancong"), *args],
            capture_output=True,
            text=True,
            env=self.env,
            cwd=self.work,
            timeout=120,
        )
        if check:
            assert res.returncode == 0, f"phancong {' '.join(args)}\nstdout:\n{res.stdout}\nstderr:\n{res.stderr}"
        return res


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Installed:
    tmp = tmp_path_factory.mktemp("wheel")
    assert not tmp.resolve().is_relative_to(ROOT)
    inst = Installed(tmp)
    inst.phancong("build", str(ROOT / "corpus"), "--store", str(inst.store), "--quiet")
    return inst


def test_the_wheel_carries_the_code_ontology_shapes_and_queries_and_no_benchmarks(installed):
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    code = {p.relative_to(ROOT / "src").as_posix() for p in (ROOT / "src" / "phancong").rglob("*.py")}
    assert code <= names, sorted(code - names)
    # the runtime package only: benchmarks/ and the synthetic corpus stay in the repository
    assert {n for n in names if n.endswith(".py")} == code
    assert not any(n.startswith("benchmarks/") for n in names)
    for folder, patterns in PACKAGED.items():
        files = {
            f"phancong/_data/{folder}/{p.relative_to(ROOT / folder).as_posix()}"
            for pattern in patterns
            for p in (ROOT / folder).glob(pattern)
        }
        assert files and files <= names, sorted(files - names)
    assert "phancong/_data/ontology/shapes.ttl" in names
    # the web's templates and static files, the vendored SPARQL editor and Swagger UI with their licences
    web = {
        p.relative_to(ROOT / "src").as_posix()
        for d in ("templates", "static")
        for p in (ROOT / "src" / "phancong" / "web" / d).rglob("*")
        if p.is_file()
    }
    assert "phancong/web/static/vendor/yasgui/yasgui.min.js" in web and web <= names, sorted(web - names)
    assert "phancong/_data/queries/checks/task-without-label-or-evidence-violation.rq" in names


def test_the_installed_phancong_reads_nothing_from_the_repository(installed):
    out = _run(
        [
            str(installed.python),
            "-c",
            """if True:
        import json, phancong, phancong.rdf.ontology as o, phancong.sparql.catalogue as q
        print(json.dumps({"file": phancong.__file__, "ontology": str(o.ONTOLOGY_DIR), "queries": str(q.QUERIES_DIR),
                          "catalogue": [x.name for x in q.catalogue()]}))
        """,
        ],
        env=installed.env,
        cwd=installed.work,
    ).stdout
    where = json.loads(out)
    for key in ("file", "ontology", "queries"):
        path = Path(where[key]).resolve()
        assert path.is_relative_to(installed.site.resolve()), (key, path)
        assert not path.is_relative_to(ROOT), (key, path)
    assert where["catalogue"] == (
        sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))
        + sorted(p.stem for p in (ROOT / "queries" / "checks").glob("*.rq"))
    )


def test_a_wheel_installed_outside_the_repository_builds_the_seed_corpus_and_answers_who_owns_tong_hop_bao_cao(
    installed,
):
    out = installed.phancong("owner", "tong hop bao cao", "--store", str(installed.store)).stdout
    assert "tổng hợp báo cáo" in out
    lead = next(line for line in out.splitlines() if "lead (chủ trì)" in line)
    assert OWNER in lead
    chain = installed.phancong("chain", "tong hop bao cao", "--store", str(installed.store)).stdout
    assert f"lead (chủ trì): {OWNER}" in chain
    assert "reports to (báo cáo): Ban Thường vụ Tỉnh ủy Tuyên Quang" in chain


def test_check_runs_the_shapes_and_the_integrity_queries_of_the_installed_package(installed):
    out = installed.phancong("check", "--store", str(installed.store)).stdout
    # the list of checks run, its lines (wrapped at 120 columns) joined
    ran = " ".join(out[out.index("checks run:") :].split("error(s)")[0].split())
    assert "SHACL shapes" in ran
    for rq in sorted((ROOT / "queries" / "checks").glob("*-violation.rq")):
        assert rq.stem in ran
    assert "0 error(s)" in out


def test_query_compare_and_view_find_the_catalogue_and_the_indicators(installed):
    rows = json.loads(
        installed.phancong(
            "query", "owner-of-task", "-p", f"task={TASK_28}", "--store", str(installed.store), "--format", "json"
        ).stdout
    )
    assert {(r["body_label"], r["role_label"]) for r in rows} >= {(OWNER, "chủ trì")}
    out = installed.phancong("compare", "party-members-rated-good", "--store", str(installed.store)).stdout
    assert "vocab/indicator/party-members-rated-good" in out and "Quảng Ninh" in out
    installed.phancong("view", "body", OWNER, "--html", "body.html", "--store", str(installed.store))
    assert OWNER in (installed.work / "body.html").read_text(encoding="utf-8")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_lists_the_query_catalogue_of_the_installed_package(installed):
    port = _free_port()
    proc = subprocess.Popen(
        [
            str(installed.bin / "phancong"),
            "serve",
            "--store",
            str(installed.store),
            "--port",
            str(port),
            "--workers",
            "1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=installed.env,
        cwd=installed.work,
    )
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: no proxy
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with opener.open(f"http://127.0.0.1:{port}/queries", timeout=10) as resp:
                    page = resp.read().decode("utf-8")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"phancong serve did not answer:\n{proc.communicate(timeout=10)[0]}") from None
                time.sleep(0.2)
        for rq in sorted((ROOT / "queries").glob("*.rq")):
            assert rq.stem in page
        with opener.open(f"http://127.0.0.1:{port}/api/owner?q=tong+hop+bao+cao", timeout=30) as resp:
            assert OWNER in resp.read().decode("utf-8")
        # an entity page: its queries are the installed package's queries/web/*.rq
        task_page = f"http://127.0.0.1:{port}/task?iri={urllib.parse.quote(TASK_28, safe='')}"
        with opener.open(task_page, timeout=30) as resp:
            assert "tổng hợp báo cáo" in resp.read().decode("utf-8")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)
