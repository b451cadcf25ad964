from _w import W
E=[]
E.append(("u17_thamesvalley_extension.txt","extension_notice","TVP/FOI/2026/1733",["s.24(1)","s.31(1)(a)(b)"],"2026-06-26","""
OFFICIAL

Thames Valley Police
Information Access Team
Headquarters South, Oxford Road, Kidlington, Oxfordshire OX5 2NX

Our ref: TVP/FOI/2026/1733
Date: 26 June 2026

Dear Applicant,

Freedom of Information Act 2000 - Extension of time to consider the public interest

I write in relation to your request for information received on 29 May 2026 (your reference FOI-SMM26-THVL-8CNQ) concerning the software platforms used by Thames Valley Police for social media monitoring and open-source intelligence, and their cost.

Section 1(1) of the Act requires a public authority to respond to a request within 20 working days. However, section 10(3) allows an authority to extend this period where it needs further time to consider whether the public interest in maintaining an exemption outweighs the public interest in disclosure.

Thames Valley Police holds information relevant to your request. We consider that the following exemptions are engaged in respect of part 5 of your request:

Section 24(1) - National Security
Section 31(1)(a)(b) - Law Enforcement

Both are qualified exemptions and we are therefore required to carry out a public interest test. Because this request forms part of a series of similar requests received by forces nationally, we are consulting the National Police Chiefs' Council Central Referral Unit to ensure a consistent approach, and we need further time to complete the public interest test.

This letter serves as a notice under section 17(2) of the Act. We now aim to provide you with a full response by 24 July 2026. If we are able to respond before this date we will do so.

We apologise for any inconvenience this may cause.

If you are dissatisfied with the handling of your request you have the right to request an internal review, and thereafter to complain to the Information Commissioner under section 50 of the Act.

Yours sincerely,

Information Access Officer
Thames Valley Police
Tel: 101

OFFICIAL
"""))
E.append(("u18_westmercia_extension.eml","extension_notice","FOI 2026/06418",[],"2026-06-29","""
From: West Mercia Police Information Compliance <foi@westmercia.police.uk>
To: foi.research@example.org
Subject: FOI 2026/06418 - Public Interest Test Extension
Date: Mon, 29 Jun 2026 16:55:38 +0100
Message-ID: <WMP.FOI.2026.06418.pit@westmercia.police.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Dear Requester,

Reference: FOI 2026/06418
Your ref: FOI-SMM26-WMER-J7Y5

I am writing to inform you that West Mercia Police has not yet completed its consideration of your request for information dated 1 June 2026.

Some of the information you have requested may be subject to a qualified exemption, which requires us to consider the balance of the public interest. Section 10(3) of the Freedom of Information Act 2000 permits a public authority to extend the time for response by a reasonable period in order to consider the public interest.

We estimate that we will be able to provide you with a response by 27 July 2026.

Thank you for your patience.

Kind regards,

Information Compliance Unit
West Mercia Police
Hindlip Hall, Worcester, WR3 8SP
Date of notice: 29 June 2026

--
This communication is intended for the addressee(s) only. Please notify the sender if received in error. Internet email is not to be treated as a secure means of communication. West Mercia Police monitors all internet email activity and content.
"""))
E.append(("u19_btp_extension.txt","extension_notice","FOI 1203-26",["s.31(1)(a)(b)"],"2026-06-30","""
Freedom of Information Request Reference Number: FOI 1203-26
Date: 30/06/2026

Dear Sir/Madam

Thank you for your request for information received by British Transport Police (BTP) on 01/06/2026 in which you asked for information about the number of staff engaged in online investigations and the software used to conduct them.

Under section 10(3) of the Freedom of Information Act 2000, where a public authority is considering the public interest test in relation to a qualified exemption, it may extend the time limit for response.

I am writing to inform you that BTP believes that the information requested at part 5 is exempt under Section 31(1)(a)(b) (Law Enforcement) of the Act, but has not yet reached a decision on where the balance of the public interest lies. Accordingly, we require further time and now expect to respond to you in full by 28/07/2026.

Parts 1 to 4 of your request are being processed and will be answered in our final response.

Should you have any queries please contact the Freedom of Information Unit quoting the reference number above.

Yours sincerely

Freedom of Information Unit
British Transport Police
25 Camden Road, London, NW1 9LN
"""))
E.append(("u20_sussex_extension.txt","extension_notice","1055/26",[],"2026-06-30","""
Sussex Police
Information Access Unit
Church Lane, Lewes, East Sussex BN7 2DZ

Your reference: FOI-SMM26-SUSX-1DKF
Our reference: 1055/26

30 June 2026

Dear Applicant

FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION: NOTIFICATION OF EXTENSION

I refer to your request for information concerning social media monitoring, received on 1 June 2026.

I regret that we are not yet able to provide you with a response. The information you have requested is held by Sussex Police, but we require additional time to consider the public interest in respect of the application of one or more qualified exemptions. Section 10(3) of the Act allows us to extend the response deadline for this purpose.

Due to the need to liaise with our colleagues in Surrey Police, with whom we share a joint Specialist Crime Command, and with national policing leads, we now anticipate that a response will be sent to you no later than Tuesday 28 July 2026.

Please accept our apologies for this delay.

Yours sincerely

Freedom of Information Decision Maker
Information Access Unit
Sussex Police | Tel: 01273 470101 ext. 554412

Cofion / Regards
"""))
E.append(("u21_cnc_extension.txt","extension_notice","CNC/FOI/2026/037",["s.24(1)","s.31(1)(a)"],"2026-06-25","""
OFFICIAL

CIVIL NUCLEAR CONSTABULARY
Culham Science Centre, Abingdon, Oxfordshire, OX14 3DB

Freedom of Information Request: CNC/FOI/2026/037
Your reference: FOI-SMM26-CNCX-V9PL

25 June 2026

Dear Requester,

Thank you for your request dated 28 May 2026 regarding the Constabulary's use of open-source intelligence tools.

I am writing to let you know that we need more time to respond. The Civil Nuclear Constabulary is relying on the following exemptions:

- Section 24(1) - National Security
- Section 31(1)(a) - Law Enforcement (prevention or detection of crime)

These are qualified exemptions which require us to consider whether the public interest in maintaining the exemptions outweighs the public interest in disclosure. Given the nature of the Constabulary's role in protecting civil nuclear sites and nuclear material in transit, this requires consultation with the Department for Energy Security and Net Zero and other stakeholders.

In accordance with section 10(3) of the Freedom of Information Act 2000 we are extending the time for response to 23 July 2026.

This notice is issued under section 17(2) of the Act.

Yours sincerely,

Information Rights Team
Civil Nuclear Constabulary
foi@cnc.police.uk

OFFICIAL
"""))
E.append(("u22_dorset_full_disclosure.txt","full_disclosure","FOI 2026-0712",[],"2026-06-24","""
Dorset Police Freedom of Information Response

Reference: FOI 2026-0712
Date of response: 24/06/2026

Request:
Your reference FOI-SMM26-DORS-5XH2.

1. The number of recorded incidents in each of the past three years involving (a) malicious communications (b) online harassment.
2. The number that resulted in (a) arrest (b) charge.

Response:

Dorset Police holds the information requested, which is provided below.

Q1.
Year     Malicious communications   Online harassment
2023     1,112                      467
2024     1,089                      512
2025       974                      588

Q2.
Year     Offence type                 Arrested   Charged/Summonsed
2023     Malicious communications     61         22
2023     Online harassment            29         11
2024     Malicious communications     58         19
2024     Online harassment            34         13
2025     Malicious communications     49         17
2025     Online harassment            41         16

Notes:
- Data extracted from Niche RMS on 18/06/2026 and based on calendar years.
- "Online harassment" comprises harassment and stalking offences where the crime record has the online/cyber-enabled flag applied.
- Outcomes relate to the crimes recorded in each year, irrespective of when the outcome was applied.

The information supplied to you continues to be protected by the Copyright, Designs and Patents Act 1988. You are free to use it for your own purposes, including any non-commercial research you are doing and for the purposes of news reporting. Any other re-use, for example commercial publication, would require the permission of the copyright holder.

If you are dissatisfied with this response you may ask for an internal review within 40 working days. If you remain dissatisfied after the review you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

Freedom of Information Team
Dorset Police, Force Headquarters, Winfrith, Dorchester DT2 8DZ
"""))
E.append(("u23_northyorkshire_full_disclosure.txt","full_disclosure","NYP-01723-26",[],"2026-06-19","""
North Yorkshire Police
Civil Disclosure Unit

Reference Number: NYP-01723-26
Your Reference: FOI-SMM26-NYRK-A2B3
Date: 19 June 2026

Dear Applicant

REQUEST FOR INFORMATION

I write in response to your request for information received on 22 May 2026, in which you asked:

"Does North Yorkshire Police have a written policy or procedure covering the use of social media and open-source research by officers and staff for investigative purposes? If so, please provide a copy, together with the date it was last reviewed."

North Yorkshire Police does hold information relevant to your request. I can confirm that the force procedure "Online Research and Investigation (ORI)" was last reviewed on 14 March 2025. A copy of the procedure is attached to this email in full ("NYP ORI Procedure v4.1.pdf"). No information has been redacted.

In line with the Freedom of Information Act, North Yorkshire Police has a duty under section 16 to provide advice and assistance. You may also be interested in the national College of Policing Authorised Professional Practice on investigation, which is available on the College of Policing website.

Your rights
If you are not satisfied with the way your request has been handled, you may ask for an internal review. Requests for review should be made in writing within 40 working days of the date of this letter to the Civil Disclosure Unit, North Yorkshire Police, Alverton Court, Crosby Road, Northallerton DL6 1BF, or by email to civil.disclosure@northyorkshire.police.uk.

If you remain dissatisfied you may apply to the Information Commissioner under section 50 of the Act.

Yours sincerely

Civil Disclosure Officer
North Yorkshire Police
"""))
E.append(("u24_policescotland_full_disclosure.txt","full_disclosure","IM-FOI-2026-1402",[],"2026-06-26","""
OFFICIAL

Police Scotland
Information Management - Dundee
PO Box 59, West Bell Street, Dundee DD1 9JU

Date: 26 June 2026
Our reference: IM-FOI-2026-1402
Your reference: FOI-SMM26-SCOT-E5R8

FREEDOM OF INFORMATION (SCOTLAND) ACT 2002

Dear Applicant

I refer to your recent request for information which has been handled in accordance with the Freedom of Information (Scotland) Act 2002.

For ease of reference, your request is replicated below together with the response.

1. The number of crimes recorded in each of the past three years involving improper use of a public electronic communications network or threatening or abusive behaviour committed online.

The following table shows the number of crimes recorded by Police Scotland which were flagged as cyber-enabled, by financial year:

| Crime                                                        | 2023/24 | 2024/25 | 2025/26 |
|--------------------------------------------------------------|---------|---------|---------|
| Improper use of communication network (s.127 CA 2003)        | 6,214   | 5,893   | 5,702   |
| Threatening or abusive behaviour (s.38 CJLSA 2010) - cyber   | 3,418   | 3,590   | 3,811   |
| Stalking (s.39 CJLSA 2010) - cyber                           | 1,022   | 1,105   | 1,187   |

2. The number of these that resulted in a report to the Procurator Fiscal.

| Crime                                                        | 2023/24 | 2024/25 | 2025/26 |
|--------------------------------------------------------------|---------|---------|---------|
| Improper use of communication network                       | 2,507   | 2,311   | 2,219   |
| Threatening or abusive behaviour - cyber                     | 1,644   | 1,702   | 1,790   |
| Stalking - cyber                                             | 512     | 540     | 566     |

All statistics are provisional and should be treated as management information. All data have been extracted from Police Scotland internal systems and are correct as at 16 June 2026.

Please note that section 38 above refers to the Criminal Justice and Licensing (Scotland) Act 2010 and not to any exemption under the Act.

Should you require any further assistance please contact Information Management quoting the reference number given.

If you are dissatisfied with the way in which Police Scotland has dealt with your request, you are entitled in the first instance to request a review of our actions and decisions. Your request must specify the matter which gives rise to your dissatisfaction and it must be made within 40 working days of receiving this response - e.g. by email to foi@scotland.police.uk or by letter to Information Management - FOI, Police Scotland, Clyde Gateway, 2 French Street, Dalmarnock, Glasgow, G40 4EH.

If you remain dissatisfied following our review response, you can appeal to the Office of the Scottish Information Commissioner (OSIC) within six months - online, by email or by letter to OSIC, Kinburn Castle, Doubledykes Road, St Andrews, KY16 9DS.

Following an OSIC appeal, you can appeal to the Court of Session on a point of law only.

This response will be added to our Disclosure Log in seven days' time.

Every effort has been taken to ensure our response is as accessible as possible. If you require this response to be provided in an alternative format, please let us know.

OFFICIAL
"""))
E.append(("u25_gwent_full_disclosure.txt","full_disclosure","2026/FOI/812",[],"2026-06-23","""
Heddlu Gwent Police
Freedom of Information Response

Request Ref: 2026/FOI/812
Date: 23 June 2026

Your request (FOI-SMM26-GWNT-H3LS) and our response:

Q3. The number of staff assigned to social media monitoring, open-source intelligence (OSINT), or online investigations.
A3. Gwent Police has a dedicated Open Source Unit within the Intelligence Department. As at 1 June 2026 the unit comprised 7 staff: 1 Detective Sergeant, 2 Detective Constables and 4 police staff researchers (6.6 FTE in total).

Q4. The annual cost of these teams.
A4. The salary budget (including on-costs) for the Open Source Unit was:
2023/24 - £318,400
2024/25 - £331,950
2025/26 - £347,200

Gwent Police is committed to transparency and these figures are provided in full.

If you are not happy with this response you can request an internal review by writing to the Freedom of Information Officer, Gwent Police Headquarters, Turnpike Road, Croesyceiliog, Cwmbran NP44 2XJ within 40 working days. You also have the right to complain to the Information Commissioner.

Mae'r ddogfen hon ar gael yn Gymraeg. Os hoffech gael copi Cymraeg, cysylltwch â'r Swyddog Rhyddid Gwybodaeth.
This document is available in Welsh. If you would like a Welsh copy, please contact the Freedom of Information Officer.
"""))
E.append(("u26_cumbria_full_disclosure.eml","full_disclosure","CUM/2026/FOI/00388",[],"2026-06-22","""
From: Cumbria Constabulary FOI <freedom.information@cumbria.police.uk>
To: Research Requests <foi.research@example.org>
Subject: Your FOI request - Cumbria ref CUM/2026/FOI/00388
Date: Mon, 22 Jun 2026 10:31:07 +0100
Message-ID: <CUM2026FOI00388.1750584667@cumbria.police.uk>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="==BOUNDARY_cum_00388=="

--==BOUNDARY_cum_00388==
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Classification: OFFICIAL

Dear Requester,

Thank you for your Freedom of Information request (your ref FOI-SMM26-CUMB-R4EE), which was received on 26/05/2026.

You asked for the software platforms used by Cumbria Constabulary for open-source research and the annual cost of each.

Cumbria Constabulary can confirm it holds this information. Having considered your request, we are able to provide it in full. Cumbria Constabulary does not currently licence any commercial social media monitoring platform. Open-source research is conducted using standard web browsers on standalone research terminals. The associated costs are:

  Standalone internet research terminals (hardware + connectivity), 2025/26: £4,860
  Training (College of Policing ORI course places), 2025/26: £2,400

Please see the attached PDF for the full response letter.

This response will be published on our disclosure log.

Your right to complain: if you are unhappy with this response you can ask us for an internal review within 40 working days. After that you can complain to the ICO.

Regards,
Freedom of Information Team
Cumbria Constabulary, Carleton Hall, Penrith, Cumbria CA10 2AU
Tel: 101

--==BOUNDARY_cum_00388==
Content-Type: application/pdf; name="CUM-2026-FOI-00388-response.pdf"
Content-Disposition: attachment; filename="CUM-2026-FOI-00388-response.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFIvRmlsdGVyIC9GbGF0ZURlY29k
ZT4+CnN0cmVhbQp4nCtUMABCXUMTQzMFY3MjU0VDCzMTBUtLAxMjA2MjCxMLBUsFQ3MFIwVLSxMA
--==BOUNDARY_cum_00388==--
"""))
E.append(("u27_leicestershire_full_disclosure.txt","full_disclosure","003932/26",[],"2026-06-17","""
LEICESTERSHIRE POLICE - FREEDOM OF INFORMATION REQUEST

Reference No: 003932/26
Date: 17/06/2026

Request Details:
FOI-SMM26-LEIC-7VVB - Social media

Please can you tell me how many times in 2025 the force's social media accounts (X/Twitter, Facebook, Instagram) were used to issue appeals to identify suspects, and how many of those suspects were subsequently identified?

Response:
Leicestershire Police holds the information you have requested.

In 2025, 214 appeals to identify suspects were published on the force's corporate social media channels. Of these, 131 resulted in the suspect being identified (as recorded on the Corporate Communications appeals tracker).

| Platform  | Appeals | Suspects identified |
|-----------|---------|---------------------|
| Facebook  | 214     | 131                 |
| X/Twitter | 198     | (included above)    |
| Instagram | 57      | (included above)    |

Note: appeals are generally published on several platforms at once, so the platform totals are not additive.

Leicestershire Police, St Johns, Enderby, Leicester LE19 2BX
Freedom of Information Unit
"""))
E.append(("u28_wiltshire_full_disclosure.txt","full_disclosure",None,[],"2026-06-18","""
Dear Requester,

Thank you for contacting Wiltshire Police regarding your request FOI-SMM26-WILT-0AQ1, received on 21 May 2026.

Please find below our response to your questions.

1) Does Wiltshire Police use any automated social media monitoring software?
No. Wiltshire Police does not use automated social media monitoring software.

2) If so, what is the annual cost?
Not applicable - see answer to question 1.

3) How many officers have completed the College of Policing Level 1 Online Research and Investigation training?
As at 31 May 2026, 1,042 officers and staff have completed the Level 1 (overt) training. 38 have completed Level 2 training.

We hope this answers your request fully. If you are unhappy with the response you can ask for an internal review by replying to this email.

Best wishes,

Freedom of Information
Wiltshire Police
London Road, Devizes, SN10 2DN
18 June 2026
"""))
W(E)
