"""The report's charts as inline SVG strings (matplotlib, no pyplot global state, no files).

``svg.fonttype = none`` keeps labels as text (small, searchable, selectable); ``svg.hashsalt``
and an empty Date make the output byte-for-byte reproducible, so a re-run report diffs cleanly.
"""

from __future__ import annotations

import io

from foibot.report.facts import ForceFacts, response_days

COLOURS = {"answered in time": "#2e7d32", "answered late": "#f9a825", "awaiting reply": "#90a4ae",
           "overdue": "#e53935", "long overdue": "#8e0000", "delivery failed": "#6a1b9a",
           "withdrawn": "#bdbdbd"}
OUTCOME_COLOURS = {"full": "#2e7d32", "partial": "#7cb342", "refused": "#c62828", "not held": "#757575",
                   "NCND": "#4a148c"}
_RC = {"svg.fonttype": "none", "svg.hashsalt": "foibot", "font.family": "sans-serif", "font.size": 9}


def _svg(fig) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    text = buf.getvalue()
    return text[text.index("<svg"):]  # drop the XML prolog and DOCTYPE: the SVG goes inline


def days_chart(facts: list[ForceFacts]) -> str:
    """Working days taken per force (so far, for the unanswered) against the 20-day line (s.10(1))."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    rows = [f for f in facts if f.working_days_taken is not None]
    rows.sort(key=lambda f: (f.working_days_taken, f.force_name), reverse=True)
    with matplotlib.rc_context(_RC):
        fig = Figure(figsize=(8, 1.0 + 0.2 * max(len(rows), 1)))
        ax = fig.add_subplot()
        ax.barh([f.force_name for f in rows], [f.working_days_taken for f in rows],
                color=[COLOURS[f.standing] for f in rows],
                hatch=[None if f.responded_on else "//" for f in rows], edgecolor="white", linewidth=0.4)
        ax.axvline(response_days(), color="black", linestyle="--", linewidth=1)
        ax.text(response_days(), len(rows) - 0.3, f" {response_days()} working days (s.10(1))", va="bottom")
        ax.set_xlabel("working days from receipt to response (hatched: no final response yet, so far)")
        ax.margins(y=0.01)
        ax.spines[["top", "right"]].set_visible(False)
        used = [s for s in COLOURS if any(f.standing == s for f in rows)]
        ax.legend(handles=[Patch(color=COLOURS[s], label=s) for s in used], loc="upper left",
                  bbox_to_anchor=(1.01, 1.0), frameon=False)
        return _svg(fig)


def outcomes_chart(counts: dict[str, int]) -> str:
    """How many forces gave each kind of final response."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    labels = list(counts)
    with matplotlib.rc_context(_RC):
        fig = Figure(figsize=(5, 2.2))
        ax = fig.add_subplot()
        bars = ax.bar(labels, [counts[k] for k in labels], color=[OUTCOME_COLOURS[k] for k in labels])
        ax.bar_label(bars, padding=2)
        ax.set_ylabel("forces")
        ax.spines[["top", "right"]].set_visible(False)
        return _svg(fig)
