"""Issue 14, "one output convention": every command that prints rows takes --format table|csv|json; CSV parses
with the csv module and JSON with json."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from phancong.cli import main, make_parser

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# the commands that print rows, with arguments that give some on the seed store ({store}: its path)
ROW_COMMANDS = {
    "extract": [str(CORPUS / "003_09ee745815d12435.txt")],
    "query": ["tasks-without-lead", "--store", "{store}"],
    "owner": ["ket nap dang vien", "--limit", "2", "--store", "{store}"],
    "chain": ["ket nap dang vien", "--store", "{store}"],
    "compare": ["party-members-admitted", "--store", "{store}"],
    "progress": ["--store", "{store}"],
    "indicators": ["--store", "{store}"],
    "check": ["--no-reasoner", "--no-shacl", "--store", "{store}"],
    "stats": ["--top", "3", "--store", "{store}"],
}


def _format_choices(command: str) -> tuple[str, ...]:
    sub = next(a for a in make_parser()._actions if a.dest == "command").choices[command]
    return tuple(next(a for a in sub._actions if a.dest == "format").choices)


@pytest.mark.parametrize("command", sorted(ROW_COMMANDS))
def test_every_command_that_prints_rows_takes_table_csv_and_json(command):
    """Can I have the rows of `phancong <command>` as a table, as CSV and as JSON?"""
    assert _format_choices(command) == ("table", "csv", "json")


@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
@pytest.mark.parametrize("command", sorted(ROW_COMMANDS))
def test_the_csv_parses_as_csv_and_the_json_as_json(command, fmt, seed_store_path, capsys):
    argv = [command, *(a.replace("{store}", str(seed_store_path)) for a in ROW_COMMANDS[command]), "--format", fmt]
    assert main(argv) in (0, 1) if command == "check" else main(argv) == 0
    out = capsys.readouterr().out
    assert out.strip()
    if fmt == "json":
        json.loads(out)
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows, out
        header = next(csv.reader(io.StringIO(out)))
        assert all(name and name == name.strip() for name in header), header
        assert all(None not in r for r in rows), "a row has more fields than the header"
