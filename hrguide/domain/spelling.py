"""British spellings the guide does not use: its readers and its data are American (a US
student reads "enroll", "organize" and "center" in every federal source the guide cites).
The test of issue 31 reads the UI's strings, the content and the handout with this list."""

from __future__ import annotations

import re

_ISE = (
    "organis|recognis|specialis|prioritis|minimis|maximis|summaris|emphasis|realis|standardis"
    "|categoris|utilis|finalis|customis|personalis|authoris|optimis|apologis|criticis"
    "|familiaris|memoris|characteris|visualis|normalis|digitis|computeris|hospitalis|centralis"
    "|itemis"
)
_WORDS = (
    r"licence[sd]?|enrol|enrols|enrolment[s]?|centre[sd]?|colour\w*|favour\w*|behaviour\w*"
    r"|neighbour\w*|honour\w*|labour\w*|programme[sd]?|catalogue[sd]?|practis(?:e|es|ed|ing)"
    r"|defence|offence|travell(?:ed|ing|er|ers)|modell(?:ed|ing)|cancell(?:ed|ing)"
    r"|labell(?:ed|ing)|judgement[s]?|fulfil|fulfilment|theatre[s]?|metre[s]?|grey|cheque[s]?"
    r"|whilst|learnt|paediatric\w*|haemat\w*|anaesthe\w*|orthopaedic\w*|ageing|per cent"
    r"|tumour[s]?|fibre[s]?|sceptic\w*|manoeuvre\w*|mould\w*|aluminium"
    r"|analys(?:e|ed|ing)|paralys(?:e|ed|ing)"  # (not "analyses", the plural of analysis)
)
BRITISH = re.compile(
    rf"\b(?:(?:{_ISE})(?:e|es|ed|ing|ation|ations|er|ers)|{_WORDS})\b", re.IGNORECASE
)


def british_words(text: str) -> list[str]:
    """The British spellings in `text`, as written."""
    return [m.group(0) for m in BRITISH.finditer(text)]
