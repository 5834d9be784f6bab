"""One standalone, offline HTML page for a graph view.

The page inlines everything it needs: vis-network (shipped in ``assets/``, see
its README for version and licence), the view's own script and style, and the
data as JSON inside ``<script type="application/json">`` (read with
``JSON.parse``; no JavaScript is ever built from data). A Content-Security-Policy
allows exactly the two inline scripts (by hash), inline styles and ``data:``
images, and no fetch of any kind, so a page cannot reach the network even if a
label carried markup.

>>> script_json({"label": "</script><b>"})
'{"label": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from functools import cache
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

from ..text.display import CONTROLS, INVISIBLE, inert

__all__ = ["render_page", "script_json", "asset_text", "write_text", "VIS_NETWORK_VERSION"]

VIS_NETWORK_VERSION = "9.1.13"

_PAGE = Template("""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="$csp">
<meta name="generator" content="phancong (vis-network $vis_version, inlined)">
<title>$title</title>
<style>
$css
</style>
</head>
<body>
<header id="pc-header">
  <h1 id="pc-title"></h1>
  <p id="pc-subtitle"></p>
  <p id="pc-source"></p>
</header>
<main id="pc-main">
  <div id="pc-canvas">
    <div id="pc-toolbar" role="toolbar" aria-label="Điều khiển đồ thị / Graph controls">
      <button type="button" id="pc-zoom-in" title="Phóng to / Zoom in">+ Phóng to</button>
      <button type="button" id="pc-zoom-out" title="Thu nhỏ / Zoom out">− Thu nhỏ</button>
      <button type="button" id="pc-fit" title="Xem toàn bộ đồ thị / Fit the whole graph">⤢ Toàn bộ</button>
      <button type="button" id="pc-home" title="Về nút chính / Back to the main node">⌂ Nút chính</button>
    </div>
    <div id="pc-network" role="img" aria-label="$title"></div>
  </div>
  <aside id="pc-side">
    <section id="pc-details" aria-live="polite"></section>
    <section id="pc-legend"></section>
  </aside>
</main>
<script type="application/json" id="pc-data">$data</script>
<script>$vis</script>
<script>$view</script>
</body>
</html>
""")


@cache
def asset_text(name: str) -> str:
    """The text of a file in phancong/assets (vis-network, the view's script and style)."""
    ref = resources.files("phancong") / "assets" / name
    try:
        text = ref.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileNotFoundError(f"{ref}: asset missing from the phancong package (reinstall it)") from None
    if "</script" in text.lower() or "<!--" in text:
        raise ValueError(f"{ref}: contains '</script' or '<!--' and cannot be inlined into a <script> element")
    return text


def script_json(data: Any) -> str:
    """JSON that is safe inside a ``<script type="application/json">`` element: ``<``, ``>`` and ``&``
    are written as ``\\u003c`` ... so that no ``</script>`` or ``<!--`` can appear; JSON.parse restores them.
    Bidi controls and zero-width characters are dropped (:func:`phancong.text.display.inert`)."""
    text = json.dumps(data, ensure_ascii=False, allow_nan=False)
    if _INVISIBLE.search(text) or _ESCAPED_CONTROL.search(text):  # rare: clean every string (keys too)
        text = json.dumps(_inert(data), ensure_ascii=False, allow_nan=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


# what json.dumps writes for a control character XML forbids (\b, \f, \u0000 ...); a string with a plain
# backslash before such letters only takes the slower path
_INVISIBLE = re.compile("[" + INVISIBLE + CONTROLS + "]")
_ESCAPED_CONTROL = re.compile(r"\\(?:[bf]|u00[01][0-9a-f]|uffff|ufffe)")


def _inert(data: Any) -> Any:
    """``data`` with every string (keys too) through :func:`~phancong.text.display.inert`."""
    if isinstance(data, str):
        return inert(data)
    if isinstance(data, dict):
        return {_inert(k): _inert(v) for k, v in data.items()}
    if isinstance(data, (list, tuple)):
        return [_inert(v) for v in data]
    return data


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def render_page(title: str, data: dict[str, Any]) -> str:
    """The complete HTML document of a view: ``data`` is what ``assets/view.js`` reads
    (title, subtitle, source, nodes, edges, options, legend, details, focus)."""
    vis = asset_text("vis-network.min.js")
    view = asset_text("view.js")
    csp = (
        "default-src 'none'; "
        f"script-src {_sha256(vis)} {_sha256(view)}; "
        "style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )
    return _PAGE.substitute(
        csp=csp,
        vis_version=VIS_NETWORK_VERSION,
        title=html.escape(inert(title), quote=True),
        css=asset_text("view.css"),
        data=script_json(data),
        vis=vis,
        view=view,
    )


def write_text(text: str, path: str | Path) -> Path:
    """Write ``text`` (UTF-8) to ``path``, creating its parent directories; a clear error names the file."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise OSError(f"{path}: cannot write the view ({exc.strerror or exc})") from None
    return path
