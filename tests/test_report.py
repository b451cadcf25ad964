# ruff: noqa: F811  (pytest fixtures imported from report_fixtures are re-used as arguments)
"""The comparison report on a realistic 48-force campaign: content, escaping, self-containment,
and a real headless Chromium that renders it without console errors or network requests."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from report_fixtures import CAMPAIGN, campaign_app, campaign_home, campaign_plan, campaign_template  # noqa: F401

from foibot.report.facts import STANDINGS, ForceFacts, exemption_sections, league
from foibot.report.gather import campaign_facts
from foibot.report.html import write_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
#: Hosts Chromium itself talks to (component updates, accounts); a page's own requests never match.
_BROWSER_HOSTS = re.compile(r"^https?://([a-z0-9.-]+\.)?(google\.com|googleapis\.com|gstatic\.com)[:/]")


class _Rows(HTMLParser):
    """Collects the text of each <tr> inside the element with the given id."""

    def __init__(self, section: str) -> None:
        super().__init__()
        self.section, self.depth, self.rows, self.cell = section, 0, [], None

    def handle_starttag(self, tag, attrs):
        if dict(attrs).get("id") == self.section:
            self.depth = 1
        elif self.depth and tag == "section":
            self.depth += 1
        if self.depth and tag == "tr":
            self.rows.append([])
        if self.depth and tag in ("td", "th"):
            self.cell = []

    def handle_endtag(self, tag):
        if self.depth and tag in ("td", "th") and self.cell is not None and self.rows:
            self.rows[-1].append(" ".join("".join(self.cell).split()))
            self.cell = None
        if self.depth and tag == "section":
            self.depth -= 1

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


def table(html: str, section: str) -> list[list[str]]:
    p = _Rows(section)
    p.feed(html)
    return p.rows


@pytest.fixture(scope="module")
def report(campaign_template, tmp_path_factory) -> tuple[Path, str]:
    """Rendered once per module from the shared campaign (read only)."""
    from conftest import fixed_now
    from report_fixtures import TODAY_AT

    from foibot.app import open_app

    app = open_app(campaign_template[0], now=fixed_now(TODAY_AT))
    try:
        out = tmp_path_factory.mktemp("report") / "out" / "r.html"
        path = write_report(campaign_facts(app, CAMPAIGN), app.state_dir, out)
    finally:
        app.close()
    return path, path.read_text("utf-8")


def test_league_table_has_every_force_with_standing_and_lateness(report) -> None:
    _, html = report
    rows = [r for r in table(html, "league") if r and r[0].isdigit()]
    assert len(rows) == 48
    by_force = {r[1]: r for r in rows}
    assert by_force["Nottinghamshire Police"][2] == "answered late"
    assert by_force["Nottinghamshire Police"][7] == "late by 25 working days"
    assert by_force["Greater Manchester Police"][7] == "overdue by 1 working day"
    assert by_force["Gwent Police"][2] == "delivery failed"
    assert [r[2] for r in rows[:25]] == ["answered in time"] * 25  # best first
    assert rows[0][6] == "5"  # the fastest answer heads the table
    cards = re.findall(r'<div class="card s-\d+"><b>(\d+)</b>([^<]+)</div>', html)
    assert dict((k, int(n)) for n, k in cards) == {
        "answered in time": 25, "answered late": 11, "awaiting reply": 3, "overdue": 2,
        "long overdue": 5, "delivery failed": 2, "withdrawn": 0}


def test_outcomes_and_exemption_matrix(report, campaign_plan) -> None:
    _, html = report
    kinds = Counter(sc.kind for sc in campaign_plan.values())
    outcomes = {r[0]: int(r[1]) for r in table(html, "outcomes") if len(r) == 3 and r[1].isdigit()}
    assert outcomes == {"full": kinds["full"] + kinds["marked"], "partial": kinds["partial"],
                        "refused": kinds["cost"] + kinds["refusal"] + kinds["review"],
                        "not held": kinds["notheld"], "NCND": kinds["ncnd"]}
    matrix = table(html, "exemptions")
    assert matrix[0][:5] == ["Force", "s.12", "s.24", "s.31", "s.40"]
    essex = next(r for r in matrix if r[0] == "Essex Police")
    assert essex[1:5] == ["·", "✔", "✔", "·"] and essex[5] == "s.24(1), s.31(1)(a)"
    cited = {"s.12": kinds["cost"], "s.24": kinds["refusal"] + kinds["review"] + kinds["ncnd"],
             "s.40": kinds["partial"]}
    cited["s.31"] = cited["s.24"] + kinds["partial"]
    assert matrix[-1][1:5] == [str(cited[c]) for c in ("s.12", "s.24", "s.31", "s.40")]


_BY_MAIL = ("full", "partial", "cost", "refusal", "review", "ncnd", "notheld")


def test_reply_links_are_relative_and_resolve(report, campaign_plan) -> None:
    path, html = report
    hrefs = re.findall(r'<a href="([^"]+)"', html)
    # every final answer that came by mail; the one marked by hand ("marked") has no reply to link
    assert len(hrefs) == sum(sc.kind in _BY_MAIL for sc in campaign_plan.values()) == 35
    for href in hrefs:
        assert not re.match(r"^[a-z]+:", href) and (path.parent / href).resolve().is_file()


def test_report_is_self_contained(report) -> None:
    _, html = report
    assert "<script" not in html.lower()
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.IGNORECASE)
    assert not re.search(r"""url\(\s*["']?(?!#)|@import""", html)  # only url(#id) inside the SVG
    assert "default-src 'none'" in html  # CSP: even a crafted value could not fetch anything
    assert html.count("<svg") == 2  # the charts are inline, made by matplotlib
    assert "working days (s.10(1))" in html


def test_text_from_mail_is_escaped(campaign_app, tmp_path: Path) -> None:
    from foibot.db import repo

    evil = '<script>alert("x")</script><img src=https://evil.example/t.gif>'
    with campaign_app.db.session() as s:
        req = repo.request_by_ref(s, _ref(campaign_app, "kent"))
        req.authority_reference = evil
        s.add(req)
    html = write_report(campaign_facts(campaign_app, CAMPAIGN), campaign_app.state_dir,
                        tmp_path / "r.html").read_text()
    assert "<script" not in html and "evil.example/t.gif>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html


def _ref(app, slug: str) -> str:
    return next(f.our_reference for f in campaign_facts(app, CAMPAIGN).forces if f.force == slug)


def test_bundle_copies_replies_next_to_the_report(foibot_campaign, tmp_path: Path) -> None:
    out = foibot_campaign("report", CAMPAIGN, "--bundle", str(tmp_path / "pub")).stdout
    index = tmp_path / "pub" / "index.html"
    assert str(index) in out
    hrefs = re.findall(r'<a href="([^"]+)"', index.read_text())
    assert len(hrefs) == 35 and all(h.startswith("replies/") and (index.parent / h).is_file() for h in hrefs)
    assert len(list((tmp_path / "pub" / "replies").iterdir())) == 35
    assert b"Dear Alex Example" in (index.parent / hrefs[0]).read_bytes()


@pytest.fixture
def foibot_campaign(campaign_home):
    from conftest import Foibot

    return Foibot(campaign_home)


def chromium(url: str, tmp: Path, *extra: str) -> subprocess.CompletedProcess:
    if CHROMIUM is None:
        pytest.fail("chromium is not installed (apt-get install -y chromium)")
    args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
            f"--user-data-dir={tmp / 'profile'}", "--enable-logging=stderr", "--v=0",
            f"--log-net-log={tmp / 'net.json'}", *extra, url]
    return subprocess.run(args, capture_output=True, text=True, timeout=90, check=False)


