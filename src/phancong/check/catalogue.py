"""Expected results of the query catalogue: queries/NAME.rq is checked against
queries/NAME.expected.json, the rows it gives on the built seed corpus with its
``#+ defaults`` parameters.

Regenerate after an intended change (and review the diff)::

    python -m phancong.check.catalogue --store STORE --write
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..sparql.catalogue import QUERIES_DIR, Query, catalogue, run_query


def expected_path(q: Query) -> Path:
    assert q.path is not None
    return q.path.with_name(q.path.stem + ".expected.json")


def result_of(store, q: Query) -> list:
    rows = run_query(store, q, dict(q.defaults))
    if isinstance(rows, bool):
        return [{"ask": rows}]
    return [{k: (round(v, 6) if isinstance(v, float) else v) for k, v in r.items()} for r in rows]


def main(argv: list[str] | None = None) -> int:
    from ..store.embedded import EmbeddedStore

    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--store", required=True)
    p.add_argument("--write", action="store_true", help="write the expected files (else: compare)")
    args = p.parse_args(argv)
    store = EmbeddedStore(args.store, read_only=True)
    bad = 0
    for q in catalogue(include_checks=False):
        rows = result_of(store, q)
        path = expected_path(q)
        if args.write:
            path.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(f"wrote {path.relative_to(QUERIES_DIR.parent)} ({len(rows)} rows)")
        elif not path.exists() or json.loads(path.read_text(encoding="utf-8")) != rows:
            print(f"differs: {q.name}", file=sys.stderr)
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
