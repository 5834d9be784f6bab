"""Many regular expressions over one text in one scan: the matches of each, as its own ``finditer`` gives them.

Each pattern of a :class:`PatternSet` is read (by Python's own regular-expression parser) for the strings its
matches can begin with, up to a few characters ("Ban T", "Ban t", "BTV " for ``(?:Ban [Tt]hường vụ|BTV) ``).
One scan of the text finds every position where one of those strings begins; each pattern is then tried only
at its own positions, left to right, resuming after each match as ``finditer`` does. The strings are a sound
over-approximation (zero-width assertions are skipped, whatever cannot be listed ends a string where it
stands), so no match is lost; a pattern whose beginning cannot be listed at all is run with ``finditer``.

>>> ps = PatternSet([re.compile(r"(?:Ban [Tt]hường vụ|BTV) Tỉnh ủy"), re.compile(r"Tỉnh ủy")])
>>> [[m.group(0) for m in ms] for ms in ps.finditer_each("BTV Tỉnh ủy và Ban thường vụ Tỉnh ủy")]
[['BTV Tỉnh ủy', 'Ban thường vụ Tỉnh ủy'], ['Tỉnh ủy', 'Tỉnh ủy']]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

try:  # Python 3.11+
    from re import _parser as _sre_parse  # type: ignore[attr-defined]  # mypy checks as Python 3.10
except ImportError:  # Python 3.10
    import sre_parse as _sre_parse

__all__ = ["PatternSet", "Prefiltered", "prefixes", "first_chars", "quick_start"]

_WIDTH = 6  # characters of a beginning kept: longer ones leave fewer positions to try
_MAX_STRINGS = 128  # beginnings per pattern before they are cut shorter
_MAX_CLASS = 8  # characters of a class spelled out one by one ("[Tt]", "[ủỦ]")
_MAX_WINDOWS = 50_000  # windows of text remembered with the patterns their beginnings open, per PatternSet


# what the regular expression parser gives: (opcode, argument) pairs; the parser's module has no types
_Parsed = Iterable[tuple[Any, Any]]


class _Cut(Exception):
    """What follows cannot be listed: every beginning ends where it stands."""


def _class_chars(items: _Parsed) -> list[str]:
    chars: list[str] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            chars.append(chr(av))
        elif name == "RANGE" and av[1] - av[0] < _MAX_CLASS:
            chars.extend(chr(c) for c in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY (\w, \s ...), wide ranges
            raise _Cut
    if len(chars) > _MAX_CLASS:
        raise _Cut
    return chars


def _extend(seq: _Parsed, strings: set[str], done: set[str], width: int = _WIDTH) -> set[str]:
    """The beginnings ``strings`` continued through the parsed items ``seq``; those that reached the width or
    were cut go to ``done``; the ones still open are returned."""
    for op, av in seq:
        if not strings:
            return strings
        name = str(op)
        try:
            if name == "LITERAL":
                strings = {s + chr(av) for s in strings}
            elif name == "IN":
                chars = _class_chars(av)
                strings = {s + c for s in strings for c in chars}
            elif name in ("AT", "ASSERT", "ASSERT_NOT"):
                continue  # zero-width: it narrows where a match starts, never what it starts with
            elif name == "SUBPATTERN":
                _group, add_flags, _del_flags, sub = av
                if add_flags & re.IGNORECASE:
                    raise _Cut
                strings = _extend(sub, strings, done, width)
            elif name == "BRANCH":
                out: set[str] = set()
                for alt in av[1]:
                    out |= _extend(alt, set(strings), done, width)
                strings = out
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                lo, hi, sub = av
                once = _extend(sub, set(strings), done, width)
                if hi != 1:  # a second round or the rest of the pattern: unknown, the first round is kept
                    done |= once
                    once = set()
                strings = (strings | once) if lo == 0 else once
            else:  # a back reference, a conditional, any character ...
                raise _Cut
        except _Cut:
            done |= strings
            return set()
        if len(strings) + len(done) > _MAX_STRINGS:
            done |= strings
            return set()
        full = {s for s in strings if len(s) >= width}
        if full:
            done |= {s[:width] for s in full}
            strings -= full
    return strings


def prefixes(pattern: re.Pattern) -> frozenset[str] | None:
    """The strings every match of ``pattern`` begins with one of, or None when that cannot be told (a match
    may begin with anything, or the pattern ignores case)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # a parser this code does not know: the pattern is run as it is
        return None
    done: set[str] = set()
    done |= _extend(list(parsed), {""}, done)
    # a longer beginning that starts with a shorter one adds nothing: its positions are the shorter one's
    kept = {s for s in done if not any(t != s and s.startswith(t) for t in done)}
    return None if not kept or "" in kept else frozenset(kept)


def first_chars(pattern: re.Pattern) -> str | None:
    """The characters every match of ``pattern`` begins with, as the pattern spells them (where it ignores case,
    their other cases begin a match too), or None when that cannot be told."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # a parser this code does not know
        return None
    if parsed.getwidth()[0] == 0:
        return None  # an empty match begins with no character
    done: set[str] = set()
    done |= _extend(list(parsed), {""}, done, 1)
    return None if not done or "" in done else "".join(sorted(done))


def quick_start(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` with a lookahead for the characters its matches begin with put first (compiled with the same
    flags, so a pattern that ignores case ignores it there too): the same matches. Python's engine tries a
    pattern that opens with ``\\b``, ``^`` or a case-insensitive word at every position of the text, each of
    its alternatives in turn; the lookahead turns most positions down with one test. A pattern whose first
    characters cannot be told is given back as it is.

    >>> quick_start(re.compile(r"\\bđã\\b|^Hiện\\b", re.I)).pattern
    '(?=[Hđ])(?:\\\\bđã\\\\b|^Hiện\\\\b)'
    """
    if pattern in _QUICK:
        return _QUICK[pattern]
    chars = first_chars(pattern)
    quick = pattern
    if chars is not None:
        try:
            quick = re.compile("(?=[" + re.escape(chars) + "])(?:" + pattern.pattern + ")", pattern.flags)
        except re.error:  # inline global flags, which must open the pattern
            pass
    _QUICK[pattern] = _QUICK[quick] = quick
    return quick


