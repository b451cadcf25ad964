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


# --- Taught by the retired exam corpus_unseen9 (2026-11-22, round 3) ---------------------------

UNSEEN9_KINDS = [
    pytest.param(
        "Thanks for writing to Avon and Somerset Police. The disclosure unit is away for the "
        "Easter break and will reopen on Tuesday 7 April. Messages will be answered on our "
        "return. To report a crime call 101.", K.AUTO_REPLY, id="a team away for a holiday"),
    pytest.param(
        "Thank you for your message. This mailbox deals with media enquiries only and is not "
        "monitored for information requests, which go to the FOI unit.",
        K.AUTO_REPLY, id="a mailbox that is not for FOI"),
    pytest.param(
        "I can confirm that the force holds this information and have set it out below.\n\n"
        "Region  Vans  Staff\nNorth  4  11\nSouth  3  9",
        K.FULL_DISCLOSURE, id="information set out below"),
    pytest.param(
        "After a thorough search, no recorded information falling within the terms of your "
        "request is held by the force.", K.NOT_HELD, id="no information ... is held"),
    pytest.param(
        "1. 212 drones are on the asset register.\n2. The flight logs are withheld under "
        "section 31(1)(a).", K.PARTIAL_DISCLOSURE, id="counted equipment is an answer"),
]


@pytest.mark.parametrize("text, want", [
    ("On review I find that section 24(1) was not properly applied to the budget. Section "
     "43(2) continues to apply.", ("s.43(2)",)),
    ("I have not gone on to assess whether section 12 applies as well; the request is "
     "refused under section 14(1).", ("s.14(1)",)),
])
def test_exemptions_found_wrongly_applied_or_left_unconsidered_are_not_relied_on(text, want):
    assert find_exemptions(text)[0] == want


def test_released_on_and_log_number_labels():
    assert find_response_date("Released on: 03/02/2026\n")[0].isoformat() == "2026-02-03"
    assert find_authority_reference("Thanks - our log number is DYF 2026/118.")[0] == "DYF 2026/118"


def test_a_report_that_gave_up_is_a_bounce_whatever_its_status_code():
    from foibot.classify import understand
    raw = (b"From: Mail Delivery Subsystem <mailer-daemon@mx.example.net>\r\n"
           b"To: jo+foi-x@example.org\r\nSubject: Delivery Status Notification (Delay)\r\n"
           b"Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
           b"--b\r\nContent-Type: text/plain\r\n\r\nGave up after 72 hours.\r\n"
           b"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx\r\n\r\n"
           b"Final-Recipient: rfc822; foi@force.example\r\nAction: %s\r\nStatus: 4.4.0\r\n--b--\r\n")
    assert understand(raw % b"failed", "x.eml").kind == K.BOUNCE
    assert understand(raw % b"delayed", "x.eml").kind == K.AUTO_REPLY


# --- Taught by blind27-31 (2026-11-22, round 3) -------------------------------------------------

BLIND27_31_KINDS = [
    pytest.param(
        "This office is a separate public authority from the force, so I have passed your "
        "request on to its disclosure unit, which will reply to you directly.",
        K.OTHER, id="a request passed on to the right body"),
    pytest.param(
        "Your case has been updated. Status: With department. We will email you when the "
        "response is ready. Please do not reply to this email.",
        K.OTHER, id="a portal status change"),
    pytest.param(
        "A reply to your request is now available. Sign in to your online account to view it. "
        "This is an automated message.", K.OTHER, id="a response waiting behind a log-in"),
    pytest.param(
        "We received your request on 3 March and logged it as 118/26. A fee may be payable. "
        "If so, we will write to you and the 20 working day period will pause until payment.",
        K.ACKNOWLEDGEMENT, id="if so, a fee: a hedge"),
    pytest.param(
        "We can supply all of the information you requested. The drone unit has 4 drones. "
        "There is no maintenance contract because servicing is done in-house.",
        K.FULL_DISCLOSURE, id="all the information, though one item does not exist"),
    pytest.param(
        "These figures are published (section 21) but, for convenience, they are repeated in "
        "full below.\n2022 - 5\n2023 - 7\n2024 - 9", K.FULL_DISCLOSURE,
        id="published figures repeated in full"),
    pytest.param(
        "Parts 1 and 2 are not held. Part 3 is withheld under section 31(1)(a). The approved "
        "budgets were:\n2024/25 £80,000\n2025/26 £95,000", K.PARTIAL_DISCLOSURE,
        id="financial-year figures are answers"),
    pytest.param(
        "How did we rate? [1] Poor [2] Fair [3] Good\n\nThe force does not hold any information "
        "within the scope of your request.", K.NOT_HELD, id="bracketed menu numbers are not answers"),
    pytest.param(
        "We would usually consider whether to neither confirm nor deny under section 24(2). "
        "Here we do not rely on that exemption: the force holds no information about this.",
        K.NOT_HELD, id="an NCND the force would usually consider"),
]


