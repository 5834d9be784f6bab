"""A server beside repeated builds stays small (issue 18, item 6): each build it notices makes it open the
store again; what the old store held is given back, so its memory stays within 2x of a fresh start."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads memory from /proc (Linux)")


def _rss_mb(pid: int) -> float:
    return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_a_server_beside_three_incremental_builds_stays_within_twice_its_fresh_memory(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for i in range(8):  # 40 sources of seed size
        for f in (ROOT / "corpus").glob("*.txt"):
            shutil.copy(f, src / f"c{i}_{f.name}")
    cli = [sys.executable, "-m", "phancong.cli"]
    store = tmp_path / "store"
    subprocess.run([*cli, "build", str(src), "--store", str(store), "--quiet"], check=True, capture_output=True)
    port = _free_port()
    server = subprocess.Popen(
        [*cli, "serve", "--store", str(store), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            if _get_ok(base):
                break
            time.sleep(0.2)
        assert _get(f"{base}/api/owner?q=tong+hop+bao+cao") == 200
        fresh = _rss_mb(server.pid)
        for round_ in range(3):
            for f in src.glob("*.txt"):  # every source changed: an incremental build replaces each one
                f.write_text(f.read_text(encoding="utf-8") + f"\nLần {round_}.\n", encoding="utf-8")
            build = subprocess.Popen(
                [*cli, "build", str(src), "--store", str(store), "--quiet"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            while build.poll() is None:  # the server answers while the build runs, and notices each change
                _get(f"{base}/api/owner?q=ket+nap+dang+vien+{time.monotonic_ns()}")
                time.sleep(0.2)
            assert build.returncode == 0
        time.sleep(3)  # the old store is let go once a query on it would have timed out
        _get(f"{base}/api/owner?q=tong+hop")
        after = _rss_mb(server.pid)
        assert after <= 2 * fresh, f"{fresh:.0f} MB fresh, {after:.0f} MB after three builds beside it"
    finally:
        server.terminate()
        server.wait(timeout=30)


def _get_ok(base: str) -> bool:
    try:
        return _get(f"{base}/") == 200
    except OSError:
        return False
