"""The comparison report of one campaign: facts per force (facts.py, pure), read from the database
(gather.py), charted (charts.py, matplotlib SVG) and rendered to one self-contained HTML file
(html.py, Jinja2 with autoescape: every text that came from mail is escaped)."""
