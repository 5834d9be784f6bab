"""Benchmarks and the synthetic national corpus, run by ``scripts/bench``; not part of the runtime package.

This folder sits beside ``src/`` and is not in the wheel: it is run from a checkout, with the repository
root on ``sys.path`` (``scripts/bench`` and the test configuration put it there). It imports
:mod:`phancong`; nothing in :mod:`phancong` imports it.

Modules, each importing only those listed before it:

- :mod:`benchmarks.vocab` — provinces (``data/provinces-2025.csv``), the bodies of a province, document
  kinds, topics, task phrases, the indicators of ``ontology/vocab-indicators.ttl``;
- :mod:`benchmarks.synth` — one synthetic source: an :class:`phancong.extract.model.Extraction` with a
  generated text whose spans are exact;
- :mod:`benchmarks.corpus` — the corpus on disk (N-Triples, N-Quads, manifest) and varied source texts
  for timing extraction; ``python -m benchmarks.corpus`` writes them;
- :mod:`benchmarks.web` — ``/api/owner`` under concurrent clients;
- :mod:`benchmarks.phases` — the measured phases, each run in its own process;
- :mod:`benchmarks.bench` — the command line of ``scripts/bench``: runs the phases, prints the table.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["ROOT"]

ROOT = Path(__file__).resolve().parent.parent  # the repository root: corpus/, data/, ontology/, queries/
