"""The default extractor: segment, find names/topics/cues in one pass, attribute, read stance, date, merge."""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left
from dataclasses import replace
from functools import partial
from itertools import pairwise
from operator import itemgetter

from ingest.extraction import dates as dates_step
from ingest.extraction import resolutions
from ingest.extraction import stance as stance_step
from ingest.extraction import topics as topics_step
from ingest.extraction.attribute import (
    Context,
    Holder,
    Mention,
    group_after,
    group_before,
    mentions_in,
    resolve,
    speaker_in_sentence,
)
from ingest.extraction.base import Extractor, register
from ingest.extraction.gazetteer import DESCRIPTION, Gazetteer, Hit
from ingest.extraction.language import detect_language
from ingest.extraction.lexicon import (
    ADVANCING,
    CLAUSE_BREAK,
    COORDINATORS,
    FRONTED,
    RESOLUTION,
    ROLE_AFTER,
    SYMMETRIC,
    SYMMETRIC_TOPICS,
    Cue,
)
from ingest.extraction.merge import Claim, merge
from ingest.extraction.patterns import WAR_CONTEXT
from ingest.extraction.records import DocumentInput, ExtractionResult, PositionRecord
from ingest.extraction.segment import Segmentation, Sentence, segment

ACCUSATION_TOPICS = frozenset({"arms-to-russia", "nuclear-threats", "russian-annexation"})
"""Topics where reporting that another actor does the thing is an accusation: the reporter opposes it."""

OBSTRUCTED_TOPICS = frozenset({"humanitarian-aid", "grain-deal"})
"""Topics where reporting that another actor obstructs the thing is a complaint: the reporter backs it."""

CANDIDATES = {
    "ukraine-nato": frozenset({"UKR"}),
    "ukraine-eu": frozenset({"UKR"}),
    "nato-enlargement": frozenset({"FIN", "SWE"}),
}
"""The accession topics and who accedes: another actor saying the candidate will, or will never, join states
its own view of the accession ("Stoltenberg said Ukraine will join NATO")."""

POST_CUE_REACH = 80
"""How far after a topic phrase a predicate may stand ("sanctions are illegal")."""

BYLINE = re.compile(
    r"\b(?:statement|speech|remarks|address|interview|op-ed|message|letter|article|briefing|declaration|"
    r"joint statement|communiqu[eé]|explanation of (?:vote|position)|intervention|keynote|toast|readout|"
    r"press conference|news conference|lecture|post)\s+(?:[a-z]+\s+){0,3}?(?:by|of|from|with)\s+|"
    r"^\W*(?:\d+\.\s*)?we,?\s+the\s+|"
    r"^\W*by\s+(?=[\w .'’-]{3,60}\.?\s*$)|"
    r"^\W*(?=(?:the\s+)?\S+\s+(?:[\w-]+\s+){0,2}?leaders[’']?\s+(?:joint\s+)?(?:statement|communiqu|declaration|vision))",
    re.I,
)
STRONGEST = re.compile(r"in the strongest (?:possible )?terms")
DURATION = re.compile(
    r"\bas long as (?:it takes|needed|necessary|required)\b|\b(?:will|would|does|shall) not waver\b|\bwon't waver\b"
)
"""Later in a sentence: a pledge without end, which makes the support it closes strong."""
PACKAGE_TOPICS = frozenset({"military-aid-ukraine", "humanitarian-aid"})
RECIPIENT = "UKR"
"""Who receives the aid of ``PACKAGE_TOPICS``."""
AGGRESSOR = "RUS"
"""Whose forces are "the invaders" and "the occupiers"."""
UNITED_NATIONS = "UN"
"""The organisation whose member states' bodies (the General Assembly, the Security Council) hold no position of its
own."""
PACKAGE = re.compile(
    r"(?:[$€£]\s?\d|\b\d[\d,.]*\s*(?:million|billion|bn)\b|\b(?:euros|dollars|pounds|kroner|kronor|yen)\b|"
    r"\b(?:leopard|abrams|challenger|bradley|marder|himars|atacms|patriot|f-16|gripen|storm shadow|taurus|"
    r"javelin|stinger|nasams|iris-t|samp/t|caesar|archer|gepard|m777|tomahawk)s?\b)"
)
"""An amount or a named weapon system: what makes aid a concrete package (+2) rather than a pledge (+1)."""
READINESS = re.compile(r"\b(?:(?:ready|willing|prepared|open) to|would|could|might|may|consider\w*)\b")
_MODIFIER_AGENT = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)(?<!\bbe\s)\b[a-z]+(?:ed|en)\s+"
    r"(?:jointly\s+|both\s+|also\s+)?by\s+(?:both\s+)?(?:the\s+)?$"
)
"""Before a name: "by" after a participle with no auxiliary, which makes the name the agent of a modifier ("a
conference recognised by both Russia and Ukraine")."""
_AND_VERB = re.compile(r",?\s+and\s+(?:then\s+|also\s+)?(?:said|told|[a-z]+ed|[a-z]+s)\s")
"""After a name: a verb joined to the clause before, with no subject of its own."""
_MET_OBJECT = re.compile(
    r"(?<![\w-])(?:(?:spoke|speaks|talked|talks|spoken) (?:with|to)|met|meets|met with|meets with|called|phoned|"
    r"thanked|received|hosted|welcomed|told)\s+(?:[\w-]+\s+){0,4}$"
)
"""Right before an official's name: the one spoken to, met or thanked ("The Prime Minister spoke to President
Zelensky"), who is not whom a "he" in the next sentence means."""
_RELATIVE_DAY = re.compile(
    r"\b(?:(?P<before>a day earlier|the day before|the previous day|the preceding day)|"
    r"the next day|the following day|a day later|the day after)\b"
)
_SPOKE_ON = re.compile(r"\b(?:said|says|told \w+|announced|stated|added|wrote|declared)\s+$")
"""Before "the next day": the day is the statement's ("Zelensky said the next day that ..."), not an event's
told in a relative clause ("who had spoken to Putin the day before")."""
_COMMITTED = re.compile(r"\b(?:would|will|shall)\s+(?:(?!only\b)[a-z]+ly\s+)?$")
"""Right before a deed: the modal that commits the holder to it."""
_LEAD_PHRASE = re.compile(r"[^,;:]{1,80},\s+(?:the\s+)?")
"""An opening phrase set off by a comma ("On the first anniversary of the war, Beijing published ..."): the name
after it is the sentence's subject."""
_SPEECH_AFTER = re.compile(r"\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|added|stated|declared|wrote|warned)\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told reporters|added|according to)\s+(?:the\s+)?$")
"""Around an official's name: the words that make the official the one speaking in the sentence."""
_PAST_WORDS = (
    "had ", "once ", "initially ", "at first ", "previously ", "formerly ", "until recently ", "having ", "neutral",
    "aligned",
)
"""Words one of which a former-stance aside holds; most sentences have none, and skip the search for one."""
_HOLDER_ASIDE = re.compile(r",\s*(?:who|which|that)\s(?!had\s)[^,;:]{1,150},")
"""Right after the holder (or any noun): a relative clause about it, whose words bear on no later topic of the
sentence. Not one in the pluperfect ("Orban, who had threatened a veto, stepped out ..."): what the holder had done
leads to what it does now (a former stance it has left is a ``_PAST_ASIDE``)."""
_PAST_ASIDE = re.compile(
    r",\s*(?:who|which|whose\s+[a-z]+)\s+(?:had\s+(?:long|not|never)|once|initially|at\s+first|previously|"
    r"formerly|until\s+recently)\b[^,;]*,|,\s*once\s+(?:among|a|an|one\s+of)\s[^,;]*,|"
    r"\bhaving\s[^,;]*\bfor\s+(?:[a-z]+\s+)?(?:years|months)\b[^,;]*,|"
    r",\s*(?:[a-z]+\s+)?(?:neutral|non-aligned|nonaligned)\s+for\s+[^,;]*\b(?:years|decades|centuries)\b[^,;]*,"
)
"""An aside telling a former stance: "X, which had long resisted ..., now ...", "Having opposed ... for two years,
X now ...", "Sweden, militarily non-aligned for two centuries, ...". Not a past deed in line with the present one
("the United States, which had put forward the plan")."""
_OBJECT_PRONOUN = re.compile(r"\b(?:them|it)\b")
_TURN_LABEL = r"(?:[^:\n]{0,60}:)?"
"""A speaker's label that may open a sentence ("A:", "Spokesperson Mao Ning:")."""
_ANSWER_NO = re.compile(_TURN_LABEL + r"[\s\"]*no")
"""An answer's opening "no" (dashes and curly quotes are plain by now: ``text.clean`` maps them)."""
_PARTICLE_END = re.compile(r"\s*[,.;!-]")
_OBJECT_OF_CUE = re.compile(
    r"\b(?:welcome[sd]?|support(?:s|ed)?|back(?:s|ed)?|endorse[sd]?|oppose[sd]?|reject(?:s|ed)?|condemn(?:s|ed)?|"
    r"accept(?:s|ed)?|recogni[sz]e[sd]?|approve[sd]?|veto(?:es|ed)?|block(?:s|ed)?)\s+$"
)
"""Right before an anaphor: a verb of stance whose object it is."""
_SHORT_OPENING = re.compile(_TURN_LABEL + r"\s*(?:(?:no|yes)\s*[,.!]?\s+)?(?:[\w'’-]+\s+){0,5}")
"""A subject and its auxiliaries opening an answer, with no clause before them ("A: We will not support it")."""
_BARE_ANSWER = re.compile(_TURN_LABEL + r"\s*(?:no|yes|of course|certainly|absolutely|not at all)\s*[.!,]?\s*")
"""A sentence that is only a yes or a no."""
_VOTE_COMPANY = re.compile(r",\s*(?:alongside|along\s+with|together\s+with|joined\s+by)\s")
"""After a vote: others who cast the same one ("voted against the resolution, alongside Russia and Belarus")."""
_VOTE_TAIL = re.compile(r",\s*with\s|;\s*|,?\s+while\s|,\s*whereas\s|,\s*and\s")
"""Where votes on a text start after its description in one sentence ("..., with Russia voting against")."""
_AND_NEXT_VOTERS = re.compile(r",?\s+and\s")
"""Right after a vote: where the next group of voters starts ("with Russia voting against and China abstaining")."""
VOTE_CLAUSE = re.compile(r";|,?\s+while\s+|,\s*whereas\s+|\.\s+")
PERSON_ROLE = re.compile(
    r"(?:'s?)?\s+(?:[a-z\-]+\s+){0,3}?(?:minister|president|premier|chancellor|envoy|ambassador|"
    r"spokes(?:person|man|woman)|diplomat|secretary|king|emir|leader|prime minister|foreign secretary|"
    r"permanent representative|representative|delegate)\b"
)
"""After a name: a single person speaking for it, named by role only."""
_QUESTION_END = re.compile(r"\?['\" )]*$")
_HIT_END = itemgetter(1)
_UNNAMED_SOURCE = re.compile(
    r"(?:\b(?:an?|one|two|three|several|some|other)\s+(?:[a-z\-]+\s+){0,3}?"
    r"(?:advis[eo]rs?|officials?|sources?|diplomats?|aides?|insiders?|people familiar with [a-z ]+?)"
    r"(?:\s+[a-z\-]+){0,5}?\s+(?:said|says|told|added|confirmed|suggested|indicated)\b)"
    r"|\baccording to (?:an?|one|two|three|several|some|unnamed|anonymous)\s+(?:[a-z\-]+\s+){0,3}?"
    r"(?:advis[eo]rs?|officials?|sources?|diplomats?|aides?|insiders?|people)\b"
)
"""A speech verb whose subject is an unnamed person."""
_UNNAMED_WORDS = ("advis", "official", "source", "diplomat", "aide", "insider", "people")
"""One of these is in every match of ``_UNNAMED_SOURCE``: a sentence without them needs no search."""
_MODAL = re.compile(r"\b(?:would|will|could|might|may|plans?|planning|intends?|considering|weighing)\b")
_ADVANCE = Cue("sup", 1)
_REFUSAL = Cue("opp", -1)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")
_NAME_ENDS = re.compile(r"\s*(?:$|[,.;:()]|(?:and|or|in|on|at|to|for|over|about|after|before|during|as)\b)")
PARTNER_REACH = 40
"""How far a symmetric verb may stand before the topic phrase for a party named after the phrase to share it."""
DEFAULT_CONFIDENCE = 0.7
"""How much less sure a stance read from an advancing action alone is than one read from a stance cue."""
DEFAULT_WITHOUT_SUBJECT = False
CARRY_OVER = True
CARRY_CONFIDENCE = 0.8
"""How much less sure a topic taken up by an anaphor from the sentence before is than one named outright."""
_ANAPHOR = re.compile(
    r"\s((?:it|this)(?=\s*(?:[,.;:!?)]|$)|\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:moment|decision|step|day|milestone|"
    r"mistake|blow|violation|provocation|act|crime|success|victory|signal|breakthrough|disgrace|outrage)\b|"
    r"\s+(?:was|is|would be|will be|has been|had been)\s+(?:a |an |)(?:\w+ ){0,2}\w+[.,;]|"
    r"\s+(?:and|but|as|in|at|for|with|because|if|until|when|while|now|too|"
    r"either|again|without|fully|strongly|firmly|entirely|wholeheartedly|outright|publicly)\b)|"
    r"(?:the|this|that|these|those|(?:russia|moscow|the kremlin|kyiv|ukraine)['’]s) "
    r"(?:(?:cynical|unilateral|reckless|irresponsible|illegal|dangerous|shameful|hostile|unfriendly|provocative|"
    r"historic|bold|unprecedented|recent) )?(?:new |latest |planned |proposed |reported |[a-z]+(?:an|ish|ese|ch) |)"
    r"(?:(?P<plan>proposals?|plans?|legislation|law|bill)|ideas?|initiatives?|offers?|deals?|agreements?|"
    r"arrangements?|accords?|packages?|warrants?|doctrine|policy|demands?|request|option|scheme|mechanism|treaty|pact|"
    r"sanctions|corridor|transit|bids?|assets|cap|matter|issue|question|"
    r"applications?|enlargement|expansion|"
    r"(?P<event>decisions?|moves?|steps?|measures?|transfers?|deliveries|shipments?|announcement|ruling|decree|"
    r"order|ban|embargo|suspension|halt|shutdown|shut-off|cut-off|cutoff|closure|deployment|restrictions?|"
    r"exemption))|"
    r"such (?:a|an) (?:move|step|proposal|plan|idea|deployment|mission|force|body|court|tribunal|decision)|"
    r"such (?:limits|restrictions|steps|measures|strikes|deliveries|weapons|plans|proposals|ideas|troops|forces)|"
    r"(?:any |)such (?:permission|authori[sz]ation|decisions?|steps?|moves?|plans?|proposals?|deliveries|"
    r"supplies|transfers|weapons|body|court|tribunal))\b(?![-'])"
)
"""An anaphor for a topic named shortly before. One naming an event ("the move", "the halt") stands for what
was done, so a stance toward it is a stance toward the topic times the sign of the deed ("X condemned the
transfers" of arms to Russia opposes them); any other stands for the thing named ("backs the plan")."""
_LIMITS = re.compile(r"limit|restriction|ban\b|caveat|constraint")
EARLIEST = datetime.date(2014, 1, 1)
"""The conflict's timeline opens in 2014: a stance dated earlier ("in 1994 Kyiv gave up its nuclear arsenal",
"at the 2008 Bucharest summit") is history told as background, not a position taken in it."""
NAMED_REACH = 8
"""How many sentences back an anaphor whose noun names the topic ("the doctrine change") may find it."""
CARRY_REACH = 3
"""How many sentences back (in the same paragraph) the topic an anaphor takes up may have been named."""
SUBJECT_REACH = 60
"""How far into a sentence its subject may be named for a "they" in the next sentences to point back to it."""
DESCRIBED_REACH = 600
"""How far back (in characters) the body that "the bloc" or "the alliance" describes must have been named."""
PENDING_SUBJECTS = 4
"""How many sentences back a "they" may look for the subject it points to."""
LIST_REACH = 150
"""How far after its first name a list of subjects may run ("France, Germany, Italy and Spain said ...")."""
LEAD_SENTENCES = 3
LEAD_DAYS = 14


@register("rules")
class RuleExtractor(Extractor):
    """Rules over a gazetteer: needs no network and no model."""

    name = "rules"
    version = "1.6"

    def __init__(self, gazetteer: Gazetteer):
        super().__init__(gazetteer)

    def extract(self, doc: DocumentInput) -> ExtractionResult:
        text = doc.text if isinstance(doc.text, str) else ""
        if not text.strip():
            return ExtractionResult("und", [], ["empty text: nothing to extract"])
        seg = segment(text)
        notes: list[str] = []
        if seg.truncated:
            notes.append(f"text of {len(text)} characters: only the first {len(seg.text)} were read")
        if seg.markup:
            notes.append("HTML markup found and ignored")
        language = detect_language(seg.lower)
        if language != "en":
            notes.append(f"language {language!r} is not English: nothing extracted")
            return ExtractionResult(language, [], notes)
        reader = _Reader(self.gazetteer, doc, seg)
        claims = reader.claims()
        # A speaker left to be worked out is a call back into the reader, which holds the context that holds it: a
        # cycle that keeps the document's sentences and hits alive until the cycle collector comes round (and makes
        # it come round more often). Breaking it frees them now.
        reader.context.drop_deferred()
        records = [
            PositionRecord(
                actor=claim.actor,
                topic=claim.topic,
                stance=claim.stance,
                date=claim.date,
                quote=text[claim.start : claim.end],
                start=claim.start,
                end=claim.end,
                speaker=claim.speaker,
                confidence=round(claim.confidence, 3),
                extractor=self.name,
                version=self.version,
            )
            for claim in merge([claim for claim in claims if claim.date >= EARLIEST])
        ]
        return ExtractionResult(language, records, notes)


