"""Measure reply understanding on the labelled corpus (tests/corpus/labels.json).

Prints, for each split (dev, holdout, blind1..13) separately: per-kind precision and recall, overall
classification accuracy, authority-reference accuracy and exemption-set exact accuracy; then the
classification speed over the whole corpus in messages per second (parsing excluded: emails are
parsed once, then ``classify``/``classify_text`` is timed, best of --repeat runs, CPU time).

    .venv/bin/python bench/understanding.py [--json] [--show-errors] [--split dev] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from foibot.classify import (  # noqa: E402
    as_json,
    classify,
    classify_text,
    looks_like_email,
    understand,
)

CORPUS = ROOT / "tests" / "corpus"
#: dev: the rules were written against it. holdout: written before the rules, never tuned on.
#: blind1..: written *after* the rules in deliberately different wording, scored once, then
#: used for tuning; their first-run scores are in docs/understanding.md. The splits are read
#: from labels.json, so a new blind set only needs its labels.
def splits(labels: dict) -> list[str]:
    names = {lab["split"] for lab in labels.values()}
    return sorted(names, key=lambda n: (n != "dev", n != "holdout",
                                        int(re.sub(r"\D", "", n) or 0), n))


def speed(labels: dict, repeat: int = 5) -> dict:
    """Messages per second of classification over every labelled text (CPU time, best run)."""
    from foibot.extract import text_from_bytes
    from foibot.mailparse import parse_mail

    items = []
    for name in sorted(labels):
        data = (CORPUS / name).read_bytes()
        items.append(parse_mail(data) if looks_like_email(data, name)
                     else text_from_bytes(data, None)[0])

    def run() -> None:
        for item in items:
            classify_text(item) if isinstance(item, str) else classify(item)

    run()  # warm-up: first-call costs (imports, compiled patterns) are not per message
    best = min(_timed(run) for _ in range(repeat))
    return {"messages": len(items), "seconds": best, "messages_per_second": len(items) / best,
            "ms_per_message": best / len(items) * 1000}


def _timed(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def evaluate(split: str, labels: dict) -> dict:
    rows = []
    for name, label in sorted(labels.items()):
        if label["split"] != split:
            continue
        path = CORPUS / name
        got = as_json(understand(path.read_bytes(), path.name))
        rows.append((name, label, got))
    return summarise(rows)


def summarise(rows: list) -> dict:
    kinds = sorted({r[1]["kind"] for r in rows} | {r[2]["kind"] for r in rows})
    per_kind = {}
    for kind in kinds:
        tp = sum(1 for _, lab, got in rows if lab["kind"] == kind and got["kind"] == kind)
        predicted = sum(1 for _, _, got in rows if got["kind"] == kind)
        actual = sum(1 for _, lab, _ in rows if lab["kind"] == kind)
        per_kind[kind] = {"n": actual, "precision": tp / predicted if predicted else None,
                          "recall": tp / actual if actual else None}
    n = len(rows) or 1
    errors = []
    for name, lab, got in rows:
        for key in ("kind", "authority_reference", "exemptions", "response_date"):
            if (sorted(got[key]) if key == "exemptions" else got[key]) != \
                    (sorted(lab[key]) if key == "exemptions" else lab[key]):
                errors.append({"file": name, "field": key, "want": lab[key], "got": got[key]})
    def acc(key: str) -> float:
        return sum(1 for _, lab, got in rows if _same(key, lab, got)) / n
    return {"n": len(rows), "classification": acc("kind"),
            "authority_reference": acc("authority_reference"),
            "exemptions_exact": acc("exemptions"), "response_date": acc("response_date"),
            "per_kind": per_kind, "errors": errors}


def _same(key: str, lab: dict, got: dict) -> bool:
    if key == "exemptions":
        return sorted(lab[key]) == sorted(got[key])
    return lab[key] == got[key]


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:5.1%}"


def report(split: str, result: dict, show_errors: bool) -> None:
    print(f"\n== {split}: {result['n']} texts ==")
    print(f"{'kind':28} {'n':>3} {'precision':>9} {'recall':>7}")
    for kind, m in result["per_kind"].items():
        print(f"{kind:28} {m['n']:>3} {_fmt(m['precision']):>9} {_fmt(m['recall']):>7}")
    for key in ("classification", "authority_reference", "exemptions_exact", "response_date"):
        print(f"{key:28} {result[key]:.1%}")
    if show_errors:
        for e in result["errors"]:
            print(f"  {e['file']}: {e['field']} want {e['want']!r} got {e['got']!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show-errors", action="store_true")
    labels = json.loads((CORPUS / "labels.json").read_text(encoding="utf-8"))
    parser.add_argument("--split", choices=splits(labels), action="append")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs for the speed figure")
    args = parser.parse_args(argv)
    results = {s: evaluate(s, labels) for s in (args.split or splits(labels))}
    results["speed"] = speed(labels, max(1, args.repeat))
    if args.json:
        print(json.dumps(results, indent=1, default=str))
        return 0
    for split, result in results.items():
        if split != "speed":
            report(split, result, args.show_errors)
    s = results["speed"]
    print(f"\n== speed: {s['messages']} texts ==\nclassification {s['messages_per_second']:,.0f} "
          f"messages/s ({s['ms_per_message']:.3f} ms per message, CPU time, parsing excluded)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
