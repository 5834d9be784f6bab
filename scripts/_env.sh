# Sourced by scripts/demo, scripts/test and scripts/bench: create or reuse .venv and
# install phancong (editable) with the extras named in $PHANCONG_EXTRAS.
# Needs only python3 >= 3.10 on the machine.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-python3}"
if ! "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else 1)' 2>/dev/null; then
  echo "error: phancong needs Python >= 3.10 ($PY is $("$PY" --version 2>&1 || echo missing))" >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  echo "creating .venv with $("$PY" --version 2>&1)" >&2
  "$PY" -m venv .venv
fi
extras="${PHANCONG_EXTRAS:-}"
stamp=".venv/.phancong-installed${extras:+-$extras}"
want="$(cat pyproject.toml | sha1sum | cut -c1-16)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "installing phancong${extras:+[$extras]} into .venv (once; pip output in .venv/pip.log)" >&2
  .venv/bin/python -m pip install --disable-pip-version-check -q --upgrade pip >.venv/pip.log 2>&1 || true
  if ! .venv/bin/python -m pip install --disable-pip-version-check -e ".${extras:+[$extras]}" >>.venv/pip.log 2>&1; then
    echo "error: pip install failed; the last lines of .venv/pip.log:" >&2
    tail -20 .venv/pip.log >&2
    exit 1
  fi
  echo "$want" > "$stamp"
fi
export PATH="$ROOT/.venv/bin:$PATH"

# System packages that some checks need, from Debian's packages, installed only when root.
apt_install() {
  [ "$(id -u)" = 0 ] || return 0
  command -v apt-get >/dev/null || return 0
  local missing=()
  for spec in "$@"; do
    local cmd="${spec%%:*}" pkg="${spec#*:}"
    command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  echo "installing ${missing[*]} from Debian's packages" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}") \
    >.venv/apt.log 2>&1 || { echo "warning: apt-get install ${missing[*]} failed (see .venv/apt.log); the tests that need them will skip" >&2; }
}
