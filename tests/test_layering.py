"""STYLE.md: core modules do no I/O. An AST check that they import no adapter or I/O library."""

from __future__ import annotations

import ast

import pytest
from conftest import REPO

CORE = ["domain", "errors", "references", "templating", "compose", "tomlpos", "statusrows",
        "workdays", "clock", "matching", "classify", "classify_rules", "classify_kind", "phrase_family", "literals",
        "authref", "exemptions", "mailparse",
        *[f"rules/{p.stem}" for p in sorted((REPO / "foibot" / "rules").glob("*.py"))]]
FORBIDDEN = {"sqlmodel", "sqlalchemy", "httpx", "imapclient", "smtplib", "imaplib", "socket", "apscheduler",
             "tenacity", "subprocess", "foibot.db", "foibot.app", "foibot.service", "foibot.cli",
             "foibot.mail", "foibot.config", "foibot.archive", "foibot.daemon", "foibot.holidaydata",
             "rich", "click", "os", "shutil", "pathlib"}


def _imports(path) -> set[str]:
    tree = ast.parse(path.read_text())
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("module", CORE)
def test_core_module_does_no_io(module: str) -> None:
    path = REPO / "foibot" / f"{module}.py"
    if not path.exists():
        pytest.fail(f"core module {module}.py is missing")
    bad = {n for n in _imports(path) if any(n == f or n.startswith(f + ".") for f in FORBIDDEN)}
    assert not bad, f"{module}.py imports {sorted(bad)}"


def test_only_db_imports_sqlmodel() -> None:
    offenders = [p.relative_to(REPO) for p in (REPO / "foibot").rglob("*.py")
                 if "sqlmodel" in {n.split(".")[0] for n in _imports(p)}
                 and "db" not in p.relative_to(REPO / "foibot").parts[:1] and p.parent.name != "service"]
    assert not offenders, offenders
