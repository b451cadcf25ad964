"""config/forces.toml and config/campaigns/*.toml → Force and Campaign values, validated.

Every error names the file and line, because these files are edited by hand: a user correcting a
bounced address should be told exactly which line is wrong.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from foibot.domain import Campaign, Force, Regime
from foibot.errors import ConfigError, NotFound
from foibot.tomlread import TableReader, load_toml

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
CONFIDENCES = ("high", "medium", "low", "unknown")


def load_forces(config_dir: Path) -> list[Force]:
    path = config_dir / "forces.toml"
    data, lines = load_toml(path)
    top = TableReader(data, path, lines)
    top.unknown_keys({"force"})
    entries = top.get("force", list, [])
    forces: list[Force] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        forces.append(_force(TableReader(entry, path, lines, f"force[{index}]")))
        slug = forces[-1].slug
        if slug in seen:
            raise TableReader(entry, path, lines, f"force[{index}]").error(
                "slug", f"duplicate slug {slug!r} (first defined in force #{seen[slug] + 1})")
        seen[slug] = index
    return forces


def _force(t: TableReader) -> Force:
    t.unknown_keys({"slug", "name", "regime", "nation", "email", "email_source", "email_confidence", "tags"})
    slug = t.get("slug", str, required=True)
    if not _SLUG.match(slug):
        raise t.error("slug", f"must be lower-case letters, digits and hyphens, not {slug!r}")
    tags = t.get("tags", list, [])
    if not all(isinstance(tag, str) and _SLUG.match(tag) for tag in tags):
        raise t.error("tags", "must be a list of lower-case words")
    return Force(
        slug=slug, name=t.get("name", str, required=True),
        regime=Regime(t.choice("regime", ("foia", "foisa"), "foia")),
        nation=t.get("nation", str, required=True), email=t.email("email", None),
        email_source=t.get("email_source", str, ""),
        email_confidence=t.choice("email_confidence", CONFIDENCES, "unknown"),
        tags=tuple(tags))


def campaign_files(config_dir: Path) -> list[Path]:
    return sorted((config_dir / "campaigns").glob("*.toml"))


def load_campaign(config_dir: Path, slug: str) -> Campaign:
    path = config_dir / "campaigns" / f"{slug}.toml"
    if not _SLUG.match(slug) or not path.exists():
        known = ", ".join(p.stem for p in campaign_files(config_dir)) or "none"
        raise NotFound(f"no campaign {slug!r} in {config_dir / 'campaigns'} (known: {known})")
    data, lines = load_toml(path)
    t = TableReader(data, path, lines)
    t.unknown_keys({"title", "code", "subject", "body", "forces", "start"})
    forces = t.get("forces", (str, list), "all")
    if isinstance(forces, str) and forces != "all":
        raise t.error("forces", 'must be "all" or a list of slugs and "tag:<tag>" entries')
    if isinstance(forces, list) and not all(isinstance(f, str) and f for f in forces):
        raise t.error("forces", "must list slugs or \"tag:<tag>\" strings")
    start = t.get("start", date, None)
    code = t.get("code", str, slug.split("-")[0][:3] if "-" not in slug else
                 "".join(w[0] for w in slug.split("-"))[:6])
    if not re.fullmatch(r"[A-Za-z0-9]{1,8}", code):
        raise t.error("code", f"must be 1-8 letters or digits (it goes into references), not {code!r}")
    return Campaign(slug=slug, title=t.get("title", str, required=True), code=code.upper(),
                    subject=t.get("subject", str, required=True), body=t.get("body", str, required=True),
                    forces=forces if isinstance(forces, str) else tuple(forces),
                    start=start, source_file=str(path))


def select_forces(campaign: Campaign, forces: list[Force], only: tuple[str, ...] = ()) -> list[Force]:
    """The bodies a campaign goes to: ``all``, explicit slugs, or ``tag:<tag>``; ``only`` narrows."""
    by_slug = {f.slug: f for f in forces}
    if campaign.forces == "all":
        chosen = list(forces)
    else:
        chosen = []
        for item in campaign.forces:
            if item.startswith("tag:"):
                chosen += [f for f in forces if item[4:] in f.tags]
            elif item in by_slug:
                chosen.append(by_slug[item])
            else:
                raise ConfigError(f"campaign lists unknown force {item!r}", file=campaign.source_file, key="forces")
    for slug in only:
        if slug not in by_slug:
            raise NotFound(f"no force {slug!r} in forces.toml (see `foibot forces`)")
    chosen = list({f.slug: f for f in chosen}.values())
    return [f for f in chosen if f.slug in only] if only else chosen
