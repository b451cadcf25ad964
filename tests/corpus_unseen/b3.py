from _w import W
E=[]
E.append(("u29_westmidlands_partial_disclosure.txt","partial_disclosure","1421/26",["s.31(1)(a)(b)"],"2026-06-25","""
Online Investigation Capability (1421/26)

Date: 25/06/2026

Request (your reference FOI-SMM26-WMID-6GQD):
1. The number of recorded incidents in each of the past three years involving malicious communications or online harassment.
2. The number that resulted in arrest or charge.
3. The number of staff assigned to social media monitoring, OSINT or online investigations.
4. The annual cost of these teams.
5. Any software platforms used (e.g. monitoring tools) and the cost of such tools.

We can confirm that relevant information is held by West Midlands Police. However, while the majority of the information is provided below, I am afraid that I am not required by statute to release all of the information requested. This letter serves as a Refusal Notice under Section 17 of the Freedom of Information Act 2000 (the Act) for part 5.

Q1.
Year | Malicious Communications | Harassment (online flag)
2023 | 5,902 | 2,771
2024 | 5,640 | 3,015
2025 | 5,311 | 3,342

Q2.
Year | Arrests | Charged
2023 | 611 | 204
2024 | 588 | 197
2025 | 602 | 221

Q3. The Online Investigations Team (Force Intelligence Bureau) has an establishment of 16 posts.

Q4. Staffing cost 2025/26: £842,000 (approximate, based on mid-point salaries plus on-costs).

Q5. The information is exempt by virtue of Section 31 (1) (a) (b) (Law enforcement).

The Freedom of Information Act places two responsibilities on public authorities, the first of which is to confirm what information it holds and secondly to then disclose that information, unless exemptions apply. In line with section 31 I am required to complete a Prejudice Test/Public Interest Test (PIT).

Harm: Disclosure of the names of software products and their cost would reveal the capability of West Midlands Police to monitor online activity. Offenders could use this to identify platforms and techniques that are not monitored and adapt their behaviour.

Factors Favouring Disclosure: Transparency in the use of public funds; public debate on surveillance technology.

Factors Favouring Non-Disclosure: Disclosure would compromise law enforcement tactics and hinder the prevention and detection of crime.

Balancing Test: Whilst there is a public interest in the transparency of policing, the release of this information may have a negative impact on operational law enforcement. The balance therefore lies in favour of non-disclosure of part 5.

Please note that West Midlands Police's response to this request may be published on our website.

Your rights: see the enclosed "Your Right to Complain" leaflet. You may request an internal review within 40 working days and, thereafter, complain to the Information Commissioner under section 50.

Freedom of Information Unit
West Midlands Police, PO Box 52, Lloyd House, Colmore Circus Queensway, Birmingham B4 6NQ
"""))
E.append(("u30_met_partial_disclosure.txt","partial_disclosure","01.FOI.26.052219",["s.24(1)","s.31(1)(a)(b)"],"2026-07-03","""
Freedom of information request reference no: 01.FOI.26.052219

Date: 03/07/2026

I note you seek access to the following information (your ref FOI-SMM26-METP-N2AA):

1. The number of recorded incidents in each of the past three years involving malicious communications or online harassment.
2. The number that resulted in arrest or charge.
3. The number of staff assigned to social media monitoring, OSINT or online investigations.
4. The annual cost of these teams.
5. Any software platforms used and the cost of such tools.

DECISION

The Metropolitan Police Service (MPS) has located some information relevant to your request. I have today decided to disclose some of the located information to you, and to withhold some.

Searches failed to locate information relevant to questions 3 and 4. The MPS does not have a single team dedicated to social media monitoring; online research is conducted by officers and staff across a range of units as part of their wider duties, and neither a headcount nor a cost for this activity is recorded.

Some information relevant to question 5 has been withheld as it is exempt from disclosure. This response therefore serves as a Refusal Notice under Section 17 of the Freedom of Information Act 2000 (the Act) by virtue of the following exemptions:

Section 24(1) - National Security
Section 31(1)(a)(b) - Law Enforcement

REASONS FOR DECISION

Section 24 and section 31 are qualified, prejudice-based exemptions. Disclosure of the specific tools in use across London would provide a tactical advantage to those seeking to evade detection, including terrorists and organised crime groups. The MPS has considered the public interest, and whilst it recognises the interest in transparency about public spending, it has concluded that the public interest favours maintaining the exemptions.

To assist you, the MPS can confirm that the total spent on open-source research software licences in 2025/26 was published in the Mayor's Office for Policing and Crime contracts register; this is provided under our duty to advise and assist under section 16 of the Act.

DISCLOSURE

Questions 1 and 2:

Calendar year | Malicious communications offences | of which arrest | of which charge/summons
2023          | 24,380                            | 2,914           | 1,207
2024          | 23,761                            | 2,808           | 1,166
2025          | 22,904                            | 2,731           | 1,139

(Source: MPS Crime Reporting Information System, extracted 24/06/2026.)

COMPLAINT RIGHTS

Are you unhappy with how your request has been handled or do you think the decision is incorrect? You have the right to require the MPS to review their decision. Prior to lodging a formal complaint you are welcome to discuss the response with the case officer who dealt with your request.

Yours sincerely

Information Rights Unit
Metropolitan Police Service
"""))
E.append(("u31_southyorkshire_partial_disclosure.txt","partial_disclosure","20260419",["s.31(1)(a)","s.43(2)"],"2026-06-30","""
South Yorkshire Police
Freedom of Information Team, Carbrook House, Carbrook Hall Road, Sheffield S9 2EH

FOI Reference Number: 20260419

30 June 2026

Dear Applicant,

Thank you for your request for information (FOI-SMM26-SYOR-Y3MC), which has been considered under the Freedom of Information Act 2000.

Request and response

Q3. Number of staff assigned to social media monitoring / OSINT.
SYP Digital Intelligence and Investigation Unit: 11 officers and staff (as at 01/06/2026).

Q4. Annual cost of these teams.
2025/26: £612,300.

Q5. Software platforms used and their cost.
South Yorkshire Police does hold this information. However, we are withholding it under the following exemptions:

Section 31(1)(a) - Law Enforcement
Section 43(2) - Commercial Interests

Section 43(2): disclosure of the price paid under a contract that is currently subject to re-tender would be likely to prejudice the commercial interests of both South Yorkshire Police and the supplier, whose pricing would become known to competitors.

Section 31(1)(a): disclosure of the products in use would be likely to prejudice the prevention or detection of crime, for the reasons set out in the attached public interest test.

Public interest test
Factors favouring disclosure: accountability for public spending; informed public debate.
Factors favouring non-disclosure: undermining the force's negotiating position; revealing operational capability.
Balance: we consider that the public interest favours withholding the information at this time.

Section 17 of the Act requires us to explain our reasons for refusal, which we have done above. You can request an internal review, and you also have the right to complain to the Information Commissioner under section 50.

Yours sincerely,

Freedom of Information Officer
South Yorkshire Police
"""))
E.append(("u32_policescotland_partial_disclosure.txt","partial_disclosure","IM-FOI-2026-1455",["s.35(1)(a)(b)"],"2026-06-29","""
OFFICIAL

Our reference: IM-FOI-2026-1455
Your reference: FOI-SMM26-SCOT-P1MV
Date: 29 June 2026

Dear Applicant

FREEDOM OF INFORMATION (SCOTLAND) ACT 2002

I refer to your recent request for information which has been handled in accordance with the Freedom of Information (Scotland) Act 2002.

1. The number of officers and staff in Police Scotland's Open Source Intelligence team.

Police Scotland's Open Source Investigations Unit, within Specialist Crime Division, has an establishment of 23 posts.

2. The annual cost of the team for each of the last three financial years.

Unfortunately, I must advise you that Police Scotland does not hold the information requested at question 2. In terms of section 17 of the Act, this letter represents a formal notice that information is not held. Staff costs are held for Specialist Crime Division as a whole and are not broken down by unit.

3. The names of any software platforms used for social media monitoring.

I can confirm that Police Scotland holds information relevant to this question. However, I am refusing to provide it in terms of section 16(1) of the Act on the basis that the following exemption applies:

Section 35(1)(a) and (b) - Law Enforcement

The information requested is held in order to support the prevention and detection of crime and the apprehension and prosecution of offenders. Disclosure of the specific software used would highlight the capabilities and limitations of Police Scotland's online investigative function and would be likely to lead offenders to alter their behaviour, substantially prejudicing the prevention and detection of crime.

This is a non-absolute exemption which requires the application of the public interest test. Whilst disclosure would assist public understanding of how policing is conducted online, it is not in the public interest to disclose information that would compromise the effectiveness of policing. On balance, the public interest lies in maintaining the exemption.

Should you require any further assistance please contact Information Management quoting the reference number given.

If you are dissatisfied with the way in which Police Scotland has dealt with your request, you are entitled in the first instance to request a review of our actions and decisions within 40 working days. If you remain dissatisfied following our review response, you can appeal to the Office of the Scottish Information Commissioner (OSIC) within six months.

OFFICIAL
"""))
E.append(("u33_merseyside_partial_disclosure.txt","partial_disclosure","FOI/2026/0643",["s.40(2)"],"2026-06-24","""
MERSEYSIDE POLICE
Freedom of Information Unit
Canning Place, Liverpool L1 8JX

Our ref: FOI/2026/0643
Your ref: FOI-SMM26-MERS-8ZZK

24th June 2026

Dear Sir/Madam,

You asked for: (a) the number of staff in the force's Digital Media Investigation Unit; (b) the names and ranks of the officers leading the unit; and (c) the unit's annual budget for the last three years.

(a) The Digital Media Investigation Unit currently has 14 staff (4 police officers and 10 police staff).

(c) Budget:
    2023/24  £588,000
    2024/25  £603,500
    2025/26  £619,900

(b) I can confirm the unit is led by a Detective Inspector. However, the names of the officers concerned are exempt from disclosure under Section 40(2) of the Freedom of Information Act 2000 (Personal Information), as disclosure would contravene the data protection principles set out in Article 5 of the UK GDPR. The officers concerned are not of a senior rank (Superintendent or above) whose names the force routinely publishes, and they would have no reasonable expectation that their names would be released to the world at large. Section 40(2) is an absolute exemption and no public interest test is required.

This letter therefore acts as a refusal notice under section 17 of the Act in respect of part (b) only.

If you are dissatisfied with this response, please write to the Information Compliance Manager requesting an internal review. You may then complain to the ICO.

Yours faithfully

Disclosure Officer
Tel: 0151 777 8282
"""))
E.append(("u34_northwales_partial_disclosure.txt","partial_disclosure","FOI 2026/00377",["s.24(1)","s.31(1)(a)"],"2026-06-30","""
Heddlu Gogledd Cymru / North Wales Police
Uned Rhyddid Gwybodaeth / Freedom of Information Unit

FOI 2026/00377
Your ref: FOI-SMM26-NWAL-C6FT
Date: 30/06/2026

Request
1. The number of recorded incidents in each of the past three years involving malicious communications or online harassment.
2. The number that resulted in arrest or charge.
3. The number of staff assigned to social media monitoring, OSINT or online investigations.
4. The annual cost of these teams.
5. Any software platforms used and the cost of such tools.

Response
North Wales Police does hold information relevant to your request.

Questions 1 & 2

| Year | Malicious comms | Online harassment | Arrests | Charges |
|------|-----------------|-------------------|---------|---------|
| 2023 | 1,377           | 622               | 141     | 52      |
| 2024 | 1,291           | 702               | 138     | 49      |
| 2025 | 1,204           | 751               | 130     | 57      |

Questions 3 & 4
No information held. Open-source research is undertaken by a variety of staff and is not recorded as a separate function or cost centre.

Question 5
This information is withheld under:
Section 24(1) National Security
Section 31(1)(a) Law Enforcement

Harm: revealing the tools used would, when combined with disclosures by other forces, build a picture of national capability (the mosaic effect) which would be of use to criminals and those intent on terrorism.

Public interest: the public interest in transparency is outweighed by the need to protect the effectiveness of law enforcement and national security.

Please note that to extract the figures for harassment offences with an online element more precisely would exceed the 18 hour cost limit set by section 12 of the Act, as each crime record would need to be read. The figures above are based on the cyber-enabled flag.

Os oes angen y wybodaeth yma arnoch yn Gymraeg, cysylltwch â'r Uned Rhyddid Gwybodaeth.
If you require this information in Welsh, please contact the Freedom of Information Unit.

Heddlu Gogledd Cymru, Ffordd Glan y Môr, Bae Colwyn LL29 8AW
"""))
E.append(("u35_avonsomerset_partial_disclosure.eml","partial_disclosure","CAS-231187-K9X4Q2",[],"2026-06-26","""
From: Avon and Somerset Police - Freedom of Information <foi@avonandsomerset.police.uk>
To: foi.research@example.org
Subject: Your Freedom of Information request - CAS-231187-K9X4Q2
Date: Fri, 26 Jun 2026 12:07:51 +0000
Message-ID: <CAS-231187-K9X4Q2.crm@avonandsomerset.police.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

OFFICIAL

Reference: CAS-231187-K9X4Q2   
Your reference: FOI-SMM26-AVSM-2BFE
Response date: 26 June 2026

Dear requester,

Thank you for your request for information. Please see our response below.

1. Number of recorded malicious communications offences 2023-2025
2023: 3,884
2024: 3,702
2025: 3,519

2. Number resulting in a charge/summons
2023: 244
2024: 231
2025: 219

3. Number of staff assigned to social media monitoring / OSINT
Avon and Somerset Police does not hold this information. There is no dedicated social media monitoring team; online research is undertaken by officers and staff across many departments.

4. Annual cost of these teams
Not held, for the reason given at question 3.

5. Software platforms used and cost
Not held. The force has not procured any dedicated social media monitoring software.

Yours sincerely,

Freedom of Information Team
Avon and Somerset Police
PO Box 37, Valley Road, Portishead, Bristol BS20 8QJ

Any views expressed in this email are those of the sender and do not necessarily reflect the views of Avon and Somerset Police. This email may contain information which is privileged or confidential. If you are not the intended recipient please notify the sender and delete it.

OFFICIAL
"""))
E.append(("u36_psni_partial_disclosure.txt","partial_disclosure","F-2026-01901",["s.24(1)","s.31(1)(a)(b)"],"2026-07-06","""
FREEDOM OF INFORMATION REQUEST

Request Number: F-2026-01901

Keyword: Operational Policing

Subject: Social Media Monitoring (your reference FOI-SMM26-PSNI-4QXE)

Request and Answer:
Your request for information below has been handled in accordance with the Freedom of Information Act 2000 (FOIA).

PSNI has a duty under Section 1 of FOIA to confirm whether it holds information of the description specified in the request and, if so, to have that information communicated to you. PSNI has considered your request under FOIA and has decided to disclose the information in part.

Section 17(1) of FOIA requires the PSNI, when refusing to provide such information (because the information is exempt), to provide you with a notice which:
(a) states that fact,
(b) specifies the exemption in question and
(c) states (if not otherwise apparent) why the exemption applies.

The exemptions, as well as the factors the Department considered when deciding where the public interest lies, are listed below:

Section 24(1) National Security
Section 31(1)(a)(b) Law Enforcement

Request 1
The number of recorded incidents in each of the past three years involving malicious communications or online harassment.

Answer
| Financial Year | Malicious Communications | Harassment (online) |
| 2023/24        | 2,406                    | 1,381               |
| 2024/25        | 2,351                    | 1,446               |
| 2025/26        | 2,298                    | 1,522               |

Request 2
The number of staff assigned to social media monitoring and the software platforms used.

Answer
PSNI holds this information but it is exempt under Sections 24(1) and 31(1)(a)(b). Harm in disclosure: Northern Ireland continues to face a SUBSTANTIAL threat from Northern Ireland-related terrorism. Disclosing resource levels and tools would allow those intent on terrorism or crime to assess PSNI capability.

Public Interest Test
Factors favouring release: accountability and transparency.
Factors favouring retention: protecting the effectiveness of policing and national security.
Decision: the public interest favours retention of the information.

If you have any queries regarding your request or the decision please do not hesitate to contact us on 028 9070 0164. When contacting the Corporate Information Branch, please quote the reference number listed at the beginning of this letter.

If you are dissatisfied in any way with the handling of your request, you have the right to request a review. You should do this as soon as possible, or in any case within two months of the date of issue of this letter. In the event that you are dissatisfied with the outcome of this review you have the right to apply to the Information Commissioner for a decision.

Date: 6th July 2026
"""))
W(E)
