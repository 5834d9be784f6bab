"""The project's own dev set, kept without third-party text: pack, unpack, list the URLs read.

Run from the project root (the texts stay outside the repository):

    .venv/bin/python tools/devset.py pack SRC_DIR [--also-read FILE ...]
    .venv/bin/python tools/devset.py unpack TEXT_DIR OUT_DIR
    .venv/bin/python tools/devset.py urls [--with-query]

``pack`` reads SRC_DIR/docs/ID.txt and SRC_DIR/gold/ID.json (the dev set's shape, evidence as
strings: ../shared/devset/CONVENTIONS.md) and writes devset/gold/ID.json with every evidence (and
every longer verbatim quote) replaced by character offsets ``{"start": S, "end": E}`` into the text;
it merges the entries of SRC_DIR/manifest-*.json into devset/manifest.json with each text's sha256,
and adds to its ``also_read`` list the URLs of SRC_DIR/read_urls.txt and of every --also-read file
(a manifest with items, or one URL a line). Nothing is written when an evidence string is not in its
text: the error names the item and the string.

``unpack`` rebuilds gold with evidence strings from the offsets: TEXT_DIR holds the recovered texts
(TEXT_DIR/docs/ID.txt or TEXT_DIR/ID.txt; devset/README.md says how to recover them); it checks each
text's sha256 against the manifest and writes OUT_DIR/docs/ID.txt and OUT_DIR/gold/ID.json, the
folder shape that ../shared/devset/score.py and ``phancong eval --devset`` read. OUT_DIR must be
outside the repository.

``urls`` prints every URL read for development: the items', then ``also_read``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
try:
    from phancong.check.devset import QuoteError, read_text, resolve_quotes, sha256_text, to_offsets
except ImportError:  # run with a Python that does not have phancong installed
    sys.path.insert(0, str(ROOT / "src"))
    from phancong.check.devset import QuoteError, read_text, resolve_quotes, sha256_text, to_offsets

ABOUT = (
    "The project's own dev set: per item the URL and the search query that finds the text, and "
    "gold/ID.json in the dev set's shape (../shared/devset/CONVENTIONS.md) with evidence as offsets "
    "into the text. The texts are third-party and stay outside git: devset/README.md."
)
OFFSETS = (
    "character offsets [start, end) in code points into docs/ID.txt as saved (the search result's "
    "excerpt verbatim), decoded as UTF-8 without newline translation or normalisation"
)
ITEM_FIELDS = ("id", "url", "query", "province", "post_2025", "retrieved", "description")
# other spellings of the fields in the helpers' manifests
ALIASES = {
    "retrieved_date": "retrieved",
    "retrieved_on": "retrieved",
    "date_retrieved": "retrieved",
    "post2025": "post_2025",
    "after_2025": "post_2025",
}
# never kept in the manifest: text of the page, and the layout (fixed: docs/ID.txt, gold/ID.json)
DROP = {"excerpt", "text", "raw", "content", "doc", "gold", "title_text"}


class DevsetError(Exception):
    pass


def _load_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise DevsetError(f"{path}: not JSON: {exc}") from None


def _dump(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _items_of(data) -> list[dict]:
    """The item entries of a manifest: a list, or an object with ``items``."""
    items = data.get("items") if isinstance(data, dict) else data
    return [it for it in items or [] if isinstance(it, dict)]


def _clean_item(entry: dict) -> dict:
    out = {}
    for k, v in entry.items():
        k = ALIASES.get(k, k)
        if k not in DROP and k not in out:
            out[k] = v
    ordered = {k: out.get(k) for k in ITEM_FIELDS}
    ordered.update({k: v for k, v in out.items() if k not in ordered})
    return ordered


def _read_also(path: Path, note: str | None = None, items_are_own: bool = False) -> list[dict]:
    """URLs read for development from a manifest (items with url and query, and an ``also_read``
    list of URLs or of {url, query}) or a list of URLs, one a line. ``items_are_own``: the
    manifest's items are the dev set's own (SRC_DIR/manifest-*.json), only its also_read counts."""
    if path.suffix == ".json":
        data = _load_json(path)
        label = note or path.name
        out = [
            {"url": it["url"], "query": it.get("query"), "note": f"{label} {it.get('id') or ''}".strip()}
            for it in _items_of(data)
            if it.get("url") and not items_are_own
        ]
        if isinstance(data, dict):
            out += [
                {"url": u, "query": None, "note": label}
                if isinstance(u, str)
                else {"url": u.get("url"), "query": u.get("query"), "note": u.get("note") or label}
                for u in data.get("also_read") or []
            ]
        return [u for u in out if u.get("url")]
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    return [
        {"url": ln, "query": None, "note": note or f"read for development ({path.name})"}
        for ln in lines
        if ln and not ln.startswith("#")
    ]


# ---- pack ---------------------------------------------------------------------------------


def pack(src: Path, out: Path, also: list[Path] = (), notes: dict[Path, str] | None = None) -> str:
    """Write out/gold/ID.json (offsets) and merge out/manifest.json; returns a summary line."""
    src = Path(src)
    gold_files = sorted((src / "gold").glob("*.json"))
    if not gold_files:
        raise DevsetError(f"no gold file (*.json) in {src / 'gold'}")
    entries: dict[str, dict] = {}
    manifests = sorted(src.glob("manifest-*.json"))
    for m in manifests:
        for it in _items_of(_load_json(m)):
            if it.get("id"):
                entries[str(it["id"])] = {**entries.get(str(it["id"]), {}), **it}
    errors: list[str] = []
    packed: dict[str, dict] = {}
    items: dict[str, dict] = {}
    for g in gold_files:
        item = g.stem
        doc = src / "docs" / f"{item}.txt"
        if not doc.is_file():
            errors.append(f"{item}: no text {doc}")
            continue
        gold = _load_json(g)
        try:
            packed[item] = to_offsets(gold, read_text(doc), item)
        except QuoteError as exc:
            errors.append(str(exc))
            continue
        entry = dict(entries.get(item) or {})
        for k in ("url", "query", "province", "post_2025", "retrieved"):  # the gold may repeat these at its top
            if not entry.get(k) and gold.get(k):
                entry[k] = gold[k]
        entry["id"] = item
        if not entry.get("url") or not entry.get("query"):
            errors.append(
                f"{item}: no url or query (in {src}/manifest-*.json or the gold): the text could not be recovered"
            )
            continue
        text = read_text(doc)
        entry.update(sha256=sha256_text(doc), chars=len(text))
        items[item] = _clean_item(entry)
    if errors:
        raise DevsetError("nothing written:\n  " + "\n  ".join(errors))

    manifest_path = out / "manifest.json"
    manifest = _load_json(manifest_path) if manifest_path.is_file() else {}
    merged = {it["id"]: it for it in _items_of(manifest) if it.get("id")}
    merged.update(items)
    also_read: dict[str, dict] = {}
    for u in manifest.get("also_read") or [] if isinstance(manifest, dict) else []:
        also_read.setdefault(u["url"], u)
    sources = list(also)
    sources += [m for m in manifests if isinstance(_load_json(m), dict) and _load_json(m).get("also_read")]
    if (src / "read_urls.txt").is_file():
        sources.append(src / "read_urls.txt")
    for e in entries.values():  # manifest entries without gold were read too
        if e.get("url") and str(e.get("id")) not in items:
            also_read.setdefault(
                e["url"], {"url": e["url"], "query": e.get("query"), "note": f"read, no gold ({e['id']})"}
            )
    for path in sources:
        own = Path(path) in manifests
        note = (notes or {}).get(Path(path)) or (f"read for development ({Path(path).name})" if own else None)
        for u in _read_also(Path(path), note, items_are_own=own):
            prev = also_read.get(u["url"])
            if prev is None:
                also_read[u["url"]] = u
            elif not prev.get("query") and u.get("query"):
                prev["query"] = u["query"]
    item_urls = {it.get("url") for it in merged.values()}
    manifest = {
        "about": ABOUT,
        "offsets": OFFSETS,
        "items": [merged[k] for k in sorted(merged)],
        "also_read": sorted((u for u in also_read.values() if u["url"] not in item_urls), key=lambda u: u["url"]),
    }
    for item, data in packed.items():
        _dump(out / "gold" / f"{item}.json", data)
    _dump(manifest_path, manifest)
    return (
        f"packed {len(packed)} items into {out / 'gold'}; manifest {manifest_path}: "
        f"{len(manifest['items'])} items, {len(manifest['also_read'])} more URLs read"
    )


# ---- unpack -------------------------------------------------------------------------------


def _inside_repo(path: Path) -> bool:
    try:
        path.resolve().relative_to(ROOT.resolve())
        return True
    except ValueError:
        return False


def unpack(text_dir: Path, out: Path, devset: Path, skip_missing: bool = False) -> str:
    text_dir, out = Path(text_dir), Path(out)
    if _inside_repo(out):
        raise DevsetError(f"{out} is inside the repository: the texts are third-party, unpack them elsewhere")
    manifest = _load_json(devset / "manifest.json") if (devset / "manifest.json").is_file() else {}
    by_id = {it["id"]: it for it in _items_of(manifest) if it.get("id")}
    gold_files = sorted((devset / "gold").glob("*.json"))
    if not gold_files:
        raise DevsetError(f"no gold file (*.json) in {devset / 'gold'}")
    missing, differs, errors, done = [], [], [], []
    for g in gold_files:
        item = g.stem
        doc = next((p for p in (text_dir / "docs" / f"{item}.txt", text_dir / f"{item}.txt") if p.is_file()), None)
        if doc is None:
            missing.append(item)
            continue
        want = (by_id.get(item) or {}).get("sha256")
        if want and sha256_text(doc) != want:
            differs.append(
                f"{item}: {doc} differs from the text packed (sha256 {want[:12]}…, "
                f"found {sha256_text(doc)[:12]}…); recover it again (query: {by_id[item].get('query')!r})"
            )
            continue
        try:
            gold = resolve_quotes(_load_json(g), read_text(doc), item)
        except QuoteError as exc:
            errors.append(str(exc))
            continue
        target = out / "docs" / f"{item}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not (target.exists() and target.resolve() == doc.resolve()):
            shutil.copyfile(doc, target)
        _dump(out / "gold" / f"{item}.json", gold)
        done.append(item)
    problems = differs + errors
    if missing and not skip_missing:
        problems.append(
            f"texts missing in {text_dir} (docs/ID.txt or ID.txt): {', '.join(missing)} "
            "(--skip-missing to unpack the others)"
        )
    summary = f"unpacked {len(done)} items into {out} (docs/, gold/)"
    if missing and skip_missing:
        summary += f"; skipped, no text: {', '.join(missing)}"
    if problems:
        raise DevsetError(summary + "\n  " + "\n  ".join(problems))
    return summary


# ---- urls ---------------------------------------------------------------------------------


def urls(devset: Path, with_query: bool = False) -> list[str]:
    """Every URL read for development: the set's own items and also_read, and those of every set below it
    (devset/blind*/): a new blind set must avoid them all."""
    if not (devset / "manifest.json").is_file():
        raise DevsetError(f"no manifest {devset / 'manifest.json'}")
    seen, out = set(), []
    for path in [devset / "manifest.json", *sorted(devset.glob("*/manifest.json"))]:
        manifest = _load_json(path)
        for u in _items_of(manifest) + list(manifest.get("also_read") or []):
            url = u.get("url")
            if url and url not in seen:
                seen.add(url)
                out.append(f"{url}\t{u.get('query') or ''}" if with_query else url)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.splitlines()[0], epilog="devset/README.md says how to recover the texts and score them."
    )
    ap.add_argument("--devset", type=Path, default=ROOT / "devset", help="the dev-set folder (default devset/)")
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pack", help="texts + gold with evidence strings -> devset/gold with offsets, manifest")
    p.add_argument("src", type=Path, help="folder with docs/ID.txt, gold/ID.json, manifest-*.json")
    p.add_argument(
        "--also-read",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="more URLs read for development: a manifest (items with url, query) or one URL a line",
    )
    p.add_argument("--note", help="where the --also-read URLs come from, kept beside each (default: the file name)")
    u = sub.add_parser("unpack", help="devset/gold with offsets + recovered texts -> a folder score.py reads")
    u.add_argument("text_dir", type=Path, help="recovered texts: TEXT_DIR/docs/ID.txt or TEXT_DIR/ID.txt")
    u.add_argument("out_dir", type=Path, help="writes OUT_DIR/docs/ID.txt and OUT_DIR/gold/ID.json")
    u.add_argument("--skip-missing", action="store_true", help="unpack the items whose text is there")
    w = sub.add_parser("urls", help="every URL read for development")
    w.add_argument("--with-query", action="store_true", help="URL, a tab, the query that finds it")
    args = ap.parse_args(argv)
    try:
        if args.cmd == "pack":
            print(pack(args.src, args.devset, args.also_read, {f: args.note for f in args.also_read if args.note}))
        elif args.cmd == "unpack":
            print(unpack(args.text_dir, args.out_dir, args.devset, args.skip_missing))
        else:
            print("\n".join(urls(args.devset, args.with_query)))
    except DevsetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
