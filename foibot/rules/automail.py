"""Mail written by machines: bounces (RFC 3464 delivery status notifications, and the plain-text
reports of Exim, Postfix, Exchange and Gmail) and auto-replies (RFC 3834).

Headers decide first (``foibot.classify._header_kind``); these phrases catch the reports and
out-of-office notes that arrive without the headers.
"""

from __future__ import annotations

from foibot.rules import Rules

AUTO_REPLY_TEXT: Rules = [
    (r"\bat a conference\b", 2),
    (r"\bon holiday\b", 3),
    (r"not (?:checking|reading|monitoring) (?:my )?e-?mails?", 3),
    (r"(?:be )?(?:in|back in) the office (?:on|from|until)", 3),
    (r"\b(?:on|taking) (?:annual |parental |maternity |paternity |sick |study )?leave\b", 3),
    (r"on my return", 2),
    (r"out of (?:the )?office|(?:away|out) (?:from|of) (?:the office|my desk)", 3),
    (r"(?:will )?(?:be )?return(?:ing)? (?:to the office )?on", 2),
    (r"limited e-?mail access|(?:limited|no) access to (?:my )?e-?mails?", 3),
    (r"this (?:mailbox|inbox) is (?:monitored|not monitored)", 2),
    (r"do not reply to this (?:e-?mail|address|message)", 1),
    (r"automatic(?:ally generated)? (?:reply|response|e-?mail)", 1),
    # wider families: part-time workers, training courses, "currently away", shared inboxes
    (r"\b(?:i am|i'm) (?:currently )?(?:away|not in|not at work|off|working from|attending|on a|out)\b", 3),
    (r"(?:when|once) (?:i am|i'm) (?:back|next (?:at work|in)|in the office)", 3),
    (r"\bi work (?:part[- ]time|mondays|tuesdays|wednesdays|thursdays|fridays|on)", 3),
    (r"in my absence", 3),
    (r"(?:your (?:e-?mail|message) )?(?:has not|will not) (?:been |be )?forwarded", 2),
    (r"this is an automat(?:ed|ic) (?:message|response|reply|e-?mail|acknowledgement)", 3),
    (r"(?:inbox|mailbox|office) is (?:staffed|monitored|open|attended)", 2),
    (r"(?:outside|out of) (?:those|these|office|normal|working|business) hours", 2),
    (r"(?:to report a crime|in an emergency)[^.]{0,30}(?:\b101\b|\b999\b)|\b(?:call|dial|ring) (?:101|999)\b", 1),
    (r"(?:your e-?mail|your message)(?: to this address)? has been delivered", 2),
    (r"(?:mailbox|inbox|address) is no longer (?:monitored|in use|active)", 2),
    (r"(?:when|once|until) (?:the|our) (?:team|office|unit|staff) (?:returns?|is back|reopens?|are back)", 1),
    (r"(?:mailbox|inbox) (?:is |will be )?closed (?:over|for|between|until|from)", 2),
    (r"(?:will|shall) (?:re-?open|be back|return) on (?:monday|tuesday|wednesday|thursday|friday|\d)", 2),
    (r"(?:dealt with|answered|actioned|responded to|processed) (?:on|upon|after) (?:our|my|the team's) return", 2),
    (r"(?:this|the) (?:mailbox|inbox|address|account) (?:handles|is for|deals with|is used for|only (?:handles|deals with))", 1),
    (r"(?:is|are) not monitored for", 2),
    (r"(?:nobody|no one|no-one) (?:is )?(?:monitoring|checking|reading) (?:this|the|our) (?:shared )?(?:inbox|mailbox)", 3),
    (r"(?:left|no longer (?:work|working) (?:for|at|with)) (?:the|this) (?:organisation|force|constabulary|service)", 3),
]

AUTO_REPLY_SUBJECT = (r"^\s*(?:automatic reply|auto(?:matic)?[- ]?reply|auto(?:matic)?[- ]?response|"
                      r"out of (?:the )?office|away from (?:the )?office|autoreply|away\b|"
                      r"on (?:annual )?leave\b|absence)")

BOUNCE_SUBJECT = (r"^\s*(?:undeliverable|undelivered mail|delivery status notification(?! \((?:delay|success|relay)\))|"
                  r"mail delivery failed|returned mail|delivery failure|failure notice|"
                  r"message not delivered|message delivery (?:error|failure|failed)|"
                  r"(?:your )?message (?:couldn't|could not|can't|cannot) be (?:sent|delivered)|"
                  r"(?:warning: )?message \S+ could not be sent|non[- ]?delivery|failed delivery|delivery failed)")

BOUNCE_TEXT: Rules = [
    (r"delivery to the following recipients? (?:failed|has been unsuccessful|was unsuccessful)", 4),
    (r"delivery has failed to these recipients", 4),
    (r"could not be delivered to one or more (?:of its )?recipients", 4),
    (r"(?:wasn't|was not|couldn't be|could not be|can't be|cannot be) (?:delivered|sent)", 3),
    (r"recipient address rejected|user unknown|address not found|mailbox (?:full|unavailable)", 2),
    (r"\b55\d[ -]5\.\d\.\d{1,3}\b", 2),
    # wider families: Exim/Postfix/Exchange/Gmail wording
    (r"(?:created|generated) automatically by mail delivery software|mail delivery (?:subsystem|system|software)", 3),
    (r"delivery status notification", 2),
    (r"(?:this is a )?permanent (?:error|failure|fatal error)|permanent fatal errors?", 3),
    (r"(?:the following address(?:\(es\)|es)?|following recipients?) (?:failed|could not|was not|were not|had permanent)", 3),
    (r"smtp error from remote (?:mail )?server|remote server (?:said|returned|replied)", 3),
    (r"\b55\d\b[^\n]{0,40}(?:unrouteable|no such user|not found|does not exist|rejected|unknown|relaying denied|mailbox)", 3),
    (r"(?:wasn't|was not) found at|recipientnotfound|recipient not found", 3),
    (r"(?:email )?account (?:that )?you tried to reach does not exist", 3),
    (r"unable to receive mail|no such user|unrouteable address", 2),
    (r"(?:did not|didn't|could not|couldn't) reach (?:some or all of |one or more of )?(?:the |its )?(?:intended )?recipients?", 4),
    (r"(?:mailbox|address|account) (?:you sent to )?(?:is|was) (?:no longer in use|disabled|inactive|deactivated)", 2),
]
