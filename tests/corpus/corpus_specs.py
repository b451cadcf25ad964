"""The covering emails of the corpus messages that carry attachments (see build_attachments.py).

Each spec: name, split (dev/holdout), day offset for the Date header, From, To, Subject, extra
headers, body, and attachments as (letter file in letters/, format, attachment filename).
"""

ME = "Jo Bloggs <jo+{}@example.org>"

SPECS = [
    {"name": "h03_psni_partial_pdf.eml", "split": "holdout", "day": 18,
     "from": "PSNI Freedom of Information <foi@psni.police.uk>",
     "to": ME.format("foi-smm26-psni-8b1d"),
     "subject": "F-2026-01898 Response [FOI-SMM26-PSNI-8B1D]",
     "body": "Dear Jo Bloggs,\n\nPlease find attached the response to your Freedom of Information "
             "request F-2026-01898.\n\nRegards\nCorporate Information Branch\nTel 028 9065 0222\n",
     "attachments": [("h03_psni_letter.txt", "pdf", "F-2026-01898 Response.pdf")]},
    {"name": "h16_wyp_partial_docx.eml", "split": "holdout", "day": 24,
     "from": "West Yorkshire Police <foi@westyorkshire.police.uk>",
     "to": ME.format("foi-smm26-westyork-rt2m"),
     "subject": "RE: Freedom of Information request - social media monitoring [FOI-SMM26-WESTYORK-RT2M]",
     "body": "Good afternoon,\n\nPlease see the attached letter in response to your request.\n\n"
             "Kind regards\nDisclosure Team\n",
     "attachments": [("h16_wyp_letter.txt", "docx", "Response 0611-26.docx")]},
    {"name": "h17_btp_full_pdf.eml", "split": "holdout", "day": 29,
     "from": "BTP FOI <foi@btp.police.uk>",
     "to": ME.format("foi-smm26-btp-ww6t"),
     "subject": "Your FOI request FOI-SMM26-BTP-WW6T",
     "body": "Hello,\n\nYour response is attached.\n\nBTP Information Rights Unit\n",
     "attachments": [("h17_btp_letter.txt", "pdf", "FOI-2026-00312.pdf")]},
    {"name": "d14_northumbria_full_docx.eml", "split": "dev", "day": 16,
     "from": "Northumbria Police FOI <freedomofinformation@northumbria.police.uk>",
     "to": ME.format("foi-smm26-northumb-6qz1"),
     "subject": "Freedom of Information Request 1077/26 [FOI-SMM26-NORTHUMB-6QZ1]",
     "body": "Dear Jo,\n\nPlease find our response attached.\n\nFreedom of Information Unit\n",
     "attachments": [("d14_northumbria_letter.txt", "docx", "1077-26 response.docx")]},
    {"name": "d16_leics_partial_pdf.eml", "split": "dev", "day": 7,
     "from": "Leicestershire Police <foi@leics.police.uk>",
     "to": ME.format("foi-smm26-leiceste-m3v8"),
     "subject": "FOI 001987/26",
     "body": "Please see attached.\n\nInformation Management\n",
     "attachments": [("d16_leics_letter.txt", "pdf", "001987-26.pdf")]},
    {"name": "d25_glos_refusal_pdf.eml", "split": "dev", "day": -12,
     "from": "Gloucestershire Constabulary <foi@gloucestershire.police.uk>",
     "to": ME.format("foi-smm26-glouces-2xk7"),
     "subject": "Response to your request GC/FOI/0331/26",
     "headers": {"In-Reply-To": "<foi-smm26-glouces-2xk7.1@example.org>"},
     "body": "Dear Sir/Madam,\n\nPlease find attached our response.\n\nInformation Compliance Unit\n",
     "attachments": [("d25_glos_letter.txt", "pdf", "GC-FOI-0331-26.pdf")]},
    {"name": "d39_notts_partial_zip.eml", "split": "dev", "day": 10,
     "from": "Notts Police FOI <foi@nottinghamshire.police.uk>",
     "to": ME.format("foi-smm26-nottingh-9p4w"),
     "subject": "FOI 2026/0722 - response",
     "body": "Attached is a zip file containing our response.\n",
     "attachments": [("d39_notts_letter.txt", "zip", "FOI 2026-0722.zip")]},
    {"name": "d40_lincs_full_rtf.eml", "split": "dev", "day": 3,
     "from": "Lincolnshire Police <foi@lincs.police.uk>",
     "to": ME.format("foi-smm26-lincolns-tt5c"),
     "subject": "FOI Disclosure 000412/2026",
     "body": "Dear Requester\n\nPlease find attached the disclosure for your request.\n",
     "attachments": [("d40_lincs_letter.txt", "rtf", "000412-2026.rtf")]},
    {"name": "d41_forwarded_refusal.eml", "split": "dev", "day": 5,
     "from": "Duty Officer <duty.officer@wiltshire.police.uk>",
     "to": ME.format("foi-smm26-wiltshir-jd7e"),
     "subject": "Fwd: FOI response WP/FOI/26/1140",
     "body": "Hi, forwarding the response below as the original was sent to the wrong address.\n",
     "attachments": [("inner_wilts", "eml", "FOI response.eml")]},
]

INNER = {
    "inner_wilts": {
        "name": "inner_wilts.eml", "day": 4,
        "from": "Wiltshire Police FOI <foi@wiltshire.police.uk>",
        "to": "someone.else@example.net",
        "subject": "FOI response WP/FOI/26/1140",
        "body": "Our Reference: WP/FOI/26/1140\n\nDear Jo Bloggs,\n\n"
                "Wiltshire Police can confirm it holds the information requested. However, to "
                "locate and extract it would exceed the appropriate limit of 18 hours set under "
                "Section 12 (cost of compliance) of the Act. We are therefore not obliged to "
                "comply with your request and this is a refusal notice.\n\n"
                "You may wish to narrow your request to a single year.\n\n"
                "Information Management, Devizes SN10 2DN, 01380 734036\n",
        "attachments": []},
}
