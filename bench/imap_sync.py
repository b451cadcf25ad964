"""Benchmark: ImapInbox.batches() over 5,000 realistic messages vs bare imapclient.

Starts its own Dovecot on loopback (the test fixture code in tests/mailserver_dovecot.py),
APPENDs N messages (a third carry a small PDF, like a force's disclosure letter), then runs each
reader in a fresh subprocess twice: once timed, once under tracemalloc for the peak of Python
allocations. Both readers use implicit TLS with the fixture CA and fetch BODY.PEEK[] in batches
of the same size, so the ratio is the cost of the adapter's bookkeeping (STATUS, UID windows,
IncomingMail objects, retry wrapper). Dovecot is warmed by one untimed read first; the readers
then alternate for ``--rounds`` rounds; medians (and the best) are reported.

    .venv/bin/python bench/imap_sync.py            # 5,000 messages, batches of 100
    .venv/bin/python bench/imap_sync.py -n 500 -b 50
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def small_pdf(n: int, rows: int = 120) -> bytes:
    """A valid one-page PDF with a table of figures (~6 KB), different for each message."""
    lines = [f"BT /F1 8 Tf 40 {800 - 6 * i} Td (Row {i}: incidents {n * 7 + i % 13}, "
             f"requests {i * 3 + n % 11}, cost GBP {i * 45 + n % 97}.00) Tj ET" for i in range(rows)]
    stream = "\n".join(lines).encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def reply(n: int) -> bytes:
    """A force's reply to an FOI request: quoted request, multipart, sometimes a PDF."""
    force = ["dyfed-powys", "kent", "met", "durham", "gwent", "lancashire"][n % 6]
    ref = f"FOI-SMM26-{force[:5].upper()}-{n:04X}"
    msg = EmailMessage()
    msg["From"] = f"Freedom of Information <foi@{force}.police.example>"
    msg["To"] = "Researcher <me@localhost>"
    msg["Subject"] = f"RE: {ref} Freedom of Information request - use of drones"
    msg["Date"] = format_datetime(datetime(2026, 6, 1, tzinfo=UTC) + timedelta(minutes=n))
    msg["Message-ID"] = make_msgid(idstring=f"r{n}", domain=f"{force}.police.example")
    msg["In-Reply-To"] = f"<{ref}@foibot.example>"
    body = (f"Dear Requester,\n\nFreedom of Information Act 2000 request reference {ref}.\n\n"
            + "We have now considered your request under section 1(1) of the Act. " * 12
            + "\n\nYours sincerely,\nInformation Management Unit\n\n> Original request:\n"
            + "> Please provide the number of drone deployments in each year.\n" * 8)
    msg.set_content(body)
    msg.add_alternative(f"<html><body><p>{body.replace(chr(10), '<br>')}</p></body></html>",
                        subtype="html")
    if n % 3 == 0:
        msg.add_attachment(small_pdf(n), maintype="application", subtype="pdf",
                           filename=f"{ref}-response.pdf")
    return msg.as_bytes()


def read_foibot(args: argparse.Namespace) -> int:
    from foibot.config import ImapSettings
    from foibot.mail.imap import ImapInbox
    inbox = ImapInbox(ImapSettings(host="127.0.0.1", port=args.port, security="tls",
                                   username=args.user, password_env="BENCH_PW", ca_file=args.ca))
    count = 0
    for batch in inbox.batches({}, batch_size=args.batch):
        count += len(batch)
    inbox.close()
    return count


def read_baseline(args: argparse.Namespace) -> int:
    import ssl

    from imapclient import IMAPClient
    c = IMAPClient("127.0.0.1", port=args.port, ssl=True, timeout=60.0,  # as ImapSettings
                   ssl_context=ssl.create_default_context(cafile=args.ca))
    c.login(args.user, os.environ["BENCH_PW"])
    c.select_folder("INBOX", readonly=True)
    uids, count = c.search("ALL"), 0
    for i in range(0, len(uids), args.batch):
        data = c.fetch(uids[i:i + args.batch], [b"BODY.PEEK[]"])
        count += len(data)
    c.logout()
    return count


def worker(args: argparse.Namespace) -> None:
    import imapclient  # noqa: F401

    import foibot.config  # noqa: F401  imports are not part of the timing
    import foibot.mail.imap  # noqa: F401
    read = read_foibot if args.worker == "foibot" else read_baseline
    start = time.perf_counter()
    count = read(args)
    seconds = time.perf_counter() - start
    tracemalloc.start()
    read(args)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(json.dumps({"count": count, "seconds": seconds, "peak_mb": peak / 2**20,
                      "maxrss_mb": high_water_rss_kib() / 1024}))