class _Reader:
    """One pass over one document."""

    def __init__(self, gazetteer: Gazetteer, doc: DocumentInput, seg: Segmentation):
        self.gazetteer = gazetteer
        self.doc = doc
        self.seg = seg
        published = doc.published
        if isinstance(published, datetime.datetime):
            published = published.date()
        self.published = published
        self.context = Context(published=published, source_actor=doc.source_actor)
        if doc.speaker:
            person = gazetteer.person(doc.speaker)
            if person is not None:
                self.context.doc_speaker = (person.stint_on(published).actor, person.name)
            elif doc.source_actor:
                self.context.doc_speaker = (doc.source_actor, doc.speaker.strip())
        if self.context.doc_speaker is None:
            byline = self._byline()
            if not doc.source_actor or (byline is not None and self._is_bloc(byline[0])):
                # A bloc's own statement on a member's channel ("G7 Leaders' Statement" on the White House's
                # site): its "we" is the bloc's. Any other byline in a channel's text is the channel's own.
                self.context.doc_speaker = byline
        self._lead: datetime.date | bool | None = False
        self._date_cache: dict[int, list[dates_step.DateMention]] = {}
        self._paragraph_date: tuple[int, datetime.date] | None = None
        self._previous_topics: tuple[int, int, list[topics_step.TopicHit]] | None = None
        self._topic_history: list[tuple[int, int, list[topics_step.TopicHit]]] = []
        self._question: tuple[Sentence, list[Hit]] | None = None
        """The latest question naming a topic, and its hits: what an answer's anaphors may stand for."""
        self._last_claim: tuple[int, int, Claim] | None = None
        self._deeds: dict[str, tuple[int, int]] = {}
        """The paragraph and sign of the first deed or stance reported on each topic in the latest paragraph that
        told one, whoever holds it (an accused's deed too): what "the move" or "the halt" did to it."""
        self._named_before: tuple[int, int, list[Hit]] | None = None
        self._war_paragraphs: dict[int, bool] = {}
        # Claims held by a body of member states ("the General Assembly condemned ..."): read, so that the votes
        # on what it adopted can be told, but no position of the UN's own.
        self._members_bodies: list[Claim] = []
        self._hits: list[Hit] = []
        self._hit_starts: list[int] = []
        self._pending_subjects: list[tuple[Sentence, list[Hit]]] = []
        self._answerer: tuple[str, str | None] | None = None
        """The last named speaker of an answer: who answers in an "A:" turn after a question."""
        self._author: str | None = None
        """The actor the latest sentence opening with one named: the author of "the declaration" after it."""
        self._elsewhere_paragraphs: dict[int, bool] = {}

    def _is_bloc(self, code: str | None) -> bool:
        actor = self.gazetteer.actors.get(code) if code else None
        return actor is not None and actor.kind == "organisation"

    def _byline(self) -> tuple[str, str | None] | None:
        """The speaker of a speech or statement named in its title or opening ("Speech by Chancellor X")."""
        heads = [self.doc.title or ""]
        for first in self.seg.sentences[:3]:
            if first.end - first.start > 4:  # past a paragraph number ("1.")
                heads.append(self.seg.text[first.start : min(first.end, first.start + 300)])
                break
        for head in heads:
            match = BYLINE.search(head)
            if not match:
                continue
            owner = self._named_owner(head[match.end() : match.end() + 160])
            if owner is not None:
                return owner
        return None

    def _named_owner(self, words: str) -> tuple[str, str | None] | None:
        """Who ``words`` (a byline, a speaker's label) name: the first official, else the first actor named by
        name ("the Alliance" names no one here)."""
        owner = None
        for hit in self.gazetteer.scan(words.lower(), words):
            if hit.entry.kind == "official":
                person = hit.entry.value
                return (person.stint_on(self.published).actor, person.name)
            if hit.entry.kind == "actor" and owner is None and hit.entry.form != DESCRIPTION:
                owner = (hit.entry.value, None)
        return owner

    # -- the document -----------------------------------------------------------------------------

    def claims(self) -> list[Claim]:
        seg = self.seg
        lower = seg.lower
        hits = self.gazetteer.scan(lower, seg.text)
        if any(hit.entry.form == DESCRIPTION for hit in hits):
            hits = self._descriptions_resolved(hits)
        self._hits = hits
        # Hits are sorted by start: each sentence's are one slice, found by bisection, not one lookup per hit.
        self._hit_starts = hit_starts = [hit[0] for hit in hits]
        claims: list[Claim] = []
        current_turn = 0
        low = 0
        for sentence in seg.sentences:
            if sentence.turn != current_turn:
                current_turn = sentence.turn
                self._start_turn(sentence)
            end = sentence.end
            low = bisect_left(hit_starts, sentence.start, low)
            high = bisect_left(hit_starts, end, low)
            if low == high:
                self._note_tally(sentence, end)
                continue  # nothing named
            mine = hits[low:high]
            low = high
            if sentence.is_question:
                # A journalist's turn states no position, but what it asks about is what the answer's "such a
                # step" or "this permission" stands for.
                self._note_question(sentence, mine)
                continue
            if max(map(_HIT_END, mine)) > end:
                mine = [hit for hit in mine if hit.end <= end]
            topic_hits: list[Hit] = []
            mention_hits: list[Hit] = []
            for hit in mine:
                kind = hit.entry.kind
                if kind == "topic":
                    topic_hits.append(hit)
                elif kind != "cue":
                    mention_hits.append(hit)
            # Only a sentence naming someone or something can state a position: one with cue words alone is
            # skipped, and so is one ending with a question mark.
            if not (topic_hits or mention_hits) and not self._answering(sentence):
                self._note_tally(sentence, end)
                continue
            tail = max(sentence.start, end - 12)
            if lower.find("?", tail, end) >= 0 and _QUESTION_END.search(lower, tail, end):
                continue
            if lower.find("?", sentence.start, end) >= 0 and _QUOTED_QUESTION.search(lower, sentence.start, end):
                # "'Would Kyiv accept a freeze?' a reporter asked": a question quoted and then attributed.
                self._note_question(sentence, mine)
                continue
            claims.extend(self._sentence(sentence, mine, topic_hits, mention_hits))
            self._note_author(sentence, mention_hits)
        if self._members_bodies:
            # The list keeps each of them alive, so no other claim can take the identity of one that was dropped.
            dropped = {id(claim) for claim in self._members_bodies}
            claims = [claim for claim in claims if id(claim) not in dropped]
        return claims

    def _note_tally(self, sentence: Sentence, end: int) -> None:
        """"The resolution was adopted by 143 votes to 5", naming nobody: the text the vote lists after it are on,
        if none is known yet."""
        if self.context.resolution or self.seg.lower.find("vot", sentence.start, end) < 0:
            return  # most sentences tell no vote: that costs less to see than the search
        resolution = RESOLUTION.search(self.seg.lower, sentence.start, end)
        if resolution is not None:
            self._note_resolution(sentence, resolution, [], [])

    def _descriptions_resolved(self, hits: list[Hit]) -> list[Hit]:
        """``hits`` with each "the bloc" or "the alliance" read as the body it describes when the text named that
        body shortly before it (or the channel is the body's own), and dropped otherwise: a White House text on the
        alliance with Korea may have named NATO pages before."""
        named: dict[str, int] = {}  # each actor named, and where it was last named
        kept = []
        for hit in hits:
            entry = hit.entry
            if entry.kind == "actor" and entry.form == DESCRIPTION:
                if (
                    entry.value == self.doc.source_actor
                    or hit.start - named.get(entry.value, -DESCRIBED_REACH) < DESCRIBED_REACH
                ):
                    named[entry.value] = hit.end
                    kept.append(Hit(hit.start, hit.end, replace(entry, form="metonym")))
                continue
            if entry.kind == "actor":
                named[entry.value] = hit.end
            kept.append(hit)
        return kept

    def _with_war(self, named: set[str], topic_hits, sentence: Sentence) -> set[str]:
        """``named``, with the war among them when a topic phrase needs it and the paragraph speaks of it."""
        if any(WAR_CONTEXT in hit.entry.value.context for hit in topic_hits) and self._speaks_of_war(sentence):
            return named | {WAR_CONTEXT}
        return named

    def _speaks_of_war(self, sentence: Sentence) -> bool:
        """Whether the paragraph of ``sentence``, or the one before it, names the war or a party to it: what makes
        "negotiations" or "dialogue" this war's, in a briefing that also speaks of budget talks or trade dialogues."""
        paragraph = sentence.paragraph
        known = self._war_paragraphs.get(paragraph)
        if known is None:
            start = self.seg.sentences[self._from_paragraph_before(sentence)].start
            known = _SPEAKS_OF_WAR.search(self.seg.lower, start, self._paragraph_span(sentence)[1]) is not None
            self._war_paragraphs[paragraph] = known
        return known

    def _from_paragraph_before(self, sentence: Sentence) -> int:
        """The index of the first sentence of the paragraph before the sentence's own (of its own, in the first)."""
        sentences = self.seg.sentences
        first = sentence.index
        while first and sentences[first - 1].paragraph >= sentence.paragraph - 1:
            first -= 1
        return first

    def _answering(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` belongs to a named speaker's answer to the question just asked on a topic: "These
        deliveries will only prolong the conflict" names no one and nothing, yet takes the question up."""
        return (
            self.context.turn_speaker is not None
            and self._question is not None
            and self._question[0].turn == sentence.turn - 1
        )

    def _note_question(self, sentence: Sentence, hits: list[Hit]) -> None:
        # Which of its phrases count is worked out only if an answer takes one up (most never do).
        for hit in hits:
            if hit.entry.kind == "topic":
                self._question = (sentence, hits)
                return

    def _asked_in(self, turn: int) -> bool:
        """Whether the last question naming a topic was asked in ``turn``."""
        return self._question is not None and self._question[0].turn == turn

    def _asked_topics(self, turn: int) -> list[topics_step.TopicHit]:
        """The topics of the last question, if it was asked in ``turn``."""
        if not self._asked_in(turn):
            return []
        sentence, hits = self._question
        topic_hits = [hit for hit in hits if hit.entry.kind == "topic" and hit.end <= sentence.end]
        if not topic_hits:
            return []
        mention_hits = [hit for hit in hits if hit.entry.kind in ("actor", "official")]
        # "Is China ready to mediate between Russia and Ukraine?"
        named = self._with_war(self._named(mention_hits), topic_hits, sentence)
        return topics_step.select(_outside_idioms(topic_hits, hits), named, self.seg.lower, sentence.end)

    def _start_turn(self, sentence: Sentence) -> None:
        context = self.context
        if sentence.is_question or sentence.label is None:
            context.turn_speaker = None
            return
        if sentence.label == "A":
            # "Q: ... A: ...": the answer is the last named speaker's, else the document's or the ministry's.
            context.turn_speaker = self._answerer or context.document_holder
            return
        if sentence.label not in context.labels:
            context.labels[sentence.label] = self._named_owner(sentence.label) or context.document_holder
        context.turn_speaker = context.labels[sentence.label]
        self._answerer = context.turn_speaker or self._answerer
        if context.turn_speaker and context.turn_speaker[1]:
            context.last_speaker = context.turn_speaker

    # -- one sentence -----------------------------------------------------------------------------

    def _sentence(
        self, sentence: Sentence, hits: list[Hit], topic_hits: list[Hit], mention_hits: list[Hit]
    ) -> list[Claim]:
        """The claims of one sentence (not a question); ``topic_hits`` and ``mention_hits`` are its topic and
        actor hits."""
        seg = self.seg
        lower = seg.lower
        if topic_hits:
            topic_hits = _outside_idioms(topic_hits, hits)
            if "non-" in lower[sentence.start : sentence.end]:
                # "no non-nuclear weapons", "non-military aid", "a non-aggression pact": the prefix names the rest.
                topic_hits = [
                    hit
                    for hit in topic_hits
                    if not (
                        lower.endswith("non-", sentence.start, hit.start)
                        and lower.startswith(("nuclear", "military", "aggression"), hit.start)
                    )
                ]
        past = self._past_asides(sentence) if topic_hits else []
        if past and not _OBJECT_PRONOUN.search(lower, past[-1][1], sentence.end):
            # "Sweden, which had not sent weapons to a country at war since 1939, will deliver ...": the aside tells
            # a former stance, the clause around it the present one; its topics stay only for a pronoun to take up
            # ("Having opposed arms deliveries for two years, Germany now supports them").
            topic_hits = [hit for hit in topic_hits if not any(start <= hit.start < end for start, end in past)]
        chosen = []
        if topic_hits:
            named_here = self._named(mention_hits)
            named = named_here
            previous = self._named_before
            if previous is not None and previous[0] == sentence.index - 1 and previous[1] == sentence.paragraph:
                # "France is in favour of enlarging the EU", right after a sentence on Ukraine's bid.
                named = named_here | self._named(previous[2])
            named = self._with_war(named, topic_hits, sentence)
            chosen = topics_step.select(topic_hits, named, lower, sentence.end)
            if chosen:
                # "a ceasefire in Gaza", "negotiate lower drug prices": the same words about another matter.
                elsewhere = {
                    hit.entry.value.topic
                    for hit in topic_hits
                    if _ELSEWHERE.match(lower, hit.end)
                    or _ELSEWHERE_BEFORE.search(lower, max(sentence.start, hit.start - 24), hit.start)
                    or (
                        hit.entry.value.topic in _TALKS_AND_CORRIDORS
                        and _OTHER_TALKS_BEFORE.search(lower, max(sentence.start, hit.start - 24), hit.start)
                    )
                    or (lower.startswith("peacekeeping", hit.start) and _PEACEKEEPING_AT_LARGE.match(lower, hit.end))
                }
                if _ELSEWHERE_LEAD.match(lower, sentence.start) or (
                    not _WAR_NAME.search(lower, sentence.start, sentence.end)
                    and (
                        _OTHER_CONFLICT.search(lower, sentence.start, sentence.end)
                        or self._paragraph_elsewhere(sentence)
                    )
                ):
                    # "In the Middle East, ...", "Iran must never develop a nuclear weapon": another conflict's
                    # sentence, or a sentence of a paragraph on another conflict that never names this war's
                    # parties (arms for Russia and Ukraine's weapons are often told without naming either).
                    supplying = _SUPPLY_VERB.search(lower, sentence.start, sentence.end) is not None
                    elsewhere.update(
                        topic.topic for topic in chosen if not (supplying and topic.topic in SUPPLY_TOPICS)
                    )
                if elsewhere:
                    # Once a sentence puts a topic's words on another matter ("the sanctions on the Assad
                    # regime"), its later bare uses ("that sanctions policy") are about that matter too.
                    chosen = [
                        topic
                        for topic in chosen
                        if topic.topic not in elsewhere
                        or _NAMES_WAR.search(lower, topic.start, min(sentence.end, topic.end + 24))
                    ]
            # "would cut a huge source of financing for Russia's war machine": money for the war is no supply of arms.
            chosen = [
                topic
                for topic in chosen
                if not (
                    topic.topic == "arms-to-russia"
                    and _FUNDING_BEFORE.search(lower, max(sentence.start, topic.start - 24), topic.start)
                )
            ]
            # "loaded onto a sanctioned Russian cargo ship": the adjective names what is under sanctions.
            chosen = [
                topic
                for topic in chosen
                if not (
                    topic.topic == "sanctions-russia"
                    and lower.startswith("sanctioned ", topic.start)
                    and topic.end - topic.start == len("sanctioned")
                    and _DETERMINER_BEFORE.search(lower, max(sentence.start, topic.start - 12), topic.start)
                    and _SANCTIONED_THING.match(lower, topic.end)
                )
            ]
            if any(topic.topic == "ukraine-eu" for topic in chosen):
                # "supported Ukraine's EU membership but would defend its farmers in the negotiations": bare talks
                # beside the accession are the accession's.
                chosen = [
                    topic
                    for topic in chosen
                    if not (topic.topic == "peace-talks" and _BARE_TALKS.fullmatch(lower, topic.start, topic.end))
                ]
            elif any(topic.topic == "peace-talks" for topic in chosen):
                chosen = self._accession_talks(sentence, chosen)
            if any(topic.topic == "ukraine-eu" for topic in chosen):
                chosen = self._bloc_of_bare_accession(sentence, chosen)
            # "a force stationed in Ukraine once a ceasefire holds": the topic only dates the plan.
            chosen = [
                topic
                for topic in chosen
                if not (
                    _WHEN_BEFORE.search(lower, max(sentence.start, topic.start - 30), topic.start)
                    and (
                        _IN_FORCE_AFTER.match(lower, topic.end)
                        or (topic.topic == "peace-talks" and _CLAUSE_END.match(lower, topic.end))
                    )
                )
            ]
            if len(chosen) > 1:
                # "The International Criminal Court issued an arrest warrant": a name that is also a topic phrase
                # is the speaker when the sentence names the topic otherwise too.
                names = {(hit.start, hit.end) for hit in mention_hits if hit.entry.kind == "actor"}
                chosen = [
                    topic
                    for topic in chosen
                    if (topic.start, topic.end) not in names
                    or not any(
                        other.topic == topic.topic and (other.start, other.end) not in names for other in chosen
                    )
                ]
            if len(chosen) > 1:
                # "hold Iran accountable for providing drones to Russia": the deed it answers for is the topic, and
                # holding it to account is the verdict on that deed, not a call for war crimes justice.
                chosen = [
                    topic
                    for index, topic in enumerate(chosen)
                    if not (
                        topic.topic == "war-crimes-accountability"
                        and lower.endswith("accountable", topic.start, topic.end)
                        and any(
                            other.topic not in _CRIME_TOPICS
                            and _ANSWERED_FOR.fullmatch(lower, topic.end, other.start)
                            for other in chosen[index + 1 :]
                        )
                    )
                ]
            if any(topic.topic == "military-aid-ukraine" for topic in chosen) and _other_recipient(
                lower, mention_hits
            ):
                # "ship modifications for Japan to acquire the Tomahawk": weapons for another state.
                chosen = [topic for topic in chosen if topic.topic != "military-aid-ukraine"]
            if chosen and (owned := _owned_elsewhere(lower, mention_hits, "UKR" in named_here)):
                # "Georgia's sovereignty and territorial integrity": another state's, not Ukraine's.
                chosen = [
                    topic
                    for topic in chosen
                    if topic.topic != "ukraine-territorial-integrity"
                    or not any(start <= topic.start <= end or start <= topic.end <= end for start, end in owned)
                ]
        self._named_before = (sentence.index, sentence.paragraph, mention_hits)
        if chosen:
            self._previous_topics = (sentence.index, sentence.paragraph, chosen)
            self._topic_history.append(self._previous_topics)
            if len(self._topic_history) > 8:
                del self._topic_history[0]
        elif CARRY_OVER:
            chosen = self._carried_topic(sentence, hits, mention_hits)
            if not chosen:
                echoed = self._echo(sentence, hits, mention_hits)
                if echoed:
                    return echoed
        if not chosen:
            if any(hit.entry.kind == "cue" and hit.entry.value.kind == "vote" for hit in hits):
                if not self.context.resolution:
                    # "India has decided to abstain on this resolution": a known vote of the document's day.
                    resolution = RESOLUTION.search(self.seg.lower, sentence.start, sentence.end)
                    if resolution:
                        self._note_resolution(sentence, resolution, [], [])
                if self.context.resolution:
                    return self._votes(sentence, hits, mention_hits)
            if mention_hits:
                # Whom a later "he" points back to; most documents never ask, so it is worked out on demand.
                self.context.defer_speaker(partial(self._speaker_named_in, sentence, mention_hits))
            self._remember_subjects(sentence, mention_hits)
            return []
        # "A French presidential adviser said Paris would ...": an unnamed source's forecast is nobody's stated
        # position (an action it reports as done still counts: "X has paused aid, an official said").
        sentence_text = lower[sentence.start : sentence.end]
        unnamed = (
            [match.end() for match in _UNNAMED_SOURCE.finditer(lower, sentence.start, sentence.end)]
            if any(word in sentence_text for word in _UNNAMED_WORDS)
            else []
        )
        if unnamed:
            chosen = [
                topic
                for topic in chosen
                if not any(end <= topic.start and _MODAL.search(lower, end, topic.start) for end in unnamed)
            ]
            if not chosen:
                return []
        if len(chosen) > 1:
            # "allowing negotiations ... would only freeze the war": a phrase whose verb comes right after "only",
            # behind another topic of the sentence, is the verdict on that topic, not a topic of its own.
            chosen = [
                topic
                for index, topic in enumerate(chosen)
                if not (
                    index
                    and (only := _ONLY_BEFORE.search(lower, max(sentence.start, topic.start - 24), topic.start))
                    and not only.group("relative")
                    and any(hit.entry.kind == "cue" and hit.start == topic.start for hit in hits)
                )
            ]
        blocked = [(topic.start, topic.end) for topic in chosen]
        mentions = mentions_in(mention_hits, lower, sentence.start, sentence.end, blocked, self.published)
        # A cue word inside a name ("the United States", "Member States") is part of the name.
        names = [
            (mention.start, mention.end) for mention in mentions if mention.kind not in ("self", "pronoun")
        ]
        cues = [
            hit
            for hit in _cues(hits, blocked + names + past)
            if not (
                lower.startswith("against", hit.start)
                and _USED_AGAINST.search(lower, max(sentence.start, hit.start - 40), hit.start)
            )
            # "would be accountable for every dollar of aid": only holding someone to account is a verdict.
            and not (
                lower.startswith("accountable", hit.start)
                and not _HOLD_BEFORE.search(lower, max(sentence.start, hit.start - 40), hit.start)
            )
        ]
        if (
            cues
            and _ANSWER_NO.fullmatch(lower, sentence.start, cues[0].end)
            and _PARTICLE_END.match(lower, cues[0].end)
        ):
            # "A: No, our sanctions remain in force": the answer's "no" is said of the question, not of what follows.
            cues = cues[1:]
        reports = [(hit.start, hit.end) for hit in cues if hit.entry.value.kind in ("report", "accuse")]
        owner = speaker_in_sentence(mentions, lower, reports, self.context)
        if owner is None:
            owner = _named_before_pronoun(mentions, lower)
        self.context.place_actor = _place_of_office(mentions, lower)
        breaks = [match.end() for match in CLAUSE_BREAK.finditer(lower, sentence.start, sentence.end)]
        claims: list[Claim] = []
        resolution = RESOLUTION.search(lower, sentence.start, sentence.end)
        if resolution:
            self._note_resolution(sentence, resolution, chosen, cues)
        previous_end = sentence.start
        window = sentence.start
        previous: list[Claim] = []
        for topic in chosen:
            if (
                topic.pattern.inverse
                and topic.topic in PURSUED_TOPICS
                and (
                    _PURSUIT_HEAD.match(lower, topic.end)
                    or _PERPETRATORS_OF.search(lower, max(sentence.start, topic.start - 60), topic.start)
                )
            ):
                # "supports war crimes investigations": the crimes name the pursuit, and backing it is for it.
                # "will pursue everyone responsible for the deportation": the verb is done to the perpetrators.
                topic = replace(topic, pattern=replace(topic.pattern, inverse=False))
            elif topic.pattern.inverse and (
                _NAMED_AS.search(lower, max(sentence.start, topic.start - 80), topic.start)
                or (
                    _CONDEMNING_NAME.search(lower, topic.start, topic.end)
                    and _IT_IS.search(lower, max(sentence.start, topic.start - 48), topic.start)
                )
            ):
                # "refused to call it an invasion", "it's not only an attack on Ukraine": the word is the name
                # given, and giving it condemns.
                topic = replace(topic, pattern=replace(topic.pattern, inverse=False, stance=1))
            relative = previous_end > sentence.start and _RELATIVE_LINK.fullmatch(lower, previous_end, topic.start)
            used = (
                previous_end > sentence.start
                and topic.topic == "long-range-strikes"
                and _USED_ON.fullmatch(lower, previous_end, topic.start) is not None
            )
            if used:
                # "does not want its Taurus missiles used against targets in Russia": the weapons are the means of
                # the strikes, which the verbs before them govern; no stance on supplying them is told.
                claims = [claim for claim in claims if claim not in previous]
                relative = True
            nested = topic.end <= previous_end
            joined = (
                previous_end > sentence.start
                and topic.start >= previous_end
                and _JOINED_OBJECT.fullmatch(lower, previous_end, topic.start) is not None
            )
            if (
                topic.start >= previous_end or not (nested or _OR_AND.match(lower, previous_end, topic.end))
            ) and not (relative or joined):
                window = max(previous_end, _last_before(breaks, topic.start, sentence.start))
            # else it lies inside the phrase before, coordinated with it ("weapons to Russia or to Ukraine") or in
            # the gap of a two-part phrase ("humanitarian, military and legal support"), or joined to it as a second
            # object ("opposes sanctions and the seizure of assets"): the same verb governs both; or it opens a
            # relative clause on the phrase before ("will not accept any deal that cedes territory"): what is done
            # to the one is done to the other.
            previous_end = max(previous_end, topic.end)
            found = self._topic(sentence, topic, window, mentions, cues, reports, owner, hits)
            if relative and found:
                # Rejecting the kind of deal the clause describes is no rejection of every deal.
                held = {claim.actor for claim in found}
                claims = [
                    claim for claim in claims if claim not in previous or claim.stance >= 0 or claim.actor not in held
                ]
            previous = found
            claims.extend(found)
            claims.extend(self._callers(sentence, topic, mentions, owner, claims, cues, hits))
        if claims:
            claims.extend(
                self._taken_up_later(sentence, chosen[-1], mentions, cues, reports, owner, hits, breaks, claims)
            )
        if resolution and self.context.resolution:
            claims = self._vote_tail(sentence, chosen[-1].end, hits, mention_hits, claims)
        elif claims and not resolution and self._votes_after(sentence, chosen[-1].end, hits):
            # "EU ministers approved a plan to phase out Russian gas, with Hungary and Slovakia voting against": what
            # the body decided is the text the others voted on.
            decided = {
                claim.topic: (claim.stance > 0) - (claim.stance < 0)
                for claim in claims
                if claim.actor == claims[0].actor and claim.stance
            }
            if decided:
                self.context.resolution = decided
                claims = self._vote_tail(sentence, chosen[-1].end, hits, mention_hits, claims)
        self._remember(mentions, claims, sentence)
        return claims

    def _judges(self, topic, predicate: list[Hit], judged_object: bool, copular: bool) -> bool:
        """Whether the cues after the topic are its predicate: a verdict on a judged object ("regards the
        transfer of F-16s as an escalation"), or a predicate proper (see ``_is_predicate``)."""
        if judged_object and predicate[-1].entry.value.kind in _BEARING:
            return True
        return _is_predicate(self.seg.lower, topic.end, predicate, copular)

    def _votes_after(self, sentence: Sentence, after: int, hits: list[Hit]) -> re.Match | None:
        """Where votes told after ``after`` in a part of their own start (", with Hungary voting against"), if
        they are."""
        votes = [hit.start for hit in hits if hit.entry.kind == "cue" and hit.entry.value.kind == "vote"]
        if not votes or max(votes) <= after:
            return None  # most sentences tell no vote: that costs less to see than the search
        tail = _VOTE_TAIL.search(self.seg.lower, after, sentence.end)
        if tail is not None and any(start >= tail.end() for start in votes):
            return tail
        return None

    def _vote_tail(
        self, sentence: Sentence, after: int, hits: list[Hit], mention_hits: list[Hit], claims: list[Claim]
    ) -> list[Claim]:
        """"The Assembly condemned the annexation by 143 votes to 5, with Russia and Belarus voting against and
        China abstaining": the votes told after the text in its own sentence are read as a vote list on it, and
        replace what the clause reading made of those voters."""
        lower = self.seg.lower
        company = _VOTE_COMPANY.search(lower, after, sentence.end)
        if company is not None:
            return claims + self._voting_alike(sentence, company.end(), mention_hits, claims)
        tail = self._votes_after(sentence, after, hits)
        if tail is None:
            return claims
        votes = self._votes(sentence, hits, mention_hits, tail.start())
        voters = {vote.actor for vote in votes}
        return [claim for claim in claims if claim.actor not in voters] + votes

    def _paragraph_elsewhere(self, sentence: Sentence) -> bool:
        """Whether the sentence's paragraph names another conflict and none of this war's parties, or names
        neither and goes on from a paragraph that does ("... Iranian women ..." and then "hold the regime
        accountable for the way it's treating its people")."""
        verdict = self._elsewhere_paragraphs.get(sentence.paragraph)
        if verdict is None:
            verdict = self._names_elsewhere(sentence)
            if verdict is None:
                sentences = self.seg.sentences
                first = self._paragraph_span(sentence)[2]
                verdict = bool(
                    first
                    and sentences[first - 1].paragraph == sentence.paragraph - 1
                    and self._names_elsewhere(sentences[first - 1])
                )
            self._elsewhere_paragraphs[sentence.paragraph] = verdict
        return verdict

    def _names_elsewhere(self, sentence: Sentence) -> bool | None:
        """Whether the sentence's paragraph names another conflict (True) or this war (False); None if neither."""
        start, end, _ = self._paragraph_span(sentence)
        lower = self.seg.lower
        if _WAR_NAME.search(lower, start, end):
            return False
        return True if _OTHER_CONFLICT.search(lower, start, end) else None

    def _paragraph_span(self, sentence: Sentence) -> tuple[int, int, int]:
        """Where the sentence's paragraph starts and ends, and the index of its first sentence: its sentences are
        the run around it with its number (a walk over them costs less than mapping every paragraph of the
        document, when few are ever asked about)."""
        sentences = self.seg.sentences
        first = last = sentence.index
        while first > 0 and sentences[first - 1].paragraph == sentence.paragraph:
            first -= 1
        while last + 1 < len(sentences) and sentences[last + 1].paragraph == sentence.paragraph:
            last += 1
        return sentences[first].start, sentences[last].end, first

    def _named(self, mention_hits: list[Hit]) -> set[str]:
        """The actors named, by themselves or by an official, among ``mention_hits``."""
        named = {hit.entry.value for hit in mention_hits if hit.entry.kind == "actor"}
        named.update(
            hit.entry.value.stint_on(self.published).actor for hit in mention_hits if hit.entry.kind == "official"
        )
        return named

    def _named_topic(self, words: list[str], candidates: list, sentence: Sentence):
        """The topic an anaphor's noun names ("the doctrine change": the phrase with "doctrine"), among the
        candidates or, further back in the paragraph, among the topics named there."""
        lower = self.seg.lower
        pools = [candidates] + [
            [topic for topic in topics if not topic.pattern.inverse]
            for index, paragraph, topics in reversed(self._topic_history)
            if paragraph == sentence.paragraph and sentence.index - index <= NAMED_REACH
        ]
        for pool in pools:
            for topic in pool:
                if any(word in lower[topic.start : topic.end] for word in words):
                    return topic
        return None

    def _accession_talks(self, sentence: Sentence, chosen: list) -> list:
        """"The negotiations" or "the talks" a sentence or two after accession talks were named, with no peace talks
        named between, are those accession talks ("The EU opened accession negotiations with Ukraine. Kyiv would
        work to complete the negotiations quickly.")."""
        lower = self.seg.lower
        accession = None
        for index, paragraph, topics in reversed(self._topic_history):
            if paragraph != sentence.paragraph or sentence.index - index > 2:
                break
            if any(topic.topic == "peace-talks" for topic in topics):
                return chosen
            accession = next((topic for topic in topics if topic.topic == "ukraine-eu"), accession)
        if accession is None:
            return chosen
        return [
            replace(topic, pattern=accession.pattern)
            if topic.topic == "peace-talks"
            and _BARE_TALKS.fullmatch(lower, topic.start, topic.end)
            and (
                _THE_BEFORE.search(lower, max(sentence.start, topic.start - 8), topic.start)
                or not lower.startswith(("negotiat", "talks"), topic.start)  # "letting Ukraine start talks"
            )
            else topic
            for topic in chosen
        ]

    def _bloc_of_bare_accession(self, sentence: Sentence, chosen: list) -> list:
        """"Ukraine's accession" or "Ukraine's membership" with no bloc named is the accession told last: NATO's a
        sentence or a few after Ukraine's NATO membership was named, with no EU accession named between ("NATO said
        Ukraine's future lay in the alliance. Peskov said Ukraine's accession would have negative consequences")."""
        lower = self.seg.lower
        nato = None
        for index, _paragraph, topics in reversed(self._topic_history):
            if sentence.index - index > BARE_ACCESSION_REACH:
                break
            if any(topic.topic == "ukraine-eu" for topic in topics):
                return chosen
            nato = next((topic for topic in topics if topic.topic == "ukraine-nato"), None)
            if nato is not None:
                break
        if nato is None or _UNION_WORD.search(lower, sentence.start, sentence.end):
            return chosen  # "... Ukraine's accession would strengthen the Union": the EU's, whatever came before
        return [
            replace(topic, pattern=nato.pattern)
            if topic.topic == "ukraine-eu" and _BARE_ACCESSION.fullmatch(lower, topic.start, topic.end)
            else topic
            for topic in chosen
        ]

    def _carried_topic(self, sentence: Sentence, hits: list[Hit], mention_hits: list[Hit]) -> list:
        """A topic named a little earlier (same paragraph) and taken up here by "it", "this", "the proposal", "the
        move", "the transfers", "such a move" after a subject ("Spain proposed a tribunal. Italy said it supports
        the proposal.", "... Britain condemned the transfers."): the anaphor stands for that topic. A stance cue
        stands between the subject and the anaphor, or judges the anaphor right after it ("called the move
        reckless")."""
        previous = self._previous_topics
        if previous is not None and sentence.index - previous[0] <= CARRY_REACH and previous[1] == sentence.paragraph:
            topics = previous[2]
            asked_only = False
        else:
            # The answer to a question takes up what was asked about. Most sentences follow no question: that
            # costs less to check than the search for an anaphor.
            if not self._asked_in(sentence.turn - 1):
                return []
            if not _ANAPHOR.search(self.seg.lower, max(0, sentence.start - 1), sentence.end):
                return []
            topics = self._asked_topics(sentence.turn - 1)
            if not topics:
                return []
            asked_only = True
        lower = self.seg.lower
        candidates = [topic for topic in topics if not topic.pattern.inverse]
        limits = [topic for topic in topics if topic.pattern.inverse]
        if not candidates and not limits:
            return []
        mentions: list[Mention] | None = None
        planned = None
        # From the space before the sentence: an anaphor may open it ("These deliveries will only prolong ...").
        for match in _ANAPHOR.finditer(lower, max(0, sentence.start - 1), sentence.end):
            start, end = match.start(1), match.end(1)
            # "such limits" stands for the restrictions named before ("range restrictions"), anything else for
            # what the topic proposes; "the doctrine change" for the topic whose phrase has "doctrine".
            if _LIMITS.search(lower, start, end):
                if not limits and not asked_only and self._asked_in(sentence.turn - 1):
                    # "... it cuts against the search for a negotiated solution. We are against removing such
                    # limits.": the answer named no limits of its own, so they are the ones asked about.
                    limits = [
                        topic
                        for topic in self._asked_topics(sentence.turn - 1)
                        if topic.pattern.inverse and _LIMITS.search(lower, topic.start, topic.end)
                    ]
                topic = (limits or candidates)[0]
            else:
                topic = (candidates or [None])[0]
            words = [word.rstrip("s") for word in lower[start:end].split()[1:] if len(word) > 2]
            if words and not _LIMITS.search(lower, start, end):
                # "the cap" a sentence after an embargo: the price cap named further back.
                named = self._named_topic(words, candidates, sentence)
                if named is not None:
                    topic = named
            if topic is None:
                continue
            if asked_only and match.group(1) in ("it", "this") and not self._answer_object(sentence, start):
                continue  # a bare "it" in an answer may mean anything the answer itself went on to
            if match.group(1) in ("it", "this") and planned is not None:
                pattern = planned  # "discussed the plan and said Budapest would not accept it": the plan still
            else:
                pattern = self._anaphor_pattern(match, topic)
            if pattern is None:
                continue
            if match.group("plan"):
                planned = pattern
            if mentions is None:
                mentions = mentions_in(mention_hits, lower, sentence.start, sentence.end, [], self.published)
            group = [mention for mention in group_before(mentions, start, lower) if mention.end <= start]
            if not group and not (asked_only and self.context.turn_speaker is not None):
                continue
            cues = _cues(hits, [(mention.start, mention.end) for mention in mentions])
            breaks = [m.end() for m in CLAUSE_BREAK.finditer(lower, sentence.start, start)]
            floor = max(group[-1].end if group else sentence.start, _last_before(breaks, start, sentence.start))
            # A noun phrase can be judged after it ("called the move reckless"); "it" before a verb is a subject.
            clause_end = end
            if (
                match.group(1) not in ("it", "this")
                or _JUDGED_SUBJECT.match(lower, end)
                or lower.startswith((" a ", " an "), end)  # "called it a historic moment"
            ):
                # ... unless a copula follows it: "said it was a bad decision".
                clause_end = min(_next_break(lower, end, sentence.end), end + POST_CUE_REACH)
            # "prepared to discuss the issue" takes no side on it; "said the matter was an internal affair" does.
            generic = lower.endswith(("matter", "issue", "question"), start, end)
            if not any(
                (not generic and floor <= hit.start and hit.end <= start and hit.entry.value.kind in _BEARING)
                or (end <= hit.start < clause_end and hit.entry.value.kind in _JUDGING)
                for hit in cues
            ):
                continue
            return [topics_step.TopicHit(start, end, pattern, topic.confidence * CARRY_CONFIDENCE)]
        return []

    def _answer_object(self, sentence: Sentence, start: int) -> bool:
        """Whether the anaphor at ``start`` is the object of a verb of stance as the answer opens ("A: We welcome
        it", "A: No. We will not support it"): then it can only be what was asked about. Not after a clause of
        the answer's own ("If Seoul began sending arms, we would oppose it")."""
        lower = self.seg.lower
        verb = _OBJECT_OF_CUE.search(lower, sentence.start, start)
        return (
            verb is not None
            and _SHORT_OPENING.fullmatch(lower, sentence.start, verb.start()) is not None
            and self._opens_answer(sentence)
        )

    def _past_asides(self, sentence: Sentence) -> list[tuple[int, int]]:
        """The spans of asides telling a former stance ("X, which had long resisted ..., now ..."); their cues are
        no part of the present stance."""
        lower = self.seg.lower
        if not any(lower.find(word, sentence.start, sentence.end) >= 0 for word in _PAST_WORDS):
            return []
        return [match.span() for match in _PAST_ASIDE.finditer(lower, sentence.start, sentence.end)]

    def _opens_answer(self, sentence: Sentence) -> bool:
        """Whether the sentence is the first of its turn, or follows only a bare "No." or "Yes." there."""
        for earlier in reversed(self.seg.sentences[: sentence.index]):
            if earlier.turn != sentence.turn:
                return True
            if not _BARE_ANSWER.fullmatch(self.seg.lower, earlier.start, earlier.end):
                return False
        return True

    def _echo(self, sentence: Sentence, hits: list[Hit], mention_hits: list[Hit]) -> list[Claim]:
        """ "Hungary said it opposed the ban. Slovakia also objected.": a subject that "also" takes a stance with
        no object of its own, or that follows suit, shares the stance of the claim just before it, on the same
        topic."""
        last = self._last_claim
        if last is None or sentence.index - last[0] > CARRY_REACH or last[1] != sentence.paragraph:
            return []
        claim = last[2]
        if not claim.stance:
            return []
        lower = self.seg.lower
        # "Canada announced new sanctions. Australia said it would follow suit.": the same step, taken again.
        suit = _FOLLOW_SUIT.search(lower, sentence.start, sentence.end)
        if suit is not None and not _NOT_DONE_YET.search(lower, sentence.start, suit.start()):
            at = suit.start()
        else:
            at = next(
                (
                    hit.start
                    for hit in hits
                    if hit.entry.kind == "cue"
                    and hit.entry.value.kind in _BEARING
                    and _ECHO_BEFORE.search(lower, max(sentence.start, hit.start - 24), hit.start)
                    and _ECHO_AFTER.match(lower, hit.end)
                ),
                None,
            )
            if at is None:
                return []
        mentions = mentions_in(mention_hits, lower, sentence.start, sentence.end, [], self.published)
        holders = [
            holder
            for mention in group_before(mentions, at, lower)
            for holder in self._resolve_all(mention, None, mentions)
            if holder.actor != claim.actor
        ]
        date = self._date(sentence, at)
        return [
            replace(
                claim,
                actor=holder.actor,
                stance=1 if claim.stance > 0 else -1,
                date=date,
                start=sentence.start,
                end=sentence.end,
                speaker=holder.speaker,
                confidence=holder.confidence * claim.confidence * CARRY_CONFIDENCE,
            )
            for holder in holders
        ]

    def _conditional_warning(
        self, sentence: Sentence, topic, mentions: list[Mention], owner, cues: list[Hit] = ()
    ) -> list[Claim] | None:
        """ "Sullivan warned that North Korea would pay a price if it supplied weapons to Russia": a warning of what
        follows if someone advances the topic opposes it; the one who warns holds the position, not the subject
        of the "if" clause. None when the topic phrase is in no such clause."""
        if topic.pattern.stance is not None:
            return None
        lower = self.seg.lower
        conditions = list(_CONDITION.finditer(lower, max(sentence.start, topic.start - CONDITION_REACH), topic.start))
        condition = conditions[-1] if conditions else None
        if condition is None or _next_break(lower, condition.end(), topic.start) < topic.start:
            return None
        warned = _WARNING.search(lower, sentence.start, condition.start())
        told = _TOLD_BEFORE.search(lower, sentence.start, condition.end())
        comma = lower.find(",", topic.end, sentence.end)
        if warned is None and comma >= 0 and (told or not lower[sentence.start : condition.start()].strip(" \"'“‘")):
            # "Should Finland join NATO, Russia would respond": the condition first, the warning after it.
            warned = _WARNING.search(lower, comma, sentence.end)
            if warned is None and told is not None and _DIRE.search(lower, comma, sentence.end):
                # "Peskov said that if such troops were sent, a direct conflict would be inevitable": the teller
                # foretells the harm; the teller warns.
                warned = told
        if topic.pattern.inverse and warned is not None:
            return None  # a warning against what the topic is against is read with the clause's own cues
        if warned is None:
            offered = _OFFER.search(lower, sentence.start, condition.start())
            if offered is None or lower.startswith("unless", condition.start()):
                return None
            # "Putin said Russia would order a ceasefire if Ukraine withdrew from the four regions": an offer on a
            # condition demands the condition.
            if _CONDITION_NEGATED.search(lower, condition.end(), _next_break(lower, topic.end, sentence.end)):
                return None
            group = group_before(mentions, offered.start(), lower)
            holders = [holder for mention in group for holder in self._resolve_all(mention, owner, mentions)]
            # "... and formally dropped its plans to join NATO": the verb of the condition's own conjunct tells
            # which way the demand goes.
            conjunct = max(condition.end(), lower.rfind(" and ", condition.end(), topic.start))
            asked = stance_step.read(
                [hit.entry.value for hit in cues if conjunct <= hit.start and hit.end <= topic.start], topic.pattern
            )
            value = -1 if asked is not None and asked.value < 0 else 1
            if topic.pattern.inverse and asked is None:
                value = -value  # "... and formally abandoned its plans to join NATO": the phrase itself says the way
            return [self._claim(sentence, topic, holder, value, 0.7, []) for holder in holders]
        group = group_before(mentions, warned.start(), lower)
        if group and _PENALTY.match(lower, warned.start()):
            # "Sullivan said North Korea would pay a price if ...": the one who is to pay is not the one warning
            # (the one who "will respond" or "retaliate" is).
            group = group_before(mentions, group[0].start, lower)
        holders = [holder for mention in group for holder in self._resolve_all(mention, owner, mentions)]
        # "... if there is no peace deal", "unless a deal is made": the warning presses for the topic.
        condition_end = _next_break(lower, topic.end, sentence.end)
        comma = lower.find(",", topic.end, condition_end)
        if comma >= 0:
            condition_end = comma  # "if such troops were sent, a conflict would become not a probability but ..."
        negated = lower.startswith("unless", condition.start()) != bool(
            _CONDITION_NEGATED.search(lower, condition.end(), condition_end)
        )
        value = 1 if negated else -1
        return [self._claim(sentence, topic, holder, value, 0.8, []) for holder in holders]

    def _anaphor_pattern(self, match: re.Match, topic: topics_step.TopicHit):
        """The pattern an anaphor of ``topic`` reads with: an event's ("the halt") flipped when the deed it names
        went against the topic; None for an event nobody was said to do (what "the move" is stays unknown). The
        stance a phrase says of itself ("Finland joined NATO") stays with the phrase: the anaphor's is read anew."""
        pattern = topic.pattern if topic.pattern.stance is None else replace(topic.pattern, stance=None)
        deed = self._deeds.get(topic.topic, (None, 0))[1]
        if match.group("plan"):
            # "The Commission proposed to phase out Russian gas. Hungary called the plan a violation": a plan is
            # what it would do to the topic, when a deed on it was told; otherwise it is the topic itself.
            return replace(pattern, inverse=not pattern.inverse) if deed < 0 else pattern
        if not match.group("event"):
            return pattern
        if not deed:
            # "these deliveries", "such transfers": the supply itself, whoever was said to make it.
            return pattern if _SUPPLY_EVENT.match(match.group("event")) else None
        return replace(pattern, inverse=True) if deed < 0 else pattern

    def _taken_up_later(self, sentence, topic, mentions, cues, reports, owner, hits, breaks, claims) -> list[Claim]:
        """ "Tusk said Poland would not send troops, and Fiala said his country was not considering it either": a
        later clause with a subject of its own takes the topic up with "it" or "the plan" after a stance cue."""
        lower = self.seg.lower
        later = next((point for point in breaks if point > topic.end), None)
        if later is None:
            return []
        held = {claim.actor for claim in claims}
        for match in _ANAPHOR.finditer(lower, later - 1, sentence.end):
            start, end = match.start(1), match.end(1)
            group = [mention for mention in group_before(mentions, start, lower) if mention.start >= later]
            pattern = self._anaphor_pattern(match, topic)
            if not group or pattern is None:
                continue
            floor = max(group[-1].end, _last_before(breaks, start, sentence.start))
            if not any(floor <= hit.start and hit.end <= start and hit.entry.value.kind in _TAKING_UP for hit in cues):
                continue
            anaphor = topics_step.TopicHit(start, end, pattern, topic.confidence * CARRY_CONFIDENCE)
            window = _last_before(breaks, start, sentence.start)
            # Speech verbs of the earlier clause report that clause, not this one.
            own_reports = [span for span in reports if span[0] >= later]
            found = self._topic(sentence, anaphor, window, mentions, cues, own_reports, owner, hits)
            return [claim for claim in found if claim.actor not in held]
        return []

    def _topic(self, sentence, topic, window, mentions, cues, reports, owner, hits=()) -> list[Claim]:
        """The claims on one topic phrase of a sentence; ``hits`` are all the sentence's hits."""
        lower = self.seg.lower
        warning = self._conditional_warning(sentence, topic, mentions, owner, cues)
        if warning is not None:
            return warning
        if (
            any(window <= hit.start < topic.start and lower.startswith("whether", hit.start) for hit in cues)
            or _OTHER_CLAUSE.search(lower, window, topic.start)
            or self._relative_doer(lower, window, topic.start, cues)
        ):
            # "Asked whether the US would send ...", "... if it faced aggression": not a stated position.
            return []
        if _UNTOLD.search(lower, window, topic.start):
            return []  # "The Kremlin has still not said who will represent Russia at the talks": nothing stated yet
        if topic.pattern.stance is not None and _INDIRECT_QUESTION.search(
            lower, max(window, topic.start - 30), topic.start
        ):
            return []  # "I cannot predict how the war will end": a question left open, not a stance
        if (
            topic.topic == "peace-talks"
            and _NO_BEFORE.search(lower, max(window, topic.start - 24), topic.start)
            and _WITHOUT_AFTER.match(lower, topic.end)
        ):
            return []  # "there can be no lasting peace without justice": a condition on the peace, not a rejection
        if topic.pattern.inverse and _EVENT_TIME.search(lower, max(window, topic.start - 40), topic.start):
            return []  # "since the invasion", "on the anniversary of the invasion": a date, not a stance
        if topic.pattern.inverse and _OTHER_AGGRESSOR.search(lower, max(window, topic.start - 30), topic.start):
            return []  # "confront Iran's aggression": another aggressor's, not Russia's
        if topic.pattern.inverse and lower.startswith("aggression", topic.start) and _ANY_BEFORE.search(
            lower, max(window, topic.start - 12), topic.start
        ):
            return []  # "prepared to deter any aggression against any member state": no one's in particular
        if (
            lower.endswith("borders", topic.start, topic.end)
            and _PLACE_BEFORE.search(lower, max(window, topic.start - 16), topic.start)
        ):
            return []  # "a military build-up on Ukraine's borders": a place, not its integrity
        if topic.pattern.inverse and _FORCES_AFTER.match(lower, topic.end):
            return []  # "to make the invasion forces larger", "Russia's war crimes": the word judges nothing
        group = group_before(mentions, topic.start, lower)
        if _OWNED_TOPIC.search(lower, max(sentence.start, topic.start - 40), topic.start):
            agent = _PASSIVE_AGENT.match(lower, topic.end)
            if agent is not None:
                # "Sweden's bid was held up by Turkey and Hungary": the agent did it, not the one whose bid it was.
                by = [mention for mention in mentions if mention.start >= agent.end() and mention.actor]
                if by and by[0].start == agent.end():
                    group = by[:1]
                    for mention in by[1:]:
                        if not COORDINATORS.match(lower[group[-1].end : mention.start]):
                            break
                        group.append(mention)
        if group and _AND_VERB.match(lower, group[-1].end):
            agent = _MODIFIER_AGENT.search(lower, max(sentence.start, group[0].start - 40), group[0].start)
            if agent is not None:
                # "backed a conference recognised by both Russia and Ukraine, and opposed any use of ...": the
                # agent of a participle is not the subject of the verb joined after it.
                group = group_before(mentions, agent.start(), lower) or group
        if group:
            met = _MET_OBJECT.search(lower, max(sentence.start, group[0].start - 50), group[0].start)
            if met is not None:
                # "Biden spoke with Zelensky and pledged ...": the one spoken with is no subject.
                group = group_before(mentions, met.start(), lower) or group
        if group and _CONDITION_SUBJECT.fullmatch(lower, sentence.start, group[0].start):
            return []  # "If the Russian leadership does not seek peace, ...": a condition, not a position
        if group and (
            _RECIPIENT.match(lower, group[-1].end)
            # "The British ambassador was warned": the role is the one addressed.
            or ((role := ROLE_AFTER.match(lower, group[-1].end)) and _RECIPIENT.match(lower, role.end()))
        ):
            return []  # "Russia was offered a ceasefire": what others put to it, not its position
        if group and topic.topic == "sanctions-russia" and _TARGET.match(lower, group[-1].end):
            return []  # "Russia has begun receiving the first sanctions": the target, not a supporter
        if not group and _ADDRESSEE.search(lower, window, topic.start):
            return []  # "... as you are still delaying Ukraine's accession, Zelensky told MPs": the addressee's doing
        if group and lower.startswith("'", group[-1].end):
            group = self._possessor_as_object(group, mentions, cues, window) or group
        denial: list[Hit] = []
        speaking: Holder | None = None
        if group:
            denied = self._denied_report(group, mentions, cues, window, owner)
            if denied is not None:
                # "X dismissed reports that X supplies ...": X denies doing it; a third party's denial of
                # reports about another actor states neither one's position.
                if not denied[0]:
                    return []
                group, denial = denied
        chain_from = window
        prescriber: list[Mention] = []
        if group and not denial:
            chain_from = max(window, group[-1].end)
            aside = _HOLDER_ASIDE.match(lower, group[-1].end)
            if aside is not None and aside.end() <= topic.start:
                chain_from = max(chain_from, aside.end())  # "Kishida, who hosted the summit, said ...": about him
            prescriber = self._prescriber(group, mentions, reports, sentence.start)
            if prescriber:
                told = [end for start, end in reports if prescriber[-1].end <= start and end <= group[0].start]
                judges = {mention.actor for mention in prescriber}
                again = [
                    mention
                    for mention in mentions
                    if told
                    and told[-1] <= mention.start
                    and mention.end <= group[0].start
                    and (mention.actor in judges or mention.kind in ("pronoun", "self"))
                ]
                if again:
                    # "Orban said Hungary would never agree that Ukraine should join": the speaker's own verb
                    # between the speech verb and the prescription judges it.
                    chain_from = max(window, again[0].end)
                group = prescriber
            elif self._prescribed_by_no_actor(group, mentions, reports, sentence.start):
                return []  # "Critics said Ukraine should not be a member of NATO": what others say it should do
            else:
                speaker = self._speaker_prescribing(sentence, group, reports, topic.pattern.named_first)
                if speaker is not None:
                    speaking = speaker
        elif denial:
            chain_from = denial[0].start
        lead = _LEAD_CLAUSE.match(lower, sentence.start)
        if lead is not None and lead.end() <= topic.start:
            chain_from = max(chain_from, lead.end())  # "Whatever name Brussels gives it, ..."
        pre = _attributive_dropped(
            _modifier_negations_dropped(
                _uncoordinated(
                    _relative_asides_dropped(
                        [hit for hit in cues if chain_from <= hit.start and hit.end <= topic.start],
                        lower,
                        chain_from,
                        topic.start,
                    ),
                    lower,
                ),
                lower,
            ),
            lower,
        )
        if not pre and group and window > group[-1].end and _WITH_MEANS.fullmatch(lower, window, topic.start):
            # "ready to back a peace deal in Ukraine with boots on the ground": the means of the step named before
            # take the verb that governs it.
            pre = [
                hit
                for hit in cues
                if group[-1].end <= hit.start and hit.end <= window and hit.entry.value.kind in (*_BEARING, "neg")
            ]
        if len(group) > 1 and not denial and _NOR_GAP.fullmatch(lower, group[-2].end, group[-1].start):
            # "Neither Germany nor France supported sending troops": the "neither" before the names negates
            # what each of them did.
            pre = [
                hit
                for hit in cues
                if hit.entry.value.kind == "neg"
                and window <= hit.start < group[0].start
                and lower.startswith("neither", hit.start)
            ][-1:] + pre
        if group and (prescriber or speaking is not None or _NOBODY_THINKS.search(lower, window, group[0].start)):
            # "we do not think India should increase imports": the negation of the belief is the prescription's;
            # "let no one think that Ukraine will trade its land" denies what follows.
            raised = [
                hit
                for hit in cues
                if hit.entry.value.kind == "neg"
                and window <= hit.start < group[0].start
                and _NEG_RAISER.fullmatch(lower, hit.end, group[0].start)
            ]
            pre = raised[-1:] + pre
        if topic.topic in PURSUED_TOPICS and not topic.pattern.inverse and pre:
            perpetrators = _PERPETRATORS_WHO.search(lower, max(chain_from, topic.start - 120), topic.start)
            if perpetrators is not None:
                # "all those who gave and carried out criminal orders will be held accountable": the clause names
                # the perpetrators' deeds; it is no verdict on holding them to account.
                main = list(_MAIN_AUXILIARY.finditer(lower, perpetrators.end(), topic.start))
                while len(main) > 1 and main[-2].end() + 1 == main[-1].start():
                    main.pop()  # "must be held": the verb group starts at its first auxiliary
                if main:
                    pre = [hit for hit in pre if not perpetrators.start() <= hit.start < main[-1].start()]
        accused = next((hit for hit in pre if hit.entry.value.kind == "accuse"), None)
        means = _BY_MEANS.search(lower, accused.end, topic.start) if accused is not None else None
        if means is not None:
            # "accused the West of prolonging the war by supplying weapons": the accusation is the judgment of the
            # means; the deed it names ("prolonging the war") says the same thing again, not a second layer.
            pre = [hit for hit in pre if not (accused.end <= hit.start and hit.end <= means.start())]
        goal = _GOAL_THEN_MEANS.search(lower, max(chain_from, topic.start - 160), topic.start) if pre else None
        if goal is not None:
            # "the best way to stop tyranny is to provide Ukraine with weapons": the goal's verbs are not the
            # means' cues.
            pre = [hit for hit in pre if not goal.start(1) <= hit.start < goal.end(1)]
        if len(pre) > 1:
            # "call on the regime to end the violence, allow humanitarian access": a cue done with its own object
            # does not govern the next verb of the list, nor does its own negation ("do not supply goods, give up
            # Russian energy").
            done = {
                index
                for index, (hit, following) in enumerate(pairwise(pre))
                if following.entry.value.kind in _BEARING
                # "continues its brutal and criminal war": an adjective of the topic phrase opens no verb.
                and not (following.entry.value.predicative and not lower[following.end : topic.start].strip())
                and (
                    (hit.entry.value.kind in _BEARING and _OBJECT_AND.match(lower, hit.end, following.start))
                    # "did not widen the battlefield, backed a conference": a negated verb with its own object.
                    or (hit.entry.value.kind == "neg" and _VERB_OBJECT_AND.match(lower, hit.end, following.start))
                )
            }
            for index in sorted(done):
                before = index - 1
                while before >= 0 and pre[before].entry.value.kind == "neg":
                    done.add(before)
                    before -= 1
            pre = [hit for index, hit in enumerate(pre) if index not in done]
        if len(pre) > 1:
            # "China is not a party to the crisis and has never provided weapons": a second verb with its own
            # auxiliary is read on its own once the first has its object; the cues of the first (its negation above
            # all) stay with it. "Cannot and will not agree" is one verb.
            second = next(reversed(list(_AND_AUXILIARY.finditer(lower, pre[0].end, topic.start))), None)
            first = [hit for hit in pre if hit.end <= second.start()] if second is not None else []
            if first and pre[-1].start >= second.end() and lower[first[-1].end : second.start()].strip():
                pre = [hit for hit in pre if hit.start >= second.end()]
        if pre:
            # "so that the war ends with the liberation of our land", "the end of the war, security guarantees,
            # restoration of territorial integrity": the war ending is no cue on what follows.
            pre = [
                hit
                for hit in pre
                if not (
                    hit.entry.value.kind == "opp"
                    and _ASPECT.match(lower, hit.start)
                    and (
                        _WAR_SUBJECT.search(lower, max(sentence.start, hit.start - 24), hit.start)
                        or (
                            (war := _OF_THE_WAR.match(lower, hit.end)) is not None
                            and war.end() <= topic.start
                            and not _AND_OF.match(lower, war.end())
                        )
                    )
                )
            ]
        if pre:
            pre = [hit for hit in pre if not _against_done(hit, mentions, lower, topic.start)]
        listed = _INCLUDING_BEFORE.search(lower, max(chain_from, topic.start - 60), topic.start)
        if listed is not None:
            # "adopted its sixth package of sanctions against Russia, including a ban on Russian crude": an item of
            # a list answers to the verb that governs the list, not to the words inside the list's head.
            floor = max(
                group[-1].end if group and group[-1].end <= listed.start() else sentence.start,
                _last_before(
                    [match.end() for match in CLAUSE_BREAK.finditer(lower, sentence.start, listed.start())],
                    listed.start(),
                    sentence.start,
                ),
                listed.start() - LIST_HEAD_REACH,
            )
            # The governing verbs with their negations ("would not support new measures, including ..."); an
            # "against" is the head noun's own preposition ("sanctions against Russia").
            head = [
                hit
                for hit in cues
                if floor <= hit.start
                and hit.end <= listed.start()
                and not lower.startswith("against", hit.start)
                and hit.entry.value.kind not in ("report", "accuse")
            ]
            if any(hit.entry.value.kind in stance_step.CONTENT for hit in head):
                pre = head + [hit for hit in pre if hit.start >= listed.start("tail")]
        without = next((hit for hit in pre if lower.startswith("without ", hit.start)), None)
        if (
            without is not None
            and topic.topic == "peace-talks"
            and _ENDED_WITHOUT.search(lower, max(window, without.start - 80), without.end)
        ):
            return []  # "wrapped up their summit without announcing any agreement on ending the war": an outcome told
        if (
            pre
            and lower.startswith("without ", pre[-1].start)
            and (
                _NEGATED_BEFORE.search(lower, sentence.start, pre[-1].start)
                or _IMPOSSIBLE_AFTER.match(lower, topic.end)
                or (
                    (
                        _NONE_WITHOUT.match(lower, topic.end)
                        or (
                            (lead := _WITHOUT_LEAD.match(lower, sentence.start))
                            and topic.end <= lead.end()
                            and _WHAT_FOLLOWS.match(lower, lead.end()) is not None
                        )
                    )
                    and _opens_clause(lower, sentence.start, pre[-1].start)
                )
            )
        ):
            # "will not extend the deal without sanctions relief", "without sanctions relief there will be no grain
            # deal", "Without a full Lend-Lease, we can only defend ourselves": what cannot be done without it is a
            # condition, and the condition is what is asked for.
            pre = [_advancing(pre[-1])]
        if len(pre) > 1:
            pre = [hit for hit in pre if not _against_done(hit, mentions, lower, topic.start, conjuncts=True)]
        aimed = _AGAINST_TARGETS.match(lower, pre[-1].start) if pre and topic.topic == "long-range-strikes" else None
        if aimed is not None and aimed.end() <= topic.start and len(lower[aimed.end() : topic.start].split()) <= 2:
            pre = pre[:-1]  # "the weapons they provide against military targets in Russia": where they strike
        if (
            topic.pattern.inverse
            and len(pre) > 1
            and _LABEL_BEFORE.search(lower, max(chain_from, topic.start - 40), topic.start)
        ):
            # "defend against Russia's barbaric war of aggression": the adjective labels the war, it adds no layer
            # to the cues before it (alone, it is the judgment: "this criminal invasion").
            pre = [hit for hit in pre if hit.end + 1 < topic.start or hit.entry.value.kind != "opp"]
        if (
            topic.pattern.inverse
            and len(pre) == 1
            and not lower[pre[0].end : topic.start].strip()
            and _LABEL_BEFORE.search(lower, max(chain_from, topic.start - 40), topic.start)
            and _WAGED_BY_SUBJECT.search(lower, max(sentence.start, topic.start - 100), topic.start)
        ):
            return []  # "Russia continues its unjustified, unprovoked and unconscionable war": the subject wages it
        if topic.topic in SYMMETRIC_TOPICS:
            # "urged both sides to negotiate": on talks, addressing both sides takes no side; it presses for them.
            pre = [hit for hit in pre if not lower.startswith("both sides", hit.start)]
        polled = _POLLED_ON.search(lower, max(chain_from, topic.start - 60), topic.start) if pre else None
        if polled is not None:
            # "those who took part in the consultation on Ukraine's membership": the verb takes part in the poll;
            # what the poll asked about is not its object.
            pre = [hit for hit in pre if hit.end > polled.start() or hit.entry.value.kind not in _BEARING]
        suggested = pre[-1] if pre and pre[-1].entry.value.kind == "report" else None
        suggestion = _SUGGESTED_DOING.match(lower, suggested.start) if suggested is not None else None
        if suggestion is not None and suggestion.end() == topic.start:
            # "Vance suggested freezing the front line": suggesting a deed proposes it.
            pre = [*pre[:-1], _advancing(suggested)]
        reading = stance_step.read([hit.entry.value for hit in pre], topic.pattern)
        part = (
            _AS_PART_OF.search(lower, max(sentence.start, topic.start - 60), topic.start)
            if reading is None and group
            else None
        )
        if part is not None and group[-1].end <= part.start():
            # "agreed to ban two thirds of oil imports, as part of a sixth package of sanctions": a step taken as part
            # of the topic takes it, under the verbs that govern the step (the clause before is the step's, so the
            # phrase's own window does not reach it).
            before = [
                hit
                for hit in cues
                if group[-1].end <= hit.start
                and hit.end <= part.start()
                and hit.entry.value.kind in (*_BEARING, "neg")
            ]
            if before:
                pre = before[:-1] if before[-1].entry.value.kind in _BEARING else before
                reading = stance_step.read([_ADVANCE, *(hit.entry.value for hit in pre)], topic.pattern)
        if reading is not None and not reading.value and pre and _CONSIDER.fullmatch(lower, pre[-1].start, pre[-1].end):
            # "will consider any Western troops in Ukraine a legitimate target": "consider" with a verdict after its
            # object is "regard as", and the verdict is the stance.
            clause_end = _next_break(lower, topic.end, sentence.end)
            verdict = next(
                (
                    hit
                    for hit in cues
                    if topic.end <= hit.start < clause_end
                    and hit.entry.value.predicative
                    and hit.entry.value.kind in _BEARING
                ),
                None,
            )
            if verdict is not None:
                pre = [*pre[:-1], verdict]
                reading = stance_step.read([hit.entry.value for hit in pre], topic.pattern)
        if topic.pattern.inverse and _PENALTY_FOR.search(lower, max(sentence.start, topic.start - 100), topic.start):
            pre = [hit for hit in pre if hit.entry.value.kind != "sup"] or pre
            reading = stance_step.Reading(1, 0.8)
        elif (
            topic.pattern.stance is None
            and (deed := _FOR_ITS_DEED.search(lower, window, topic.start)) is not None
            and _PENALTY_WORD.search(lower, sentence.start, deed.start())
        ):
            # "an arms embargo on Belarus for its support of Russia's war": the deed is what is penalised.
            pre = [hit for hit in pre if hit.start < deed.start()]
            reading = stance_step.Reading(1 if topic.pattern.inverse else -1, 0.8)
        joined = (
            _AND_TO.search(lower, max(sentence.start, topic.start - 80), topic.start)
            if reading is None and window > sentence.start
            else None
        )
        if joined is not None:
            # "We call on our partners to provide air defence and to ensure that those responsible are brought
            # to justice": the verb governing the first infinitive governs the coordinated one too.
            floor = group[-1].end if group and group[-1].end < joined.start() else sentence.start
            head = [
                hit
                for hit in cues
                if floor <= hit.start and hit.end <= joined.start() and hit.entry.value.kind == "sup"
            ]
            if head:
                pre = head[:1] + pre
                reading = stance_step.read([hit.entry.value for hit in pre], topic.pattern)
        if reading is None or not group:
            resumed = self._resumed(topic, mentions, cues, sentence)
            if resumed is not None:
                group, pre = resumed
                reading = stance_step.read([hit.entry.value for hit in pre], topic.pattern)
        if reading is not None and pre and _OBJECT_CONTROL.fullmatch(lower, pre[-1].start, pre[-1].end):
            # "wants the sanctions to be lifted", "wants the sanctions lifted", "let the deal lapse": the verb after
            # the topic is what is wanted for it.
            done = next(
                (
                    hit
                    for hit in cues
                    if topic.end < hit.start <= topic.end + POST_CUE_REACH
                    and hit.entry.value.kind in _BEARING
                    and (
                        _TO_BE_BEFORE.fullmatch(lower, topic.end, hit.start)
                        or (
                            _ON_TARGET.fullmatch(lower, topic.end, hit.start)
                            and _DONE_TO.fullmatch(lower, hit.start, hit.end)
                        )
                    )
                ),
                None,
            )
            if done is not None:
                pre = [*pre, done]
                reading = stance_step.read([hit.entry.value for hit in pre], topic.pattern)
        negations_only = bool(pre) and all(hit.entry.value.kind in ("neg", "hedge", "intens") for hit in pre)
        # A phrase that says its own stance ("a just and lasting peace") can still be judged after it.
        self_stated = topic.pattern.stance is not None and not any(
            hit.entry.value.kind in stance_step.CONTENT for hit in pre
        )
        # "a debate on deploying peacekeepers was premature": the topic is the complement of a subject noun, so
        # the predicate after it judges the whole, not the words inside the noun phrase.
        discussed = bool(pre) and _is_discussed(lower, chain_from, pre)
        complement = reading is not None and _complement_subject(lower, topic)
        vote = next((index for index, hit in enumerate(pre) if hit.entry.value.kind == "vote"), None)
        # "abstained on the draft declaring the referendums illegal": what a voted text declares is the vote's.
        judged_object = _judged_object(lower, chain_from, topic) or (
            vote is None and _declared(lower, chain_from, topic, cues)
        )
        subject = (
            complement
            or judged_object
            or _gerund_subject(lower, chain_from, pre, topic)
            or _conditional_subject(lower, pre, topic)
            or _nominal_subject(lower, sentence.start, pre, topic)
        )
        inner: list[Hit] = []
        judged_by: list[Hit] | None = None
        # "vetoed the draft declaring the referendums illegal": a vote with nothing to judge before the topic
        # takes what the resolution says of it after it.
        voted = (
            vote is not None
            and bool(pre[vote].entry.value.value)
            and not any(hit.entry.value.kind in _BEARING for hit in pre[vote + 1 :])
        )
        if voted:
            inner = pre
        if (
            not subject
            and pre
            and _ENDING_SUBJECT.fullmatch(lower, pre[-1].start, topic.start)
            and _opens_clause(lower, sentence.start, pre[-1].start)
        ):
            # "the collapse of the grain deal was Russia's fault": the predicate judges the collapse, which is a
            # layer over the deal.
            subject = True
            inner = [pre[-1]]
        if not subject and pre:
            plan = _PLAN_SUBJECT.search(lower, max(chain_from, topic.start - 80), topic.start)
            if plan is not None:
                # "the EU's plan to end all imports of Russian gas was a mistake": the predicate judges the plan,
                # and the verbs inside it stay a layer under the judgment.
                subject = True
                # "Mongolia's failure to execute the warrant was a heavy blow": the failure is a layer too.
                inner = [hit for hit in pre if hit.start >= plan.start("negated" if plan.group("negated") else "tail")]
        if (
            topic.topic == "war-crimes-accountability"
            and topic.pattern.inverse
            and _PURSUED_AFTER.match(lower, topic.end)
        ):
            # "the crimes of the Russian military must be investigated without restriction": pursuing a crime
            # condemns it, whatever the cues before it.
            reading = stance_step.Reading(1, 0.8)
        elif reading is None or negations_only or self_stated or discussed or subject or voted:
            clause_end = _next_break(lower, topic.end, sentence.end)
            aside = _ASIDE.match(lower, topic.end)
            # The reach for a predicate starts after an aside ("..., under whatever flag, ..., is unacceptable").
            reach_end = min(clause_end, (aside.end() if aside is not None else topic.end) + POST_CUE_REACH)
            post = [
                hit
                for hit in cues
                if topic.end <= hit.start < reach_end
                and hit.entry.value.kind in _JUDGING
            ]
            if post and post[0].start - topic.end <= 1 and lower.startswith("against", post[0].start):
                post = post[1:]  # "sanctions against Russia": a preposition, not a judgment
            if (
                post
                and post[0].start - topic.end <= 1
                and _PARTICIPLE.fullmatch(lower, post[0].start, post[0].end)
                and not _FINITE_VIOLATION.match(lower, post[0].start)
            ):
                post = post[1:]  # "troops deployed in Ukraine would be ...": a modifier; the predicate comes later
            relative = _RELATIVE_SUBJECT.match(lower, topic.end, post[0].start) if post else None
            if relative is not None:
                # "the war crimes that the Russian army is committing": the verb of a relative clause with a subject
                # of its own tells that subject's deed, not the holder's judgment of the topic; the main clause's
                # predicate may follow it ("the sanctions that Russia fears most must be extended").
                resumed = _MAIN_RESUMES.search(lower, relative.end(), clause_end)
                post = [hit for hit in post if resumed is not None and hit.start >= resumed.start()]
            if post:
                # "sanctions to curtail its illegal war": a word right before another topic phrase qualifies that
                # phrase; it is no predicate of this one, unless a modal makes it the verb ("would only reward
                # aggression").
                heads = {
                    hit.start
                    for hit in hits
                    if hit.entry.kind == "topic" and hit.start > topic.end and not hit.entry.value.near
                }
                post = [
                    hit for hit in post if hit.end + 1 not in heads or lower.startswith(("would ", "will "), hit.start)
                ]
            if aside is not None:
                post = [hit for hit in post if hit.start >= aside.end()]  # ", if it had been taken, would mean"
            predicate = _first_predicate(post, lower)
            verdict_as = (
                _AS_VERDICT.match(lower, topic.end)
                if _JUDGING_VERB.search(lower, max(chain_from, topic.start - 60), topic.start)
                else None
            )
            verdict = _judging_phrase_at(hits, verdict_as.end()) if verdict_as is not None else None
            if verdict is not None:
                # "described any use of the frozen funds as theft": a phrase that judges by itself is the verdict.
                reading = stance_step.Reading(verdict.entry.value.stance, 0.8)
                predicate = []
            elif (subject or reading is None) and not predicate:
                copula = _COPULA_AFTER.match(lower, topic.end)
                judged = _judging_phrase_at(hits, copula.end()) if copula is not None else None
                if judged is not None:
                    # "taking Russian state assets is theft": a phrase that judges by itself is the predicate.
                    reading = stance_step.Reading(judged.entry.value.stance, 0.8)
            if (
                predicate
                and self._judges(topic, predicate, judged_object, discussed or complement)
                # "has never exported weapons to Russia and has no plan to do so": a second verb of the subject.
                and not (negations_only and _AND_AUXILIARY.search(lower, topic.end, predicate[0].start))
            ):
                # "Neither the votes nor the annexation will ever be recognised": the negation before the
                # topic and the verb after it make one reading.
                # "Neither ... nor the annexation will be recognised": the "nor" after the topic is the same
                # negation as the "neither" before it; the verbs inside a judged plan are a layer of their own.
                chain = _uncoordinated(pre + predicate, lower) if negations_only else inner + predicate
                reading = stance_step.read([hit.entry.value for hit in chain], topic.pattern)
                own = topic.pattern.stance
                if (
                    self_stated
                    and own
                    and reading is not None
                    and 0 < reading.value * own < own * own
                    and predicate[-1].entry.value.kind == "deny"
                ):
                    # "Russia's sham referendums were a farce, staged at gunpoint": calling a sham staged does not
                    # weaken it.
                    reading = stance_step.Reading(own, reading.confidence)
                if (
                    topic.pattern.inverse
                    and any(hit.entry.value.kind == "neg" for hit in predicate)
                    and _ASPECT.match(lower, predicate[-1].start)
                ):
                    # "the invasion has not stopped": the war's own course is told, not judged.
                    reading = None
                if (
                    reading is not None
                    and reading.value < 0
                    and topic.topic in _AGAINST_RUSSIA_TOPICS
                    and predicate[-1].entry.value.kind == "opp"
                    and not any(hit.entry.value.kind == "neg" for hit in predicate)
                    and _RUSSIAS_OBJECT.match(lower, predicate[-1].end)
                ):
                    # "the sanctions would cut Russia's revenues": the harm the step does is to Russia, which is
                    # what the step is for.
                    reading = stance_step.Reading(-reading.value, reading.confidence)
                if topic.topic == "arms-to-russia" and _SUPPLY_TOLD.match(lower, topic.end):
                    # "North Korean soldiers were sent to Russia": a supply to Russia told in the passive is the
                    # teller's report of what others did.
                    reading = None
                judged_by = chain
                judge = self._judge(mentions, reports, topic.start, sentence.start)
                if reading is not None and judge:
                    # A judgment ("X said the EU's sanctions had backfired") is the one who voices it.
                    group = judge
            elif complement and pre and _KNOWING_THAT.search(lower, pre[-1].end, topic.start):
                # "the targets they choose prove that the war against Ukraine is ...": a cue before the verb of
                # knowing is no verb of the clause whose subject the topic is.
                reading = None
        if reading is None or (reading.value and not reading.blocked):
            # "sending troops could not be ruled out": a neutral predicate after the topic leaves it open, whatever
            # the words inside the subject ("sending") say, and "the deployment of troops to Ukraine could not be
            # ruled out" is open with no word before it at all.
            clause_end = _next_break(lower, topic.end, sentence.end)
            left_open = [
                hit
                for hit in cues
                if topic.end <= hit.start < min(clause_end, topic.end + POST_CUE_REACH)
                and hit.entry.value.kind == "zero"
                and hit.entry.value.value
            ]
            if left_open and not _SUBORDINATE.search(lower, topic.end, left_open[0].start):
                reading = stance_step.Reading(0, 0.75)
        if (
            reading is not None
            and not reading.blocked
            and pre
            and pre[-1].entry.value.kind in _BEARING
            and _OBJECT_AND.match(lower, pre[-1].end, topic.start)
        ):
            # "we will stop the aggressor and liberate the occupied territories": the cue before has an object of
            # its own, and the phrase's own verb takes its place under whatever governs both.
            head = next(
                (
                    hit
                    for hit in hits
                    if hit.start == topic.start and hit.entry.kind == "cue" and hit.entry.value.kind == "sup"
                ),
                None,
            )
            if head is not None:
                pre = [*pre[:-1], head]
                reading = stance_step.read([hit.entry.value for hit in pre], topic.pattern)
        if not topic.pattern.inverse and topic.pattern.stance is None and (reading is None or not reading.blocked):
            # A phrase that opens with its own verb ("send Ukraine a Patriot battery", "stop buying Russian oil"):
            # the verb is the cue, and one that opposes stays a layer under the cues before it ("refused to stop
            # buying" is for buying).
            verbs = [
                hit
                for hit in hits
                if hit.start == topic.start
                and hit.entry.kind == "cue"
                and (
                    (
                        reading is None
                        and hit.entry.value.kind == "sup"
                        and (
                            not lower.endswith("ing", hit.start, hit.end)
                            or _PROGRESSIVE.search(lower, max(0, hit.start - 12), hit.start) is not None
                        )
                    )
                    or (
                        hit.entry.value.kind == "opp"
                        and (gerund := _GERUND.match(lower, hit.end, topic.end)) is not None
                        and (reading is not None or gerund.end() < topic.end)  # "stop buying Russian gas"
                    )
                )
            ][:1]
            if verbs:
                # Under a predicate that judged the topic ("the plan to stop buying Russian gas was a mistake") the
                # phrase's own verb is a layer under that judgment; otherwise under the cues before it.
                basis = judged_by if judged_by is not None and reading is not None else pre
                pre = pre + verbs
                reading = stance_step.read([hit.entry.value for hit in basis + verbs], topic.pattern)
        if (
            reading is None
            and topic.topic == "condemn-invasion"
            and "aggression" in lower[topic.start : topic.end]
            and (called := _CALLED_AGGRESSION.search(lower, max(sentence.start, topic.start - 80), topic.start))
            and any(
                hit.entry.kind == "topic" and hit.entry.value.topic == "condemn-invasion"
                for hit in hits
                if called.start() < hit.start < topic.start
            )
            and not _AGAINST_OTHER.match(lower, topic.end)
        ):
            # "Scholz called Russia's invasion a brutal war of aggression": naming the war aggression condemns it.
            reading = stance_step.Reading(1, 0.8)
        if reading is None and not topic.pattern.inverse and topic.pattern.stance is None:
            reading = self._default_polarity(topic, group, pre, window, chain_from)
        if reading is None or reading.blocked:
            return []
        if (
            not reading.value
            and topic.topic == "nuclear-threats"
            and not topic.pattern.inverse
            and _NOT_RULED_OUT.search(lower, window, min(sentence.end, topic.end + POST_CUE_REACH))
        ):
            # "does not rule out using nuclear weapons": on nuclear use, leaving it open is the threat itself.
            reading = stance_step.Reading(1, 0.75)
        if (
            reading.value > 0
            and not topic.pattern.inverse
            and topic.pattern.stance is None
            and _FREE_FROM.search(lower, max(window, topic.start - 30), topic.start) is not None
        ):
            # "a world free from the threat of nuclear weapons": what one would be free of is opposed.
            reading = stance_step.Reading(-reading.value, reading.confidence * 0.9)
        if reading.value < 0 and _IN_PUBLIC.match(lower, topic.end):
            return []  # "we're not going to negotiate this in public": the venue is refused, not the talks
        bearing = [hit for hit in pre if hit.entry.value.kind in _BEARING]
        if (
            bearing
            and not topic.pattern.inverse
            and reading.value < 0
            and _VIOLATION.match(lower, bearing[0].start)
            and not any(hit.entry.value.kind == "neg" for hit in pre)
        ):
            # "These actions violate Ukraine's sovereignty": an accusation; its maker upholds the topic.
            judge = self._judge(mentions, reports, topic.start, sentence.start)
            holders = [holder for mention in judge if (holder := resolve(mention, self.context, owner))]
            if not holders and not group:
                fallback = self._default_holder(sentence, mentions)
                holders = [fallback] if fallback is not None else []
            return [
                self._claim(sentence, topic, holder, 1, reading.confidence * 0.9, pre) for holder in holders
            ]
        floor = group[-1].end if group and group[-1].end <= topic.start else sentence.start
        penalty = next(
            (
                hit
                for hit in reversed(hits)
                if floor <= hit.start
                and hit.end <= topic.start
                and hit.entry.kind in ("cue", "topic")
                and _PENALISING.match(lower, hit.start)
            ),
            None,
        )
        if (
            penalty is not None
            and not topic.pattern.inverse
            and reading.value > 0
            and _PENALISED_DOERS.match(lower, penalty.end, topic.start)
        ):
            # "sanctioned 100 entities involved in supplying Russia's war machine": penalising those who do it
            # opposes the deed.
            reading = stance_step.Reading(-1, reading.confidence * 0.9)
        told = [hit for hit in judged_by or () if hit.start > topic.end and hit.entry.value.kind in _BEARING]
        if (
            topic.pattern.inverse
            and len(told) == 1
            and _PERPETRATE.match(lower, told[0].start)
            and not any(hit.entry.value.kind == "deny" for hit in pre + judged_by)
        ):
            # "war crimes are being committed in Bucha": a crime told in the passive is condemned by its teller;
            # "no war crimes were committed there" denies it.
            denied = any(hit.entry.value.kind == "neg" for hit in pre + judged_by)
            reading = stance_step.Reading(-1 if denied else 1, reading.confidence * 0.9)
        elif (
            topic.pattern.inverse
            and reading.value < 0
            and bearing
            and all(hit.entry.value.kind == "sup" for hit in bearing)
            and _TELLING.search(lower, max(bearing[-1].start, topic.start - 160), topic.start)
        ):
            # "we will continue to document Russia's war crimes", "tell the world about the aggression": the one
            # who keeps telling of it condemns it.
            reading = stance_step.Reading(1, reading.confidence * 0.9)
        elif (
            topic.pattern.inverse
            and reading.value < 0
            and bearing
            and _PERPETRATE.match(lower, bearing[-1].start)
            and (
                not group
                or any(group[-1].end <= start < bearing[-1].start for start, _ in reports)
                or _PURSUED_DOERS.search(lower, max(sentence.start, bearing[-1].start - 80), bearing[-1].start)
                is not None
            )
        ):
            # "after a year of Russia's forces committing atrocities", "Zelensky said the invaders had committed war
            # crimes", "we will punish everyone who committed atrocities": the one telling of another's crime, or
            # pursuing those who committed it, condemns it.
            reading = stance_step.Reading(1, reading.confidence * 0.9)
        elif (
            topic.pattern.inverse
            and reading.value < 0
            and bearing
            and bearing[-1].entry.value.kind == "sup"
            and (
                (
                    _PROTECT.match(lower, bearing[-1].start)
                    and _FROM_BEFORE.search(lower, max(bearing[-1].end, topic.start - 40), topic.start)
                )
                or _WARDED_FROM.search(lower, max(bearing[-1].start, topic.start - 60), topic.start)
                or _VICTIMS_OF.search(lower, max(bearing[-1].end, topic.start - 40), topic.start)
            )
        ):
            # "defend the Ukrainian land from the invasion": what is warded off is opposed.
            reading = stance_step.Reading(1, reading.confidence)
        if reading.unjudged and reading.value < 0:
            return []  # "her son was sent to war against Ukraine": no verdict on the war
        package = False
        if abs(reading.value) == 1 and STRONGEST.search(
            lower, topic.end, _next_break(lower, topic.end, sentence.end)
        ):
            reading = stance_step.Reading(reading.value * 2, reading.confidence)
        elif reading.value == 1 and DURATION.search(lower, topic.end, sentence.end):
            # "... will keep sending weapons, and our backing will continue for as long as it takes".
            reading = stance_step.Reading(2, reading.confidence)
        elif (
            reading.value == 1
            and topic.topic in PACKAGE_TOPICS
            and PACKAGE.search(lower, window, sentence.end)
            and not READINESS.search(lower, window, topic.start)
        ):
            # Aid with an amount or named systems is a concrete package, not a general pledge; being ready or
            # willing to send it is still only readiness.
            reading = stance_step.Reading(2, reading.confidence)
            package = True
        passive = next((hit for hit in judged_by or () if hit.start > topic.end), None)
        lead = _ENEMY_AFTER_LEAD.match(lower, sentence.start)
        # "Russian troops do not distinguish between civilians and soldiers. ... And they do not let any humanitarian
        # cargo into our city": "they", or no subject at all, goes on telling of the invaders the paragraph names.
        they = (
            reading.value < 0
            and _THEY_SUBJECT.match(lower, sentence.start) is not None
            and all(mention.kind == "pronoun" and mention.sub == "they" for mention in group)
            and self._enemy_before(sentence)
        )
        enemy = (
            reading.value < 0
            # "Although we did everything to open the corridor, Russian troops did not cease fire": a holder in
            # the leading clause is no subject of the main one.
            and (not group or they or (lead is not None and group[-1].end <= lead.end()))
            and (they or lead is not None or _ENEMY_SUBJECT.match(lower, sentence.start) is not None)
            and AGGRESSOR
            not in self._tellers(sentence, topic, mentions, cues, reports) | {m.actor for m in group if not they}
        )
        if (
            reading.value < 0
            and topic.topic in OBSTRUCTED_TOPICS
            and (
                (
                    not group
                    and passive is not None
                    and _PASSIVE_BEFORE.search(lower, topic.end, passive.start)
                    and _OBSTRUCTING.match(lower, passive.start)
                )
                or enemy
            )
        ):
            # "Humanitarian aid is blocked and stolen", "The occupiers do not let any aid into the city": a
            # complaint that aid is obstructed stands for it.
            reading = stance_step.Reading(1, reading.confidence * 0.8)
        elif enemy and not _OBLIGED.search(lower, sentence.start, topic.start):
            return []  # "Russian troops did not cease fire": the invaders' deed, told; not the writer's stance
        if they and enemy:
            # The complaint is the teller's: "they" are the invaders, no holder.
            group = []
            mentions = [mention for mention in mentions if mention.kind != "pronoun" or mention.sub != "they"]
        holders: list[Holder] = []
        if reading.value and self._deeds.get(topic.topic, (None, 0))[0] != sentence.paragraph:
            # A paragraph's first deed on a topic is the news it tells; a later one is most often a reaction or an
            # offer ("Russia would return to the deal once ..."), and "the decision" still means the first.
            self._deeds[topic.topic] = (sentence.paragraph, 1 if reading.value > 0 else -1)
        if not group:
            verbs = [(hit.start, hit.end) for hit in cues if hit.entry.value.kind in _BEARING]
            group = group_after(mentions, topic.end, lower, sentence.start, reports, verbs)
        else:
            accuser = self._reporter(mentions, group, reports, owner)
            if accuser is not None:
                # "China was considering providing lethal support": weighing the deed is accused like doing it.
                accused_is_doing_it = reading.value > 0 or (
                    not reading.value
                    and any(_WEIGHING.fullmatch(lower, hit.start, hit.end) for hit in pre)
                    and any(hit.entry.value.kind == "sup" for hit in pre)
                )
                accusing = any(hit.entry.value.kind == "accuse" for hit in pre)
                if accused_is_doing_it and (accusing or topic.topic in ACCUSATION_TOPICS):
                    return [self._claim(sentence, topic, accuser, -1, reading.confidence * 0.8, pre)]
                if reading.value < 0 and topic.topic in OBSTRUCTED_TOPICS:
                    # "Russia blocked humanitarian convoys from reaching Mariupol, Kyiv said": the one accusing
                    # another of obstructing aid or exports stands for them.
                    return [self._claim(sentence, topic, accuser, 1, reading.confidence * 0.8, pre)]
                if topic.pattern.stance is not None and topic.pattern.stance < 0 and reading.value < 0:
                    # "The Kremlin had taken Belarus as a nuclear hostage, Danilov wrote": the judging words
                    # are the reporter's.
                    return [self._claim(sentence, topic, accuser, reading.value, reading.confidence * 0.8, pre)]
                if (
                    reading.value
                    and {mention.actor for mention in group} <= CANDIDATES.get(topic.topic, frozenset())
                    and (gap := _ACCESSION_GAP.fullmatch(lower, group[-1].end, topic.start)) is not None
                    and _FORETELLING.search(gap.group())
                ):
                    # "Stoltenberg said Ukraine will join NATO", "Orban said Ukraine would never join the EU": the
                    # candidate's accession foretold or ruled out, not its own wish ("Ukraine wants to join").
                    reading = _judged_by_teller(cues, window, group, pre, topic) or reading
                    return [self._claim(sentence, topic, accuser, reading.value, reading.confidence * 0.8, pre)]
                if (
                    _PRESCRIBED.match(lower, group[-1].end)
                    and accuser.actor not in {mention.actor for mention in group}
                    and all(span[0] > group[-1].end for span in reports)
                ):
                    # "Ukraine must be allowed to hit targets in Russia, Stoltenberg said": what another must or
                    # should do is the prescriber's position.
                    reading = _judged_by_teller(cues, window, group, pre, topic) or reading
                    return [self._claim(sentence, topic, accuser, reading.value, reading.confidence * 0.8, pre)]
                return []
        seen: set[str] = set()
        for mention in group:
            for holder in self._resolve_all(mention, owner, mentions):
                if holder.actor not in seen:
                    seen.add(holder.actor)
                    holders.append(holder)
        if holders and reading.value > 0 and topic.topic in SYMMETRIC_TOPICS:
            for mention in self._partners(group, mentions, topic):
                holder = resolve(mention, self.context, owner)
                if holder is not None and holder.actor not in seen:
                    seen.add(holder.actor)
                    holders.append(holder)
        if speaking is not None and holders:
            holders = [speaking]
        holders = [_with_speaker(holder, mentions, owner) for holder in holders]
        turn = self.context.turn_speaker if sentence.label is not None and not reports else None
        if turn is not None and turn[1]:
            # "Mao Ning: China has always supported peace talks": the one whose turn it is speaks for her state.
            holders = [
                replace(holder, speaker=turn[1]) if holder.speaker is None and holder.actor == turn[0] else holder
                for holder in holders
            ]
        if not holders:
            fallback = self._default_holder(sentence, mentions)
            if fallback is not None:
                holders.append(fallback)
        source = self.context.source_actor
        if source and not reports and not any(
            hit.entry.value.kind in ("sup", "opp", "vote") and abs(hit.entry.value.value) == 2 for hit in pre
        ):
            # In a ministry's own text, what it says another state does or thinks, with no speech verb and no
            # deed, is the ministry's account of that state ("Russia is convinced of its impunity"), not a
            # position the state stated.
            holders = [holder for holder in holders if holder.actor == source]
        return [
            self._claim(
                sentence,
                topic,
                holder,
                # The package's recipient welcoming or asking for it backs the aid; it delivers nothing.
                1 if package and holder.actor == RECIPIENT else reading.value,
                reading.confidence,
                pre,
            )
            for holder in holders
        ]

    def _resolve_all(self, mention: Mention, owner, mentions: list[Mention]) -> list[Holder]:
        """The holders a mention stands for: "they" is every actor of the group it points back to, named
        earlier in the same sentence ("France and Germany said they would ...") or in one before."""
        if mention.kind == "pronoun" and mention.sub == "text":
            if self._author is None:
                return []
            return [Holder(self._author, None, mention.start, mention.end, "pronoun", 0.7)]
        if mention.kind == "pronoun" and mention.sub == "they":
            earlier = [
                other
                for other in mentions
                if other.end <= mention.start and other.kind not in ("self", "pronoun")
            ]
            group = group_before(earlier, mention.start, self.seg.lower)
            if group:
                return [holder for other in group if (holder := resolve(other, self.context, owner))]
            actors = self._last_group()
            holder = resolve(mention, self.context, owner)
            if holder is None:
                return []
            return [replace(holder, actor=actor) for actor in actors]
        holder = resolve(mention, self.context, owner)
        return [] if holder is None else [holder]

    def _callers(
        self,
        sentence: Sentence,
        topic,
        mentions: list[Mention],
        owner,
        claims: list[Claim],
        cues: list[Hit],
        hits: list[Hit],
    ) -> list[Claim]:
        """Those who ask for the topic or decide on it without holding the clause's subject: a possessor's
        decision ("welcomed Germany's decision to send tanks"), a name's requests ("declined Ukrainian requests
        for air defence") and a call from someone ("rejecting renewed calls from Kyiv for deliveries of Leopard
        tanks")."""
        lower = self.seg.lower
        held = {claim.actor for claim in claims if claim.topic == topic.pattern.topic}
        thanked = _THANKED_FOR.search(lower, max(sentence.start, topic.start - 120), topic.start)
        if thanked is not None:
            # "Kuleba thanked Canada for its new sanctions against Russia": the deed thanked for is the thanked one's.
            verbs = [hit.entry.value for hit in cues if thanked.end(1) <= hit.start and hit.end <= topic.start]
            reading = stance_step.read([_ADVANCE, *verbs], topic.pattern)
            if reading is None or reading.blocked or reading.value <= 0:
                return []
            return [
                self._claim(sentence, topic, holder, reading.value, 0.7, [])
                for mention in mentions
                if thanked.start(1) <= mention.start and mention.end <= thanked.end(1) and mention.kind != "self"
                for holder in self._resolve_all(mention, owner, mentions)
                if holder.actor not in held
            ]
        decision = _DECISION_BEFORE.search(lower, max(sentence.start, topic.start - 60), topic.start)
        if decision is not None:
            # "welcomed Germany's decision to send Leopard tanks": the decision is Germany's deed.
            verbs = [hit.entry.value for hit in cues if decision.start("tail") <= hit.start and hit.end <= topic.start]
            reading = stance_step.read([_REFUSAL if decision.group(1) else _ADVANCE, *verbs], topic.pattern)
            deciders = [mention for mention in mentions if mention.end == decision.start() and mention.actor]
            if reading is None or reading.blocked or not reading.value or not deciders:
                return []
            source = self.context.source_actor
            return [
                self._claim(sentence, topic, holder, reading.value, 0.7, [])
                for holder in self._resolve_all(deciders[0], owner, mentions)
                if holder.actor not in held and (not source or holder.actor == source)
            ]
        asked = _REQUEST_FOR.search(lower, max(sentence.start, topic.start - 60), topic.start)
        if asked is not None:
            # "declined Ukrainian requests for air defence systems": the ones requesting ask for it.
            reading = stance_step.read([_ADVANCE], topic.pattern)
            askers = [mention for mention in mentions if mention.end in (asked.start(), asked.start() - 2)]
            if reading is None or reading.blocked or not reading.value or not askers or not askers[-1].actor:
                return []
            return [
                self._claim(sentence, topic, holder, reading.value, 0.7, [])
                for holder in self._resolve_all(askers[-1], owner, mentions)
                if holder.actor not in held
            ]
        calls = list(_CALL_FROM.finditer(lower, max(sentence.start, topic.start - CALL_REACH), topic.start))
        call = calls[-1] if calls else None
        if call is None or _next_break(lower, call.end(), topic.start) < topic.start:
            return []
        # Those calling are the names right after "from", with any listed beside them ("from Kyiv and Warsaw");
        # a name further on is the one asked ("calls from Poland for Germany to send tanks").
        callers: list[Mention] = []
        for mention in mentions:
            if mention.start < call.end() or mention.start >= topic.start:
                continue
            gap = lower[callers[-1].end if callers else call.end() : mention.start]
            if (callers and not COORDINATORS.match(gap)) or (not callers and gap.strip() not in ("", "the")):
                break
            callers.append(mention)
        verbs = [hit.entry.value for hit in cues if call.end() <= hit.start and hit.end <= topic.start]
        # "calls to stop buying Russian gas": a verb opening the phrase is what is called for too.
        verbs += [
            hit.entry.value
            for hit in hits
            if hit.start == topic.start and hit.entry.kind == "cue" and hit.entry.value.kind == "opp"
        ][:1]
        reading = stance_step.read([_ADVANCE, *verbs], topic.pattern)
        if reading is None or reading.blocked or not reading.value:
            return []
        found = []
        for mention in callers:
            if mention.actor and mention.actor not in held:
                for holder in self._resolve_all(mention, owner, mentions):
                    if holder.actor not in held:
                        held.add(holder.actor)
                        found.append(self._claim(sentence, topic, holder, reading.value, 0.7, []))
        return found

    @staticmethod
    def _relative_doer(lower: str, window: int, position: int, cues: list[Hit]) -> bool:
        """Whether a relative clause about other parties' doing stands before ``position`` ("countries that are
        supplying Russia's war"); one of refusing ("people who refused to open corridors") only when no cue
        governs its head, which otherwise judges them ("condemned those who blocked military aid")."""
        doer = _RELATIVE_DOER.search(lower, window, position)
        if doer is None:
            return False
        if not doer.group("refusal"):
            return True
        return not any(
            window <= hit.start < doer.start() and hit.entry.value.kind in stance_step.CONTENT for hit in cues
        )

    def _default_polarity(self, topic, group, pre, window, chain_from) -> stance_step.Reading | None:
        """No stance cue, but the clause reports an action that advances the topic ("Japan joined the price
        cap", "they produced a peace framework", "the package includes Abrams tanks"): the topic's default
        stance, +1 (a negation before the verb flips it), with a lower confidence. A bare mention gives none."""
        lower = self.seg.lower
        start = max(window, group[-1].end) if group else window
        if not group and not DEFAULT_WITHOUT_SUBJECT:
            return None
        # "Russia would cease fire and begin talks as soon as ...": a modal right before the deed commits to it.
        committed = _COMMITTED.search(lower, max(start, topic.start - 30), topic.start) is not None
        if not committed and ADVANCING.search(lower, start, topic.start) is None:
            head = _ACTION_HEAD.match(lower, topic.start)
            if head is None or (
                # a gerund is a deed only after "is"/"are" ("is shipping shells"), not after "of" or "on"
                lower.endswith("ing", head.start(), head.end())
                and _PROGRESSIVE.search(lower, max(0, topic.start - 12), topic.start) is None
            ):
                return None
        reading = stance_step.read([hit.entry.value for hit in pre] + [_ADVANCE], topic.pattern)
        if reading is None or reading.blocked:
            return reading
        value = (reading.value > 0) - (reading.value < 0)
        return stance_step.Reading(value, reading.confidence * DEFAULT_CONFIDENCE)

    def _partners(self, group: list[Mention], mentions: list[Mention], topic) -> list[Mention]:
        """The other side of a symmetric verb ("signed agreements with Turkey and the UN", "held talks with
        Kyiv"): names after "with" between the verb and the topic phrase."""
        lower = self.seg.lower
        if not group or group[-1].end > topic.start:
            return []
        verb = SYMMETRIC.search(lower, group[-1].end, topic.start)
        if verb is None:
            return []
        clause_end = _next_break(lower, topic.end, len(lower))
        partners: list[Mention] = []
        for mention in mentions:
            if mention.start < verb.end() or mention.end > clause_end or mention.actor is None:
                continue
            if mention.kind not in ("name", "metonym", "official") or not _NAME_ENDS.match(lower, mention.end):
                continue  # "agreed with the US proposal": a modifier, not a party
            if mention.start >= topic.end and topic.start - verb.end() > PARTNER_REACH:
                continue
            listed = bool(partners) and COORDINATORS.match(lower[partners[-1].end : mention.start])
            if listed or _WITH_BEFORE.search(lower, max(verb.end(), mention.start - 12), mention.start):
                partners.append(mention)
        return partners

    def _resumed(self, topic, mentions: list[Mention], cues: list[Hit], sentence: Sentence):
        """A later clause that takes the topic up with a pronoun: "Russia's aggression is a violation of the
        Charter, and Japan condemns it" — its subject and the cues before the pronoun, or None."""
        lower = self.seg.lower
        start = _next_break(lower, topic.end, sentence.end)
        comma = lower.find(",", topic.end, start)
        if comma >= 0 and FRONTED.match(lower, sentence.start) and "," not in lower[sentence.start : topic.start]:
            # "Asked about the tribunal, Baerbock said Berlin supports it": the topic of a fronted phrase is
            # taken up in the main clause after the comma.
            start = comma
        if start >= sentence.end:
            return None
        end = _next_break(lower, start + 1, sentence.end)
        match = _RESUMPTION.search(lower, start, end)
        if match is None:
            return None
        group = [
            mention for mention in group_before(mentions, match.start(), lower) if mention.start >= start
        ]
        if not group:
            return None
        pre = [hit for hit in cues if group[-1].end <= hit.start and hit.end <= match.start()]
        pre += [hit for hit in cues if match.end() <= hit.start < end and hit.entry.value.kind == "intens"]
        if not any(hit.entry.value.kind in _BEARING for hit in pre):
            return None
        return group, _uncoordinated(pre, lower)

    def _denied_report(self, group, mentions, cues, floor, owner):
        """ "Tehran dismissed reports that Tehran is supplying ...": a denial or rejection of reports, claims
        or allegations about the subject named right after them. Returns the denier's mentions and the denying
        cue when they are the same actor, ([], []) when they are not, None when the clause is no such denial."""
        lower = self.seg.lower
        first = group[0]
        if not _REPORTED_CLAIM.search(lower, max(floor, first.start - 30), first.start):
            return None
        denials = [
            hit
            for hit in cues
            if floor <= hit.start and hit.end <= first.start and hit.entry.value.kind in ("deny", "opp")
        ]
        if not denials:
            return None
        denier = [mention for mention in group_before(mentions, denials[-1].start, lower) if mention.start >= floor]
        if not denier:
            return None
        denying = {holder.actor for mention in denier for holder in self._resolve_all(mention, owner, mentions)}
        subjects = {holder.actor for mention in group for holder in self._resolve_all(mention, owner, mentions)}
        if not denying or not subjects or not subjects <= denying:
            return [], []
        return denier, [denials[-1]]

    def _possessor_as_object(self, group, mentions, cues, window) -> list[Mention]:
        """ "The G7 denounce ... Russia's bid to absorb ...": a possessive after a stance verb is that verb's
        object; the subject before the verb holds the position."""
        lower = self.seg.lower
        earlier = group_before(mentions, group[0].start - 1, lower)
        earlier = [
            mention for mention in earlier if mention.start >= window and mention.end <= group[0].start
        ]
        if not earlier:
            return []
        between = [
            hit
            for hit in cues
            if earlier[-1].end <= hit.start
            and hit.end <= group[0].start
            and hit.entry.value.kind in _BEARING | {"report"}
        ]
        return earlier if between else []

    def _prescriber(self, group: list[Mention], mentions: list[Mention], reports, floor: int) -> list[Mention]:
        """"Macron said Ukraine should be allowed to ...", "Putin said Ukraine must stay neutral": what one
        actor says another must, should or could do is the speaker's position, not the other's."""
        lower = self.seg.lower
        mandative = _MANDATIVE.search(lower, max(floor, group[0].start - 120), group[0].start)
        if mandative:
            # "Prabowo proposed that Russia and Ukraine agree to a ceasefire": a demand on others is the asker's.
            reports = [*reports, mandative.span()]
        elif not reports or not _DEONTIC.match(lower, group[-1].end):
            return []
        judge = self._judge(mentions, reports, group[0].start, floor)
        if not judge:
            return []
        actors = {mention.actor for mention in group}
        holder = self.context.document_holder
        # "We have always said that NATO should stop expanding": on a ministry's channel "we" is the ministry.
        speakers = [
            holder[0] if mention.kind == "self" and mention.actor is None and holder else mention.actor
            for mention in judge
        ]
        if None in actors or any(actor is None or actor in actors for actor in speakers):
            return []
        return judge

    def _prescribed_by_no_actor(self, group: list[Mention], mentions: list[Mention], reports, floor: int) -> bool:
        """Whether what ``group`` must or should do is told by a speech verb whose subject is no actor ("Critics
        said Ukraine should not join", "Analysts said Russia must pay"): nobody's position, least of all its."""
        lower = self.seg.lower
        return (
            any(floor <= start and end <= group[0].start for start, end in reports)
            and _DEONTIC.match(lower, group[-1].end) is not None
            and not self._judge(mentions, reports, group[0].start, floor)
        )

    def _speaker_prescribing(
        self, sentence: Sentence, group: list[Mention], reports, subject_named: bool = False
    ) -> Holder | None:
        """In a speech or a speaker's turn, "Russia must lose this war, and Ukraine must be able to restore
        ...": with no speech verb before it, what another actor must or should do is the speaker's position. In a
        speaker's turn, so is what another will or will never do ("Nebenzia: Ukraine will never be in NATO")."""
        lower = self.seg.lower
        context = self.context
        turn = sentence.label is not None and context.turn_speaker is not None
        foretold = turn and subject_named and _FORETOLD.match(lower, group[-1].end) is not None
        if any(span[0] < group[0].start for span in reports) or not (foretold or _DEONTIC.match(lower, group[-1].end)):
            return None
        holder = context.turn_speaker if turn else context.document_holder
        if holder is None:
            return None
        actor, name = holder
        if any(mention.actor is None or mention.actor == actor or mention.kind == "self" for mention in group):
            return None
        return Holder(actor, name, sentence.start, sentence.start, "default", 0.6)

    def _judge(self, mentions: list[Mention], reports, position: int, floor: int) -> list[Mention]:
        """The subject of the last speech verb before ``position`` ("Orban said ..."), if any."""
        spans = [span for span in reports if floor <= span[0] and span[1] <= position]
        if not spans:
            return []
        return group_before(mentions, spans[-1][0], self.seg.lower)

    def _note_resolution(self, sentence: Sentence, resolution: re.Match, chosen, cues: list[Hit]) -> None:
        """Remember the one topic a resolution described here mainly serves and what it says on it, for the
        vote lists that follow: a known vote (by its body and day) serves its own topic; otherwise the first
        topic the description speaks to. A vote tally ("by 143 votes") closes the sentence describing the
        text, so the whole sentence counts; otherwise what follows the keyword."""
        sentence_start = sentence.start
        lower = self.seg.lower
        body = (
            resolutions.body_of(lower[sentence.start : sentence.end])
            # "The General Assembly on Wednesday condemned ... The resolution was adopted by 143 votes": the body
            # named in the paragraph before.
            or resolutions.body_of(lower[self._paragraph_span(sentence)[0] : sentence.start])
            or resolutions.body_of((self.doc.title or "").lower())
        )
        known = resolutions.known_vote(body, self._date(sentence, resolution.start()))
        if known is not None:
            self.context.resolution = {known[0]: known[1]}
            return
        tally = resolution.group(0).startswith("by ") or resolution.group(0)[0].isdigit()
        position = sentence_start if tally else resolution.end()
        after = [topic for topic in chosen if topic.end > position]
        if not after:
            return
        topic = after[0]
        previous = max(
            position,
            _last_before(
                [hit.end for hit in cues if hit.entry.value.kind == "report"], topic.start, position
            ),
        )
        pre = [hit.entry.value for hit in cues if previous <= hit.start and hit.end <= topic.start]
        pre = [cue for cue in pre if cue.kind != "vote"]
        reading = stance_step.read(pre, topic.pattern)
        value = 1 if reading is None or reading.blocked else (reading.value > 0) - (reading.value < 0)
        self.context.resolution = {topic.topic: value}

    def _voting_alike(
        self, sentence: Sentence, start: int, mention_hits: list[Hit], claims: list[Claim]
    ) -> list[Claim]:
        """"The United States voted against the resolution, alongside Russia, Hungary and Israel": those named
        after "alongside" cast the same vote as the subject, if the clause gave one vote on the text."""
        cast = {(claim.topic, claim.stance) for claim in claims if claim.topic in self.context.resolution}
        if len({topic for topic, _ in cast}) != len(cast) or not cast:
            return []
        voters = {claim.actor for claim in claims}
        template = next(claim for claim in claims if claim.topic in self.context.resolution)
        lower = self.seg.lower
        added: list[Claim] = []
        for mention in mentions_in(mention_hits, lower, start, sentence.end, [], self.published):
            if mention.start < start or not mention.actor or mention.kind == "demonym" or mention.actor in voters:
                continue
            voters.add(mention.actor)
            for topic, stance in sorted(cast):
                added.append(replace(template, actor=mention.actor, topic=topic, stance=stance, speaker=None))
        return added

    def _votes(
        self, sentence: Sentence, hits: list[Hit], mention_hits: list[Hit], start: int | None = None
    ) -> list[Claim]:
        """A list of votes on the resolution described earlier: "China, India and Brazil abstained" (in the
        sentence from ``start`` on, if given)."""
        lower = self.seg.lower
        start = sentence.start if start is None else start
        mentions = mentions_in(mention_hits, lower, start, sentence.end, [], self.published)
        cues = _cues(hits, [])
        bounds = [start]
        bounds += [match.start() for match in VOTE_CLAUSE.finditer(lower, start, sentence.end)]
        # "with Russia voting against and China abstaining": "and" right after a vote starts the next group.
        bounds += [
            hit.end
            for hit in cues
            if hit.entry.value.kind == "vote" and start <= hit.start and _AND_NEXT_VOTERS.match(lower, hit.end)
        ]
        bounds.sort()
        bounds.append(sentence.end)
        claims: list[Claim] = []
        for clause_start, clause_end in pairwise(bounds):
            votes = [
                hit
                for hit in cues
                if clause_start <= hit.start < clause_end and hit.entry.value.kind == "vote"
            ]
            if not votes:
                continue
            voters = [
                mention
                for mention in mentions
                if clause_start <= mention.start < clause_end and mention.actor and mention.kind != "demonym"
            ]
            seen: set[str] = set()
            for mention in voters:
                if mention.actor in seen:
                    continue
                seen.add(mention.actor)
                holder = resolve(mention, self.context, None)
                if holder is None:
                    continue
                cast = _vote_of(mention, votes, mentions, lower)
                vote = cast.entry.value.value
                for topic, sign in self.context.resolution.items():
                    claims.append(
                        Claim(
                            actor=holder.actor,
                            topic=topic,
                            stance=vote * sign,
                            date=self._date(sentence, cast.start),
                            start=sentence.start,
                            end=sentence.end,
                            speaker=holder.speaker,
                            confidence=0.8,
                        )
                    )
        return claims

    def _reporter(self, mentions: list[Mention], group: list[Mention], reports, owner) -> Holder | None:
        """The actor who reports another actor's stance ("Washington says Beijing is arming Moscow")."""
        first = group[0]
        spans = [span for span in reports if span[1] <= first.start]
        if spans:
            before = group_before(mentions, spans[-1][0], self.seg.lower)
            named = before[-1] if before else None
        else:
            named = self._trailing_reporter(mentions, group, reports)
        if named is None:
            return None
        reporter = resolve(named, self.context, owner)
        subjects = {holder.actor for mention in group for holder in self._resolve_all(mention, owner, mentions)}
        if reporter is None or reporter.actor in subjects:
            return None
        return reporter

    def _trailing_reporter(self, mentions: list[Mention], group: list[Mention], reports) -> Mention | None:
        """The mention named with a speech verb after the clause ("Beijing is arming Moscow, Blinken said")."""
        lower = self.seg.lower
        last = group[-1]
        for start, end in reports:
            if start <= last.end:
                continue
            comma = lower.rfind(",", last.end, start)
            if comma < 0:
                continue
            for mention in mentions:
                between = lower[mention.end : start] if mention.end <= start else ""
                # "Blinken said", "Ukraine's security council secretary wrote"
                named = 0 <= start - mention.end <= 3 or (
                    len(between) <= 40 and "," not in between and _ROLE_WORD.search(between) is not None
                )
                if (
                    mention.start > comma
                    and (named or 0 <= mention.start - end <= 3)
                    and _TRAILING_TAIL.match(lower, max(end, mention.end))
                ):
                    return mention
        return None

    def _enemy_before(self, sentence: Sentence) -> bool:
        """Whether the invading forces ("Russian troops", "the occupiers") were named last, in this paragraph or the
        one before: no actor but Russia or Ukraine is named between them and the sentence."""
        start = self.seg.sentences[self._from_paragraph_before(sentence)].start
        named = [found.end() for found in _ENEMY_NAMED.finditer(self.seg.lower, start, sentence.start)]
        if not named:
            return False
        # The document's own hits, already found: those that start between the name and the sentence.
        low = bisect_left(self._hit_starts, named[-1])
        high = bisect_left(self._hit_starts, sentence.start, low)
        # Ukraine named in between is the land the deeds are done in ("into the free territory of Ukraine").
        parties = (AGGRESSOR, RECIPIENT)
        for hit in self._hits[low:high]:
            if hit.entry.kind == "actor" and hit.entry.value not in parties:
                return False
            if hit.entry.kind == "official" and hit.entry.value.stint_on(self.published).actor not in parties:
                return False
        return True

    def _tellers(self, sentence: Sentence, topic, mentions: list[Mention], cues, reports) -> set[str | None]:
        """Who tells a sentence with no holder before its topic: the one named after it ("..., Shoigu said"), else
        the one whose turn, document or channel it is."""
        verbs = [(hit.start, hit.end) for hit in cues if hit.entry.value.kind in _BEARING]
        told_by = group_after(mentions, topic.end, self.seg.lower, sentence.start, reports, verbs)
        if told_by:
            return {mention.actor for mention in told_by}
        context = self.context
        holder = context.document_holder
        turn = context.turn_speaker if sentence.label is not None else None
        return {context.source_actor, holder[0] if holder else None, turn[0] if turn else None}

    def _default_holder(self, sentence: Sentence, mentions: list[Mention]) -> Holder | None:
        context = self.context
        if sentence.label is not None and context.turn_speaker:
            actor, name = context.turn_speaker
            return Holder(actor, name, sentence.start, sentence.start, "label", 0.75)
        if context.document_holder is None:
            return None
        actor, name = context.document_holder
        # Another actor named in the sentence may be the one speaking; the speaker's own state named later ("...,
        # and China will keep playing a constructive part") is no other.
        if any(mention.eligible and mention.actor != actor for mention in mentions):
            return None
        if _PARTITIVE_SUBJECT.match(self.seg.lower, sentence.start):
            # "Most members strongly condemn ...", "Dozens of countries are providing ...": nobody in particular
            return None
        return Holder(actor, name, sentence.start, sentence.start, "default", 0.6)

    def _claim(self, sentence, topic, holder: Holder, value: int, confidence: float, pre) -> Claim:
        anchor = pre[0].start if pre else holder.start
        claim = Claim(
            actor=holder.actor,
            topic=topic.topic,
            stance=value,
            date=self._date(sentence, anchor),
            start=sentence.start,
            end=sentence.end,
            speaker=holder.speaker,
            confidence=min(1.0, holder.confidence * topic.confidence * confidence),
        )
        if (
            holder.actor == UNITED_NATIONS
            and holder.start < holder.end
            and _MEMBERS_BODY.search(self.seg.lower, holder.start, holder.end)
        ):
            self._members_bodies.append(claim)
        return claim

    def _note_author(self, sentence: Sentence, mention_hits: list[Hit]) -> None:
        """"G20 leaders adopted a declaration ... The declaration described ...": the actor a sentence opens with
        is whom a text named in the next one ("the declaration", "the statement") belongs to."""
        first = mention_hits[0] if mention_hits else None
        lower = self.seg.lower
        if first is None or (
            (first.start - sentence.start > SUBJECT_REACH or _PLACE_WORD.search(lower, sentence.start, first.start))
            and not _LEAD_PHRASE.fullmatch(lower, sentence.start, first.start)
        ):
            return  # "Allied leaders declared in Washington ...": a place, not the authors
        if first.entry.kind == "actor":
            self._author = first.entry.value
        elif first.entry.kind == "official":
            self._author = first.entry.value.stint_on(self.published).actor

    def _remember_subjects(self, sentence: Sentence, mention_hits: list[Hit]) -> None:
        """A sentence with no topic that opens with its subject ("G7 leaders met in Hiroshima on Friday.") is
        whom a "they" in the next sentences points back to; worked out only when a "they" comes."""
        if mention_hits and mention_hits[0].start - sentence.start <= SUBJECT_REACH:
            self._pending_subjects.append((sentence, mention_hits))
            del self._pending_subjects[:-PENDING_SUBJECTS]

    def _last_group(self) -> tuple[str, ...]:
        pending, self._pending_subjects = self._pending_subjects, []
        lower = self.seg.lower
        for sentence, mention_hits in reversed(pending):
            reach = mention_hits[0].start + LIST_REACH
            named = [hit for hit in mention_hits if hit.entry.kind in ("actor", "official") and hit.start < reach]
            if not named or named[0].start - sentence.start > SUBJECT_REACH:
                continue
            mentions = mentions_in(named, lower, sentence.start, sentence.end, [], self.published)
            first = mentions[0]
            if first.eligible and first.actor is not None and first.kind != "demonym":
                group = group_before(mentions, first.end, lower)
                self.context.last_group = tuple(dict.fromkeys(mention.actor for mention in group if mention.actor))
                break
        return self.context.last_group

    def _speaker_named_in(self, sentence: Sentence, mention_hits: list[Hit]) -> tuple[str, str | None] | None:
        """The speaker a sentence with no topic names: an official, else one state's role ("the Chinese envoy")."""
        lower = self.seg.lower
        officials = [
            hit
            for hit in mention_hits
            if hit.entry.kind == "official"
            and not _MET_OBJECT.search(lower, max(sentence.start, hit.start - 50), hit.start)
        ]
        if not officials:
            officials = [
                hit for hit in mention_hits if hit.entry.kind == "actor" and PERSON_ROLE.match(lower, hit.end)
            ][:1]
        if not officials:
            return self._own_role_opens(sentence, mention_hits)
        return self._speaker_of(mentions_in(officials, lower, sentence.start, sentence.end, [], self.published))

    def _own_role_opens(self, sentence: Sentence, mention_hits: list[Hit]) -> tuple[str, str | None] | None:
        """On a ministry's channel, a sentence opened by a role with no one named before ("The Prime Minister spoke
        to President Zelensky") is about the channel's own official, whom a "he" in the next sentences means."""
        source = self.context.source_actor
        opening = mention_hits[0] if mention_hits else None
        if (
            source is None
            or opening is None
            or opening.entry.kind != "pronoun"
            or opening.entry.value != "role"
            or self.seg.lower[sentence.start : opening.start].strip()
        ):
            return None
        for hit in self._hits:
            if hit.start >= sentence.start:
                break
            if hit.entry.kind == "official":
                return None  # "the minister" may be the one named before
        return (source, None)

    def _speaker_of(self, mentions: list[Mention]) -> tuple[str, str | None] | None:
        officials = [
            mention
            for mention in mentions
            if mention.eligible and mention.kind == "official" and mention.person is not None
        ]
        if officials:
            # "Japan will freeze the assets of President Vladimir Putin, Prime Minister Fumio Kishida said": the
            # one who speaks, not the one spoken of, is whom the next "he" means.
            lower = self.seg.lower
            official = next(
                (
                    mention
                    for mention in officials
                    if _SPEECH_AFTER.match(lower, mention.end)
                    or _SPEECH_BEFORE.search(lower, max(0, mention.start - 30), mention.start)
                ),
                officials[0],
            )
            return (official.actor, official.person.name)
        # A speaker named only by role ("the Chinese envoy", "Germany's defence minister") is whom a
        # "he" or "the minister" in the next sentences points back to.
        for mention in mentions:
            if (
                mention.eligible
                and mention.actor
                and mention.kind in ("name", "demonym", "metonym")
                and PERSON_ROLE.match(self.seg.lower, mention.end)
            ):
                return (mention.actor, None)
        return None

    def _remember(self, mentions: list[Mention], claims: list[Claim], sentence: Sentence | None = None) -> None:
        context = self.context
        if claims and sentence is not None:
            self._last_claim = (sentence.index, sentence.paragraph, claims[-1])
        speaker = self._speaker_of(mentions)
        if speaker is not None:
            context.last_speaker = speaker
        if claims:
            self._pending_subjects = []
            context.last_group = tuple(dict.fromkeys(claim.actor for claim in claims))
            context.last_actor = claims[-1].actor
            spoken = next((claim for claim in claims if claim.speaker), None)
            if spoken is not None:
                context.last_speaker = (spoken.actor, spoken.speaker)

    # -- dates --------------------------------------------------------------------------------------

    def _dates_in(self, sentence: Sentence) -> list[dates_step.DateMention]:
        found = self._date_cache.get(sentence.index)
        if found is None:
            found = dates_step.find_dates(self.seg.lower, sentence.start, sentence.end, self.published)
            self._date_cache[sentence.index] = found
        return found

    def _date(self, sentence: Sentence, anchor: int) -> datetime.date:
        found = self._dates_in(sentence)
        best = dates_step.nearest(found, anchor)
        if best is not None:
            return best.day
        carried = self._carried(sentence)
        shift = _RELATIVE_DAY.search(self.seg.lower, sentence.start, sentence.end)
        if shift is not None and (
            shift.start() <= sentence.start + 2
            or _SPOKE_ON.search(self.seg.lower, max(sentence.start, shift.start() - 30), shift.start())
        ):
            # "A day earlier, Peskov said ...", "The next day, Zelensky said ...": a day off the last date named.
            base = carried or self._lead_date() or self.published
            step = datetime.timedelta(days=-1 if shift.group("before") else 1)
            return min(base + step, self.published)
        if carried is not None:
            return carried
        lead = self._lead_date()
        return lead if lead is not None else self.published

    def _carried(self, sentence: Sentence) -> datetime.date | None:
        """A date stated earlier in the same paragraph (not one from the history before the conflict)."""
        sentences = self.seg.sentences
        index = sentence.index - 1
        while index >= 0 and sentences[index].paragraph == sentence.paragraph:
            found = self._dates_in(sentences[index])
            if found and found[-1].day >= EARLIEST:
                return found[-1].day
            index -= 1
        return None

    def _lead_date(self) -> datetime.date | None:
        """A recent date in the title or opening sentences: the day the reported statements were made."""
        if self._lead is not False:
            return self._lead
        self._lead = None
        candidates: list[dates_step.DateMention] = []
        title = (self.doc.title or "").lower()
        if title:
            candidates.extend(dates_step.find_dates(title, 0, len(title), self.published))
        for sentence in self.seg.sentences[:LEAD_SENTENCES]:
            candidates.extend(self._dates_in(sentence))
        for mention in candidates:
            if mention.kind != "today" and 0 <= (self.published - mention.day).days <= LEAD_DAYS:
                self._lead = mention.day
                break
        return self._lead


_LIST_GAP = re.compile(
    r"^(?:[\s,:;]|\b(?:including|among them|namely|were|was|from|by|the|and|as well as)\b)*$"
)


def _vote_of(voter: Mention, votes: list[Hit], mentions: list[Mention], lower: str) -> Hit:
    """The vote a voter cast in a clause listing several: "ten votes in favour, including the US and China,
    and five abstentions: France, Greece" — a name listed right after a vote noun, else the next vote."""
    # A vote may hold the voter's name ("voted with Moscow"): Moscow cast that vote too.
    before = [hit for hit in votes if hit.start < voter.start]
    if before:
        cue = before[-1]
        gap = lower[min(cue.end, voter.start) : voter.start]
        for mention in mentions:
            if cue.end <= mention.start and mention.end <= voter.start:
                gap = gap.replace(lower[mention.start : mention.end], " ", 1)
        if _LIST_GAP.match(gap):
            return cue
    after = [hit for hit in votes if hit.start >= voter.end]
    return after[0] if after else before[-1]


IDIOM_LENGTH = 12
"""A predicative cue longer than this many characters is an idiom whose words are not topic phrases."""


def _outside_idioms(topic_hits: list[Hit], hits: list[Hit]) -> list[Hit]:
    """Drop a topic phrase that is only a word of a longer stance idiom ("not up for negotiation" says
    nothing about peace talks; it judges whatever it is said of)."""
    idioms = [
        (hit.start, hit.end)
        for hit in hits
        if hit.entry.kind == "cue" and hit.entry.value.predicative and hit.end - hit.start > IDIOM_LENGTH
    ]
    if not idioms:
        return topic_hits
    return [
        topic
        for topic in topic_hits
        if not any(
            start <= topic.start and topic.end <= end and (end - start) > (topic.end - topic.start)
            for start, end in idioms
        )
    ]


def _advancing(hit: Hit) -> Hit:
    """The cue word at ``hit`` read as taking the step that follows it ("without", "suggested")."""
    return hit._replace(entry=replace(hit.entry, value=_ADVANCE))


def _cues(hits: list[Hit], blocked: list[tuple[int, int]]) -> list[Hit]:
    """Cue hits outside topic phrases, longest first where they overlap."""
    ordered = sorted(
        (hit for hit in hits if hit.entry.kind == "cue"),
        key=lambda hit: (hit.start, -(hit.end - hit.start), hit.entry.prefix),
    )
    chosen: list[Hit] = []
    last_end = -1
    for hit in ordered:
        if hit.start < last_end:
            if chosen and hit.end > chosen[-1].end and hit.start == chosen[-1].start:
                chosen[-1] = hit
                last_end = hit.end
            continue
        if any(start <= hit.start < end or start < hit.end <= end for start, end in blocked):
            continue
        chosen.append(hit)
        last_end = hit.end
    return chosen


_SUGGESTED_DOING = re.compile(r"suggest(?:s|ed|ing)?\s+(?=[a-z]+ing\b)")
"""A suggestion with a gerund for its object, up to the topic that opens with it ("suggested freezing ...")."""
_AS_PART_OF = re.compile(
    r",?\s+as\s+(?:a\s+)?part\s+of\s+(?:(?:a|an|the|its|their|our|this|that)\s+)?(?:[\w-]+\s+){0,4}$"
)
"""Right before a topic phrase: the step told before it is part of it ("..., as part of a sixth package of")."""
_PLACE_WORD = re.compile(r"\b(?:in|at|from|to|on|near|outside|inside)\b")
_NONE_WITHOUT = re.compile(r",?\s+(?:there\s+)?(?:will|can|could|would|shall)\s+be\s+no\b|,\s+(?:there\s+is\s+)?no\b")
"""After the topic of a clause opened by "without": the thing that cannot be had without it."""
_ENDED_WITHOUT = re.compile(
    r"\b(?:ended|ends|wrapped up|wraps up|concluded|concludes|closed|broke up|finished|adjourned)\b[^,;:]{0,60}"
    r"\bwithout$"
)
"""A meeting told to have ended without something: its outcome, not anyone's stance on it."""
_IMPOSSIBLE_AFTER = re.compile(
    r",?\s+(?:it|this|that)\s+(?:is|was|would be|will be)\s+(?:[a-z]+ly\s+)?(?:impossible|not possible|unthinkable)\b"
)
"""After the topic of a "without": what cannot be done without it ("without Russian gas it was physically
impossible to secure ...")."""
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|no|cannot|can't|won't)\b[^,;:]*$")
"""Before a "without": a negation in the same clause ("will not extend the deal without ...")."""
_AFTER_NAME = r"(?:'s?)?(?:\s+\w+){0,2}?\s+"
_PRESCRIBING = (
    r"must|should|ought to|has to|have to|needs? to|deserves?|is entitled to|ha[sd] the right to|"
    r"ha[sd] no (?:legal |legitimate |moral )?(?:right|claim)"
)
_PRESCRIBED = re.compile(_AFTER_NAME + r"(?:" + _PRESCRIBING + r")\b")
"""After another actor: a modal that prescribes what it must or should do (not what it could)."""
_ACCESSION_GAP = re.compile(
    r"(?:\s+(?:will|would|shall|should|must|could|can|cannot|can't|won't|wouldn't|may|might|is|was|are|were|be|"
    r"do|does|did|become|not|never|no longer|one day|eventually|soon|some day|someday|ultimately|also|still|definitely|"
    r"certainly|surely|going to|to|has|have|had|been|ever|on|an|a|the|its|their))*\s+"
)
"""Between a candidate and its accession: only what foretells or rules it out ("Ukraine will one day join",
"Ukraine was on an irreversible path to"), no verb of its own ("Ukraine has applied to join")."""
_OWNED_TOPIC = re.compile(r"(?:'s|’s|\bits|\btheir)\s+(?:[\w-]+\s+){0,2}?(?:to\s+)?$")
"""Right before a topic phrase: whose it is ("its bid", "Sweden's bid", "Ukraine's bid to join")."""
_PASSIVE_AGENT = re.compile(
    r"\s+(?:was|were|is|are|has been|have been|had been|is being|was being)\s+(?:[\w,-]+\s+){0,10}?by\s+(?:the\s+)?"
)
"""After a topic phrase: a passive verb and the "by" before its agent ("was held up for months by")."""
_FORETELLING = re.compile(
    r"\b(?:will|would|shall|should|must|could|can|cannot|can't|won't|wouldn't|may|might|never|going to|does not|"
    r"do not|doesn't|don't)\b|\bon (?:an|a|the)\s+$"
)
"""In the gap before a candidate's joining: what foretells or rules it out ("will one day", "would never", "does
not belong", "was on an irreversible path to"); "Finland joined", "has not joined yet" tell a fact."""
_FORETOLD = re.compile(_AFTER_NAME.replace("{0,2}", "{0,1}") + r"(?:will|would|shall)\b")
"""After another actor: what it will do, foretold by someone else."""
_DEONTIC = re.compile(
    _AFTER_NAME + r"(?:" + _PRESCRIBING + r"|had to|could|can|cannot|can't|couldn't|shouldn't|mustn't|would have to|"
    r"(?:might|may|could) have to|"
    r"(?:is|was|are|were) not (?:yet )?ready (?:to join|for (?:\w+ )?(?:membership|accession)))\b"
)
"""After another actor named inside a reported clause: a modal that prescribes what it must or may do, or a
judgment that it is not ready to join a bloc."""
_MANDATIVE = re.compile(
    r"\b(?:propos|suggest|urg|demand|insist|recommend|ask|request)\w*\b[^;:]{0,80}?\sthat\s+(?:both\s+|the\s+|)$"
)
"""Right before another actor: a verb demanding that it act ("proposed that Russia and Ukraine agree ...")."""
_CONDITION = re.compile(
    r"(?:\b(?:if|unless|as soon as(?! possible)|provided that|on condition that)|"
    r"(?:(?<=^)|(?<=\n)|(?<=[.,;:] )|(?<=\bthat )|(?<=\band )|(?<=\bbut ))should)\s+(?!not\b)"
)
"""Opens a condition ("if it supplied weapons", "should NATO send troops"); a "should" after its subject is
no condition ("that Ukraine should join")."""
_CONDITION_NEGATED = re.compile(
    r"\b(?:no|not|never|fails? to|failed to|refuses? to|refused to|collaps\w*|falls? apart|fell apart|"
    r"breaks? down|broke down)\b|n't\b"
)
"""Inside a condition: what makes it a condition of something not happening ("if there is no deal")."""
CONDITION_REACH = 170
"""How far before a topic phrase the "if" of the condition holding it may stand."""
_WARNING = re.compile(
    r"\bwarn(?:s|ed|ing)?\b|\bthreaten(?:s|ed|ing)?\b|\bcaution(?:s|ed|ing)?\b|"
    r"\b(?:would|will) (?:pay a (?:heavy |high |)price|face (?:\w+ )?consequences|(?:be )?(?:forced to )?respond|"
    r"retaliate|hit back|take (?:\w+ )?(?:countermeasures|counter-measures|retaliatory measures)|"
    r"have no (?:other )?choice but)"
)
"""A warning of what follows a condition ("warned that ... if", "would pay a price if")."""
_UNION_WORD = re.compile(r"\b(?:union|eu|european|bloc|brussels|commission)\b")
"""In a sentence: a word of the European Union, which keeps a bare accession the EU's."""
_BARE_ACCESSION = re.compile(r"(?:ukraine['’]s|ukrainian|kyiv['’]s)\s+(?:accession|membership)")
"""An accession named with no bloc ("Ukraine's accession"): whose bloc it is, the text before tells."""
BARE_ACCESSION_REACH = 4
"""How many sentences back a NATO accession may be told for a bare accession to be NATO's."""
_TOLD_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:[\w-]+\s+){0,3}?|stated|added|noted|stressed|declared|argued)"
    r"(?:\s+on\s+\w+)?(?:\s+that)?\s+(?=(?:if|unless|should)\b)"
)
"""A speech verb right before a condition ("said on Tuesday that if ...")."""
_DIRE = re.compile(
    r"\b(?:would|will)\b[^,;]{0,60}?\b(?:war|conflict|catastroph\w*|disaster|escalat\w*|consequences|"
    r"inevitab\w*|legitimate targets?)\b"
)
"""After a condition: the harm foretold if it is met ("a direct conflict would be inevitable")."""
_OFFER = re.compile(
    r"\b(?:would|will)\s+(?:\w+\s+){0,2}?(?:order|agree|begin|start|halt|end|accept|resume|sign|be ready|"
    r"be prepared|cease|return|withdraw|lift)\b"
)
"""Before a condition: what the subject offers to do if the condition is met."""
_PENALTY = re.compile(r"(?:would|will) (?:pay a|face)\b")
"""A warning whose subject is the one to be punished, not the one warning."""
_CONDITION_SUBJECT = re.compile(
    r"\W*(?:(?:and|but|so|yet)\s+)?(?:if|unless)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
)
"""From the sentence's start to the holder: it is the subject of a condition ("If the Russian leadership ...")."""
_RECIPIENT = re.compile(
    r"\s+(?:was|were|has been|have been|had been|is being|are being)\s+(?:offered|asked|invited|urged|"
    r"called on|called upon|told|pressed|pressured|encouraged|warned|reminded|informed|summoned)\b"
)
"""After the holder: a passive that makes it the one addressed ("Russia was offered a truce")."""
_PLACES = (
    r"(?:gaza|yemen|sudan|syria|lebanon|israel|the middle east|middle east|taiwan|west bank|haiti|libya|"
    r"afghanistan|korean peninsula|south china sea|nagorno-karabakh|karabakh|congo|drc|rwanda|ethiopia|myanmar|"
    r"palestinians?|hamas|hezbollah|the houthis|iran|venezuela|cuba|assad|the assad regime|the dprk|dprk|"
    r"the democratic people's republic of korea|north korea|cross-strait|the indo-pacific|indo-pacific|"
    r"bosnia|kosovo|the balkans|the western balkans)"
)
"""Other conflicts and matters that share this war's words (talks, ceasefires, sanctions, aid)."""
_ELSEWHERE_LEAD = re.compile(
    r"\W*(?:(?:and|but|so|now|meanwhile|likewise|similarly),?\s+)?(?:in|on|for|as for|turning to|regarding|"
    r"with regard to|with respect to|when it comes to|as to)\s+(?:the\s+)?" + _PLACES + r"\b"
)
"""At a sentence's start: the sentence is about another conflict ("In the Middle East, ...")."""
_ELSEWHERE = re.compile(
    r"\s+(?:(?:in|for|to|into|on|across|throughout|with)\s+(?:the\s+)?" + _PLACES + r"\b|"
    r"(?:lower|drug|medicine|prices|pharmac\w*|with the pharmaceutical|office|and disaster relief)\b|"
    r"(?:on|over|about)\s+(?:global\s+|a\s+|the\s+)?(?:steel|aluminum|aluminium|tariffs?|trade|critical minerals|"
    r"semiconductors?|chips|climate|the budget|budget|debt|taxes|tax|sustainable|agricultur\w*|food security|health|"
    r"education|digital|supply chains?|investment)\b|"
    r"to (?:this|the) (?:joint )?(?:statement|declaration|document|letter|report|communiqu\w+)\b|"
    r"(?:bilateral\s+|security\s+)+(?:agreements|compacts)\b|simulations?\b)"
)
"""Right after a topic phrase: it speaks of another conflict or matter ("negotiate bilateral security
agreements")."""
_PEACEKEEPING_AT_LARGE = re.compile(r"\s+(?:capacity|capacities|capabilities|training|operations|contributions)\b")
"""After "peacekeeping": a state's peacekeeping in general ("strengthen peacekeeping capacity"), not a force for
Ukraine."""
_OWNED = re.compile(r"(?:'s|’s|s'|’)\s+(?:(?:full|own|national|state|[a-z]+,|and)\s+){0,3}")
"""After an actor's name: a possessive that makes what follows that actor's ("Georgia's sovereignty, ...")."""
_INTEGRITY_OF = re.compile(r"(?:sovereignty|integrity|independence|borders)\s+of\s+(?:the\s+)?$")
"""Before an actor's name: "the territorial integrity of" that actor."""


def _other_recipient(lower: str, mention_hits: list[Hit]) -> bool:
    """Whether a sentence that never names Ukraine sends something "to" or "for" another state."""
    actors = [hit for hit in mention_hits if hit.entry.kind == "actor"]
    if any(hit.entry.value == "UKR" for hit in actors):
        return False
    return any(
        hit.entry.value not in ("RUS", "BLR") and lower.endswith(("to ", "for "), max(0, hit.start - 4), hit.start)
        for hit in actors
    )


def _owned_elsewhere(lower: str, mention_hits: list[Hit], ukraine_named: bool) -> list[tuple[int, int]]:
    """Spans a state other than Ukraine owns: from its name through a possessive ("Moldova's sovereignty and"),
    from "the sovereignty of" through its name, or, with Ukraine named neither by itself nor by an official, "its
    sovereignty" shortly after the state's name."""
    spans = []
    for hit in mention_hits:
        if hit.entry.kind != "actor" or hit.entry.value == "UKR":
            continue
        owned = _OWNED.match(lower, hit.end)
        if owned:
            spans.append((hit.start, owned.end() + 1))
        elif _INTEGRITY_OF.search(lower, max(0, hit.start - 40), hit.start):
            spans.append((max(0, hit.start - 40), hit.end))
        if not ukraine_named and (its := _ITS_OWN.search(lower, hit.end, hit.end + ITS_REACH)):
            # "Russia would use all means if its territorial integrity were threatened": with Ukraine unnamed, "its"
            # is the state named before it.
            spans.append((its.start(), its.end()))
    return spans


_ITS_OWN = re.compile(r"\bits\s+(?:own\s+)?(?:sovereignty|territorial integrity)\b")
ITS_REACH = 120
"""How far after a state's name "its sovereignty" may stand and still be that state's."""


_PARTITIVE_SUBJECT = re.compile(
    r"\W*(?:(?:but|and|yet|still)\s+)?(?:most|some|many|several|other|few|a few|a number of|dozens of|scores of|"
    r"hundreds of|a majority of|the majority of)\s+(?:of\s+(?:the|its|our)\s+)?(?:[\w-]+\s+)?"
    r"(?:members|member states|countries|states|nations|delegations|leaders|participants|governments|partners|"
    r"allies|organi[sz]ations)\b"
)
"""At a sentence's start: a part of a group, whose stance is nobody's in particular (not the document's
speaker's either)."""
_LEAD_CLAUSE = re.compile(
    r"\W*(?:(?:but|and)\s+)?(?:whatever|whoever|however|in\s+order\s+(?:for|to|that))\b[^,.;]{0,80},"
)
"""At a sentence's start: a concessive or purpose clause ("Whatever name Brussels gives it, ...", "In order for
freedom not to lose, ..."), whose verbs are no cues for what follows the comma."""
_AUXILIARY = r"(?:has|have|had|is|are|was|were|will|would|does|do|did|can|could|should|must|shall)"
_AND_AUXILIARY = re.compile(r"\b(?:and|but)\s+(?:also\s+|then\s+)?(?=" + _AUXILIARY + r"\b)")
"""Between two cues: a second verb coordinated with the first, opening with its own auxiliary."""
_AND_TO = re.compile(r"\band\s+(?:also\s+|then\s+)?to\s")
"""Between two topic phrases: a second infinitive coordinated with the first ("... and to ensure ...")."""
_WHEN_BEFORE = re.compile(r"\b(?:once|after|until|when|as soon as)\s+(?:a|the|any)\s+(?:[\w-]+\s+)?$")
_IN_FORCE_AFTER = re.compile(
    r"\s+(?:holds|is agreed|is reached|takes effect|comes into force|is in place|is signed|has been agreed|"
    r"has been reached|has been signed|is concluded|was agreed|was reached|was signed)\b"
)
"""Around a topic phrase: it is a time the sentence's plan waits for ("once a ceasefire holds"), not a stance."""
_CLAUSE_END = re.compile(r"\s*(?:[.,;]|$)")
"""After a ceasefire or a peace deal the plan waits for, the end of the clause: "security guarantees after a
ceasefire." tells when, not whether."""
_OTHER_CONFLICT = re.compile(
    r"\b(?:iran|iranian|tehran|panama|belt and road|north korea|dprk|pyongyang|israel|idf|gaza|hamas|hezbollah|"
    r"syria|"
    r"assad|taiwan|lebanon|blue line|"
    r"venezuela|maduro|houthis?|yemen|sudan|haiti|afghanistan|taliban|haitians?|palestinians?|israelis?|syrians?|"
    r"yemenis?|sudanese|afghans?|venezuelans?|taiwanese|pakistan|kashmir|congo|drc|rwanda|cambodia|thailand|"
    r"jcpoa|cross-strait|hostages?|holocaust|jews|debt ceiling|migration|m23|southern border|korean peninsula|"
    r"indo-pacific|denucleari[sz]ation|myanmar|burma|philippines|south china sea|south caucasus|armenia|azerbaijan|"
    r"karabakh|"
    r"border patrol|cartels?)\b"
)
_WAR_NAME = re.compile(r"\b(?:russia|moscow|kremlin|putin|ukrain|kyiv|kiev|zelensk|crimea|donbas|donetsk|luhansk)")
"""A sentence naming another conflict and none of this war's parties speaks of that conflict."""
SUPPLY_TOPICS = frozenset({"arms-to-russia", "military-aid-ukraine"})
_SUPPLY_VERB = re.compile(r"\b(?:suppl|send|sent|transfer|provid|deliver|ship|export|sell|sold|arm)")
_NAMES_WAR = re.compile(r"russia|ukrain|moscow|kremlin|kyiv|crimea|donbas")
"""In or right after a topic phrase: it names this war's parties, whatever else the sentence is about."""
_SPEAKS_OF_WAR = re.compile(
    r"\b(?:russia|moscow|kremlin|putin|ukrain|kyiv|kiev|zelensk|crimea|donbas|donetsk|luhansk)|"
    r"\b(?:war|wars|invasion|invaders?|aggression|aggressor|occupiers?|occupation|ceasefire|cease-fire|peace|truce|"
    r"hostilities|conflict)\b"
)
"""In a paragraph: words that make its talks or shelter this war's (see ``WAR_CONTEXT``)."""
_FREE_FROM = re.compile(r"\b(?:free|freedom|freed|rid)\s+(?:from|of)\s+(?:(?:the|any|all)\s+)?(?:threats?\s+of\s+)?$")
"""Right before a topic phrase: what one would be free of ("a world free from the threat of nuclear weapons")."""
_ANY_BEFORE = re.compile(r"\b(?:any|all|future|possible|potential)\s+(?:further\s+|new\s+)?$")
"""Right before "aggression": aggression in general, not a given one."""
_OTHER_AGGRESSOR = re.compile(
    r"\b(?:iran|china|beijing|tehran|north korea|pyongyang|the dprk|dprk|hamas|hezbollah|israel|azerbaijan|"
    r"the houthis|houthi)(?:'s|’s)\s+$"
)
"""Right before an aggression or war: someone else's."""
_TARGET = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:receiv(?:e|es|ed|ing)|fac(?:e|es|ed|ing)|suffer(?:s|ed|ing)?|(?:was|were|is|are|"
    r"has been|have been) hit by|under)\b"
)
"""After the holder of a sanctions phrase: it is the one sanctioned ("Russia faces new sanctions")."""
_RELATIVE_DOER = re.compile(
    r"\b(?:countries|states|nations|entities|companies|firms|actors|individuals|those|people|others|networks)\s+"
    r"(?:that|which|who)\s+(?:are\s+|were\s+|have\s+been\s+|has\s+been\s+|(?:once\s+again|again|still|"
    r"repeatedly|also)\s+)?(?:supplying|supporting|helping|enabling|backing|arming|financing|funding|fuell?ing|"
    r"assisting|aiding|providing|sending|facilitating|evading|circumventing|profiting|"
    r"(?P<refusal>refused|refuse|refusing|blocked|block|blocking|obstructed|obstructing|prevented|preventing))\b"
)
"""Before the topic: a relative clause about other parties' doing ("third countries that are supplying Russia's
war"), whose subject is not the holder."""
_TALKS_AND_CORRIDORS = frozenset({"peace-talks", "grain-deal"})
_OTHER_TALKS_BEFORE = re.compile(r"\b(?:green|policy|strategic|ipef)\s+$")
"""Right before talks or a corridor: a bilateral "policy dialogue", a "green shipping corridor", an IPEF round."""
_ELSEWHERE_BEFORE = re.compile(
    r"\b(?:libyan|syrian|yemeni|sudanese|gaza|israeli|palestinian|lebanese|cross-strait|korean|afghan|haitian|"
    r"armenian|azerbaijani|budget|migration|treaty|debt|climate|labor|labour|social|wage|interfaith|intercultural|"
    r"bipartisan|trade|tariff|commercial|economic|technical|cyber|space|ai|technology|track (?:1\.5|2|ii)|un|"
    r"u\.n\.)\s+$"
)
"""Right before a topic phrase: another conflict's or matter's talks ("budget negotiations", "the Libyan
ceasefire")."""
_AGAINST_RUSSIA_TOPICS = frozenset({"sanctions-russia", "military-aid-ukraine", "frozen-assets", "long-range-strikes"})
"""Steps taken against Russia: harm they are told to do to Russia is their purpose."""
_RUSSIAS_OBJECT = re.compile(
    r"\s+(?:(?!than\b|with\b|that\b|which\b|not\b|never\b|and\b|but\b)[\w-]+\s+){0,6}?"
    r"(?:russia['’]s|moscow['’]s|the kremlin['’]s|putin['’]s|the aggressor['’]s)"
)
"""After a verb of harm: an object that is Russia's ("cut a huge source of financing for Russia's war machine")."""
_AGAINST_TARGETS = re.compile(
    r"against(?:\s+(?:military|legitimate|key|russian|enemy))?(?:\s+(?:targets?|sites|bases|positions|facilities|"
    r"airfields|objects))?\b"
)
"""Before a place to strike: the "against" of the use of weapons, which judges nothing ("against military targets
on Russian territory")."""
_WITH_MEANS = re.compile(r"(?:\s+(?:in|for|to)\s+[\w'’-]+)?\s+with\s+")
"""Between a topic phrase and the next: "with" and the means of the first ("a peace deal in Ukraine with")."""
_FUNDING_BEFORE = re.compile(r"\b(?:financing|funding|funds|revenues?|income|money|cash)\s+(?:for|to)\s+(?:the\s+)?$")
"""Right before Russia's war effort: money for it ("a source of financing for Russia's war machine")."""
_ADDRESSEE = re.compile(
    r"\byou\s+(?:are|were|have|had|will|would|can|could|should|must|do|did|keep|kept|still|continue|continued)\b"
)
"""Before the topic: "you" as the subject, so the clause tells what the audience does."""
_PLACE_BEFORE = re.compile(r"\b(?:on|along|near|at|across|around)\s+(?:the\s+)?$")
"""Before "Ukraine's borders": a preposition of place ("troops massed along Ukraine's borders")."""
_FORCES_AFTER = re.compile(r"\s+(?:forces?|troops|army|armies|units|grouping|contingents?|crimes?|criminals?)\b")
"""After a phrase naming the invasion: the forces it names ("the invasion forces"), or the crimes committed in it
("Russia's war crimes", which is a phrase of its own)."""
_PENALTY_FOR = re.compile(
    r"(?:\b(?:russia|the russian federation|moscow|putin|the kremlin|the aggressor)\b[^;:]{0,30}?"
    r"\b(?:pay|costs?|price|accountable|punish\w*)\b"
    r"|\b(?:costs?|price|pay|accountable|punish\w*|penalt\w+|consequences|sanction\w*)\b[^;:]{0,60}?"
    r"\b(?:russia|the russian federation|moscow|putin|the kremlin|the aggressor)\b)[^;:]{0,40}?"
    r"\b(?:for|(?:so|as)\s+long\s+as|until)\s+"
    r"(?:its|their|his|the|this)\s+(?:[\w-]+\s+){0,2}$"
    r"|\b(?:costs?|price|pay|accountable|punish\w*|penalt\w+|consequences|sanction\w*)\b[^;:]{0,60}?"
    r"\bfor\s+(?:russia's|russia’s|moscow's|moscow’s|putin's|putin’s)\s+(?:[\w-]+\s+){0,2}$"
    r"|\b(?:rais|increas|impos|driv|ratchet)\w*\s+(?:up\s+)?(?:the\s+)?(?:costs?|price)\s+(?:of|for)\s+$"
)
"""Before a phrase naming the invasion: a cost or penalty imposed on Russia for it ("increase the costs to Russia
for its aggression", "make Putin pay for his war", "impose costs on Russia as long as its aggression continues"):
the speaker condemns it. Whoever else pays ("Europe is paying a
heavy price for the war") condemns nothing."""
_OTHER_CLAUSE = re.compile(
    r"\b(?:if|unless|when|whenever|because|before|after|since|lest)\s+(?:it|they|he|she|you|there|one side|"
    r"the other side|either side|the enemy|the aggressor|the invaders|the occupiers)\b|"
    r"\bso that\s+(?:it|they|he|she|you)\b|"
    r",\s*should\s+(?:it|they|he|she|you|russia|moscow|the kremlin|putin)\s+(?:\w+\s+)?(?:decide|choose|opt|go)\b|"
    r"\b(?:after|before|since|when|as)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:reports?|documents?|leaks?|media|"
    r"newspapers?|outlets?)\s+(?:had\s+|have\s+|has\s+)?(?:suggested|said|showed|shown|revealed|reported|claimed|"
    r"alleged)\b|"
    r"\buntil\s+(?:moscow|russia|the kremlin|putin|kyiv|ukraine)\b|"
    r"\bsince\s+(?:the\s+)?[\w-]+\s+(?:had\s+|has\s+)?[a-z]+ed\b"
)
"""A subordinate clause with a subject of its own between the holder and the topic ("since Russia pulled out of
the grain deal": background told as time)."""
_EVENT_TIME = re.compile(
    r"\b(?:since|after|before|prior to|during|following|amid|when|in the face of|in response to|in connection with|"
    r"because of|due to|as a result of|[a-z]+(?:ed|en) by|resulting from|stemming from|(?:anniversary|eve|start|"
    r"outbreak|beginning|onset|months|years|day|days|weeks|mark) of)\s+(?:(?:the|a|this|its|their|russia's|moscow's|"
    r"russia’s|putin's|putin’s|full-scale|large-scale|first|russian|continued|ongoing|brutal|unprovoked|illegal|"
    r"unjustified|unjust|senseless|premeditated|2022|2014)\s+)*$"
)
"""Right before an event noun: the event as a point in time, a cause or a circumstance ("since the invasion",
"strained by Russia's war", "support for Ukraine in the face of continued Russian aggression")."""
_FINITE_VIOLATION = re.compile(
    r"(?:violat|breach|undermin|infring|flout|contraven)(?:es|ed|s)\b|(?:is|was|are|were) (?:a |an )?"
    r"(?:\w+ )?(?:violation|breach)"
)
"""A verb whose subject is the topic phrase before it: the sentence judges that topic."""
_VIOLATION = re.compile(r"violat|breach|undermin|infring|encroach|trampl|disregard|flout|threaten")
_REPORTED_CLAIM = re.compile(
    r"(?:\b(?:reports?|claims?|allegations?|accusations?|suggestions?|rumou?rs?|speculation)\s+(?:that\s+)?"
    r"|\bden(?:y|ies|ied|ying)\s+that\s+)(?:the\s+)?$"
)
"""Right before a subject: the report or claim about it that a denial before it rejects."""
_RESUMPTION = re.compile(r"\s(?:it|this|them|that decision|this decision|that step|this step)\b(?![-'])")
"""A pronoun object standing for the topic of the clause before ("..., and we condemn it")."""
_AND_OR = re.compile(r"\s*,?\s+(?:and|or)\s+")
_NEGATION_AGAIN = re.compile(r"\s*,?\s+(?:and|or)\s+(?:" + _AUXILIARY + r"\s+)?")
"""Between two negations of one verb: "cannot and will not", "has not and will never"."""
_COORDINATION = re.compile(r"^[\s,]*(?:and|or|and/or|as well as|but also)?[\s,]*$")
_BEARING = frozenset({"sup", "opp", "accuse", "deny"})
_JUDGING = stance_step.CONTENT | {"hedge", "intens"}
_FOLLOW_SUIT = re.compile(r"\b(?:follow(?:s|ed|ing)?\s+suit|(?:do|does|did|doing)\s+the\s+same)\b")
"""In a sentence with no topic of its own: taking the step just told ("Australia said it would follow suit")."""
_NOT_DONE_YET = re.compile(
    r"\b(?:unless|if|until|provided|once|when|call(?:s|ed|ing)?\s+on|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|"
    r"encourag(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|want(?:s|ed)?|expect(?:s|ed)?|not|never|yet to|declin\w*|"
    r"refus\w*|resist\w*|against|unlikely|reluctan\w*)\b|n't\b"
)
"""Before "do the same": a condition, a call on others or a refusal, so nobody has said they take the step."""
_ECHO_BEFORE = re.compile(r"\b(?:also|likewise|similarly|too)\s+(?:\w+ly\s+)?$")
_ECHO_AFTER = re.compile(
    r"(?:\s+(?:it|them|this|that|the (?:move|step|decision|idea|plan|proposal)))?"
    r"\s*(?:[,.;]|$|\s(?:saying|arguing|warning|adding|as well)\b)"
)
"""Around a stance verb with no object: "Slovakia also objected, saying ..." repeats the stance before it."""
_TAKING_UP = _BEARING | {"neg", "zero"}
"""Cue kinds before "it" in a later clause that make it the object of a stance ("was not considering it")."""
"""Cue kinds that can judge a topic phrase from after it."""
_REVERSAL = re.compile(r"(?:drop|withdr[ae]w|lift|remov|abandon)\w*\s+(?:its|their|his|her|our)\b")
"""A cue that takes back its object ("dropped its objections"): the object is a layer under it, not a repeat."""
_INTENSIFIER_WORDS = re.compile(
    r"\b(?:strongly|firmly|fully|resolutely|categorically|unequivocally|vehemently|totally|completely|absolutely|"
    r"also|further|again|once again|today|publicly|firm|strong|resolute|categorical|unequivocal|full|total|"
    r"complete|absolute|clear)\b"
)


_IRREGULAR_STEMS = {"sent": "send", "gave": "give", "given": "give", "sold": "sell", "kept": "keep", "made": "make"}
_VERB_ENDING = re.compile(r"(?:ying|ied|ies|ing|ed|es|s|e|y)$")


def _verb_stem(word: str) -> str:
    """A verb's form without its ending, to tell one verb said twice: "supplying" and "supply", "sent" and "send"."""
    first = word.split()[0] if word.strip() else word
    return _VERB_ENDING.sub("", _IRREGULAR_STEMS.get(first, first))


def _repeated_verb_dropped(hits: list[Hit], lower: str) -> list[Hit]:
    """"We are not supplying and will not supply weapons": one negated verb, said twice, counts once."""
    out = list(hits)
    for index in range(len(out) - 4, -1, -1):
        if index + 4 > len(out):
            continue  # a later verb said twice was dropped: this window runs past the end
        negation, verb, again, repeated = out[index : index + 4]
        if (
            negation.entry.value.kind == "neg"
            and again.entry.value.kind == "neg"
            and verb.entry.value.kind in _BEARING
            and repeated.entry.value.kind == verb.entry.value.kind
            and _verb_stem(lower[verb.start : verb.end]) == _verb_stem(lower[repeated.start : repeated.end])
            and _NEGATION_AGAIN.fullmatch(lower, verb.end, again.start)
            and not lower[again.end : repeated.start].strip()
        ):
            del out[index + 2 : index + 4]
    return out


_RETALIATION = re.compile(r"counter-?measures|retaliat")
"""A cue of retaliation, which a "response to" right after it only says again."""


def _uncoordinated(hits: list[Hit], lower: str) -> list[Hit]:
    """Drop a cue that only repeats the one before it ("rejects and firmly condemns", "denounce Russia's
    unlawful bid", "neither ... nor", "cannot and will not"): not a second layer."""
    kept: list[Hit] = []
    last_bearing: Hit | None = None
    neither = False
    for hit in _repeated_verb_dropped(hits, lower):
        kind = hit.entry.value.kind
        word = lower[hit.start : hit.end]
        if kind == "neg" and word == "nor" and neither:
            continue
        neither = neither or word == "neither"
        if (
            kind == "neg"
            and kept
            and kept[-1].entry.value.kind == "neg"
            and _NEGATION_AGAIN.fullmatch(lower, kept[-1].end, hit.start)
        ):
            kept[-1] = hit  # "cannot and will not support": one negation, said twice
            continue
        if (
            hit.entry.value.predicative
            and kind in ("sup", "opp")
            and last_bearing is not None
            and last_bearing.entry.value.kind == kind
        ):
            if kept[-1] is last_bearing and _stronger_coordinated(last_bearing, hit, lower):
                kept[-1] = last_bearing = hit
            continue
        if (
            kind in _BEARING
            and last_bearing is not None
            and (kind == "sup") == (last_bearing.entry.value.kind == "sup")
        ):
            # Only a cue of the same direction repeats ("plan to cut" is a plan to cut, not a plan).
            gap = _INTENSIFIER_WORDS.sub(" ", lower[last_bearing.end : hit.start])
            if (
                _COORDINATION.match(gap)
                and not (word.endswith("ing") and not gap.strip())
                and not _REVERSAL.match(lower, last_bearing.start)
                and not (kind == "opp" and lower.endswith(" to", last_bearing.start, last_bearing.end))
            ):
                # ... but a gerund right after the cue is its object ("against lifting", "warned against
                # ending"), as is a verb against after a refusal ending in "to" ("declined to condemn"): a second
                # layer.
                continue
        if (
            word in ("response to", "responses to")
            and last_bearing is not None
            and _RETALIATION.match(lower, last_bearing.start)
            and hit.start - last_bearing.end <= 60
        ):
            continue  # "countermeasures in response to Finland's accession": one answer to it, said twice
        if (
            word == "against"
            and last_bearing is not None
            and lower.startswith("against", last_bearing.start)
            and _LIST_COMMA.search(lower, last_bearing.end, hit.start)
        ):
            continue  # "sanctions against the Russian Federation, against the aggression": one preposition, twice
        if kind in _BEARING or kind == "neg":
            last_bearing = hit if kind in _BEARING else None
        kept.append(hit)
    return kept


_OBJECT_AND = re.compile(
    r"\s+(?:(?:the|a|an|this|that|its|their|our|his|her|russia|moscow|putin)\b[^,;]{0,40}?(?:\s+and|,(?:\s+and)?)|"
    r"[a-z]+,(?:\s+[a-z]+(?:'s|’s))?)\s+$"
)
"""Between a cue and a phrase that opens with a verb: the cue's own object, then "and" or a list comma (after a
bare noun, the comma only: "do not supply goods, give up ...", "against terrorists, Ukraine's right to ...")."""
_VERB_OBJECT_AND = re.compile(
    r"\s+(?:to\s+)?[a-z]+\s+(?:the|a|an|its|their|this|that|any)\s[^,;]{0,40}?(?:\s+and|,(?:\s+and)?)\s+$"
)
"""Between a negation and a cue: the negated verb (no cue itself) and its own object, then "and" or a list comma."""
_PLAN_SUBJECT = re.compile(
    r"(?:'s|’s|\bthe|\bany|\bthis|\bthat|\bits|\btheir)\s+(?:[a-z-]+\s+)?(?:(?:plan|decision|proposal|move|idea|"
    r"attempt|bid|steps?|efforts?|(?P<negated>failure|refusal))\s+(?:by\s+[a-z]+\s+)?to\s+|(?:demands?|calls?|push|insistence)\s+(?:for|on)\s+|"
    r"(?=(?:withdrawal|exit|pullout|suspension|participation|involvement)\s))(?P<tail>(?:[a-z]+\s+){0,4})$"
)
"""Before a topic phrase: a plan or decision to act on it, or a deed done to it ("Russia's withdrawal from"), which
a predicate after the topic may judge."""
_THANKED_FOR = re.compile(
    r"\b(?:thank|thanks|thanked|thanking|grateful to|gratitude to)\s+((?:[\w'’.-]+,?\s+){1,6}?)for\s+"
    r"(?:(?:its|their|his|her|the|this|these|a|an|new|latest|further|continued|continuing|steadfast|unwavering|"
    r"decision to|support for|help with)\s+){0,4}(?:[\w-]+\s+){0,2}?$"
)
"""Right before a topic phrase: thanks to someone for it ("thanked Canada for its new sanctions")."""
_DECISION_BEFORE = re.compile(
    r"(?:'s|’s)\s+(?:[a-z-]+\s+)?(?:decision|plan|move|pledge|commitment|offer|readiness|willingness|promise|"
    r"intention|(refusal))\s+to\s+(?P<tail>(?:[a-z]+\s+){0,2})$"
)
"""Right before a topic phrase: a possessor's decision, pledge or refusal to act ("Germany's decision to")."""
_REQUEST_FOR = re.compile(
    r"(?:'s|’s)?\s+(?:repeated\s+|renewed\s+|urgent\s+)?(?:calls|requests|request|demands|appeals|pleas)\s+for\s+"
    r"(?:[a-z-]+\s+){0,3}$"
)
"""Right after a name and before a topic phrase: its calls or requests for the topic ("Ukrainian requests for")."""
_CALL_FROM = re.compile(r"\b(?:calls?|demands?|requests?|appeals?|pleas?)\s+(?:from|by)\s+")
CALL_REACH = 120
"""How far before a topic phrase a call "from" someone may stand ("calls from Kyiv ... for deliveries of")."""
_OBJECT_CONTROL = re.compile(
    r"wants?|wanted|wish(?:es|ed)?|expects?|expected|urged?|urges|asks?|asked|allow(?:s|ed|ing)?"
)
_TO_BE_BEFORE = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+to (?:be\s+(?:[a-z]+ly\s+)?)?")
"""After a topic phrase that is the object of "want" or "urge": "to be" or "to" before the verb it is wanted to
get ("wants the sanctions to be lifted", "allowed the deal to expire")."""
_ON_TARGET = re.compile(r"\s+(?:(?:on|against|of|to|for|imposed on|placed on) (?:the )?[\w'’-]+\s+)?")
"""Between a topic phrase and the bare participle wanted for it ("wants the sanctions on Russia lifted")."""
_DONE_TO = re.compile(r"\w+(?:ed|en)|lapse|expire|end|stop|halt")
"""A participle or bare verb told of an object ("wants the sanctions lifted", "let the deal lapse")."""
_ACTION_HEAD = re.compile(
    r"(?:ship(?:s|ped|ping)?|us(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|send(?:s|ing)?|sent|transfer(?:s|red|ring)?|"
    r"deliver(?:s|ed|ing)?|provid(?:e|es|ed|ing)|hand(?:s|ed|ing)? over|tap(?:s|ped|ping)?|"
    r"channel(?:s|led|ling)?)\b"
)
"""At the start of a topic phrase: the verb of a deed that advances it ("is shipping artillery shells to Russia",
"will use the profits from frozen assets")."""
_PURSUED_AFTER = re.compile(
    r"(?:\s+(?!allegations?\b|claims?\b|accusations?\b|reports?\b)[\w'’-]+){0,4}?\s+"
    r"(?:(?:must|should|will|would|could|can|may|needs? to|ha(?:s|ve) to)\s+(?:all\s+)?be\s+(?:[a-z]+ly\s+)?"
    r"(?:investigated|punished|prosecuted|documented|tried|brought to justice|held accountable)"
    r"|(?:(?:must|should|will|shall|would)\s+(?:not|never)|cannot|can ?not|can't|can’t|won't|won’t|mustn't|mustn’t)"
    r"\s+(?:go|remain|be left)\s+unpunished)\b"
)
"""After a phrase naming war crimes (and a few words on whose): they are to be investigated, punished or tried, or
"must not go unpunished"."""
_AND_NEXT = re.compile(r"\s+and\s+")
CONJUNCT_REACH = 30
"""How far after "and" the topic may start and still be coordinated with the name before it."""
LIST_HEAD_REACH = 90
"""How far before "including" the verb governing a list may stand ("adopted on Friday its sixth package of
sanctions against Russia, including ...")."""
_INCLUDING_BEFORE = re.compile(r",?\s+(?:including|notably|such as|among them)\s+(?P<tail>(?:[\w,.-]+\s+){0,3})$")
"""Right before a topic phrase: it is an item of a list whose head comes before ("a package ..., including a ban")."""
_LABEL_BEFORE = re.compile(
    r"\b(?:barbaric|brutal|illegal|unprovoked|unjustified|unjustifiable|criminal|senseless|savage|cruel|bloody|"
    r"ruthless|heinous|horrific|outrageous|shameful|illegitimate|unlawful|murderous|genocidal|vicious|reckless|"
    r"unconscionable|cynical|unyielding)\s+$"
)
"""Right before a phrase naming the invasion: an adjective that labels it ("Russia's barbaric war")."""
_AGAINST_OTHER = re.compile(r"\s+against\s+(?!ukraine)")
"""After a phrase naming aggression: aggression against someone other than Ukraine."""
_CALLED_AGGRESSION = re.compile(
    r"\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|brand(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?|term(?:s|ed)?)"
    r"\s+(?:[\w'’-]+\s+){1,5}?(?:as\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}$"
)
"""Before a phrase naming aggression: a verb naming its object as one ("called Russia's invasion a brutal war of")."""
_WAGED_BY_SUBJECT = re.compile(r"\b(?:its|their)\s+(?:[a-z-]+,?\s+(?:and\s+)?){1,6}$")
"""Before a phrase naming the invasion: the subject's own war, labelled ("continues its unjustified, unprovoked
and unconscionable war")."""
_PROTECT = re.compile(r"defen[dcs]|protect|shield|sav|guard|rescu|liberat")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:the|this|its|their|russia's|russia’s|russian|further|future)\s+)*$")
"""Between a verb of protecting and a phrase naming the invasion: what is warded off."""
_PURSUED_DOERS = re.compile(
    r"\b(?:punish\w*|prosecut\w*|hunt\w*|bring\w*|brought|try|tried|trying|hold|holds|held|holding|arrest\w*|"
    r"track\w*|find|identify\w*|sanction\w*)\s+(?:[\w'’-]+\s+){0,4}?(?:who|that)\s+(?:had\s+|have\s+|has\s+)?$"
)
"""Before a verb of committing: those to be punished or tried for it, in a relative clause of their own
("punish everyone who committed")."""
_WARDED_FROM = re.compile(
    r"\b(?:defen[cs]e|protection|recovery|liberation|freedom|independence|shelter|refuge)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:from|against)\s+(?:(?:the|this|its|their|russia's|russia’s|russian|further|future)\s+)*$"
)
"""Between a support cue and a phrase naming the invasion: a noun of warding it off ("support for Ukraine's
recovery from Russian aggression")."""
_IN_PUBLIC = re.compile(
    r"(?:\s+(?:this|that|it|these|those|things?|details?|terms?|the|with|them|him|anyone|anybody)){0,3}\s+"
    r"(?:in public|publicly|in the (?:press|media)|through the (?:press|media)|via the media"
    r"|from (?:here|public|(?:the|this) podium)|against (?:myself|ourselves|himself|herself|themselves))\b"
)
"""After a topic phrase: where it would be done, in public; refusing that refuses the venue, not the thing."""
_GOAL_THEN_MEANS = re.compile(
    r"\b(?:way|ways|means|path|solution|answer|response|key|thing)\s+to\s+([^;:]{1,100}?)\s+"
    r"(?:is|was|remains|would be|will be)\s+(?:to\s+|by\s+|through\s+)?(?:[\w'’-]+\s+)?$"
)
"""Before a topic phrase: a goal and then the means to it ("the best way to stop tyranny is to ...")."""
_WAR_SUBJECT = re.compile(r"\b(?:war|fighting|conflict|hostilities|killing|bloodshed)\s+(?:will\s+|would\s+|can\s+)?$")
"""Right before a verb of ending: the war as its subject ("the war ends")."""
_OF_THE_WAR = re.compile(
    r"\s+(?:of|to)\s+(?:(?:the|this|that|all)\s+(?:[\w-]+\s+)?)?"
    r"(?:war|fighting|conflict|hostilities|killing|bloodshed)\b"
)
"""Right after a noun of ending: the war it ends ("the end of the war", "an end to hostilities")."""
_AND_OF = re.compile(r",?\s+(?:and|or|as well as)\s+(?:of|to)\s")
"""Right after "the end of the war": a second thing the same noun ends ("... and of Western sanctions")."""
_PASSIVE_BEFORE = re.compile(r"\s(?:is|are|was|were|been|being)\s+(?:(?:still|again|now|being|[a-z]+ly)\s+)?$")
"""Right before a participle: a passive ("aid is blocked")."""
_OBSTRUCTING = re.compile(r"block|obstruct|prevent|hinder|denied|loot|stolen|seized|held up|stopped|impeded|restrict")
"""A participle of obstructing: what is done to aid that others obstruct."""
_ENEMY_SUBJECT = re.compile(
    r"\W*(?:(?:and|but|yet|so|still)\s+)?(?:the\s+)?(?:(?:russian\s+)?(?:occupiers|invaders|aggressor|enemy)|"
    r"russian\s+(?:military|army|troops|forces|soldiers|state|side|leadership|authorities)|russians)\s"
)
"""At the start of a sentence naming no one: the invading forces as its subject, whose deeds its writer tells."""
_THEY_SUBJECT = re.compile(
    r"\W*(?:(?:and|but|yet|still)\s+(?:they\s+)?|they\s+)(?:still\s+|again\s+|also\s+)?"
    r"(?:do|does|did|will|would|have|has|had|are|is|were|was|keep|keeps|continue|continues)\s+not\b"
)
"""At a sentence's start: "they", or "and" with no subject, then a negated verb ("And does not allow any
humanitarian cargo"); a bare "Do not ..." is a command."""
_ENEMY_NAMED = re.compile(
    r"\b(?:(?:russian\s+)?(?:occupiers|invaders)|russian\s+(?:military|army|troops|forces|soldiers))\b"
)
"""The invading forces named."""
_ENEMY_AFTER_LEAD = re.compile(
    r"\W*(?:although|though|even though|while|whereas|despite|even as|when|after)\b[^.;:]{0,160}?,(?="
    + _ENEMY_SUBJECT.pattern
    + ")"
)
"""The same subject after a leading subordinate clause ("Although we did everything to open the corridor, Russian
troops did not cease fire")."""
_OBLIGED = re.compile(r"\b(?:" + _PRESCRIBING + r"|will have to|are to|is to)\b")
"""What the invaders must do ("the occupiers must leave our land") is the writer's demand, not their deed."""
_RELATIVE_LINK = re.compile(
    r"\s+(?:that|which)\s+(?:(?:would|will|could|might|must)\s+)?(?:(?:merely|only|simply|just|effectively)\s+)?"
)
"""Between two topic phrases: a relative clause on the first whose verb is the second ("any deal that cedes")."""
_NOR_GAP = re.compile(r"\s*,?\s*nor\s+(?:the\s+)?")
"""Between the last two names of a "neither ... nor" list."""
_NEG_RAISER = re.compile(
    r"\s+(?:(?:one|body)\s+(?:should\s+|can\s+|must\s+)?)?(?:think|believe|expect|want|imagine|assume)\s+(?:that\s+)?"
    r"(?:the\s+)?"
)
"""Between a negation and another's name: a verb of belief whose negation is the clause's ("do not think that")."""
_NOBODY_THINKS = re.compile(
    r"\b(?:no\s+one|nobody)\s+(?:should\s+|can\s+|must\s+)?(?:think|believe|imagine|assume)\s+(?:that\s+)?(?:the\s+)?$"
)
"""Right before another's name: "let no one think that", which denies what follows."""
_NOT_RULED_OUT = re.compile(
    r"\b(?:not|n't|never|refus\w*\s+to|declin\w*\s+to)\s+(?:to\s+)?(?:rule|rules|ruled|ruling)\s+out\b|"
    r"\b(?:cannot|can't|could not|couldn't) be (?:ruled out|excluded)"
)
_HOLD_BEFORE = re.compile(r"\b(?:hold|holds|holding|held)\b")
"""Before "accountable for": someone is held to account."""
_CRIME_TOPICS = frozenset({"war-crimes-accountability", "condemn-invasion"})
_ANSWERED_FOR = re.compile(r"\s+for\s+(?:[\w'’-]+,?\s+){0,6}?")
"""Between "accountable" and a later topic phrase: "for" and a few words ("for destabilizing policies, including")."""
_PERPETRATORS_WHO = re.compile(
    r"\b(?:those|everyone|everybody|anyone|anybody|whoever|all|each|people|persons)\s+(?:who|that)\b(?!.*\bwho\b)"
)
"""Before "held accountable": the ones who did the deeds, described by a relative clause."""
_MAIN_AUXILIARY = re.compile(r"\b(?:will|must|should|shall|would|can|could|are|is|be|were|was)\b")
"""After such a clause: the auxiliary of the main verb (the last one before the topic phrase)."""
_ENDING_SUBJECT = re.compile(
    r"(?:collapse|breakdown|demise|termination|suspension|end|ending|cancellation|scrapping|abandonment|failure) of"
    r"\s+(?:the\s+)?"
)
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|other|several|these|those)\s+$")
_SANCTIONED_THING = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:ships?|vessels?|tankers?|compan(?:y|ies)|banks?|entit(?:y|ies)|individuals?|"
    r"oligarchs?|persons?|goods|firms?|businessm[ae]n|airlines?|aircraft|list)\b"
)
_QUOTED_QUESTION = re.compile(
    r"\?[\"”’']\s*,?\s*(?:[\w'’.-]+\s+){0,5}?(?:asked|wondered|inquired|enquired)\b[^,;:]{0,60}$"
)
_BARE_TALKS = re.compile(r"(?:(?:start|begin|began|open)\w*\s+)?(?:negotiat\w*|talks)")
_THE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$")
_CONSIDER = re.compile(r"consider(?:s|ed|ing)?")
_WEIGHING = re.compile(r"considering|weighing|mulling|contemplating")
_USED_ON = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:to\s+be\s+|being\s+)?used\s+(?:against|on|in|inside|to)\s+"
)
"""Between arms and a phrase on strikes into Russia: the arms are what the strikes would use."""
_USED_AGAINST = re.compile(
    r"\b(?:use|uses|used|using|fire|fires|fired|firing|launch|launched|launching|employ|employed)\s+"
    r"(?!(?:of\s+)?(?:military\s+)?force\b)(?:[\w'’-]+\s+){0,3}?$"
)
"""Before "against": a weapon's use, whose "against" names its target, not an opposition ("used against targets")."""
_SUPPLY_TOLD = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:was|were|has been|have been|had been|are being|is being)\s+(?:[a-z]+ly\s+)?"
    r"(?:sent|delivered|supplied|shipped|transferred|provided|deployed|exported|smuggled)\b"
)
_BY_MEANS = re.compile(r"\bby\s+(?=[a-z]+ing\b)")
_FOR_ITS_DEED = re.compile(
    r"\b(?:for|over)\s+(?:its|their|his|her)\s+(?:support|backing|role|complicity|participation|involvement|"
    r"assistance|help)\s+(?:of|for|in|to|with)\s+(?:the\s+)?$"
    r"|\b(?:over|because of|in response to|in retaliation for)\s+(?:(?:the|its|their)\s+(?:[a-z-]+\s+)?)?"
    r"(?:(?:suppl(?:y|ies)|transfers?|deliver(?:y|ies)|sales?|provision|shipments?|use)\s+of\s+)?$"
)
_PENALTY_WORD = re.compile(
    r"\b(?:sanction\w*|embargo\w*|penali[sz]\w*|punish\w*|bann?\w*|expel\w*|expuls\w*|blacklist\w*|designat\w*|"
    r"restrictions|measures|tariffs?|downgrad\w*|sever\w*|summon\w*|recall\w*|cut ties)\b"
)
_PENALISING = re.compile(r"(?:has |have |had )?(?:sanction|penali[sz]|punish|blacklist|designat)")
"""A word that penalises its object (a cue, or a phrase of the sanctions topic: "sanctioned")."""
_PENALISED_DOERS = re.compile(
    r"\s+(?:[\w'’.,-]+\s+){0,6}?(?:entities|companies|firms|individuals|people|persons|those|banks|vessels|ships|"
    r"suppliers|networks|actors)\s+(?:who|that|which|involved|engaged|complicit|implicated|participating|"
    r"responsible|for|helping)\b"
)
"""Between a penalising cue and a deed: the doers it penalises ("sanctioned entities involved in supplying")."""
_TELLING = re.compile(
    r"\b(?:(?:tell\w*|told|inform\w*|speak\w*|spoke|talk\w*|remind\w*|testif\w+)\b[^.;:]{0,140}?\babout"
    r"|document\w*|record\w*|expos\w+|publiciz\w+|publicis\w+)\s+(?:[\w'’-]+\s+){0,4}?$"
)
"""Between a supporting cue and a phrase naming the invasion or its crimes: a verb of telling of it."""
_UNTOLD = re.compile(
    r"\b(?:not|never|yet to|declined to|refused to)\s+(?:(?:yet|publicly|officially)\s+)?(?:say|said|says|"
    r"announce[ds]?|disclose[ds]?|reveal(?:ed|s)?|confirm(?:ed|s)?|specif(?:y|ied|ies)|name[ds]?)\s+"
    r"(?:who|whom|when|where|whether|which|what|how)\b"
)
"""Before a topic phrase: what has not been said yet ("has not said who will represent Russia at the talks")."""
_INDIRECT_QUESTION = re.compile(r"\b(?:how|when|whether)\s+(?!to\b)(?:(?:this|the|that|its|a)\s+)?(?:[a-z-]+\s+)?$")
"""Before a phrase that is a clause of its own ("the war will end"): an indirect question, which states nothing."""
_ASPECT = re.compile(r"(?:stop|end|ceas|halt|subsid|abat)\w*\b(?!\s+(?:it|the|this|that|its|their|russia)\b)")
"""The verb of a phrase naming the invasion when it tells the war's course: "the invasion has not stopped" (not a
passive, "must be stopped", which stays a verb of its own, nor a verb with an object)."""
_VICTIMS_OF = re.compile(
    r"\b(?:victims?|survivors?|those (?:suffering|affected)) (?:from|of) "
    r"(?:(?:the|this|its|russia's|russia’s|russian)\s+)*$"
)
"""Between a supporting cue and a phrase naming the invasion: those who suffer it ("aid to the victims of
aggression")."""
_PERPETRATE = re.compile(r"commit|perpetrat|carr(?:y|ied|ies|ying) out")
"""A verb of committing a crime, before a phrase naming it."""
_SUPPLY_EVENT = re.compile(r"deliveries|transfers?|shipments?")
_LIST_COMMA = re.compile(r",\s*(?:and\s+)?$")


def _modifier_negations_dropped(hits: list[Hit], lower: str) -> list[Hit]:
    """Drop a negation that only qualifies a noun ("countries not involved in the war should mediate talks"):
    it is followed by a participle that bears no stance and a preposition, and its scope ends there."""
    if len(hits) < 2:
        return hits
    kept: list[Hit] = []
    for index, hit in enumerate(hits):
        if hit.entry.value.kind == "neg" and index + 1 < len(hits):
            match = _NEGATED_PARTICIPLE.match(lower, hit.end)
            if match is not None and hits[index + 1].start >= match.end():
                continue
        kept.append(hit)
    return kept


def _relative_asides_dropped(hits: list[Hit], lower: str, start: int, end: int) -> list[Hit]:
    """Drop the cues of a relative clause between commas that closes before ``end`` ("the provision of goods even
    in those regions, that were now blocked through the hostilities, the organization of green corridors"): they
    describe a noun before the topic, not what is done to it."""
    spans = [(match.start(), match.end()) for match in _HOLDER_ASIDE.finditer(lower, start, end)]
    if not spans:
        return hits
    return [hit for hit in hits if not any(aside_start <= hit.start < aside_end for aside_start, aside_end in spans)]


def _attributive_dropped(hits: list[Hit], lower: str) -> list[Hit]:
    """Drop a last cue that only describes the topic after it ("NATO's continued eastward expansion does not help
    ..."): an adjective after a determiner or possessive takes no stance, and leaves the topic to its predicate."""
    if (
        hits
        and hits[-1].entry.value.kind == "sup"
        and _ATTRIBUTIVE_WORD.fullmatch(lower, hits[-1].start, hits[-1].end)
        and _ATTRIBUTIVE.search(lower, max(0, hits[-1].start - 8), hits[-1].start)
    ):
        return hits[:-1]
    return hits


_ATTRIBUTIVE = re.compile(r"(?:'s|’s|\bthe|\bits|\btheir|\bhis|\bher|\bour|\bthis)\s+$")
"""Right before a describing word: a determiner or possessive."""
_ATTRIBUTIVE_WORD = re.compile(r"continued|continuing|ongoing|growing|increasing|expanding")
"""Words that only describe the topic after them."""
_NEGATED_PARTICIPLE = re.compile(
    r"\s+(?:directly\s+)?(?:involved|affected|aligned|related|linked|connected|based|located|covered|included|"
    r"listed|named|bound|party)\s+(?:in|by|with|from|on|to)\b"
)
"""After "not": "involved in", "affected by" — a noun's modifier, not the clause's negation."""


def _stronger_coordinated(first: Hit, second: Hit, lower: str) -> bool:
    """Whether ``second`` is a stronger judgement of the same direction joined to ``first`` by "and" or "or"
    ("dangerous and unacceptable"): the stronger word gives the strength."""
    cue, other = first.entry.value, second.entry.value
    return (
        other.predicative
        and other.kind == cue.kind
        and abs(other.value) > abs(cue.value)
        and _AND_OR.fullmatch(lower, first.end, second.start) is not None
    )


def _first_predicate(hits: list[Hit], lower: str) -> list[Hit]:
    """Cues after a topic phrase up to the first that bears a stance ("are illegal and counterproductive"), or
    the stronger of it and one coordinated with it. Of the negations before that cue only the last counts:
    "was neither provoked nor justified" and "was not provoked and not justified" deny it once."""
    out: list[Hit] = []
    for index, hit in enumerate(hits):
        if hit.entry.value.kind == "neg":
            out = [kept for kept in out if kept.entry.value.kind != "neg"]
        out.append(hit)
        if hit.entry.value.kind in _BEARING or hit.entry.value.kind in ("zero", "vote"):
            following = hits[index + 1] if index + 1 < len(hits) else None
            if (
                following is not None
                and following.entry.value.kind == "neg"
                and _MODAL_WORD.fullmatch(lower, hit.start, hit.end)
                and not lower[hit.end : following.start].strip()
            ):
                # "must not be lifted", "must not be used": the modal and its negation read together, with the
                # participle right after them if it is a cue, and alone otherwise.
                out.append(following)
                verb = hits[index + 2] if index + 2 < len(hits) else None
                if (
                    verb is not None
                    and verb.entry.value.kind in _BEARING
                    and _PASSIVE_GAP.fullmatch(lower, following.end, verb.start)
                ):
                    out.append(verb)
                break
            if (
                following is not None
                and following.entry.value.kind in _BEARING
                and _MODAL_WORD.fullmatch(lower, hit.start, hit.end)
                and _PASSIVE_GAP.fullmatch(lower, hit.end, following.start)
            ):
                # "must be lifted", "should end": the verb the modal governs is the stance, not the modal.
                out[-1] = following
                break
            if following is not None and _stronger_coordinated(hit, following, lower):
                out[-1] = following
            break
    return out


_MEANS_AFTER = re.compile(r"\s+(?:by|through|via)\s")
"""After the name an "against" governs: the means of the deed, which the "against" does not reach ("a proxy war
against Russia by arming Ukraine")."""
_ONE_WORD = re.compile(r"(?:[\w'’-]+\s+)?")
_LIST_COMMA_ONLY = re.compile(r",\s+(?!and\b|or\b|as well as\b|including\b)")
"""After a name: a comma going on to the next item of a list."""
_PRONOUN_OBJECT = re.compile(r"\s+(?:us|them|you|me|him|her|it)\b(?!\s+(?:to|from)\b)")
"""After "against": a pronoun for its whole object."""
_PASSIVE_GAP = re.compile(
    r"\s+(?:(?:also|still|now|too|further|then|therefore|thus|[a-z]+ly)\s+)?(?:(?:be|been|have been)\s+)?"
    r"(?:[a-z]+ly\s+)?"
)
"""Between a modal ("must", "must not") and the verb it governs: "be", maybe an adverb ("must also be stopped")."""


_MODAL_WORD = re.compile(r"must|should|need to|needs to|have to|has to")


_RELATIVE_SUBJECT = re.compile(
    r"(?:\s+(?:in|of|from|on|at|for|to)\s+(?:the\s+)?[\w'’-]+)?"
    r"\s*,?\s*(?:that|which|whom)\s+(?:the|a|an|this|these|those|its|their|his|her|they|he|she|it|you|"
    r"russia|moscow|putin|the kremlin|russian|ukraine|kyiv)\b"
)
"""Right after a topic phrase, maybe past a place ("ports in Ukraine that Russia had blocked"): a relative clause
with a subject of its own ("the crimes that the Russian army is committing"); not "we", which is the holder's own
deed."""
_MAIN_RESUMES = re.compile(
    r"\b(?:must|should|will|would|can|could|may|might|cannot|can't|won't|(?:is|are|was|were)\s+(?!\w+ing\b))"
)
"""After a relative clause: where the main clause's predicate resumes ("... that Russia fears most must be")."""
_JOINED_OBJECT = re.compile(
    r"\s+(?:and|or|nor|as well as)\s+(?:(?:the|a|an|any|all|further|more|new|its|their|our|his|her)\s+)?"
)
"""Between two topic phrases and nothing else: the second is another object of the verb before the first (after a
comma, "and" may open a clause of its own)."""
_OR_AND = re.compile(r",?\s+(?:or|and|nor)\s+(?:to\s+|for\s+|into\s+)?\S")
"""Between two topic phrases: they are coordinated ("to Russia or to Ukraine")."""
_JUDGED_SUBJECT = re.compile(r"\s+(?:was|is|would be|will be|has been|had been|remains|remained)\b")
"""After "it" or "this": a copula, so what follows judges it ("it was a bad decision")."""
_ROLE_WORD = re.compile(
    r"\b(?:minister|secretary|spokes(?:man|woman|person)|president|chancellor|ambassador|envoy|representative|"
    r"officials?|advis[eo]r|head|chief|leader|premier)\b"
)
_TRAILING_TAIL = re.compile(
    r"(?:\s+(?:on|in|at|during|after|before|from|to|told|last|this|late|earlier|reporters|journalists|lawmakers|"
    r"parliament|senators|intelligence|officials|government|ministry|military|defen[cs]e|foreign)\b"
    r"(?:\s+[\w'’-]+){0,5})?"
    r"\s*(?:[.!?\"”]|$|,\s+(?:adding|saying|noting|stressing|warning|and)\b)"
)
"""After a trailing "..., Blinken said": the sentence's end, or a time, place or audience before it ("on Tuesday",
"told reporters"), no clause of its own but a further one it adds (", adding that ...")."""
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been|be)\s+$")
"""Before an -ing verb that opens a topic phrase: a progressive ("is providing Moscow with"), not a gerund."""
_GERUND = re.compile(r" [a-z]+ing\b")
"""After an opposing verb that opens a topic phrase: the activity it stops ("stop buying Russian oil")."""
_PARTICIPLE = re.compile(r"[a-z]+ed|[a-z]*(?:sent|given|held|built|sold|made|taken)")
"""A past participle right after a noun is a modifier of it, not its predicate ("troops deployed in ...")."""
_ONLY_BEFORE = re.compile(r"(?:\b(?P<relative>that|which)\s+(?:[a-z']+\s+)?|\b)(?:only|merely|simply)\s+$")
"""Right before a phrase: "only", so the phrase judges what came before ("would only freeze the war"), unless a
relative clause opens there ("a ceasefire that merely froze the conflict")."""
_ONLY_VERB = re.compile(r"[\w'’-]*(?:\s+[\w'’-]+){0,3}?\s+(?:only|merely|simply|just)\s+")
"""From the end of a topic phrase to a verb after "only" ("sanctions only prolong the war")."""
_COPULA = re.compile(
    r"\b(?:is|are|was|were|be|been|being|remains?|seems?|must|should|would|will|could|can|shall|has|have|had)\b"
)


_SUBORDINATE = re.compile(
    r"\b(?:if|unless|because|when|whenever|once|until|after|before|since|while|so that)\b"
)


_POLLED_ON = re.compile(
    r"\b(?:consultation|survey|poll|referendum|plebiscite|questionnaire|hearing)s?\s+(?:on|about|over|into)\s+"
    r"(?:the\s+)?$"
)
"""Right before a topic phrase: a poll or hearing it is the subject of, which the verb before it acts on."""
_DISCUSSION = re.compile(
    r"\b(?:debate|debates|discussion|discussions|talk|question|idea|issue|speculation|notion|suggestion|"
    r"prospect|possibility)\s+(?:on|about|of|over|around)\s+(?:the\s+)?$"
)
"""Right before a topic's verb: a noun the topic is the complement of ("the idea of sending troops")."""


_GERUND_OPENER = re.compile(
    r"[\s,:;\"“'‘]*(?:(?:[\w'’-]+\s+){0,8}?that\s+)?(?:(?:any|further|continued)\s+)?$"
)
"""Between a speech verb and a gerund that opens its clause: "that", past the one addressed ("warned Beijing that")."""
_GERUND_WORD = re.compile(r"(?!(?:bring|thing|sing|ring|king|wing|spring|string|swing|sting)\b)\w+ing\b")
"""A cue whose first word is a gerund ("supplying", "speeding up"), not a verb that only ends in -ing ("bring")."""
_MODAL_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,4}?(?:\s*,[^,;]{0,60},)?"
    r"\s+(?:would|will|could|might|may|must|should|can|cannot|is|was|has|had|remains|means|meant)\b"
)


def _judged_by_teller(cues: list[Hit], window: int, group: list[Mention], pre: list[Hit], topic):
    """The reading of another's clause under a verb of the teller's own before it ("feared that Ukraine would
    join", "Hungary will never agree that Ukraine should join"), or None when no such verb stands there."""
    judging = [
        hit
        for hit in cues
        if window <= hit.start and hit.end <= group[0].start and hit.entry.value.kind in stance_step.CONTENT
    ]
    if not judging:
        return None
    return stance_step.read([hit.entry.value for hit in judging + pre], topic.pattern)


def _judging_phrase_at(hits: list[Hit], position: int) -> Hit | None:
    """A topic phrase that judges by itself ("theft") starting at ``position`` or a word after it."""
    return next(
        (
            hit
            for hit in hits
            if hit.entry.kind == "topic"
            and hit.entry.value.stance is not None
            and position <= hit.start <= position + 4
        ),
        None,
    )


def _judged_object(lower: str, floor: int, topic) -> bool:
    """Whether the topic is the object a verb of judging names before its verdict ("called the transfer of F-16s
    to Ukraine a deliberate escalation", "regards the seizure of its assets as theft"): the verdict after it then
    judges the step."""
    return (
        _JUDGING_VERB.search(lower, max(floor, topic.start - 60), topic.start) is not None
        and _VERDICT_AFTER.match(lower, topic.end) is not None
    )


def _declared(lower: str, floor: int, topic, cues: list[Hit]) -> bool:
    """Whether the topic is what a verb of declaring gives a bare verdict on ("a decree declaring negotiations with
    Putin impossible"): the verdict judges the topic."""
    if _DECLARING.search(lower, max(floor, topic.start - 40), topic.start) is None:
        return False
    verdict = next((hit for hit in cues if hit.start >= topic.end), None)
    return (
        verdict is not None
        and verdict.entry.value.predicative
        and _BARE_VERDICT.fullmatch(lower, topic.end, verdict.start) is not None
    )


_DECLARING = re.compile(r"\b(?:declar(?:e|es|ed|ing)|deem(?:s|ed|ing)?)\s+(?:that\s+)?(?:any\s+|all\s+|the\s+)?$")
_BARE_VERDICT = re.compile(r"\s+(?:(?:is|are|was|were|would\s+be|to\s+be)\s+)?")
_JUDGING_VERB = re.compile(
    r"\b(?:call(?:s|ed)?|regard(?:s|ed)?|consider(?:s|ed)?|view(?:s|ed)?|sees|saw|describe[sd]?|brand(?:s|ed)?|"
    r"label(?:s|l?ed)?|deem(?:s|ed)?|dub(?:s|bed)?)\s+(?:the|this|that|these|those|its|their|any|such)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:of\s+)?$"
)
_AS_VERDICT = re.compile(r"\s+as\s+(?:an?\s+|the\s+)?")
"""After the object of a verb of judging: the "as" before its verdict ("described the seizure as theft")."""
_VERDICT_AFTER = re.compile(
    r"[\w'’-]*(?:\s+[\w'’-]+){0,6}?\s+(?<!\bat\s)(?<!\bwith\s)(?<!\bin\s)(?<!\bon\s)(?<!\bfor\s)(?<!\bby\s)"
    r"(?<!\bfrom\s)(?<!\bto\s)(?<!\bof\s)(?:as\s+)?(?:an?|the|nothing\s+but|nothing\s+less\s+than)\s"
)
"""After the object of a verb of judging: where its verdict starts ("... a deliberate escalation"); an article after
a preposition is still the object's ("... to Ukraine at the moment premature")."""


def _conditional_subject(lower: str, pre: list[Hit], topic) -> bool:
    """Whether the topic is told in an "if" clause whose consequence follows it ("If the West sends troops to
    Ukraine, they will become targets"): the consequence then judges the step, as a predicate judges its subject."""
    if not pre or not lower.startswith("if", pre[0].start) or pre[0].entry.value.kind != "hedge":
        return False
    if any(hit.entry.value.kind not in ("sup", "hedge") for hit in pre):
        return False
    return _CONSEQUENCE.match(lower, topic.end) is not None


_CONSEQUENCE = re.compile(
    r"[^,;.]{0,60},\s*(?:then\s+)?(?:they|it|this|that|these|those|such\s+[a-z]+)\s+(?:will|would|could|might|may)\b"
)
"""After the topic in an "if" clause: its consequence ("..., they will become targets")."""


def _gerund_subject(lower: str, floor: int, pre: list[Hit], topic) -> bool:
    """Whether the topic is the object of a gerund that opens the clause and is its subject ("warned that
    supplying long-range missiles would mean war"): the verb after the topic then judges the whole."""
    if not pre:
        return False
    gerund = pre[-1]
    if gerund.entry.value.kind not in _BEARING or not _GERUND_WORD.match(lower, gerund.start, gerund.end):
        return False  # "supplying", "speeding up", "cutting off"
    if any(hit.entry.value.kind != "report" for hit in pre[:-1]):
        return False
    if not _GERUND_OPENER.fullmatch(lower, pre[-2].end if len(pre) > 1 else floor, gerund.start):
        return False
    return _MODAL_AFTER.match(lower, topic.end) is not None


_IT_IS = re.compile(
    r"\b(?:it's|it’s|it is|this is|that is|it was|this was)\s+(?:not only\s+|not just\s+|not\s+|clearly\s+|simply\s+|"
    r"nothing less than\s+|nothing short of\s+)?(?:an?\s+)?(?:[\w-]+\s+)?$"
)
"""Right before a phrase naming the war: "it is", maybe an article and one more word ("it's a brutal"), so the
phrase is the name given."""
_CONDEMNING_NAME = re.compile(r"invasion|aggression|invad|(?:attack|assault) on (?:ukraine|kyiv)")
"""In a phrase naming the war: words that condemn by themselves ("an attack on Ukraine"), unlike "special military
operation" or a "brutal attack" that may be on anything."""
_NAMED_AS = re.compile(
    r"\b(?:refus\w*|declin\w*|avoid\w*|reluctan\w*|not|never|unwilling|stopp?\w*\s+short\s+of)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:to\s+)?(?:call|calls|called|calling|describe|describes|described|describing|label|labels|"
    r"labell?ed|labell?ing|term|terms|termed|terming|characteri[sz]e|characteri[sz]es|characteri[sz]ed|"
    r"characteri[sz]ing)\s+"
    r"(?:(?:it|this|that|the\s+war|russia's\s+(?:[\w-]+\s+){0,2}(?:operation|actions?|war)|the\s+(?:[\w-]+\s+){0,2}"
    r"(?:operation|actions?|conflict))\s+(?:as\s+)?|as\s+)(?:an?\s+)?(?:[\w-]+\s+)?$"
)
"""Right before a phrase the topic is against: a verb giving it as a name, refused ("refused to describe Russia's
military operation as an invasion", "has avoided calling it an aggression"). Refusing the name is refusing to
condemn; a name given outright is read as any other wording (a condemnation before it already says as much)."""
PURSUED_TOPICS = frozenset({"war-crimes-accountability"})
_PURSUIT_HEAD = re.compile(
    r"\s+(?:units?|investigations?|investigators?|prosecutions?|prosecutors?|tribunals?|courts?|cases?|trials?|"
    r"probes?|inquiry|inquiries|charges?|documentation|commissions?|experts?|teams?|mechanisms?|register|"
    r"registry|office|division|department|accountability|evidence|indictments?)\b"
)
"""Right after a crime's name: the noun it qualifies is the pursuit of the crime ("a war crimes tribunal")."""
_PERPETRATORS_OF = re.compile(
    r"(?<!hold\s)(?<!held\s)(?<!holding\s)(?<!bring\s)(?<!brought\s)(?<!bringing\s)"  # "hold ... to justice"
    r"\b(?:those|everyone|anyone|all|every\s+one|each|the\s+people|individuals|persons|officials|perpetrators|"
    r"commanders)\s+(?:who\s+(?:are|were)\s+)?(?:responsible|culpable|guilty)\s+for\s+(?:the\s+|these\s+|such\s+)?$"
)
"""Right before a crime's name: its perpetrators, whom a verb before them pursues ("punish those responsible for")."""
_KNOWING_THAT = re.compile(
    r"\b(?:prove[sd]?|show[sn]?|showed|demonstrat(?:e|es|ed)|understand|understands|understood|know|knows|knew|"
    r"reali[sz]e[sd]?|see|sees|saw)\s+(?:(?:once\s+again|again|clearly|also|now)\s+)?that\b"
)
_WITHOUT_LEAD = re.compile(r"\W*(?:(?:and|but|yet|so)\s+)?without\b[^,.;:]{0,120},")
"""At a sentence's start: a clause of what is lacking ("Without Ukrainian wheat, ..."), told as a need."""
_WHAT_FOLLOWS = re.compile(
    r"[^.;:]{0,120}?\b(?:can|cannot|can't|could|will|won't|would|wouldn't|may|might|must|there is no|there are no)\b"
)
"""After that clause: a main clause of what can or will follow ("we can only defend ourselves"), not a deed told
("Without any negotiations, Russia annexed four regions")."""
_NO_BEFORE = re.compile(r"\bno\s+(?:[\w-]+\s+)?$")
_WITHOUT_AFTER = re.compile(r"(?:\s+(?:in|for|on|between)\s+(?:the\s+)?[\w-]+(?:\s+and\s+[\w-]+)?)?\s+without\s")
"""Around a peace phrase: "no ... without", which makes the peace wait on a condition ("no lasting peace in Europe
without justice"); "no sanctions relief without a withdrawal" still refuses the relief."""
_MEMBERS_BODY = re.compile(r"general assembly|security council|\bunga\b|\bunsc\b")
"""In a holder's name: a body of member states ("the UN General Assembly"), not the organisation itself. A
resolution it adopts is its members' vote, told state by state where it counts."""
_THAT_SUBJECT = re.compile(
    r"\b(?:that|agreed|agree|agrees|believe|believes|believed|think|thinks|thought|feel|feels|felt)\s+"
    r"(?:(?:the|any|such|these|those|its|their|russia's|russia’s|moscow's)\s+)?$"
)
"""Right before a topic phrase: the start of a clause it is the subject of, with or without "that" ("agreed
nuclear threats were irresponsible")."""
_COPULA_AFTER = re.compile(r"\s+(?:is|are|was|were|would be|will be|had been|has been|have been|remain|remains)\s")


_SUPPLY_NOUN = re.compile(
    r"(?:transfers?|suppl(?:y|ies)|deliver(?:y|ies)|provision|sales?|shipments?)\s+of\s+(?:[\w-]+\s+){0,2}$"
)
_CLAUSE_HEAD = re.compile(r"(?:[,;:]\s+|\b(?:that|said|says|stated|noted)\s+)(?:[\w'’-]+\s+){0,2}$")
"""Before a subject noun: the start of its clause and at most two words ("said Russia's", ", the")."""


def _nominal_subject(lower: str, start: int, pre: list[Hit], topic) -> bool:
    """Whether the topic is the complement of a supply noun that opens the clause ("Russia's transfer of
    ballistic missiles from the DPRK violates ..."): the verb after it judges the whole."""
    if not pre:
        return False
    cue = pre[-1]
    return _SUPPLY_NOUN.fullmatch(lower, cue.start, topic.start) is not None and _opens_clause(lower, start, cue.start)


def _opens_clause(lower: str, start: int, position: int) -> bool:
    """Whether the noun at ``position`` opens its clause: the sentence (from ``start``) opens with it ("Russia's
    transfer of ..."), or a clause head and at most two words come right before it ("said the collapse of")."""
    return (
        len(lower[start:position].split()) <= 2
        or _CLAUSE_HEAD.search(lower, max(start, position - 40), position) is not None
    )


def _complement_subject(lower: str, topic) -> bool:
    """Whether the topic is the subject of a "that" clause with a copula after it ("agreed that nuclear threats
    were irresponsible"): what the copula says of it is the stance, not the verb that introduced the clause."""
    return (
        _THAT_SUBJECT.search(lower, max(0, topic.start - 24), topic.start) is not None
        and _COPULA_AFTER.match(lower, topic.end) is not None
    )


_OFFICE_AFTER_PLACE = re.compile(
    r",?\s+(?:the\s+)?(?:foreign\s+|defen[cs]e\s+)?(?:ministry|government|foreign office|presidency|"
    r"spokes(?:man|woman|person))\b"
)
_OFFICE_BEFORE_PLACE = re.compile(
    r"\b(?:ministry|government|foreign office|presidency|spokes(?:man|woman|person))\s+in\s+$"
)


def _place_of_office(mentions: list[Mention], lower: str) -> str | None:
    """The state a sentence's unnamed ministry belongs to by where it is placed: "In Seoul, the foreign ministry
    said" or "the foreign ministry in Beijing said"."""
    for mention in mentions:
        if mention.kind != "metonym" or mention.actor is None:
            continue
        before = lower[max(0, mention.start - 30) : mention.start]
        if (before.endswith("in ") and _OFFICE_AFTER_PLACE.match(lower, mention.end)) or _OFFICE_BEFORE_PLACE.search(
            before
        ):
            return mention.actor
    return None


def _named_before_pronoun(mentions: list[Mention], lower: str) -> tuple[str, str | None] | None:
    """ "Zelensky signed what he called an application", "The Turkish president said he ...": the official (or
    state with its official's role) named first in the sentence is who a later "he" or "she" in it stands for,
    before anyone named in earlier sentences."""
    for index, mention in enumerate(mentions):
        if mention.kind == "pronoun" and mention.sub in ("he", "she"):
            named = [
                other
                for other in mentions[:index]
                if other.eligible
                and other.actor is not None
                and (
                    (other.kind == "official" and other.person)
                    or (other.kind != "official" and ROLE_AFTER.match(lower, other.end) is not None)
                )
            ]
            if len({other.actor for other in named}) == 1:
                person = next((other.person for other in named if other.person), None)
                return (named[0].actor, person.name if person else None)
            return None
    return None


def _is_discussed(lower: str, floor: int, pre: list[Hit]) -> bool:
    """Whether the first stance word before a topic opens a noun phrase that is the clause's subject ("a
    debate on deploying ..."): a discussion noun right before it (a stance verb before that noun would have
    come first: "rejected the idea of ...")."""
    first = next((hit for hit in pre if hit.entry.value.kind in _BEARING), None)
    if first is None:
        return False
    head = _DISCUSSION.search(lower, max(floor, first.start - 40), first.start)
    return head is not None


_ASIDE_OPEN = re.compile(r"\s*,\s*")
_ASIDE = re.compile(
    r"(?:\s*,\s*(?:if|when|once|unless|though|although|under whatever|in whatever|whatever|regardless of|"
    r"in any form|under any)\b[^,;]{0,60})+,"
)
"""Right after a topic phrase: a conditional aside between commas, before the predicate; "under whatever flag, in
whatever capacity" may run to several."""


def _against_done(hit: Hit, mentions: list[Mention], lower: str, topic_start: int, conjuncts: bool = False) -> bool:
    """Whether ``hit`` is an "against" done with an object of its own, so that it governs nothing after it: a pronoun
    ("for the war against us there will be a tribunal"), or a name closed by a list comma right before the topic's
    item ("sanctions against the Russian Federation, energy embargo") or followed by the means ("a proxy war against
    Russia by arming Ukraine"). With ``conjuncts``, also a name whose "and" brings another's possessive or a phrase
    that is not the topic ("our response to Hamas' attacks against Israel and Russia's war against Ukraine";
    "against Russia and its aggression" is still one object list)."""
    if not lower.startswith("against", hit.start):
        return False
    if _PRONOUN_OBJECT.match(lower, hit.end):
        return True
    for mention in mentions:
        if hit.end < mention.start <= hit.end + 5 and mention.end < topic_start:
            comma = _LIST_COMMA_ONLY.match(lower, mention.end)
            if comma is not None and _ONE_WORD.fullmatch(lower, comma.end(), topic_start) is not None:
                return True
            if _MEANS_AFTER.match(lower, mention.end) is not None:
                return True
        if conjuncts and mention.start == hit.end + 1:
            conjunct = _AND_NEXT.match(lower, mention.end, topic_start)
            if conjunct is not None and (
                topic_start - conjunct.end() > CONJUNCT_REACH
                or any(
                    other.start == conjunct.end() and lower.startswith(("'", "’"), other.end) for other in mentions
                )
            ):
                return True
    return False


def _is_predicate(lower: str, position: int, cues: list[Hit], copular: bool = False) -> bool:
    """Whether the cues after a topic phrase judge it ("sanctions are illegal", "must be lifted"); with
    ``copular``, only a predicative word after a copula does ("... was premature")."""
    # "must not be used": the modal bears the reading when only its negation follows.
    last = next((cue for cue in reversed(cues) if cue.entry.value.kind != "neg"), cues[-1])
    subordinate = _SUBORDINATE.search(lower, position, last.start)
    if subordinate is not None and not (
        # "such a step, if it had been taken, would mean ...": an aside between commas, then the predicate.
        _ASIDE_OPEN.fullmatch(lower, position, subordinate.start())
        and lower.find(",", subordinate.end(), cues[0].start) >= 0
    ):
        return False
    if copular:
        return last.entry.value.predicative and _COPULA.search(lower, position, cues[0].start) is not None
    if last.entry.value.kind not in _BEARING and last.entry.value.kind not in ("zero", "vote"):
        return False
    if last.entry.value.predicative:
        return True
    if _FINITE_VIOLATION.match(lower, last.start):
        return True  # "the annexation violated the UN Charter"
    if _ONLY_VERB.fullmatch(lower, position, cues[0].start):
        return True  # "sanctions only prolong the war": the verb right after "only" is the topic's
    # The modal may itself be a cue: "could not be reversed".
    return _COPULA.search(lower, position, last.start) is not None


def _with_speaker(holder: Holder, mentions: list[Mention], owner) -> Holder:
    """Name the official behind a state's position when the same sentence has one speaking for it."""
    if holder.speaker is not None:
        return holder
    for mention in mentions:
        if (
            mention.kind == "official"
            and mention.eligible
            and mention.actor == holder.actor
            and mention.person
        ):
            return replace(holder, speaker=mention.person.name)
    if owner is not None and owner[0] == holder.actor and owner[1]:
        return replace(holder, speaker=owner[1])
    return holder


def _last_before(breaks: list[int], position: int, floor: int) -> int:
    best = floor
    for point in breaks:
        if point <= position:
            best = point
        else:
            break
    return best


def _next_break(lower: str, position: int, end: int) -> int:
    match = CLAUSE_BREAK.search(lower, position, end)
    return match.start() if match else end
