"""Ingest and attachment-text benchmarks on the same 5,000 realistic replies in a real Dovecot.

ingest: `foibot poll --no-extract` (fetch, archive durably, parse, match, classify, record) against
the least any safe ingest must do — fetch the same messages with imapclient in batches of 100,
write each raw message to a file with one filesystem sync per batch, and parse each with the
standard library's email parser (default policy). Targets: ratio <= 1.5, peak RSS <= 150 MB.

extract: foibot's attachment stage (every pending PDF: parse, extract, classify, store, on all
cores) against pypdf alone extracting the same 1,667 PDFs in one process. extract_ratio is
foibot's throughput over the baseline's (target >= 1.5).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from _common import FOIBOT, record, run_timed
from _servers import imap_home, start_dovecot
from imap_sync import reply, small_pdf

N = 5000
BASELINE_INGEST = r'''
import email, email.policy, os, ssl, sys
from imapclient import IMAPClient
host, port, user, password, ca, out = sys.argv[1:7]
ctx = ssl.create_default_context(cafile=ca)
c = IMAPClient(host, port=int(port), ssl=True, ssl_context=ctx)
c.login(user, password)
c.select_folder("INBOX", readonly=True)
uids = c.search("ALL")
n = 0
for i in range(0, len(uids), 100):
    for uid, data in c.fetch(uids[i:i + 100], ["BODY.PEEK[]"]).items():
        raw = data[b"BODY[]"]
        with open(os.path.join(out, f"{uid}.eml"), "wb") as f:
            f.write(raw)
        email.message_from_bytes(raw, policy=email.policy.default)
        n += 1
    os.sync()
c.logout()
assert n == len(uids)
'''
TEXT_ONLY = r'''
import sys, time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
sys.path.insert(0, sys.argv[1])
from imap_sync import small_pdf
from foibot.extract import extract_file

def one(n):
    return len(extract_file("r.pdf", "application/pdf", small_pdf(n))[0])

if __name__ == "__main__":
    ns = list(range(0, int(sys.argv[2]), 3))
    with ProcessPoolExecutor(max_workers=2, mp_context=get_context("spawn")) as pool:
        list(pool.map(one, ns[:4]))  # start the workers before timing
        t = time.perf_counter()
        chars = sum(pool.map(one, ns, chunksize=8))
    print(time.perf_counter() - t, len(ns), chars)
'''
BASELINE_EXTRACT = r'''
import io, sys
from pypdf import PdfReader
sys.path.insert(0, sys.argv[1])
from imap_sync import small_pdf
pdfs = [small_pdf(n) for n in range(0, int(sys.argv[2]), 3)]
import time
t = time.perf_counter()
chars = sum(len(p.extract_text()) for pdf in pdfs for p in PdfReader(io.BytesIO(pdf)).pages)
print(time.perf_counter() - t, len(pdfs), chars)
'''
EXTRACT = r'''
import sys, time
from pathlib import Path
from foibot.app import open_app
from foibot.service.extraction import extract_pending
app = open_app(Path(sys.argv[1]))
t = time.perf_counter()
r = extract_pending(app)
print(time.perf_counter() - t, r.extracted, r.failed)
'''


def main() -> None:
    server = start_dovecot()
    try:
        user = server.add_user()
        for start in range(0, N, 500):
            server.append(user, "INBOX", [reply(n) for n in range(start, min(N, start + 500))])
        with tempfile.TemporaryDirectory(prefix="fbing") as tmp:
            tmp = Path(tmp)
            home = tmp / "home"
            subprocess.run([*FOIBOT, "init", str(home)], check=True, stdout=subprocess.DEVNULL)
            env = imap_home(home, server, user)
            (tmp / "raw").mkdir()
            base_cmd = [sys.executable, "-c", BASELINE_INGEST, server.host, str(server.imaps_port), user.name,
                        user.password, str(server.ca_file), str(tmp / "raw")]
            run_timed(base_cmd)  # warm Dovecot's caches for both
            base, base_mb = run_timed(base_cmd)
            ours, ours_mb = run_timed([*FOIBOT, "--home", str(home), "poll", "--no-extract"], env=env)
            ratio = ours / base
            print(f"ingest {N:,} messages: foibot poll {ours:.2f} s (peak {ours_mb:.0f} MB), baseline "
                  f"{base:.2f} s (peak {base_mb:.0f} MB), ratio {ratio:.2f} (target <= 1.5, <= 150 MB)")
            out = subprocess.run([sys.executable, "-c", EXTRACT, str(home)], check=True, capture_output=True,
                                 text=True).stdout.split()
            ex_time, extracted = float(out[0]), int(out[1])
            out = subprocess.run([sys.executable, "-c", BASELINE_EXTRACT, str(Path(__file__).parent), str(N)],
                                 check=True, capture_output=True, text=True).stdout.split()
            bx_time, bx_n = float(out[0]), int(out[1])
            extract_ratio = (extracted / ex_time) / (bx_n / bx_time)
            print(f"attachments: foibot read+classified {extracted} messages in {ex_time:.2f} s "
                  f"({extracted / ex_time:.0f}/s); pypdf alone {bx_n} PDFs in {bx_time:.2f} s "
                  f"({bx_n / bx_time:.0f}/s); extract_ratio {extract_ratio:.2f} (target >= 1.5)")
            script = tmp / "text_only.py"
            script.write_text(TEXT_ONLY)
            out = subprocess.run([sys.executable, str(script), str(Path(__file__).parent), str(N)],
                                 check=True, capture_output=True, text=True).stdout.split()
            text_ratio = (int(out[1]) / float(out[0])) / (bx_n / bx_time)
            print(f"text only: foibot's extractor on both cores {int(out[1]) / float(out[0]):.0f} PDFs/s; "
                  f"extract_text_ratio {text_ratio:.2f}")
            record(ingest_ratio=round(ratio, 2), ingest_peak_mb=round(ours_mb, 1), ingest_seconds=round(ours, 2),
                   ingest_baseline_seconds=round(base, 2), extract_ratio=round(extract_ratio, 2),
                   extract_text_ratio=round(text_ratio, 2))
    finally:
        server.cleanup()


if __name__ == "__main__":
    _ = small_pdf
    main()
