from _w import W
E=[]
E.append(("u01_kent_acknowledgement.txt","acknowledgement","FOI 2026/01234",[],"2026-06-02","""
Classification: OFFICIAL

Our ref: FOI 2026/01234
Your ref: FOI-SMM26-KENT-3F7Q
Date: 2 June 2026

Dear Applicant,

Freedom of Information Act 2000 - Request for Information

Thank you for your request for information received by Kent Police on 29 May 2026, which has been logged under the reference above.

Your request is being considered under the Freedom of Information Act 2000 (the Act). Section 1 of the Act gives you the right to be told whether Kent Police holds the information you have asked for and, if so, to have it communicated to you, subject to any exemptions which may apply.

Kent Police will respond to your request promptly and in any event within 20 working days of receipt, in accordance with section 10 of the Act. We therefore expect to respond by 26 June 2026.

If we require further information from you to identify the information you have asked for, or if a fee is payable, we will contact you and the 20 working day period will be paused until we receive your reply.

For your information, your request as received reads:

> 1. The number of recorded incidents in each of the past three years involving malicious communications or online harassment.
> 2. The number that resulted in arrest or charge.
> 3. The number of staff assigned to social media monitoring, OSINT or online investigations.
> 4. The annual cost of these teams.
> 5. Any software platforms used and the cost of such tools.

Please quote our reference number in any future correspondence about this request.

Yours sincerely,

Sam Whitlock
Disclosure Officer
Information Management Unit
Kent Police Headquarters, Sutton Road, Maidstone, Kent ME15 9BZ
Tel: 01622 690690

Classification: OFFICIAL

This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender immediately and delete it. Kent Police monitors emails for security and operational purposes.
"""))
E.append(("u02_essex_acknowledgement.eml","acknowledgement","FOI-7391-26",[],"2026-06-03","""
Received: from mail.essex.police.uk (mail.essex.police.uk [194.72.10.41])
	by mx.example.org with ESMTPS id 4c2Xk91wz8z9
	for <foi.research@example.org>; Wed, 03 Jun 2026 09:14:22 +0100 (BST)
From: Essex Police Freedom of Information <foi@essex.police.uk>
To: foi.research@example.org
Subject: Acknowledgement of your request - FOI-7391-26 [Your ref FOI-SMM26-ESSX-8KD2]
Date: Wed, 03 Jun 2026 09:14:20 +0100
Message-ID: <20260603081420.7391.foi@essex.police.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

OFFICIAL

Dear Requester

Request Reference: FOI-7391-26
Date: 03/06/2026

I acknowledge receipt of your request for information dated 28/05/2026, which was received by Essex Police on 28/05/2026.

Your request has been passed to the Information Rights Team and will be dealt with under the terms of the Freedom of Information Act 2000.

The Act requires a public authority to respond within 20 working days. A response will therefore be provided by 25/06/2026. Should there be any delay, we will contact you to explain why and when you can expect a reply.

Please note that some requests may require the payment of a fee, or may exceed the appropriate limit set out in section 12 of the Act. If this is the case you will be informed.

Kind regards

Information Rights Team
Essex Police
PO Box 2, Springfield, Chelmsford, CM2 6DA

This is an automatically generated message from our case management system (iCasework). Please do not change the subject line if you reply.

OFFICIAL
"""))
E.append(("u03_psni_acknowledgement.txt","acknowledgement","F-2026-01898",[],"2026-06-04","""
PSNI Corporate Information Branch
Freedom of Information Unit
Police Headquarters
65 Knock Road
Belfast BT5 6LE

Email: foi@psni.police.uk

4th June 2026

Request Number: F-2026-01898

Dear Sir/Madam,

Re: Your request for information - social media monitoring (your reference FOI-SMM26-PSNI-2W9R)

I write to acknowledge receipt of your request for information, which was received by this office on 1st June 2026.

Your request will now be considered in accordance with the provisions of the Freedom of Information Act 2000. You will receive a response within 20 working days, unless an extension of time is required to consider the public interest, in which case you will be advised accordingly.

Please note that PSNI will calculate the 20 working day period in accordance with section 10 of the Act and that, where clarification is needed, the period will not begin until that clarification is received.

Should you have any queries in the meantime please contact us quoting the request number above.

Yours sincerely

Corporate Information Branch
Police Service of Northern Ireland
"""))
E.append(("u04_btp_acknowledgement.txt","acknowledgement","1187-26",[],"2026-06-01","""
Freedom of Information Request Ref: 1187-26

Dear requester,

Thank you for your email of 29 May 2026 requesting information from British Transport Police about social media monitoring and open-source intelligence.

This is to confirm that your request has been received and is being processed in accordance with the Freedom of Information Act 2000. We aim to provide you with a response within the statutory timescale of 20 working days, that is, by 26 June 2026.

You quoted the reference FOI-SMM26-BTPX-5M1A; we have noted this, but please use our reference, 1187-26, if you need to contact us about this request.

Yours sincerely,

Freedom of Information Unit
British Transport Police
25 Camden Road, London NW1 9LN
foi@btp.police.uk

1 June 2026
"""))
E.append(("u05_policescotland_acknowledgement.txt","acknowledgement","IM-FOI-2026-1234",[],"2026-06-02","""
OFFICIAL

Our Reference: IM-FOI-2026-1234
Your Reference: FOI-SMM26-SCOT-7HJ4
Date: 02/06/2026

Dear Applicant

FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 - ACKNOWLEDGEMENT

Thank you for your request for information, received by the Police Service of Scotland on 29/05/2026.

Your request will be dealt with in accordance with the Freedom of Information (Scotland) Act 2002 (the Act) and you can expect a response within 20 working days of receipt, as required by section 10 of the Act, unless we need to seek clarification from you under section 1(3).

Please note that, where the cost of complying with a request would exceed £600, Police Scotland is not obliged to comply with it (section 12 of the Act). We will let you know if that is likely to be the case and will provide advice on how your request may be narrowed.

If you are dissatisfied with the way your request is handled you may request a review. Details of how to do so will be provided with our response.

Yours sincerely

Information Management - Glasgow
Police Scotland
Clyde Gateway, 2 French Street, Dalmarnock, Glasgow, G40 4EH
foi@scotland.police.uk

OFFICIAL
"""))
E.append(("u06_northumbria_acknowledgement.eml","acknowledgement","1047/26",[],"2026-06-02","""
Return-Path: <freedomofinformation@northumbria.police.uk>
From: "Freedom of Information" <freedomofinformation@northumbria.police.uk>
To: "Research Requests" <foi.research@example.org>
Subject: RE: Freedom of Information request - social media monitoring (FOI-SMM26-NBRA-Q2ZP)
Date: Tue, 2 Jun 2026 15:40:03 +0000
Message-ID: <DB9PR08MB6604A1C2F0E@DB9PR08MB6604.eurprd08.prod.outlook.com>
In-Reply-To: <smm26-nbra-q2zp@example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Good afternoon,

Thank you for your email. Your request has been logged with reference number 1047/26 and you should receive a response on or before 29/06/2026.

Regards

Kirsty
Information Management Unit | Northumbria Police
Middle Engine Lane, Wallsend, NE28 9NT
Tel: 101 ext 69125

-----Original Message-----
From: Research Requests <foi.research@example.org>
Sent: 01 June 2026 10:12
To: Freedom of Information <freedomofinformation@northumbria.police.uk>
Subject: Freedom of Information request - social media monitoring (FOI-SMM26-NBRA-Q2ZP)

Dear Northumbria Police,

Under the Freedom of Information Act 2000, please provide the following information:
1. The number of recorded incidents in each of the past three years involving malicious communications or online harassment.
2. The number that resulted in arrest or charge.
3. The number of staff assigned to social media monitoring, OSINT or online investigations.
4. The annual cost of these teams.
5. Any software platforms used and the cost of such tools.

My reference: FOI-SMM26-NBRA-Q2ZP

Yours faithfully,
A. Researcher

---------------------------------------------------------
Any opinions expressed in this email are those of the individual and not necessarily those of Northumbria Police. This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed.
"""))
E.append(("u07_dyfedpowys_acknowledgement.txt","acknowledgement","612/2026",[],"2026-06-03","""
Cyfeirnod / Reference: 612/2026
Dyddiad / Date: 03/06/2026

Annwyl Ymgeisydd / Dear Applicant,

Deddf Rhyddid Gwybodaeth 2000 / Freedom of Information Act 2000

Diolch am eich cais am wybodaeth, a dderbyniwyd gan Heddlu Dyfed-Powys ar 01/06/2026. Bydd eich cais yn cael ei ystyried o dan Ddeddf Rhyddid Gwybodaeth 2000 a byddwn yn ymateb o fewn 20 diwrnod gwaith.

Thank you for your request for information, which was received by Dyfed-Powys Police on 01/06/2026. Your request (your reference FOI-SMM26-DYFP-0LQ8) will be considered under the Freedom of Information Act 2000 and we will respond within 20 working days, that is, by 29/06/2026.

Rydym yn croesawu gohebiaeth yn Gymraeg. Byddwn yn ateb gohebiaeth yn Gymraeg ac ni fydd hyn yn arwain at oedi.
We welcome correspondence in Welsh. We will respond to correspondence in Welsh and this will not lead to a delay.

Yn gywir / Yours sincerely,

Uned Rhyddid Gwybodaeth / Freedom of Information Unit
Heddlu Dyfed-Powys Police
Pencadlys yr Heddlu / Police Headquarters, Llangynnwr, Caerfyrddin / Carmarthen SA31 2PF
"""))
E.append(("u08_met_clarification.txt","clarification_request","01.FOI.26.051234",[],"2026-06-05","""
Freedom of Information Request Reference No: 01.FOI.26.051234

Date: 5 June 2026

Dear Requester,

I write in connection with your request for information received by the Metropolitan Police Service (MPS) on 30 May 2026. You quoted your own reference FOI-SMM26-METP-4TRE.

Your request reads:

"3. The number of staff assigned to social media monitoring, open-source intelligence (OSINT), or online investigations
4. The annual cost of these teams"

In order for the MPS to identify and locate the information you require, I would be grateful if you could clarify the following:

- The MPS has a number of units across different business groups (for example Frontline Policing, Specialist Operations and Met Intelligence) whose staff may carry out some online research as part of wider duties. Could you please confirm whether you are seeking staff in dedicated units only, or every officer or member of staff trained in online research and investigation?
- Please specify what you mean by "past three years" - calendar years 2023 to 2025, or financial years?

Section 1(3) of the Freedom of Information Act 2000 (the Act) provides that where a public authority reasonably requires further information in order to identify and locate the information requested, it is not obliged to comply with the request until that further information is supplied.

Please be aware that the 20 working day deadline for responding to your request will not begin until we receive your clarification. If we do not receive a response within two months of the date of this letter we will consider your request closed.

In accordance with section 16 of the Act (duty to advise and assist), you may wish to note that narrowing parts 3 and 4 to dedicated units is likely to make it possible for us to answer within the appropriate limit.

Yours sincerely,

Information Rights Unit
Metropolitan Police Service
PO Box 313, Sidcup, DA15 0HH
"""))
E.append(("u09_lancashire_clarification.eml","clarification_request","LAN/FOI/2026/0871",[],"2026-06-08","""
From: Lancashire Constabulary Information Access <freedomofinformation@lancashire.police.uk>
To: foi.research@example.org
Subject: LAN/FOI/2026/0871 - Clarification required
Date: Mon, 08 Jun 2026 11:02:45 +0100
Message-ID: <a7f3c11e-98d2-4d0b-8c3c-1c0f5e3d2a77@lancashire.police.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

NOT PROTECTIVELY MARKED

Dear Sir / Madam

Re: Your request ref FOI-SMM26-LANC-9BB3 / our ref LAN/FOI/2026/0871

Further to your recent email I need to ask you to clarify part 1 of your request before I can progress it.

There is no specific crime classification of "online harassment". Can you tell me which offences you would like included? For example, would you like harassment offences (Protection from Harassment Act 1997) where an online/cyber flag has been applied, offences under section 127 of the Communications Act 2003, offences under the Malicious Communications Act 1988, or all of these?

Once I have received your reply the 20 working day period for the request will start again from the day after receipt.

If I have not heard from you by 06/08/2026 the request will be closed.

Regards

Gemma Fielding
Information Access Officer
Information Access Team, Lancashire Constabulary HQ, Saunders Lane, Hutton, Preston PR4 5SB
Tel: 01772 412345 | Date: 08/06/2026
"""))
E.append(("u10_policescotland_clarification.txt","clarification_request","IM-FOI-2026-1388",[],"2026-06-04","""
OFFICIAL

Freedom of Information (Scotland) Act 2002 - Request for Clarification
Our ref: IM-FOI-2026-1388
Date: 4 June 2026

Dear Applicant,

Thank you for your request dated 31 May 2026 regarding social media monitoring (your ref FOI-SMM26-SCOT-L0N5).

Before we can process your request, I would be grateful if you could provide some further detail. You have asked for "the cost of software platforms used". Police Scotland procures a large number of software products, many of which have some capability to view publicly available online content. Could you please specify whether you are interested in:

(a) tools procured specifically for open-source research; or
(b) all software products with any such capability?

In terms of section 1(3) of the Act, we are not obliged to respond until we receive your clarification, and the 20 working days will begin on receipt of the clarified request.

Should you not respond to this request within 40 working days, we will assume that you no longer wish to proceed.

Yours sincerely

Information Management
Police Scotland
foi@scotland.police.uk

OFFICIAL
"""))
E.append(("u11_cheshire_clarification.txt","clarification_request","FOI 4519",[],"2026-06-09","""
FOI 4519 - Clarification

Hi,

Thanks for your request (FOI-SMM26-CHES-2PPK). Just to let you know, we can't progress it yet as we need a bit more detail.

For Q3 and Q4 could you let us know the time period you're interested in? You've asked for staff numbers and annual costs but not said which year(s). Would the current financial year (2026/27) be OK, or would you like the last three financial years?

Also, for Q5, are you asking about software licences only or are you also looking for hardware?

We'll put the request on hold until you get back to us - the clock restarts once we hear from you.

Many thanks,

Freedom of Information Team
Cheshire Constabulary
Clemonds Hey, Oakmere Road, Winsford, CW7 2UA
9 June 2026
"""))
E.append(("u12_modpolice_clarification.txt","clarification_request","FOI2026/04512",[],"2026-06-10","""
Ministry of Defence Police
Secretariat - Freedom of Information
Building 666, RAF Wyton, Huntingdon, Cambridgeshire PE28 2EA
E-mail: MDP-FOI-DP@mod.gov.uk

Ref: FOI2026/04512

10 June 2026

Dear Requester,

I am writing regarding your request for information, which we received on 2 June 2026. Your request has been passed to the Ministry of Defence Police (MDP) to respond.

You have asked for "the number of recorded incidents in each of the past three years involving malicious communications or online harassment". The MDP polices defence establishments and does not record crime in the same way as a territorial police force. In order to process your request, please could you confirm:

1. whether you require incidents that occurred on the Defence estate and were recorded by the MDP, or incidents in which MDP officers or staff were the victims; and
2. whether "the past three years" refers to calendar years 2023-2025.

Under section 1(3) of the Freedom of Information Act 2000 we are not obliged to comply with your request until this further information has been provided. Please quote the reference above (rather than your own reference, FOI-SMM26-MODP-6YXA) in any reply.

Under section 16 of the Act (advice and assistance) I would also suggest that you may wish to limit the scope of question 5 to software procured by the MDP itself, as opposed to the wider Ministry of Defence.

Yours sincerely,

MDP Secretariat and Business Services
"""))
E.append(("u13_westyorkshire_fees.txt","fees_notice","WYP/FOI/26/003381",[],"2026-06-11","""
West Yorkshire Police
Information Management - Disclosure Team
PO Box 9, Laburnum Road, Wakefield WF1 3QP

Our Reference: WYP/FOI/26/003381
Your Reference: FOI-SMM26-WYOR-K8T1
Date: 11 June 2026

FEES NOTICE
Freedom of Information Act 2000, Section 9

Dear Applicant,

Thank you for your request for information received on 1 June 2026, in which you asked for copies of all versions of the force's "Online Research and Investigation" policy and associated guidance documents issued between 2016 and 2026, to be provided as printed copies by post.

West Yorkshire Police holds the information you have requested. However, in accordance with section 9 of the Freedom of Information Act 2000 and the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004, we are entitled to charge for the disbursements incurred in providing the information in the form you have requested.

The fee is calculated as follows:

  Item                                   Quantity     Unit cost   Total
  Photocopying / printing (A4)           412 pages    £0.10       £41.20
  Postage (Royal Mail Signed For)        1 parcel     £8.95       £8.95
  --------------------------------------------------------------------
  TOTAL FEE PAYABLE                                               £50.15

Please note that the 20 working day time limit for responding to your request is suspended from the date of this notice until the date on which payment is received (section 10(2)). If the fee is not paid within three months of the date of this notice, that is by 11 September 2026, we will not be obliged to comply with your request and it will be closed.

Alternatively, if you are content to receive the documents electronically by email, no fee will be charged. Please let us know if you would prefer this option.

Payment can be made by cheque payable to "Police and Crime Commissioner for West Yorkshire" or by card by telephoning 01924 375222 and asking for the Finance Department, quoting the reference above.

If you are unhappy with this fees notice you may request an internal review. If you remain dissatisfied following the review you may complain to the Information Commissioner under section 50 of the Act.

Yours sincerely,

Disclosure Officer
West Yorkshire Police
"""))
E.append(("u14_hampshire_fees.eml","fees_notice","HC/004521/26",[],"2026-06-12","""
From: "Hampshire & IOW Constabulary - Public Access" <public.access@hampshire.police.uk>
To: <foi.research@example.org>
Subject: Fees Notice - Your FOI request HC/004521/26
Date: Fri, 12 Jun 2026 14:26:11 +0100
Message-ID: <0A1B2C3D4E5F.HC004521@hampshire.police.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1252"
Content-Transfer-Encoding: quoted-printable

OFFICIAL

Hampshire and Isle of Wight Constabulary
Public Access Office, Mottisfont Court, Tower Street, Winchester SO23 8ZD

Ref: HC/004521/26
12/06/2026

Dear requester,

Freedom of Information Request - FOI-SMM26-HANT-Z4W7

You requested copies of the CCTV footage, training videos and presentation slides used in the force's open-source intelligence training course delivered between 2024 and 2026, to be provided on DVD.

We are able to provide this material in the format requested, subject to payment of the following disbursement costs, which we are entitled to charge under section 9 of the Freedom of Information Act:

- 6 x DVD-R discs @ £1.50 = £9.00
- Postage and packing = £4.20
Total = £13.20

Please note that we will not be able to process your request further until payment is received. Under section 10(2) of the Act, the working days between the date of this notice and receipt of payment are not counted towards the 20 working day limit. Payment must be received within 3 months of the date of this notice or your request will be treated as withdrawn.

Please contact us to arrange payment.

Regards

Public Access Office
Hampshire and Isle of Wight Constabulary
Tel: 01962 871000

OFFICIAL
"""))
E.append(("u15_psni_fees.txt","fees_notice","F-2026-02014",[],"2026-06-15","""
FREEDOM OF INFORMATION REQUEST - FEES NOTICE

Request Number: F-2026-02014

Dear Sir/Madam,

Further to your request for information dated 2nd June 2026 (your reference FOI-SMM26-PSNI-T6FC), the Police Service of Northern Ireland (PSNI) is now in a position to advise you that a fee is payable before the information can be provided.

You requested hard copies of all Service Instructions relating to the use of the internet and social media for investigative purposes, together with associated appendices.

In accordance with Section 9 of the Freedom of Information Act 2000, I am writing to inform you that the following fee is payable:

Printing: 238 sheets x 10p = £23.80
Postage (recorded delivery): £3.35
Total: £27.15

Please note that Section 10(2) of the Act provides that the period between the date on which this Fees Notice is given and the date on which the fee is received is to be disregarded in calculating the 20 working days. If the fee is not paid within three months beginning with the day on which this notice is given to you, the PSNI is not obliged to comply with your request.

Many of these documents are already available on the PSNI website. If you are content to access them electronically, no charge will apply.

If you have any queries about this notice, or wish to request a review of our decision to charge, you should contact us at: Corporate Information Branch, PSNI Headquarters, 65 Knock Road, Belfast BT5 6LE. Email: foi@psni.police.uk.

If following an internal review, you remain dissatisfied, you have the right to apply to the Information Commissioner under Section 50 of the Freedom of Information Act.

Dated: 15th June 2026

Corporate Information Branch
"""))
E.append(("u16_gmp_fees.txt","fees_notice","GMP/FOI/26/5521",[],"2026-06-16","""
Greater Manchester Police
Information Compliance and Records Management Unit
Openshaw Complex, Lawton Street, Manchester M11 2NS

GMP/FOI/26/5521

16/06/2026

Dear Requester

REQUEST FOR INFORMATION - NOTICE OF FEE (SECTION 13)

I refer to your request for information (your reference FOI-SMM26-GMPX-3RJN) in which you asked for every social media intelligence log entry created by the force's Digital Intelligence team during 2025, together with the associated authorisation records.

We estimate that the cost of complying with your request would exceed the appropriate limit of £450 set out in the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004. Rather than refusing your request outright, GMP is prepared to exercise its discretion under section 13 of the Act to comply on payment of a fee.

The fee has been calculated as follows:

| Activity                                  | Hours | Rate | Cost    |
|-------------------------------------------|-------|------|---------|
| Determining whether information is held   | 2     | £25  | £50.00  |
| Locating the information                  | 14    | £25  | £350.00 |
| Retrieving the information                | 9     | £25  | £225.00 |
| Extracting the information                | 11    | £25  | £275.00 |
| Disbursements (redaction software export) | -     | -    | £0.00   |
| Total                                     | 36    |      | £900.00 |

The time for complying with your request is suspended until the fee is paid. If payment is not received within three months of the date of this notice your request will lapse.

Please note that payment of the fee does not guarantee disclosure of all the information located; some information may be exempt and would be withheld, in which case you would receive a refusal notice under section 17 for that information.

Alternatively, you may wish to refine your request so that it falls within the appropriate limit, for example by restricting it to the number of log entries per month, which we could likely provide free of charge.

Yours faithfully

Information Compliance Officer
Greater Manchester Police
"""))
W(E)
