"""When numbers in a reply read as answers, so that "Answer: 14" or a flattened table counts as
a disclosure even with no stock phrase.

Numbers that are only estimates of work (hours, records), fees, dates, references, phone
numbers or section numbers do not count.
"""

from __future__ import annotations

#: "2023 - 41; 2024 - 58", "2023/24 £250,000": figures given per year or financial year (a table
#: flattened to text) are a disclosure.
YEAR_FIGURES = (r"(?<![\w/.\-])20\d\d(?:[/\-](?:20)?\d\d)?\b\*?(?:\s*[:\u2013|]\s*|\s+-\s+|\s+)£?\d+(?:,\d{3})*\b"
                r"(?![/.\-]\d)|(?<![\w/.\-])20\d\d,[^,\n]{0,40},£?\d+\b")
YEAR_FIGURES_MIN = 3

#: The label of a list item at the start of a line ("1.", "2)", "(a)", "Q3:", "Question 4 -",
#: "Part 2:", "iii)", a bullet): not an answer, so it is dropped before figures are counted.
LIST_LABEL = (r"^[ \t]*(?:(?:q|question|part|request|item|point)[ \t]*\d{1,2}[a-z]?[ \t]*[.:)\-\u2013]?"
              r"|\(?\d{1,2}[a-z]?[.)]|\(?[a-z][.)]|\([ivx]{1,4}\)|[ivx]{1,4}[.)]|[\-*\u2022\u00b7\u25aa\u25cf\u25e6])(?:[ \t]+|$)")

#: Figures given as answers ("52 officers", "£31,000").
FIGURE = r"£\s?\d+(?:,\d{3})*(?:\.\d+)?|(?<![\w/.\-(£,\[])\d+(?:,\d{3})*(?![\w/\-(\),\]]|\.\d)"
FIGURE_NOT_AFTER = (r"(?:over|above|under|below|exceeding|than|up to)\s*£?\s*$|"
                    r"(?:sections?|s\.)\s*\d+[\w()]*\s*(?:,|and|&|or)\s*$|"  # "Sections 24, 30 and 31"
                    r"(?:sections?|adran|s\.|parts?|questions?|q|and|to|para(?:graph)?|ext\.?|extension|tel|"
                    r"telephone|no\.?|number|page|step|item|point|of|box|call|on|"
                    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*$")
FIGURE_NOT_BEFORE = (r"^\s*(?:[a-z\-]+\s+){0,2}(?:hours?|minutes?|working|days?|weeks?|months?|"
                     r"records?|reports?|requests?|pages?|files?)\b|^\s*(?:%|am\b|pm\b|:|ext\b|extension\b)"
                     r"|^\s*(?:st|nd|rd|th)?\s*(?:(?:to|-|\u2013|and)\s*\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ionawr|chwefror|mawrth"
                     r"|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr)"
                     r"|^\s+(?:[A-Z][a-z]+\s+){1,2}(?:Road|Street|Lane|Way|Avenue|Yard|House|Close|"
                     r"Drive|Place|Court|Park|Square)\b")
FIGURE_SENTENCE_SKIP = (r"\bfees?\b|charge|payable|\bpay\b|limit|cost of compliance|estimate|"
                        r"\bsum\b|remittance|postage|copying|meet the cost|cost of (?:providing|doing)")
FIGURES_MIN = 2
