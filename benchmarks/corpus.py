"""The synthetic corpus on disk, for scripts/bench: sizes, N-Triples / N-Quads files and their manifest,
and source texts for timing extraction (the seed articles varied).

>>> parse_size("1m"), parse_size("100k"), parse_size("250000")
(1000000, 100000, 250000)

Command line: ``python -m benchmarks.corpus --triples 100k --out DIR`` writes
DIR/sources.nt (one sorted N-Triples block per source, as ``phancong build``
stores it), DIR/all.nq (what the store holds after building them: the ontology graph, a named graph
per source and their merge in the default graph) and
DIR/manifest.json; ``python -m benchmarks.corpus --texts 3 --out DIR`` writes
about 3 MB of source files.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
import unicodedata
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.compare import to_canonical_graph

from phancong.rdf.iri import source_iri
from phancong.rdf.mapping import sorted_ntriples, to_ntriples
from phancong.rdf.ontology import load_ontology
from phancong.store.embedded import ONTOLOGY_GRAPH
from phancong.text.read import read_source

from . import ROOT
from .synth import synth_extraction
from .vocab import load_provinces, vn_number

__all__ = [
    "parse_size",
    "CorpusManifest",
    "generate_corpus",
    "iter_source_ntriples",
    "ontology_ntriples",
    "synth_texts",
    "GENERATOR_VERSION",
    "main",
]

GENERATOR_VERSION = 2


# --------------------------------------------------------------------------- sizes and the corpus on disk
def parse_size(text: str | int) -> int:
    """'100k' -> 100000, '1m' -> 1000000, '5M' -> 5000000, '25000' -> 25000."""
    if isinstance(text, int):
        return text
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmM]?)\s*", str(text))
    if not m:
        raise ValueError(f"not a size: {text!r} (write e.g. 100k, 1m, 5m or a number of triples)")
    mult = {"": 1, "k": 1_000, "m": 1_000_000}[m.group(2).lower()]
    return int(float(m.group(1)) * mult)


@dataclass
class CorpusManifest:
    """What generate_corpus wrote: one entry per source, in order."""

    seed: int
    target: int
    triples: int
    ontology_triples: int
    seconds: float
    sources: list[dict] = field(default_factory=list)  # id, graph, offset, length, triples, tasks, province
    version: int = GENERATOR_VERSION

    def to_json(self) -> dict:
        return {
            "version": self.version,
            "seed": self.seed,
            "target": self.target,
            "triples": self.triples,
            "ontology_triples": self.ontology_triples,
            "seconds": self.seconds,
            "sources": self.sources,
        }

    @classmethod
    def read(cls, path: str | Path) -> CorpusManifest:
        d = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(
            seed=d["seed"],
            target=d["target"],
            triples=d["triples"],
            ontology_triples=d["ontology_triples"],
            seconds=d["seconds"],
            sources=d["sources"],
            version=d.get("version", 0),
        )


def _mapped(args: tuple[int, int]) -> tuple[str, str, bytes, bytes, int, int, str]:
    """Worker: (seed, index) -> (source id, graph IRI, sorted N-Triples, the same as N-Quads, triples, tasks,
    province)."""
    seed, index = args
    ex = synth_extraction(index, seed)
    nt, n = to_ntriples(ex, file_name=f"{ex.source.id}.txt")  # as phancong build writes a source
    graph = str(source_iri(ex.source.id))
    # the quads an EmbeddedStore holds: the named graph, and the same triples in the merged default graph
    return (
        ex.source.id,
        graph,
        nt.encode("utf-8"),
        (_nq_lines(nt, graph) + nt).encode("utf-8"),
        n,
        len(ex.tasks),
        ex.source.province or "",
    )


def _nq_lines(nt: str, graph: str) -> str:
    tail = f" <{graph}> .\n"
    return "".join(line[:-2] + tail for line in nt.splitlines() if line.endswith(" ."))


def ontology_ntriples() -> str:
    """The ontology graph as ``phancong build`` stores it (blank nodes skolemized; their labels differ)."""
    g = Graph()  # canonical blank node labels first, so that the file is the same in every run
    for tr in to_canonical_graph(load_ontology()).skolemize(
        authority="https://w3id.org/phancong", basepath="/.well-known/genid/"
    ):
        g.add(tr)
    return sorted_ntriples(g)


def generate_corpus(
    triples: int, out_dir: str | Path, *, seed: int = 8, jobs: int = 1, progress=None
) -> CorpusManifest:
    """Write sources until their triples (plus the ontology graph's) reach ``triples``.

    out_dir/sources.nt holds the sorted N-Triples of each source one after the other (offsets in the
    manifest); out_dir/all.nq what an EmbeddedStore holds after building them: the ontology graph and one
    named graph per source, and every triple again in the default graph (the store keeps it equal to the
    merge of the named graphs); out_dir/manifest.json lists the sources.
    The result does not depend on ``jobs``."""
    t0 = time.perf_counter()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    onto = ontology_ntriples()
    onto_n = onto.count("\n")
    man = CorpusManifest(seed=seed, target=triples, triples=onto_n, ontology_triples=onto_n, seconds=0.0)
    batch = max(8, 32 * jobs)
    with open(out / "sources.nt", "wb") as nt_fh, open(out / "all.nq", "wb") as nq_fh:
        nq_fh.write((_nq_lines(onto, ONTOLOGY_GRAPH) + onto).encode("utf-8"))
        offset = 0
        index = 0
        pool = ProcessPoolExecutor(max_workers=jobs) if jobs > 1 else None
        try:
            while man.triples < triples:
                args = [(seed, i) for i in range(index, index + batch)]
                results = pool.map(_mapped, args, chunksize=2) if pool else map(_mapped, args)
                for sid, graph, data, nq, n, ntasks, province in results:
                    if man.triples >= triples:
                        break
                    nt_fh.write(data)
                    nq_fh.write(nq)
                    man.sources.append(
                        {
                            "id": sid,
                            "graph": graph,
                            "offset": offset,
                            "length": len(data),
                            "triples": n,
                            "tasks": ntasks,
                            "province": province,
                        }
                    )
                    offset += len(data)
                    man.triples += n
                index += batch
                if progress:
                    progress(man.triples, triples)
        finally:
            if pool:
                pool.shutdown(cancel_futures=True)
    man.seconds = time.perf_counter() - t0
    (out / "manifest.json").write_text(json.dumps(man.to_json(), ensure_ascii=False), encoding="utf-8")
    return man


def iter_source_ntriples(out_dir: str | Path, man: CorpusManifest) -> Iterator[tuple[str, str]]:
    """(graph IRI, N-Triples) of each source of a generated corpus, read one at a time."""
    with open(Path(out_dir) / "sources.nt", "rb") as fh:
        for s in man.sources:
            fh.seek(s["offset"])
            yield s["graph"], fh.read(s["length"]).decode("utf-8")


# --------------------------------------------------------------------------- texts for timing extraction
_PERCENT = re.compile(r"(?<![\d.,])(\d{1,3})(?:,(\d+))?%")
_THOUSANDS = re.compile(r"(?<![\d.,/-])(\d{1,3}(?:\.\d{3})+)(?![\d.,/-]*\d)")


def _vary_figures(text: str, rng: random.Random) -> str:
    def pct(m: re.Match) -> str:
        v = float(m.group(1) + ("." + m.group(2) if m.group(2) else ""))
        v = min(100.0, max(0.0, v + rng.choice([-5, -2, 0, 2, 5])))
        return vn_number(round(v, 1)) + "%"

    def count(m: re.Match) -> str:
        v = int(m.group(1).replace(".", ""))
        return vn_number(max(1000, int(v * rng.uniform(0.6, 1.6))))

    return _THOUSANDS.sub(count, _PERCENT.sub(pct, text))


def synth_texts(
    out_dir: str | Path, megabytes: float, *, seed: int = 8, corpus_dir: str | Path | None = None
) -> list[Path]:
    """About ``megabytes`` MB of source files (UTF-8 .txt + .meta.json): the seed articles of corpus/
    (the repository's unless ``corpus_dir`` says otherwise) with the province name replaced by another
    province's and the figures varied."""
    corpus = Path(corpus_dir) if corpus_dir else ROOT / "corpus"
    seeds = sorted(p for p in corpus.glob("*.txt"))
    if not seeds:
        raise FileNotFoundError(f"{corpus}: no seed articles (*.txt) to vary")
    sources = [read_source(p) for p in seeds]
    provinces = load_provinces()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    total = 0
    i = 0
    while total < megabytes * 1e6:
        rng = random.Random(f"{seed}:text:{i}")
        src = sources[i % len(sources)]
        p = provinces[rng.randrange(len(provinces))]
        old = src.meta.get("province") or ""
        text = src.text.replace(old, p.name) if old else src.text
        text = _vary_figures(text, rng)
        meta = dict(src.meta)
        meta["province"] = p.name
        if meta.get("title") and old:
            meta["title"] = meta["title"].replace(old, p.name)
        if meta.get("site") and old:
            meta["site"] = meta["site"].replace(old, p.name)
        sid = f"t{i:06d}_{hashlib.sha1(f'{seed}:{i}'.encode()).hexdigest()[:12]}"
        path = out / f"{sid}.txt"
        data = unicodedata.normalize("NFC", text).encode("utf-8")
        path.write_bytes(data)
        (out / f"{sid}.meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        written.append(path)
        total += len(data)
        i += 1
    return written


# --------------------------------------------------------------------------- command line
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.corpus", description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", help="corpus size: 100k, 1m, 5m or a number of triples")
    ap.add_argument("--texts", type=float, metavar="MB", help="write about MB megabytes of source texts instead")
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (the output does not depend on it)")
    args = ap.parse_args(argv)
    if (args.triples is None) == (args.texts is None):
        ap.error("give exactly one of --triples and --texts")
    try:
        if args.texts is not None:
            files = synth_texts(args.out, args.texts, seed=args.seed)
            mb = sum(f.stat().st_size for f in files) / 1e6
            print(f"wrote {len(files)} source files ({mb:.2f} MB) to {args.out}")
            return 0
        man = generate_corpus(parse_size(args.triples), args.out, seed=args.seed, jobs=args.jobs)
    except (ValueError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(
        f"wrote {len(man.sources)} sources, {man.triples} triples (target {man.target}) to {args.out} "
        f"in {man.seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
