"""The United Nations votes on the war, by the day they were cast: which topic each resolution mainly serves.

A news report rarely names a resolution by its symbol; it paraphrases the text ("a resolution calling for a
just and lasting peace"), and the paraphrase can name a topic other than the one the resolution serves. The day
and the body identify it. Each entry: (body, day) -> (topic, sign), the sign being −1 when a yes opposes the
topic's proposition (a text declaring the annexation invalid).
"""

from __future__ import annotations

import datetime
import re

GENERAL_ASSEMBLY = "ga"
SECURITY_COUNCIL = "sc"

VOTES: dict[tuple[str, datetime.date], tuple[str, int]] = {
    # The Security Council draft deploring the aggression, vetoed by Russia.
    (SECURITY_COUNCIL, datetime.date(2022, 2, 25)): ("condemn-invasion", 1),
    # ES-11/1, "Aggression against Ukraine".
    (GENERAL_ASSEMBLY, datetime.date(2022, 3, 2)): ("condemn-invasion", 1),
    # ES-11/2, "Humanitarian consequences of the aggression against Ukraine".
    (GENERAL_ASSEMBLY, datetime.date(2022, 3, 24)): ("humanitarian-aid", 1),
    # ES-11/3, suspending Russia from the Human Rights Council over the violations reported from Bucha.
    (GENERAL_ASSEMBLY, datetime.date(2022, 4, 7)): ("war-crimes-accountability", 1),
    # The Security Council draft declaring the referendums and the annexation invalid, vetoed by Russia.
    (SECURITY_COUNCIL, datetime.date(2022, 9, 30)): ("russian-annexation", -1),
    # ES-11/4, "Territorial integrity of Ukraine: defending the principles of the Charter".
    (GENERAL_ASSEMBLY, datetime.date(2022, 10, 12)): ("russian-annexation", -1),
    # ES-11/5, "Furtherance of remedy and reparation for aggression against Ukraine".
    (GENERAL_ASSEMBLY, datetime.date(2022, 11, 14)): ("war-crimes-accountability", 1),
    # ES-11/6, "Principles of the Charter underlying a comprehensive, just and lasting peace in Ukraine".
    (GENERAL_ASSEMBLY, datetime.date(2023, 2, 23)): ("ukraine-territorial-integrity", 1),
    # The General Assembly voted on two texts on 24 February 2025 (ES-11/7 and the amended US draft): the
    # day alone does not tell them apart, so their descriptions decide.
    # Resolution 2774, calling for a swift end to the conflict.
    (SECURITY_COUNCIL, datetime.date(2025, 2, 24)): ("peace-talks", 1),
}

_SECURITY_COUNCIL = re.compile(r"\bsecurity council\b|\bunsc\b|\bveto")
_GENERAL_ASSEMBLY = re.compile(r"\bgeneral assembly\b|\bunga\b|\bemergency special session\b")


def body_of(lower: str) -> str | None:
    """Which UN body a passage about a vote speaks of, when it names exactly one."""
    council = _SECURITY_COUNCIL.search(lower) is not None
    assembly = _GENERAL_ASSEMBLY.search(lower) is not None
    if council == assembly:
        return None
    return SECURITY_COUNCIL if council else GENERAL_ASSEMBLY


def known_vote(body: str | None, day: datetime.date) -> tuple[str, int] | None:
    """The topic and sign of the resolution put to ``body`` on ``day``, if it is one of the known votes; with no
    body named, the one vote of that day when only one body voted on it (an explanation of vote "on this
    resolution", dated 2 March 2022, is about ES-11/1)."""
    if body is not None:
        return VOTES.get((body, day))
    found = [VOTES[key] for key in ((GENERAL_ASSEMBLY, day), (SECURITY_COUNCIL, day)) if key in VOTES]
    return found[0] if len(found) == 1 else None
