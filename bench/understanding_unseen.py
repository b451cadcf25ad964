"""Score the classifier on tests/corpus_unseen/: 70 replies written by an author who never saw
the rules. This is the exam, not training data: never tune rules against these files (see its
README). Prints the same figures as understanding.py, once.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from foibot.classify import understand  # noqa: E402

CORPUS = ROOT / "tests" / "corpus_unseen"


def main() -> dict:
    labels = json.loads((CORPUS / "labels.json").read_text())
    hits, per_kind = Counter(), defaultdict(lambda: [0, 0])
    for name, label in sorted(labels.items()):
        c = understand((CORPUS / name).read_bytes(), name)
        right = str(c.kind) == label["kind"]
        per_kind[label["kind"]][0] += right
        per_kind[label["kind"]][1] += 1
        hits["classification"] += right
        hits["authority_reference"] += c.authority_reference == label["authority_reference"]
        hits["exemptions_exact"] += sorted(c.exemptions) == sorted(label["exemptions"])
        date = c.response_date.isoformat() if c.response_date else None
        hits["response_date"] += date == label["response_date"]
    n = len(labels)
    for kind, (right, total) in sorted(per_kind.items()):
        print(f"{kind:28} {right:3}/{total:<3}")
    figures = {k: round(v / n, 3) for k, v in hits.items()}
    for key in ("classification", "authority_reference", "exemptions_exact", "response_date"):
        print(f"{key:28} {figures[key]:.1%}  (n = {n})")
    return figures


if __name__ == "__main__":
    main()
