"""The general rules that the blind sets of 2026-11-22 taught (blind15-20, written by authors
who never saw the classifier). Each test states the rule in a form that could fail, on wording
that is not in the corpus."""

from __future__ import annotations

import pytest

from foibot.authref import find_authority_reference, find_response_date
from foibot.classify import classify_text, own_text
from foibot.classify_kind import uncontracted
from foibot.domain import MessageKind as K
from foibot.exemptions import find_exemptions
from foibot.extract import html_text


def test_contractions_are_written_out_the_same_way_in_text_and_rules():
    assert uncontracted("We don't, haven't, won't, can't; we've, I'm, they'll") == \
        "We do not, have not, will not, cannot; we have, I am, they will"
    assert classify_text("Hi Jo, we've received your request and we'll reply by 3 July.").kind \
        == K.ACKNOWLEDGEMENT
    assert classify_text("Sorry, we don't hold anything like that.").kind == K.NOT_HELD


@pytest.mark.parametrize("text, kind", [
    pytest.param(  # "1." "2." "3." in front of restated questions made refusals partial disclosures
        "You asked:\n1. How many licences do you hold?\n2. What did they cost?\n"
        "3. Which suppliers?\nThe information is withheld in full under section 31(1)(a).",
        K.REFUSAL, id="list numbers are not figures"),
    pytest.param(
        "Your request is refused under section 12. There are 41,600 emails and 2,270 "
        "documents in scope, which would take 416 hours to review.",
        K.REFUSAL, id="numbers in a cost or vexatious refusal are the burden, not answers"),
    pytest.param(
        "The force is not providing the figures because they are already published on "
        "our website, so they are exempt under section 21. They are in the file "
        "'Stop search 2025.xlsx'.",
        K.REFUSAL, id="pointers to published information are a section 21 refusal"),
    pytest.param(
        "Kent Police does not hold this information. The Home Office may hold it; we have not "
        "transferred your request.",
        K.NOT_HELD, id="we have not transferred is not a transfer"),
    pytest.param(
        "We are unable to progress your request as it stands, as it could not be answered "
        "within the appropriate limit (section 12). Could you please: specify a time period? "
        "Under section 1(3) we are not obliged to comply until we hear from you.",
        K.CLARIFICATION_REQUEST, id="clarification under section 1(3) is not a refusal"),
])
def test_what_numbers_pointers_and_look_alikes_mean(text, kind):
    assert classify_text(text).kind == kind


@pytest.mark.parametrize("text", [
    "If we need you to clarify anything, we will get in touch and the clock will pause.",
    "Where a request needs clarifying, we will contact you before the target date.",
    "If that happens we will write to you before the date above to extend the time.",
])
def test_hedges_about_what_might_happen_later_do_not_decide(text):
    ack = "Thank you for your request, which has been logged as 4410/26. "
    assert classify_text(ack + text).kind == K.ACKNOWLEDGEMENT


@pytest.mark.parametrize("text", [
    "With your consent we have today transferred your request to the Home Office, which holds "
    "the information. Its 20 working days run from when it receives it.",
    "As you asked, the request has been withdrawn and closed on our system.",
    "The National Crime Agency is not listed in Schedule 1 and is not a public authority for "
    "the purposes of the Freedom of Information Act.",
])
def test_transfers_withdrawals_and_bodies_outside_the_act_are_other(text):
    assert classify_text(text).kind == K.OTHER


def test_an_automated_receipt_without_a_case_reference_is_an_auto_reply():
    text = ("This is an automated message to confirm your email has reached our mailbox. One of "
            "the team will be in touch once it has been read.")
    assert classify_text(text).kind == K.AUTO_REPLY
    assert classify_text(text + " Your case reference is FOI 2026/01234.").kind == K.ACKNOWLEDGEMENT


