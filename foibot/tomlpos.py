"""Where a key sits in a TOML file, so config errors can name the line to fix.

tomllib parses but keeps no positions; this scanner walks the text once, tracking table headers
(``[a.b]`` and ``[[force]]``, counting array-of-tables entries) and ``key =`` lines, and maps each
dotted path (``mail.outbound.transport``, ``force[3].email``) to its 1-based line. It only has to
be right for files tomllib already accepted, so it can be simple about quoting and multi-line
strings (it skips the inside of triple-quoted strings).
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*((?:\"[^\"]*\"|'[^']*'|[A-Za-z0-9_\-]+)(?:\s*\.\s*(?:\"[^\"]*\"|'[^']*'|[A-Za-z0-9_\-]+))*)\s*=")


def _parts(dotted: str) -> list[str]:
    return [p.strip().strip("\"'") for p in re.split(r"\.(?=(?:[^\"']*[\"'][^\"']*[\"'])*[^\"']*$)", dotted)]


def key_lines(text: str) -> dict[str, int]:
    """Map every table and key path in ``text`` to the line it is defined on."""
    lines: dict[str, int] = {}
    prefix: list[str] = []
    counts: dict[str, int] = {}
    in_multiline: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if in_multiline:
            if line.count(in_multiline) % 2 == 1:
                in_multiline = None
            continue
        header = _HEADER.match(line)
        if header:
            name = ".".join(_parts(header.group(2)))
            if header.group(1) == "[[":
                index = counts.get(name, 0)
                counts[name] = index + 1
                name = f"{name}[{index}]"
            prefix = [name]
            lines.setdefault(name, number)
            continue
        key = _KEY.match(line)
        if key:
            path = ".".join(prefix + _parts(key.group(1)))
            lines.setdefault(path, number)
            rest = line[key.end():]
            for quote in ('"""', "'''"):
                if rest.count(quote) % 2 == 1:
                    in_multiline = quote
    return lines


def line_of(lines: dict[str, int], path: str) -> int | None:
    """The line of ``path``, or of its nearest enclosing table when the key itself is absent."""
    while path:
        if path in lines:
            return lines[path]
        path = path.rsplit(".", 1)[0] if "." in path else ""
    return None
