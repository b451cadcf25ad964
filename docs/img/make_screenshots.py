"""Regenerate docs/img/report.png and docs/img/status.png from the 48-force test campaign.

Run from the repository root: ``.venv/bin/python docs/img/make_screenshots.py`` (needs chromium).
The campaign is the one tests/report_fixtures.py builds with the real service functions.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from conftest import fixed_now  # noqa: E402
from report_fixtures import CAMPAIGN, TODAY_AT, build_campaign  # noqa: E402

from foibot.app import open_app  # noqa: E402
from foibot.cli.render import status_table  # noqa: E402
from foibot.home import init_home  # noqa: E402
from foibot.report.gather import campaign_facts  # noqa: E402
from foibot.report.html import write_report  # noqa: E402
from foibot.service.queries import status_rows  # noqa: E402


def shoot(url: str, png: Path, size: str, work: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", f"--user-data-dir={work / 'profile'}", f"--window-size={size}",
                    f"--screenshot={png}", url], check=True, capture_output=True, timeout=120)


def crop(png: Path) -> None:
    """Trim the white page around rich's terminal-window SVG."""
    from PIL import Image, ImageChops

    image = Image.open(png).convert("RGB")
    box = ImageChops.difference(image, Image.new("RGB", image.size, "white")).getbbox()
    if box:
        image.crop(box).save(png)


def main() -> None:
    from rich.console import Console

    out = ROOT / "docs" / "img"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        home = work / "home"
        init_home(home)
        build_campaign(home)
        app = open_app(home, now=fixed_now(TODAY_AT))
        report = write_report(campaign_facts(app, CAMPAIGN), app.state_dir, work / "report.html")
        shoot(report.as_uri(), out / "report.png", "1280,1500", work)
        charts = work / "charts.html"  # the same page with the sections above the charts hidden
        charts.write_text(report.read_text().replace(
            "</style>", "header, #question, #summary, #league { display: none; }</style>"))
        shoot(charts.as_uri(), out / "report-charts.png", "1280,1800", work)
        console = Console(record=True, width=190, file=io.StringIO(), force_terminal=True)
        rows = status_rows(app, campaign=CAMPAIGN)
        rows = [r for r in rows if r.display == "answered"][:6] + [r for r in rows if r.display != "answered"]
        status_table(rows, console)
        console.save_svg(str(work / "status.svg"), title="foibot status --campaign social-media-monitoring")
        shoot((work / "status.svg").as_uri(), out / "status.png", "1900,1200", work)
        crop(out / "status.png")
        app.close()


if __name__ == "__main__":
    main()