@pytest.mark.parametrize("text, want", [
    ("I have not upheld the use of section 24(1). I uphold the decision to withhold part 3 "
     "under section 31(1)(a) and (b).", ("s.31(1)(a)(b)",)),
    ("The original response relied on section 24(1) and section 31(1)(a). I do not consider "
     "that section 24(1) is engaged. Section 31(1)(a) is upheld.", ("s.31(1)(a)",)),
    ("We considered whether the figures might be exempt under section 31. No exemption has "
     "been applied.", ()),
    ("Had any information been held, section 31 and section 24 would have needed "
     "consideration.", ()),
    ("Section 24(1) was also considered, but it is not necessary to rely on it. The names are "
     "withheld under section 40(2).", ("s.40(2)",)),
    ("The duty in section 1(1)(a) does not\napply by virtue of section 23(5) and section 24(2).",
     ("s.23(5)", "s.24(2)")),
    ("Section 23(5) applies to information supplied by the bodies listed at section 23(3).",
     ("s.23(5)",)),
    ("Crimes under section 38 of the Criminal Justice and Licensing (Scotland) Act 2010 and "
     "Misuse of Drugs Act s.23 searches.", ()),
    ("Section 18(1) of the Freedom of Information (Scotland) Act 2002 applies where the "
     "information would be exempt under any of sections 28 to 35.", ("s.18(1)",)),
    ("Exemption applied: 40(2)", ("s.40(2)",)),
    ("Sec. 43(2) and \u00a7 31(1)(a)", ("s.31(1)(a)", "s.43(2)")),
    ("we are applying section 21 of the FOI Act", ("s.21",)),
])
def test_exemptions_relied_on_not_those_withdrawn_imagined_or_of_other_acts(text, want):
    assert find_exemptions(text)[0] == want


@pytest.mark.parametrize("text, want", [
    ("Review Number:    IR-2026-00041\nOriginal Request: F-2026-00195\n", "IR-2026-00041"),
    ("West Mercia Police\n\nIR 20260061\nDate: 19 May 2026\n\nReview of your request "
     "(original reference 6814/26)", "IR 20260061"),
    ("Original FOI reference: LC-2026-00881\n", "LC-2026-00881"),
    ("Ein Cyf / Our Ref: OPCCNW 26-07\n", "OPCCNW 26-07"),
    ("Thanks, we've logged it on our system as CUM/FOI/26/0731 - please quote it.", "CUM/FOI/26/0731"),
    ("Hi Jo,\n\nReally sorry - your request about ANPR (2026-04803) is late.", "2026-04803"),
    ("Hi Jo,\n\nFOI 2026/00731 - Taser use figures\n", "FOI 2026/00731"),
    ("| Our Ref | 0412/26 | Date | 12/05/2026 |", "0412/26"),
    ("Please quote FOI 123/26 in any further correspondence.", "FOI 123/26"),
])
def test_authority_reference_layouts(text, want):
    assert find_authority_reference(text)[0] == want


@pytest.mark.parametrize("text, want", [
    ("| Our Ref   | TVP/2026/3321 | Date      | 06/05/2026 |", "2026-05-06"),
    ("Date: | 23 February 2026", "2026-02-23"),
    ("Dyddiad ymateb / Date of response: 21/04/2026", "2026-04-21"),
    ("Date: 2026-08-05", "2026-08-05"),
    ("Date: August 5, 2026", "2026-08-05"),
    ("Dyddiad / Date: 2 Medi 2026", "2026-09-02"),
])
def test_response_date_layouts(text, want):
    found = find_response_date(text)[0]
    assert found is not None and found.isoformat() == want


def test_inline_html_stays_in_its_sentence_and_cells_keep_a_gap():
    text = html_text("<p>given it the reference\n<strong>DOR-1</strong>.</p>"
                     "<table><tr><td>2023</td><td>14</td></tr></table>")
    assert text == "given it the reference DOR-1.\n2023 | 14"


def test_a_rule_of_underscores_is_not_a_quote_but_an_outlook_header_is():
    letter = "Please see the letter below.\n" + "_" * 40 + "\nOur Ref: CLE/FOI/0277/26\n"
    assert "CLE/FOI/0277/26" in own_text(letter)
    quoted = "Thanks.\n" + "_" * 40 + "\nFrom: Jo\nSent: Monday\nOur Ref: X/1/2\n"
    assert "X/1/2" not in own_text(quoted)