BLIND27_31_EXEMPTIONS = [
    ("Section 24(2) and section 31(3) were weighed. We looked at this carefully. We have not "
     "relied on either exemption.", ()),
    ("It is exempt under sections 23(5) (information supplied by, or relating to, bodies "
     "dealing with security matters), 24(2) (national security) and 31(3).",
     ("s.23(5)", "s.24(2)", "s.31(3)")),
    ("Section 31(3) applies where confirming would prejudice any of the matters mentioned in "
     "section 31(1).", ("s.31(3)",)),
    ("We answered that request in May with two figures withheld under section 40(2). This one "
     "is refused under section 14(2).", ("s.14(2)",)),
    ("Our earlier reply said:\n\n- the policy is published (section 21);\n- the log is withheld "
     "under section 30(1).\n\nThe review upholds section 30(1).", ("s.30(1)",)),
    ("You did not ask for the section 40(2) redactions to be reviewed. Section 43(2) is upheld.",
     ("s.43(2)",)),
    ("We considered sections 31 and 38 carefully. We have not relied on any exemption in this "
     "response.", ()),
    ("We are considering whether the following apply:\n\nSection 31(1)(a)\n\nWhere an exemption "
     "is qualified, we must weigh the public interest.", ("s.31(1)(a)",)),
]


def test_round_three_reference_and_date_labels():
    assert find_authority_reference("Freedom of Information\n\nRequest ID: NYP-2026-0441\n")[0] \
        == "NYP-2026-0441"
    assert find_authority_reference("Your request (73120) has been received.")[0] == "73120"
    assert find_response_date("Request ID: 26-0412\nDate issued:  16/04/2026\n")[0].isoformat() \
        == "2026-04-16"
    assert find_response_date("(Dyddiad / Date: 14/04/2026)\n")[0].isoformat() == "2026-04-14"
    assert find_response_date("Date of review decision: 02/06/2026\n")[0].isoformat() == "2026-06-02"
    assert find_response_date("Responded to: 31 March 2026\n")[0].isoformat() == "2026-03-31"


# --- Taught by the retired exam corpus_unseen10 (2026-11-22, round 4) --------------------------

UNSEEN10_KINDS = [
    pytest.param(
        "Request:\n1. How many staff left after an appeal overturned an initial refusal?\n\n"
        "Response 1:\nThere were 6 in 2024 and 4 in 2025.", K.FULL_DISCLOSURE,
        id="a review word in the restated request does not make a review"),
    pytest.param(
        "1. We use one app, supplied by Acme; the DPIA is attached.\n2. We are unable to answer "
        "this question: section 12(1) applies, as it would exceed the appropriate limit.",
        K.PARTIAL_DISCLOSURE, id="s.12 for one question, the rest answered"),
    pytest.param(
        "Answer 1: Introduced in 2023. There is no contract as the tool was built in-house. "
        "The annual running cost is £9,000.\nAnswer 2: 2024 - 31; 2025 - 44.",
        K.FULL_DISCLOSURE, id="there is no contract is an answer"),
    pytest.param(
        "The force can neither confirm nor deny that it holds the information. Sections 24, 30 "
        "and 31 are qualified exemptions.", K.NCND, id="a list of sections is not figures"),
]


def test_a_heading_that_cites_a_section_takes_the_verdict_under_it():
    letter = ("Section 43(2) - Commercial interests\n\nThe supplier no longer objects. The panel "
              "has substituted a different decision and the value is released.\n\n"
              "Section 31(1)(a) - Law enforcement\n\nThe decision is upheld.")
    assert find_exemptions(letter)[0] == ("s.31(1)(a)",)
    extension = ("Your request is being considered under:\n\n  s24(1) National Security\n\n"
                 "Where an exemption is subject to the public interest test, we may extend.")
    assert find_exemptions(extension)[0] == ("s.24(1)",)


def test_round_four_reference_and_date_layouts():
    assert find_authority_reference("INTERNAL REVIEW\nReference No: IR 2026-0031\n")[0] == "IR 2026-0031"
    assert find_authority_reference("Thank you (our ref CoP FOI 2026-0099).")[0] == "CoP FOI 2026-0099"
    assert find_response_date("Reference: 0161/26        24 February 2026\n")[0].isoformat() == "2026-02-24"
    assert find_response_date("Received:  29/01/2026\n")[0] is None
    assert find_response_date("2 Mawrth 2026 / 2 March 2026\n")[0].isoformat() == "2026-03-02"
    assert find_response_date("Ref: 2026/0392 | Published: 03/03/2026 |")[0].isoformat() == "2026-03-03"
    assert find_response_date("Response sent: 27/02/2026\n")[0].isoformat() == "2026-02-27"


# --- Taught by blind32-34 (2026-11-22, round 5) -------------------------------------------------

