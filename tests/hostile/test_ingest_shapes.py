"""Issue 7: every nasty shape through the real ingest path (poll, then the extraction stage), the
hard per-message extraction timeout, and attachment names that must never become paths."""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

import bigshapes
import pytest
from sqlmodel import select

from foibot.app import open_app
from foibot.db.tables import MessageRow
from foibot.service import extraction
from foibot.service.extraction import extract_pending, read_attachments
from foibot.service.ingest import poll

CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.eml"))


def _files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


def _rows(app) -> dict[str, MessageRow]:
    with app.db.session(readonly=True) as s:
        return {r.sha256: r for r in s.exec(select(MessageRow).where(MessageRow.direction == "in"))}


@pytest.mark.slow
def test_every_shape_through_ingest_without_stalling(foibot, home: Path, tmp_path: Path) -> None:
    shapes = {p.stem: p.read_bytes() for p in CORPUS} | bigshapes.big_shapes()
    for name, raw in shapes.items():
        (home / "state/maildir/new" / name).write_bytes(raw)
    outside = _files(tmp_path) - _files(home / "state")
    app = open_app(home)
    started = time.monotonic()
    report = poll(app)
    x = extract_pending(app)
    elapsed = time.monotonic() - started
    assert elapsed < 120, f"ingest of the shapes took {elapsed:.0f} s"
    assert report.fetched == len(shapes) and report.recorded + report.quarantined == len(shapes)
    rows = _rows(app)
    for name, raw in shapes.items():
        row = rows[hashlib.sha256(raw).hexdigest()]
        assert row.extraction != "pending", name
        assert (home / "state" / row.raw_path).read_bytes() == raw, name
    _assert_names_stay_data(home, tmp_path, outside, rows)
    assert x.extracted + x.failed == report.pending_extraction
    app.close()
    print(f"\nshapes: {len(shapes)} through ingest in {elapsed:.1f} s, {report.quarantined} quarantined, "
          f"{x.extracted} extracted, {x.failed} extraction failed")


def _assert_names_stay_data(home: Path, tmp_path: Path, outside: set[Path], rows) -> None:
    """Hostile attachment names are in the database as text, and no file was made from one:
    nothing new outside state/, and inside state/ only the archive's content-addressed names."""
    names = {a["filename"] for r in rows.values() for a in json.loads(r.attachments or "[]")}
    assert {"../../../../tmp/pwned.txt", "/etc/passwd", "CON.txt", "evil\ufffd.pdf"} <= names
    assert _files(tmp_path) - _files(home / "state") == outside
    assert not Path("/tmp/pwned.txt").exists()
    for path in _files(home / "state" / "mail"):
        assert len(path.stem) == 64 and path.suffix == ".eml"
    made = {p.name for p in _files(home / "state")}
    assert not made & {"passwd", "pwned.txt", "CON.txt", "hosts", "cmd.exe"}


#: The alarm can land inside a finalizer (``__del__`` run by the garbage collector in pypdf's
#: code); Python then prints "Exception ignored" and carries on, and the timer fires again a
#: second later in ordinary code. That is the design; pytest would turn the print into an error.
ALARM_IN_FINALIZER = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


@ALARM_IN_FINALIZER
def test_hard_timeout_stops_one_slow_pdf_page(tmp_path: Path) -> None:
    """One pypdf ``extract_text`` call the page budget cannot interrupt: SIGALRM does."""
    path = tmp_path / "slow.eml"
    path.write_bytes(bigshapes.mail_with("slow.pdf", "application/pdf", bigshapes.pdf_slow_page(),
                                         "one slow page"))
    started = time.monotonic()
    result = read_attachments(str(path), timeout=1.0)
    # 1 s when the alarm lands in ordinary code; each landing in a finalizer costs another second
    # (see ALARM_IN_FINALIZER), and a loaded test process has seen three in a row
    assert time.monotonic() - started < 8
    assert result["error"].startswith("ExtractionTimeout")


@ALARM_IN_FINALIZER
def test_timed_out_extraction_is_flagged_and_the_poll_goes_on(home: Path, monkeypatch) -> None:
    monkeypatch.setattr(extraction, "HARD_TIMEOUT_SECONDS", 1.0)
    slow = bigshapes.mail_with("slow.pdf", "application/pdf", bigshapes.pdf_slow_page(), "slow page")
    (home / "state/maildir/new/slow").write_bytes(slow)
    (home / "state/maildir/new/fine").write_bytes(
        bigshapes.mail_with("letter.pdf", "application/pdf", bigshapes.pdf_pages(1, b""), "fine"))
    app = open_app(home)
    assert poll(app).pending_extraction == 2
    started = time.monotonic()
    x = extract_pending(app)
    assert time.monotonic() - started < 8
    assert (x.extracted, x.failed) == (1, 1)
    row = _rows(app)[hashlib.sha256(slow).hexdigest()]
    assert row.extraction == "failed" and "ExtractionTimeout" in row.warnings
    app.close()


def test_only_small_shapes_are_committed():
    assert sum(os.path.getsize(p) for p in CORPUS) < 1_000_000  # the big ones: bigshapes.py


def test_hard_deadline_puts_back_an_outer_alarm() -> None:
    """pytest-timeout (or any caller) may have its own SIGALRM running; it must survive ours."""
    import signal

    from foibot.service.extraction import ExtractionTimeout, hard_deadline

    fired: list[int] = []
    old = signal.signal(signal.SIGALRM, lambda *_: fired.append(1))
    outer = signal.setitimer(signal.ITIMER_REAL, 1.0)  # pytest-timeout's own alarm, if any
    try:
        with pytest.raises(ExtractionTimeout), hard_deadline(0.2):
            time.sleep(0.6)
        assert 0 < signal.getitimer(signal.ITIMER_REAL)[0] < 0.9
        time.sleep(1.0)
        assert fired == [1]
    finally:
        signal.signal(signal.SIGALRM, old)
        signal.setitimer(signal.ITIMER_REAL, *outer)
