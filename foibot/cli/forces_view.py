"""`foibot forces`: the directory, and a check of its addresses."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import click

from foibot.directory import load_forces


def check_forces(forces) -> list[tuple[str, str, str]]:
    """(slug, level, message) for each problem: missing or shared addresses, low confidence."""
    problems = []
    counts = Counter(f.email.lower() for f in forces if f.email)
    for f in forces:
        if not f.email:
            problems.append((f.slug, "error", "no FOI address"))
        elif counts[f.email.lower()] > 1:
            problems.append((f.slug, "warning", f"address {f.email} is shared with another body"))
        if f.email_confidence in ("low", "unknown"):
            problems.append((f.slug, "warning", f"{f.email_confidence} confidence in {f.email} "
                             "(check the force's FOI page before sending)"))
        if f.email and not f.domain.endswith((".police.uk", ".pnn.police.uk", ".gov.uk", ".mod.uk")):
            problems.append((f.slug, "warning", f"unusual domain for a police body: {f.domain}"))
    return problems


def show_forces(home: Path, *, check: bool, as_json: bool) -> int:
    forces = load_forces(home / "config")
    if as_json:
        click.echo(json.dumps([{"slug": f.slug, "name": f.name, "regime": str(f.regime), "nation": f.nation,
                                "email": f.email, "email_confidence": f.email_confidence,
                                "tags": list(f.tags)} for f in forces], indent=2))
    elif not check:
        for f in forces:
            click.echo(f"{f.slug:32} {str(f.regime):6} {f.email_confidence:7} {f.email or '-':45} {f.name}")
        click.echo(f"{len(forces)} bodies")
    if not check:
        return 0
    problems = check_forces(forces)
    for slug, level, message in problems:
        click.echo(f"{level:8} {slug}: {message}")
    errors = sum(1 for p in problems if p[1] == "error")
    click.echo(f"{len(forces)} bodies checked: {errors} error(s), {len(problems) - errors} warning(s)")
    return 1 if errors else 0