def high_water_rss_kib() -> int:
    """VmHWM: peak RSS of this process image. ru_maxrss would include the parent's peak,
    which Linux carries across fork+exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run_worker(name: str, args: argparse.Namespace, user, port: int, ca: str) -> dict:
    cmd = [sys.executable, __file__, "--worker", name, "--port", str(port), "--user", user.name,
           "--ca", ca, "-b", str(args.batch)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True,
                         env={**os.environ, "BENCH_PW": user.password})
    return json.loads(out.stdout)


def poll_cost(user, port: int, ca: str) -> float:
    """Seconds for a poll that finds nothing new (the daemon's steady state)."""
    from foibot.config import ImapSettings
    from foibot.mail.imap import ImapInbox
    from foibot.ports import Cursor
    os.environ["BENCH_PW"] = user.password
    inbox = ImapInbox(ImapSettings(host="127.0.0.1", port=port, security="tls",
                                   username=user.name, password_env="BENCH_PW", ca_file=ca))
    last = None
    for batch in inbox.batches({}, batch_size=500):
        last = batch[-1]
    cursors = {"INBOX": Cursor("INBOX", last.uidvalidity, last.uid)}
    start = time.perf_counter()
    for _ in range(20):
        assert list(inbox.batches(cursors)) == []
    inbox.close()
    return (time.perf_counter() - start) / 20


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("-n", "--messages", type=int, default=5000)
    p.add_argument("-b", "--batch", type=int, default=100)
    p.add_argument("-r", "--rounds", type=int, default=5)
    p.add_argument("--worker", choices=["foibot", "baseline"])
    p.add_argument("--port", type=int)
    p.add_argument("--user")
    p.add_argument("--ca")
    args = p.parse_args()
    if args.worker:
        return worker(args)
    from mailserver_dovecot import Dovecot
    dovecot = Dovecot(pool=1)
    try:
        dovecot.start()
        user = dovecot.add_user()
        raws = [reply(n) for n in range(args.messages)]
        start = time.perf_counter()
        dovecot.append(user, "INBOX", raws)
        size = sum(map(len, raws)) / 2**20
        print(f"loaded {len(raws)} messages ({size:.1f} MB, {sum(1 for n in range(len(raws)) if n % 3 == 0)} "
              f"with a PDF) in {time.perf_counter() - start:.1f} s")
        del raws
        ca = str(dovecot.ca_file)
        run_worker("baseline", args, user, dovecot.imaps_port, ca)  # warm Dovecot's caches
        runs: dict[str, list[dict]] = {"foibot": [], "baseline": []}
        for _ in range(args.rounds):  # alternate, keep the best of each
            for name in runs:
                runs[name].append(run_worker(name, args, user, dovecot.imaps_port, ca))
        report(runs["foibot"], runs["baseline"], poll_cost(user, dovecot.imaps_port, ca),
               args.batch)
    finally:
        dovecot.cleanup()


def report(ours: list[dict], base: list[dict], poll: float, batch: int) -> None:
    """Median and best of the rounds: on a shared 2-core box single runs vary by +-30 %."""
    if {r["count"] for r in ours} != {r["count"] for r in base}:
        raise SystemExit("the two readers did not see the same number of messages")
    print(f"{'reader':<22}{'messages':>9}{'median s':>10}{'best s':>8}{'msg/s':>7}"
          f"{'peak MB':>9}{'HWM MB':>8}")
    med = {}
    for name, runs in (("ImapInbox.batches", ours), ("bare imapclient", base)):
        times = sorted(r["seconds"] for r in runs)
        med[name] = statistics.median(times)
        r = runs[0]
        print(f"{name:<22}{r['count']:>9}{med[name]:>10.2f}{times[0]:>8.2f}"
              f"{r['count'] / med[name]:>7.0f}{max(x['peak_mb'] for x in runs):>9.1f}"
              f"{max(x['maxrss_mb'] for x in runs):>8.1f}")
    peak = max(x["peak_mb"] for x in ours) / max(x["peak_mb"] for x in base)
    print(f"ratio foibot/baseline: time {med['ImapInbox.batches'] / med['bare imapclient']:.2f}x "
          f"(medians of {len(ours)} rounds), peak memory {peak:.2f}x, batch size {batch}")
    print(f"poll with nothing new: {poll * 1000:.2f} ms (one STATUS)")


if __name__ == "__main__":
    main()