BLIND32_34_KINDS = [
    pytest.param("Ack - FOI 26-0519, due 02/04/26.\n\nSent from my phone", K.ACKNOWLEDGEMENT,
                 id="a terse ack"),
    pytest.param("Partial - two names redacted s40(2), rest in full. Ref 26/0777", K.PARTIAL_DISCLOSURE,
                 id="a terse partial"),
    pytest.param("See attached - all six questions answered. Ref 0042/26", K.FULL_DISCLOSURE,
                 id="all questions answered"),
    pytest.param(
        "The Commissioner's office holds none of this, so we have passed it to Cleveland "
        "Police's disclosure team, who will reply to you.", K.OTHER, id="passed to the force"),
    pytest.param(
        "We have no record of your earlier email in our inbox. Your request has been received and "
        "logged as F-2026-00911; the response is due on 2 April 2026.", K.ACKNOWLEDGEMENT,
        id="a lost email is not information not held"),
    pytest.param(
        "Q1 - 2023: 14 / 2024: 19\nQ2 - the DPIA is attached.\nQ3 - we rely on section 12 for "
        "question 3, and this is a refusal notice for that question.", K.PARTIAL_DISCLOSURE,
        id="s.12 refusal notice for one question"),
    pytest.param(
        "Your request for an internal review has been passed to an officer who was not involved in "
        "the original decision. We aim to complete reviews within 20 working days. This is not "
        "the outcome of the review.", K.ACKNOWLEDGEMENT, id="a review acknowledged"),
    pytest.param(
        "GMP does not hold the information. For the avoidance of doubt, this is not a 'neither "
        "confirm nor deny' response.", K.NOT_HELD, id="not an NCND, it says"),
    pytest.param(
        "We should have responded by 3 March and I am sorry that we have not. I now expect to be "
        "able to send you a full response by 19 March.", K.EXTENSION_NOTICE, id="a late apology"),
]


def test_round_five_exemptions_and_system_acknowledgements():
    assert find_exemptions("Where figures are small we would normally consider whether section "
                           "40(2) applies. That has not been necessary here.")[0] == ()
    from foibot.classify import understand
    raw = (b"From: noreply@force.example\r\nTo: jo+foi-x@example.org\r\nSubject: Request received\r\n"
           b"Auto-Submitted: auto-generated\r\n\r\nYour request has been received.\r\nCase ID: 004571\r\n"
           b"Response due: 31/03/2026\r\nThis is an automated message. Please do not reply.\r\n")
    assert understand(raw, "x.eml").kind == K.ACKNOWLEDGEMENT


# --- Taught by the retired exam corpus_unseen11 and blind35 (2026-11-22, round 6) ---------------

UNSEEN11_BLIND35_KINDS = [
    pytest.param(
        "I wrote on 2 March asking you to clarify the request. As we have had no reply, your "
        "request has now been closed and no further action will be taken.", K.OTHER,
        id="closed for want of clarification"),
    pytest.param(
        "This is an automated response. If you have made a subject access request, we need to "
        "verify your identity before we can proceed. This mailbox is monitored Monday to Friday.",
        K.AUTO_REPLY, id="a mailbox notice that hedges about what you sent"),
    pytest.param(
        "I have set out below the information we can provide.\nQ1: 2024 - 311; 2025 - 298\n"
        "Questions 2 and 3 would exceed the appropriate limit, and this part of your request is "
        "refused under section 12.", K.PARTIAL_DISCLOSURE, id="this part of your request is refused"),
    pytest.param(
        "Update on your request. Status: Extended - public interest test. Revised due: 09/03/2026.",
        K.EXTENSION_NOTICE, id="a portal's extended status"),
    pytest.param(
        "Q1 2023: 412 | 2024: 455\nQ2: refused under section 12, as it would exceed the cost "
        "limit. We have answered the remainder of your request.", K.PARTIAL_DISCLOSURE,
        id="the remainder answered"),
]


UNSEEN11_EXEMPTIONS = [
    ("Any reserve set aside for the claim is withheld under section 42(1).", ("s.42(1)",)),
    ("Section 14(2) provides that an authority which has previously complied with a request "
     "need not comply with a repeated one. This request repeats your earlier request.", ("s.14(2)",)),
    ("Read each record    2,911     40 sec     32 hrs\nThis exceeds the limit in section 12(1).",
     ("s.12(1)",)),
]


def test_round_six_references_and_dates():
    assert find_authority_reference("DORSET POLICE\n\nFOI: 2026-0412\nDate: 27/03/2026\n")[0] == "2026-0412"
    head = "Cleveland Police \u2013 FOI 2026/0316 \u2013 25/03/2026\n\nQ1: ..."
    assert find_authority_reference(head)[0] == "FOI 2026/0316"
    assert find_response_date(head)[0].isoformat() == "2026-03-25"
    assert find_response_date("New due date | 15 July 2026\n")[0] is None
    assert find_authority_reference("Reference for this request remains 002288/26.")[0] == "002288/26"


@pytest.mark.parametrize("text, kind", [
    *UNSEEN9_KINDS, *BLIND27_31_KINDS, *UNSEEN10_KINDS, *BLIND32_34_KINDS, *UNSEEN11_BLIND35_KINDS,
])
def test_kinds_taught_by_the_later_rounds(text, kind):
    assert classify_text(text).kind == kind


@pytest.mark.parametrize("text, want", [*BLIND27_31_EXEMPTIONS, *UNSEEN11_EXEMPTIONS])
def test_exemption_rules_taught_by_the_later_rounds(text, want):
    assert find_exemptions(text)[0] == want
