"""Score the classifier on the exams: corpora written by authors who never saw the rules.

    .venv/bin/python bench/understanding_unseen.py [tests/corpus_unseen ...]

- tests/corpus_unseen12/ (100 replies, 2026-11-22)

Earlier exams (corpus_unseen .. corpus_unseen11) were scored, then retired to training data:
tests/corpus/retired1..11 (their READMEs record their exam figures).

These are exams, not training data: never tune rules against these files (see each README).
Tune on new blind sets under tests/corpus/ instead, then score the exams once. Prints, per
exam, the accuracy per kind and of the four fields.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from foibot.classify import understand  # noqa: E402

EXAMS = [ROOT / "tests" / "corpus_unseen12"]


def score(corpus: Path) -> dict:
    labels = json.loads((corpus / "labels.json").read_text())
    hits, per_kind = Counter(), defaultdict(lambda: [0, 0])
    for name, label in sorted(labels.items()):
        c = understand((corpus / name).read_bytes(), name)
        right = str(c.kind) == label["kind"]
        per_kind[label["kind"]][0] += right
        per_kind[label["kind"]][1] += 1
        hits["classification"] += right
        hits["authority_reference"] += c.authority_reference == label["authority_reference"]
        hits["exemptions_exact"] += sorted(c.exemptions) == sorted(label["exemptions"])
        date = c.response_date.isoformat() if c.response_date else None
        hits["response_date"] += date == label["response_date"]
    n = len(labels)
    print(f"== {corpus.relative_to(ROOT)}: {n} texts ==")
    for kind, (right, total) in sorted(per_kind.items()):
        print(f"{kind:28} {right:3}/{total:<3}")
    figures = {k: round(v / n, 3) for k, v in hits.items()}
    for key in ("classification", "authority_reference", "exemptions_exact", "response_date"):
        print(f"{key:28} {figures.get(key, 0):.1%}  (n = {n})")
    return figures


def main(argv: list[str]) -> dict:
    corpora = [Path(a).resolve() for a in argv] or EXAMS
    return {str(c.relative_to(ROOT)): score(c) for c in corpora}


if __name__ == "__main__":
    main(sys.argv[1:])