# what quick_start gave for each pattern (and for each pattern it made, that pattern): asked twice, the same object
_QUICK: dict[re.Pattern, re.Pattern] = {}


class PatternSet:
    """The patterns, in order; :meth:`finditer_each` gives, for each, the matches its ``finditer`` gives."""

    def __init__(self, patterns: list[re.Pattern]):
        self.patterns = list(patterns)
        self._by_start: dict[str, list[int]] = {}
        self._unlisted: set[int] = set()
        for i, p in enumerate(self.patterns):
            starts = prefixes(p)
            if starts is None:
                self._unlisted.add(i)
                continue
            for s in starts:
                self._by_start.setdefault(s, []).append(i)
        self._lengths = sorted({len(s) for s in self._by_start})
        self._by_window: dict[str, list[int]] = {}
        # one character consumed per position found, the rest looked ahead: overlapping beginnings all found
        first: dict[str, set[str]] = {}
        for s in self._by_start:
            first.setdefault(s[0], set()).add(s[1:])
        alts = []
        for c, rests in sorted(first.items()):
            if "" in rests:
                alts.append(re.escape(c))
            else:
                alts.append(re.escape(c) + "(?=" + "|".join(re.escape(r) for r in sorted(rests)) + ")")
        self._scan = re.compile("|".join(alts)) if alts else None

    def _starts(self, text: str, start: int, end: int) -> list[list[int]]:
        """For each pattern, the positions in text[start:end] where one of its beginnings stands, in order."""
        at: list[list[int]] = [[] for _ in self.patterns]
        if self._scan is not None:
            by_window, width = self._by_window, self._lengths[-1]
            for m in self._scan.finditer(text, start, end):
                p = m.start()
                window = text[p : p + width]
                ids = by_window.get(window)
                if ids is None:
                    ids = self._ids_at(window)
                for i in ids:
                    if not at[i] or at[i][-1] != p:
                        at[i].append(p)
        return at

    def _ids_at(self, window: str) -> list[int]:
        """The patterns one of whose beginnings opens ``window`` (the text at a position found, as wide as the
        longest beginning); kept for the next time the same window is found (body names repeat)."""
        ids = [i for k in self._lengths for i in self._by_start.get(window[:k], ())]
        if len(self._by_window) < _MAX_WINDOWS:
            self._by_window[window] = ids
        return ids

    def candidates(self, text: str) -> set[int]:
        """The patterns (by index) that may match somewhere in ``text``: one of their beginnings is in it, or
        their beginnings are not known. The others cannot match."""
        found = set(self._unlisted)
        if self._scan is not None:
            width = self._lengths[-1]
            for m in self._scan.finditer(text):
                window = text[m.start() : m.start() + width]
                ids = self._by_window.get(window)
                found.update(self._ids_at(window) if ids is None else ids)
        return found

    def finditer_each(self, text: str, start: int = 0, end: int | None = None) -> list[list[re.Match]]:
        end = len(text) if end is None else end
        at = self._starts(text, start, end)
        out: list[list[re.Match]] = []
        for i, pattern in enumerate(self.patterns):
            if i in self._unlisted:
                out.append(list(pattern.finditer(text, start, end)))
                continue
            found: list[re.Match] = []
            pos = start
            match = pattern.match
            for p in at[i]:
                if p < pos:
                    continue
                m = match(text, p, end)
                if m is not None:
                    found.append(m)
                    pos = m.end() if m.end() > p else p + 1
            out.append(found)
        return out


class Prefiltered:
    """One pattern tried only where its beginnings stand (as in :class:`PatternSet`): :meth:`finditer` and
    :meth:`sub` give what the pattern's own give. For a pattern that opens with an assertion (``\\b``, a
    lookbehind), which Python's engine tries at every position of the text: over a whole text, a few times faster.

    >>> p = Prefiltered(re.compile(r"\\b(Tỉnh) (Ủy)\\b"))
    >>> p.sub(lambda m: m.group(1) + " " + m.group(2).lower(), "Tỉnh Ủy và Thành Ủy; BanTỉnh Ủy")
    'Tỉnh ủy và Thành Ủy; BanTỉnh Ủy'
    """

    def __init__(self, pattern: re.Pattern):
        if _sre_parse.parse(pattern.pattern, pattern.flags).getwidth()[0] == 0:
            raise ValueError(f"{pattern.pattern!r} may match an empty string")  # finditer_each steps past those
        self.pattern = pattern
        self._set = PatternSet([pattern])

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> list[re.Match]:
        return self._set.finditer_each(text, start, end)[0]

    def sub(self, repl: Callable[[re.Match], str], text: str) -> str:
        out: list[str] = []
        last = 0
        for m in self.finditer(text):
            out.append(text[last : m.start()])
            out.append(repl(m))
            last = m.end()
        out.append(text[last:])
        return "".join(out)
