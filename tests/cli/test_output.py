"""Issue 14, "one output convention": every command that prints rows takes --format table|csv|json; CSV parses
with the csv module and JSON with json; keys are snake_case, the catalogue's too."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from phancong.cli import main, make_parser
from phancong.sparql.catalogue import snake_case

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

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


SNAKE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")


def test_snake_case_names_the_variables_as_every_other_answer_does():
    assert [snake_case(n) for n in ("taskLabel", "province2025Label", "periodStart", "asOf", "task", "from")] == [
        "task_label",
        "province_2025_label",
        "period_start",
        "as_of",
        "task",
        "from",
    ]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_the_catalogue_answers_in_snake_case_keys_on_the_cli(fmt, seed_store_path, capsys):
    """Does `phancong query owner-of-task --format json` say task_label, as `phancong owner` does?"""
    for name in ("owner-of-task", "compare-indicator", "tasks-of-body", "declared-vs-found"):
        params = {
            "owner-of-task": ["-p", "task=ket nap dang vien"],
            "tasks-of-body": ["-p", "body=Ban Tổ chức"],
            "compare-indicator": ["-p", "indicator=party-members-admitted"],
        }.get(name, [])
        assert main(["query", name, *params, "--store", str(seed_store_path), "--format", fmt]) == 0
        out = capsys.readouterr().out
        keys = next(csv.reader(io.StringIO(out))) if fmt == "csv" else list(json.loads(out)[0])
        assert keys and all(SNAKE.match(k) for k in keys), (name, keys)


def test_the_catalogue_answers_in_snake_case_keys_from_python(kg):
    rows = kg.sparql("compare-indicator", indicator="party-members-admitted")
    assert {"province_label", "province_2025_label", "document_label", "period_start", "as_of"} <= set(rows[0])
    rows, _ = kg.run_catalogue("owner-of-task", {"task": "ket nap dang vien"})
    assert all(SNAKE.match(k) for r in rows for k in r)


@pytest.mark.parametrize("command", sorted(ROW_COMMANDS))
def test_every_table_fits_in_120_columns(command, seed_store_path, capsys):
    """Does `phancong <command>` print a table I can read in a 120-column terminal, without lines that wrap?"""
    argv = [command, *(a.replace("{store}", str(seed_store_path)) for a in ROW_COMMANDS[command])]
    main(argv)
    out = capsys.readouterr().out
    wide = [line for line in out.splitlines() if len(line) > 120]
    assert not wide, f"{len(wide)} lines over 120 columns, the first: {wide[0]!r}"


def test_a_table_writes_numbers_as_the_documents_do_and_json_keeps_them_raw(seed_store_path, capsys):
    """Quảng Ninh's target to admit at least 1.800 party members a year: the table says 1.800 (the Vietnamese
    thousands separator, no "1800.0"), and the JSON gives the number 1800 and the unit's slug."""
    store = str(seed_store_path)
    assert main(["progress", "--province", "Quảng Ninh", "--store", store]) == 0
    table = capsys.readouterr().out
    assert "≥ 1.800 đảng viên" in table
    assert "1800" not in table and not re.search(r"(?<![\w-])party-member(?![\w-])", table)
    assert main(["progress", "--province", "Quảng Ninh", "--store", store, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    admitted = [r for r in rows if r["value"] == 1800]
    assert admitted and admitted[0]["unit"] == "party-member" and admitted[0]["comparator"] == "at-least"


def test_compare_table_writes_values_in_vietnamese_style(seed_store_path, capsys):
    """In the compare table the value column reads '≥ 1.800 đảng viên', not 'at-least', '1800' and 'party-member'
    in three columns."""
    assert main(["compare", "party-members-admitted", "--all", "--store", str(seed_store_path)]) == 0
    table = capsys.readouterr().out
    assert "≥ 1.800 đảng viên" in table
    assert "at-least" not in table
