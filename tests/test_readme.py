"""Every example in the README runs (against a copy of the built seed store)."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = [
    ln[2:].strip()
    for block in re.findall(r"```console\n(.*?)```", README, re.S)
    for ln in block.splitlines()
    if ln.startswith("$ ")
]
PYTHON = re.findall(r"```python\n(.*?)```", README, re.S)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory, seed_store_path):
    d = tmp_path_factory.mktemp("readme")
    shutil.copytree(seed_store_path, d / "store")
    (d / "corpus").symlink_to(ROOT / "corpus")
    return d


def test_the_readme_has_the_two_setup_commands():
    setup = re.search(r"## Set-up: two commands\n.*?```console\n(.*?)```", README, re.S).group(1).split()
    assert setup == ["scripts/demo", "scripts/test"]
    for script in setup:
        assert os.access(ROOT / script, os.X_OK)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_readme_command_runs(workdir, command):
    args = shlex.split(command)
    assert args[0] == "phancong"
    args = [("tests/gold" if a == "tests/gold" else a) for a in args]
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    extra = ["--gold", str(ROOT / "tests/gold")] if args[1] == "eval" else []
    r = subprocess.run(
        [sys.executable, "-m", "phancong.cli", *args[1:], *extra],
        cwd=workdir,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() or r.stderr.strip()


def test_the_readme_owner_example_answers_as_it_says(workdir):
    r = subprocess.run(
        [sys.executable, "-m", "phancong.cli", "owner", "tong hop bao cao", "--limit", "1"],
        cwd=workdir,
        capture_output=True,
        text=True,
    )
    assert "Ban Tổ chức Tỉnh ủy Tuyên Quang" in r.stdout and "chủ trì" in r.stdout and "03-ĐA/TU" in r.stdout


@pytest.mark.parametrize("code", PYTHON)
def test_every_readme_python_example_runs(workdir, code, monkeypatch, capsys):
    monkeypatch.chdir(workdir)
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "Ban Tổ chức Tỉnh ủy Tuyên Quang lead" in out
