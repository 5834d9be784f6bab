"""Build hook (everything else is in pyproject.toml): a wheel carries the repository's ontology/ and
queries/ folders as package data at phancong/_data/<folder>, where
:mod:`phancong._resources` finds them when the package is installed outside the repository.
The wheel's code is src/phancong only: benchmarks/ (scripts/bench) stays in the repository; data/*.csv
(administrative units, read by the extractor) is packaged like ontology/.

The folders stay at the repository root (tests, docs and scripts use them there) and are not mapped
as packages: an editable install keeps its plain .pth to src/ and reads them in place.
MANIFEST.in puts them in the sdist, so a wheel built from the sdist has them too.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# folder at the repository root -> the files of it a wheel carries (glob patterns)
PACKAGED_FOLDERS = {
    "ontology": ["*.ttl"],
    "queries": [
        "*.rq",
        "*.expected.json",
        "checks/*.rq",
        "web/*.rq",
        "internal/*.rq",
        "internal/remote/*.rq",
        "internal/filters/*.rq",
    ],
    "data": ["*.csv"],  # the administrative units the extractor reads place names from
}


class build_py_with_folders(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the folders in the repository
        shutil.rmtree(Path(self.build_lib, "phancong", "_data"), ignore_errors=True)  # no stale copies
        for folder, patterns in PACKAGED_FOLDERS.items():
            files = sorted({p for pattern in patterns for p in (ROOT / folder).glob(pattern) if p.is_file()})
            if not files:
                raise FileNotFoundError(f"{ROOT / folder}: nothing to package (is this a complete checkout or sdist?)")
            for src in files:
                dst = Path(self.build_lib, "phancong", "_data", folder, src.relative_to(ROOT / folder))
                self.mkpath(str(dst.parent))
                self.copy_file(str(src), str(dst))


setup(cmdclass={"build_py": build_py_with_folders})
