"""Render the comparison report to one self-contained HTML file, and publish it.

Self-contained: inline CSS and inline SVG, no script, no external URL, and a Content-Security-
Policy of ``default-src 'none'`` so that even a crafted reply could not make a reader's browser
fetch anything. Jinja2 autoescapes every value; only the SVG that matplotlib produced is inserted
as markup (matplotlib escapes the labels it writes).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from foibot.errors import FoibotError
from foibot.report.charts import COLOURS, days_chart, outcomes_chart
from foibot.report.facts import STANDINGS, exemption_matrix, league, outcome_counts, standing_counts
from foibot.report.gather import CampaignFacts


def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(loader=PackageLoader("foibot.report", "templates"), autoescape=True,
                       undefined=StrictUndefined, trim_blocks=False)


def render_report(c: CampaignFacts, links: dict[str, str]) -> str:
    """``links`` maps our reference → href of the archived reply (relative to the report)."""
    from markupsafe import Markup

    cols, rows = exemption_matrix(c.forces)
    totals = [sum(1 for _, cells in rows if cells[i]) for i in range(len(cols))]
    outcomes = outcome_counts(c.forces)
    return _environment().get_template("report.html.j2").render(
        c=c, league=league(c.forces), standings=standing_counts(c.forces),
        standing_index={s: i for i, s in enumerate(STANDINGS, start=1)},
        colours={s: COLOURS[s] for s in STANDINGS}, links=links,
        days_svg=Markup(days_chart(c.forces)), outcomes_svg=Markup(outcomes_chart(outcomes)),
        outcomes=outcomes, matrix_cols=cols, matrix_rows=rows, matrix_totals=totals)


def reply_links(c: CampaignFacts, state_dir: Path, report_dir: Path) -> dict[str, str]:
    """Relative links from the report's folder to the raw .eml files in the archive."""
    out = {}
    for f in c.forces:
        if f.reply_path and (state_dir / f.reply_path).is_file():
            rel = os.path.relpath(state_dir / f.reply_path, report_dir)
            out[f.our_reference] = Path(rel).as_posix()
    return out


def bundle_replies(c: CampaignFacts, state_dir: Path, bundle: Path) -> dict[str, str]:
    """Copy each archived reply into ``bundle/replies/<our reference>.eml`` (one folder to publish)."""
    out = {}
    for f in c.forces:
        if f.reply_path and (state_dir / f.reply_path).is_file():
            dst = bundle / "replies" / f"{f.our_reference}.eml"
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(state_dir / f.reply_path, dst)
            out[f.our_reference] = f"replies/{dst.name}"
    return out


def write_report(c: CampaignFacts, state_dir: Path, output: Path | None, bundle: Path | None = None) -> Path:
    """Write the report to ``output`` (linking into the archive) or, with ``bundle``, to
    ``bundle/index.html`` next to copies of the replies. Returns the HTML file's path."""
    from foibot.fsutil import atomic_write

    if bundle is not None:
        links = bundle_replies(c, state_dir, bundle)
        target = bundle / "index.html" if output is None else bundle / output.name
    elif output is not None:
        target = output
        links = reply_links(c, state_dir, output.resolve().parent)
    else:
        raise FoibotError("give --output FILE.html or --bundle DIR")
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, render_report(c, links).encode("utf-8"))
    return target
