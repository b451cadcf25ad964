"""Typed reads from a parsed TOML table, with errors that name the file, the key and the line."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from foibot.errors import ConfigError
from foibot.tomlpos import key_lines, line_of

_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def load_toml(path: Path) -> tuple[dict[str, Any], dict[str, int]]:
    """Parse ``path``; a syntax error becomes a ConfigError carrying tomllib's line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("file not found (run `foibot init` to create the defaults)", file=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read: {exc}", file=str(path)) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise ConfigError(f"invalid TOML: {exc}", file=str(path),
                          line=int(match.group(1)) if match else None) from None
    return data, key_lines(text)


class TableReader:
    """Reads keys of one table with type checks; ``prefix`` is the table's dotted path."""

    def __init__(self, data: dict[str, Any], file: Path, lines: dict[str, int], prefix: str = ""):
        self.data, self.file, self.lines, self.prefix = data, file, lines, prefix

    def path(self, key: str) -> str:
        return f"{self.prefix}.{key}" if self.prefix else key

    def error(self, key: str, message: str) -> ConfigError:
        path = self.path(key)
        return ConfigError(message, file=str(self.file), key=path, line=line_of(self.lines, path))

    def sub(self, key: str) -> TableReader:
        value = self.data.get(key, {})
        if not isinstance(value, dict):
            raise self.error(key, "must be a table")
        return TableReader(value, self.file, self.lines, self.path(key))

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ..., *, required: bool = False) -> Any:
        if key not in self.data:
            if required or default is ...:
                raise self.error(key, "missing required key")
            return default
        value = self.data[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            raise self.error(key, f"must be {names}, not {type(value).__name__} {value!r}")
        if isinstance(value, str) and _CONTROL.search(value) and key not in ("body", "postal_address"):
            raise self.error(key, "contains a control character (CR/LF/NUL are never allowed here)")
        return value

    def choice(self, key: str, choices: tuple[str, ...], default: str) -> str:
        value = self.get(key, str, default)
        if value not in choices:
            raise self.error(key, f"must be one of {', '.join(repr(c) for c in choices)}, not {value!r}")
        return value

    def email(self, key: str, default: Any = ..., *, required: bool = False) -> str | None:
        value = self.get(key, str, default, required=required)
        if value is None or value == "" and not required:
            return value or None
        if not is_email(value):
            raise self.error(key, f"not a valid email address: {value!r}")
        return value

    def unknown_keys(self, known: set[str]) -> None:
        extra = sorted(set(self.data) - known)
        if extra:
            raise self.error(extra[0], f"unknown key (expected one of: {', '.join(sorted(known))})")


def is_email(value: str) -> bool:
    """RFC 5321 addr-spec, dot-atom local part; the domain needs a dot, except ``localhost``."""
    if value.lower().endswith("@localhost"):
        return bool(_EMAIL.match(value[:-len("localhost")] + "localhost.test")) and len(value) <= 254
    return bool(_EMAIL.match(value)) and len(value) <= 254