def page_requests(tmp: Path) -> set[str]:
    urls = set(re.findall(r'"url":"([^"]+)"', (tmp / "net.json").read_text()))
    return {u for u in urls if re.match(r"^(?:https?|wss?|ftp):", u) and not _BROWSER_HOSTS.match(u)}


def console_lines(result: subprocess.CompletedProcess) -> list[str]:
    return [line for line in result.stderr.splitlines() if ":CONSOLE" in line]


@pytest.mark.slow
def test_the_harness_sees_console_errors_and_requests(tmp_path: Path) -> None:
    """Control: the same checks do fail on a page that logs an error and fetches a URL."""
    page = tmp_path / "bad.html"
    page.write_text('<p>x</p><img src="https://example.com/x.png"><script>console.error("boom")</script>')
    result = chromium(page.as_uri(), tmp_path, "--dump-dom")
    assert any("boom" in line for line in console_lines(result))
    assert "https://example.com/x.png" in page_requests(tmp_path)


@pytest.mark.slow
def test_chromium_renders_the_report_offline(report, tmp_path: Path) -> None:
    from PIL import Image

    path, _ = report
    dom = chromium(path.as_uri(), tmp_path, "--dump-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert "League table" in dom.stdout and dom.stdout.count('<tr id="') == 48
    assert console_lines(dom) == []
    assert page_requests(tmp_path) == set()
    png = tmp_path / "report.png"
    shot = chromium(path.as_uri(), tmp_path, "--window-size=1280,2000", f"--screenshot={png}")
    assert shot.returncode == 0 and png.is_file(), shot.stderr[-2000:]
    image = Image.open(png).convert("RGB")
    assert image.size == (1280, 2000)
    small = image.resize((128, 200))
    colours = small.getcolors(maxcolors=128 * 200)
    non_white = sum(n for n, c in colours if sum(c) < 720)
    assert non_white > 0.05 * 128 * 200 and len(colours) > 50  # text, badges, not a blank page


_CITATION = st.builds(lambda n, sub: f"s.{n}{sub}", st.integers(1, 80),
                      st.sampled_from(["", "(1)", "(2)", "(1)(a)", "(3)"]))


@given(st.lists(_CITATION, max_size=8))
def test_exemption_sections_are_the_distinct_sections_in_numeric_order(cited: list[str]) -> None:
    sections = exemption_sections(tuple(cited))
    numbers = [int(s[2:]) for s in sections]
    assert numbers == sorted(set(numbers))
    assert set(sections) == {re.match(r"s\.\d+", c).group(0) for c in cited}


@given(st.lists(st.tuples(st.sampled_from(STANDINGS), st.none() | st.integers(0, 90)), max_size=30))
def test_league_puts_better_standings_first(entries) -> None:
    facts = [ForceFacts(force=f"f{i}", force_name=f"Force {i}", regime="foia", our_reference=f"R{i}",
                        authority_reference=None, state="sent", display="", standing=standing, sent_on=None,
                        provisional=False, due_date=None, responded_on=None, working_days_taken=days,
                        late_by=None, overdue_by=None, outcome=None, exemptions=(),
                        review_request_deadline=None, review_due_date=None, reply_path=None)
             for i, (standing, days) in enumerate(entries)]
    ranked = league(facts)
    assert sorted(ranked, key=lambda f: f.force) == sorted(facts, key=lambda f: f.force)
    order = [STANDINGS.index(f.standing) for f in ranked]
    assert order == sorted(order)
    for a, b in zip(ranked, ranked[1:], strict=False):
        if a.standing == b.standing and a.working_days_taken is not None and b.working_days_taken is not None:
            assert a.working_days_taken <= b.working_days_taken
