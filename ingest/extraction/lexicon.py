"""General wording the extractor reads, kept as data: stance cues, negation, hedges, votes, roles, pronouns.

Phrases follow the topic-pattern rules: lower case, word boundaries, a trailing ``*`` lets the word go on.
Topic-specific wording lives with the topics (``topics.json``), not here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Cue:
    """A word or phrase that bears on stance.

    ``kind`` is one of: sup, opp (a stance toward what follows, ``value`` ±1/±2), neg (flips what follows,
    ``value`` is its strength), zero (neutral wording), vote (``value`` +1/−1/0), hedge, intens (strengthens),
    rumour and nocomment (no position), report (a speech verb), accuse and deny (opposing cues with their
    own reading), inert (wording that holds a cue word but bears no stance).
    """

    kind: str
    value: int = 0
    predicative: bool = False
    endorses: bool = False
    """A support cue that passes judgment ("backed", "justified") rather than takes part ("sent", "continued")."""


def _phrases(block: str) -> list[str]:
    return [item.strip() for item in block.split("|") if item.strip()]


_INTEREST_OWNERS = (
    "our", "our own", "our national", "our common", "our mutual", "our shared", "the national", "the common",
    "everyone's", "its", "its own", "its national", "their", "their own", "the country's", "india's", "ukraine's",
    "europe's", "russia's", "america's", "china's", "hungary's", "germany's", "turkey's", "slovakia's", "serbia's",
    "africa's", "the eu's",
)
_IN_INTEREST = " | ".join(f"in {owner} {noun}" for owner in _INTEREST_OWNERS for noun in ("interest", "interests"))
"""Judging a step good for someone: "buying Russian oil is in India's interest" (a support cue, and predicative)."""

_WORSENING = " | ".join(
    f"{verb} the {matter}"
    for stem in ("deepen", "worsen", "aggravat", "exacerbat")
    for verb in (
        (stem, stem + "s", stem + "ed", stem + "ing")
        if not stem.endswith("at")
        else (stem + "e", stem + "es", stem + "ed", stem + "ing")
    )
    for matter in ("crisis", "conflict", "situation")
)
"""Saying a step makes the crisis worse ("would only deepen the crisis"): an opposing judgment of it."""

_MADE_WHAT = ("the alliance", "nato", "the country", "europe", "the world", "us", "us all", "all of us", "everyone")


def _making(judgments: tuple[str, ...]) -> str:
    """Phrases saying a step makes the alliance, Europe or the world ``judgments`` ("made the alliance stronger")."""
    return " | ".join(
        f"{verb} {what} {judgment}"
        for verb in ("make", "makes", "made", "making")
        for what in _MADE_WHAT
        for judgment in judgments
    )


_SAFER = _making(("stronger", "safer", "more secure"))
"""Saying a step makes the alliance or the world stronger or safer ("Finland's accession made the alliance
stronger"): a supporting judgment, and a predicate."""
_LESS_SAFE = _making(("less safe", "less secure", "weaker", "more dangerous", "more vulnerable"))
"""Saying a step makes them less safe ("the deployment makes Europe less secure"): an opposing judgment, and a
predicate."""

_STAYING = """remain in place | remains in place | remained in place | stay in place | stays in place |
stayed in place | remain in force | remains in force | remained in force | stay in force | stays in force |
remain in effect | remains in effect"""
"""Saying a measure stays ("the sanctions stay in place"): a supporting judgment, and a predicate."""

_SOLVING = """solve the problem | solves the problem | solve the crisis | solves the crisis | solve the conflict |
solves the conflict | resolve the crisis | resolves the crisis | resolve the conflict | resolves the conflict"""
"""Saying a step would settle the matter ("sanctions will not solve the problem"): a judgment of it, and a
predicate."""

_WORKING = """is working | are working | is effective | are effective | has been effective |
have been effective | proved effective | proving effective | are biting | is biting"""
"""Saying a measure works ("the sanctions are working"), or that one is working on it ("we are working on new
sanctions"): a supporting judgment, and a predicate. Working against something opposes it."""

_TOO_LITTLE = (
    "not enough", "not sufficient", "not doing enough", "not do enough", "not done enough", "isn't enough",
    "aren't enough", "wasn't enough", "weren't enough", "insufficient", "not nearly enough", "far from enough",
)
_NOT_ENOUGH = " | ".join(f"{little} to" for little in _TOO_LITTLE)
"""Calling a step too little for its end ("the sanctions are not enough to stop Russia", "not enough to stop this
war"): a call for more, so a supporting judgment of the step and of the end, not a negation."""
_NO_GROUNDS = " | ".join(f"{little} to {verb}" for little in _TOO_LITTLE for verb in ("justify", "warrant"))
"""Too little to justify a step ("the evidence was not sufficient to justify new sanctions"): a refusal of it."""

_GRAVE_THREAT = """a direct threat | a serious threat | a grave threat | a major threat | a real threat |
an existential threat"""
"""Calling a step a threat with a word of weight ("a direct threat"): an opposing judgment, and a predicate."""

_GUARANTEE = """best security guarantee | strongest security guarantee | most reliable security guarantee |
best guarantee of security | strongest guarantee of security | best guarantee of its security |
best guarantee for its security | only real security guarantee | most effective security guarantee |
ultimate security guarantee | best guarantee of peace | best security guarantees | strongest security guarantees"""
"""Calling a step the best guarantee of security ("membership would be the strongest security guarantee"): a
supporting judgment, and a predicate."""

_NOT_HELPING = """does not help | do not help | did not help | will not help | would not help | doesn't help |
don't help | won't help | not helpful"""
_DIRECT_PARTY = """direct party to | direct parties to | direct participant | direct participants | directly fighting |
directly at war"""
_A_BLOW = "a blow to | a heavy blow | a severe blow | a serious blow | a major blow | a blow for | a blow against"
_TARGETED = """legitimate target | legitimate targets | legitimate military target | legitimate military targets |
become targets | become a target | become legitimate targets | become a legitimate target"""
"""Opposing judgments that are also predicates ("deliveries will not help peace", "would make them direct parties
to the conflict", "a heavy blow to the court", "will become targets"): each block serves both lists."""

_SUPPORT_1 = """support* | back | backs | backed | backing | welcom* | endors* | favour* | favor* |
in favour of | in favor of | lifted its veto | lift its veto | lifting its veto | withdrew its veto |
withdraw its veto | dropped its veto | drop its veto | removed its veto | ended its veto | ends its veto |
end its veto | ending its veto | abandoned its veto | gave up its veto | lifted the veto | dropped the veto |
call for | calls for | called for | calling for | call on | calls on | called on | calling on | urg* |
advocat* | would have to | will have to | might have to | may have to | could have to | a matter of justice |
no concessions on |
no concessions over | no compromise on | no compromises on | a legitimate response | legitimate response |
no other choice but |
no choice but | no other option but | no alternative to | no alternative but | recommend | recommends |
recommended | recommending | no taboo | no taboos | not a taboo | not taboo | no moral conflict about |
no qualms about |
no moral dilemma about | no problem with |
press for | presses for | pressed for | pressing for | push for | pushes for | pushed for |
pushing for | free to | rejoin | rejoins | rejoined | rejoining | donor of | donors of | donor to | donors to |
so that there can be | so that there could be |
so that there will be | so that there would be |
so that there is | so there can be | to ensure there is | to ensure that there is |
promot* | encourag* | commit | commits | committed | committing | commitment | commitments | pledg* | promis* |
ready to | readiness | willing* | open to | agree* |
decision to | offer* | help | helps | helping | assist | join | joins | joining | host | hosts | hosted | hosting |
extend* |
continu* | maintain* | strengthen* | step up | stepping up | stepped up | expand* | increas* | boost* |
intensif* |
recogni[sz]* | respect | respects | respected | respecting | respectful | uphold* | upholds | reaffirm* |
stand with | stands with | stood with | stand by |
stands by | solidarity | important | importance | necessary | necessity | need to | needs to | needed | must |
effective way | effective tool | effective means | effective instrument |
should | demand* | seek* | sought | pursue | pursues | pursued | pursuing | pursuit | want* | hope* | look forward |
looks forward | facilitat* |
buy* |
purchas* | import* | allow* | permit* | authori[sz]* | green light | in favour | vote for |
consider it right |
right to | keen | eager | interested in |
prepared to | intend* | plan to | plans to | planning to | aim* | work toward* |
work for | works for | working for | contribut* | fund | funds | funded | funding | finance | finances | financed |
financing | train* |
introduc* | agreement to | ratif* | accept* | invit* | yes to | deploy | deploys | deploying | stationing |
stationed |
resum* | restor* | keep | keeps | keeping | essential | crucial | vital | key to | priority | insist on |
insists on | insisted on | underline the need | underlines the need | underlined the need | underlining the need |
no alternative to | no choice but to | no other choice but to | no alternative but to | only way |
sole way | only route | sole route | sole practical route | only path | sole path | only viable way | only option |
only reliable way | only real way | only sure way | only effective way | only realistic way | best way |
applaud* | prais* | hail* |
appreciat* | grateful | thank | thanks | thanked | thanking | comply with | complies with | complied with |
complying with | compliance with | abide by | abides by | abided by | abiding by | adhere to | adheres to |
adhered to | adhering to |
stand for | stands for | stood for | plea for | appeal for | appeals for |
appealed for | appealing for | choose | chooses | chose | choosing | convinced | only by | only through |
settled by | settled through | resolved by | resolved through | ended through | ended only through | ended by means of |
end through | ends through | way forward | way out | best way |
the answer is | champion* | in support of | ready for | prepared for | open for | sole | achiev* | secure | secures |
secured | securing |
bring about | brings about | brought about | work towards | working towards | works towards |
efforts towards | efforts toward | step toward* | steps toward* | first step | need for | the need for |
principles for | position paper on | roadmap for | blueprint for | framework for | vision for |
propos* | open | opens | opening | reopen* | unblock* | reviv* | salvag* | rescu* | hold | holds | holding | held |
tighten* | toughen* | tougher | take part in | took part in | taking part in | participat* |
resume | resumes | resumed | resuming | deserv* | bolster* | reinforc* | deepen* | accelerat* |
speed up | speeding up | sped up | fast-track* | expedit* | ramp up | ramps up | ramped up | ramping up |
scale up | scaled up | scaling up | push for | pushes for | pushed for | pushing for | press for |
presses for | pressed for | pressing for | argue for | argues for | argued for | arguing for | embrac* |
pave the way | paves the way | paved the way | paving the way | stand behind | stands behind |
stood behind | defend | defends | defended | defending | realistic | go-ahead | green-light* |
greenlight* | sign off on | signed off on | signs off on | regain* | recover* | reclaim* | liberat* |
win back | take back | won back | took back | in the interest of all | sovereign right |
sovereign choice | sovereign decision | the right of every country | the right of any country | historic |
good approach | right approach | good idea | good step | right step | step in the right direction |
justified | warranted | go on | goes on | keep on | keeps on | carry on | carries on"""

_SUPPORT_2 = """decid* | ratified | has ratified | voted to ratify | agreed to | agreed on |
give | gives | giving | gave | has given | have given | had given | has already given |
have already given | had already given | sign | signs | signed | signing | proclaim* | recognised |
recognized | provid* |
supply | supplies | supplying | send | sends | sending | deliver | delivers |
delivering | deliveries | transfer | transfers | transferring | donat* | impose | imposes | imposed | imposing |
imposition | adopt* | approv* |
unwavering | steadfast | unconditional* | as long as it takes | as long as needed | as long as necessary |
as long as required | wholehearted* |
staunch* | delivered | supplied | sent | shipped | handed over | transferred | donated | allocated |
approved |
imposed | adopted | deployed | unveiled | announced a new | announced new | firm commitment | full support |
delivery | provision of | shipment | shipments | announced a further | announced further |
announced additional | announced an additional |
announced more | announced a | announced an | announces a | announces new | announcing new |
announcing further | announcing additional | announcing a new | announcing a further | unveil* | opened |
firm support | strong support | resolute support | ironclad | iron-clad | rock-solid | strongly support* |
fully support* | firmly support* | will continue to provide | stand firmly |
not up for negotiation | non-negotiable | not negotiable | not open to negotiation | not up for discussion |
not subject to negotiation | not for sale | not a bargaining chip | historic day | historic moment |
historic step | historic decision | historic milestone | irreversible | irreversibly | not be reversed |
cannot be reversed | could not be reversed | can never be reversed | could never be reversed | no turning back"""

_OPPOSE_1 = """oppose | opposes | opposed | opposing | opposition to | reject* | refus* | refrain from |
refrains from | refrained from | refraining from |
decline to | declines to | declined to | declining to | declined | declines | declining |
turned down | turn down | turns down | turning down | criticiz* | criticis* | critical of |
warn against | warns against | warned against | warning against | warned of | warns of | mistake |
counterproductive | counter-productive | unhelpful | meaningless | worthless |
shocking | disgraceful | scandalous | inhuman | inhumane |
concern | concerns | concerned | feared | fear that | fears that | fearing that | appeasement | appease |
appeasing |
is against | are against | was against | were against | halt* | suspend* | stop* | end | ends | ended |
ending |
lift | lifts | lifted | lifting | ease | eases | eased | easing | withdr* | terminat* | pull out | pulled out |
pulls out |
pulling out |
exit* | quit | quits | quitting | block | blocks | blocked | blocking | lapse | expire |
obstruct* | delay* | resist* | sceptic* | skeptic* | ban | bans | banned |
banning |
prohibit* | restrict* | limit* | cut | cuts | cutting | cut off | phase out | phasing out | phased out |
reduc* |
diminish* | decreas* | illegal | illegitimate | unlawful | invalid | no legal value | breach* | violat* | absurd |
hypocri* | provocat* | dangerous |
irresponsible | reckless | fuel the | fuels the | fuelling the | fueling the | adding fuel | add fuel |
add oil | adding oil | pouring oil | escalat* | harmful | futile | useless | ineffective | unjust | unfair |
round of tension | round of tensions | raise tensions | raises tensions | raising tensions |
heighten tensions | inflame tensions | at odds with | direct involvement | directly involved |
direct participation | directly at war |
not the answer | reluctan* | hesitan* | cautious about | cautious on |
abandon* | scrap* | close the door | closing the door |
dropped its | dropped their | dropped his | drop its | drop their | dropping its | dropping their |
withdrew its | withdrew their | withdraw its | withdraw their | withdrawing its | withdrawing their |
not ready | unrealistic | detached from reality | divorced from reality |
off the table | red line | red lines | refusal | against | backfir* | would reward | would only reward |
hesitate | hesitates | hesitated | hesitating | hesitant | hesitancy | hesitation |
solve nothing | solves nothing |
met with a response | met with a firm response | met with a decisive response | met with a harsh response |
met with an appropriate response | met with a tough response | met with retaliation | met with force |
would ruin | will ruin | would destroy | will destroy | would devastate | will devastate | would kill | will kill |
will only reward | only rewards |
shot itself in the foot | shoots itself in the foot | shooting itself in the foot | self-defeating |
independent of | independent from | root cause | root causes | contributed to the crisis |
contributed to the conflict | contributed to the war | contributed to tensions | contributes to the crisis |
contributes to the conflict | stab in the back | reward moscow | reward russia | reward the aggressor |
rewards the aggressor | rewarding the aggressor | reward aggression | rewarding aggression |
adding fuel to the fire | add fuel to the fire | adds fuel to the fire | pouring fuel on the fire |
pour fuel on the fire | pouring oil on the fire | exempt from | exempts from | exempted from | exempting from |
exemption from | exemptions from |
exempt them from | exempt it from | exempt us from | exemption for | exemptions for |
collapse of | breakdown of | demise of | fault | to blame | impossible | not possible | no legal basis |
no legal grounds | countermeasures | counter-measures | retaliatory measures | retaliat* | have consequences |
sue | sues | sued | suing | take legal action | taking legal action | took legal action |
accountable for | working against | work against | works against | worked against | are working against |
is working against | have worked against | has worked against |
has consequences |
have serious consequences |
have grave consequences | have dire consequences | crack down on | cracks down on | cracked down on |
cracking down on | crackdown on | clamp down on |
clamps down on | clamped down on | clamping down on | tackle | tackles | tackled | tackling | combats |
combating | combatting | counteract | counteracts | counteracted | counteracting |
in nobody's interest | in no one's interest | in nobody's interests | in no one's interests |
pointless | senseless | bad decision | wrong decision | not working | do not work | does not work |
did not work | failed | hurting | hurt | damaging | threat to | a threat | pose a threat | poses a threat |
war of extermination | war of annihilation | genocidal war |
risky | too risky | legal risk | legal risks | financial risk | financial risks | pose risks | poses risks |
undermin* | infring* | flout* | trampl* | encroach* |
threaten the | threaten its | threaten their | threaten our | threaten ukraine |
threaten ukraine's | threatens the | threatens its | threatens their | threatens our | threatens ukraine |
threatens ukraine's | threatened the | threatened its | threatened their | threatened our |
threatened ukraine | threatened ukraine's | threatening the | threatening its | threatening their |
threatening our | threatening ukraine | threatening ukraine's |
hold back | holds back | holding back | held back | paus* | freez* | froze | frozen out |
put on hold | shelve | shelved | shelving | rule out | rules out | ruled out | ruling out |
exclude | excludes | excluded | excluding | out of the question | not on the agenda | not on the table |
never been on the agenda | never on the agenda | not been on the agenda | never been on the table |
has never been on the agenda | had never been on the agenda | have never been on the agenda |
has never been on the table | had never been on the table | have never been on the table |
not go unpunished | not remain unpunished | won't go unpunished | not go unanswered | not remain unanswered |
won't go unanswered | draw a response | draw a tough response | draw a harsh response | provoke a response |
trigger a response | prolong the suffering | prolongs the suffering |
prolonging the suffering | prolong the war | prolongs the war | prolonging the war | prolong the conflict |
prolongs the conflict | prolonging the conflict | prolong the bloodshed |
prolongs the bloodshed | prolonging the bloodshed | prolong the agony | prolongs the agony | prolonging the agony |
prolong the fighting | prolongs the fighting | prolonging the fighting | prolong the hostilities |
prolongs the hostilities | prolonging the hostilities | drag out the war | drags out the war | dragging out the war |
drag out the conflict | drags out the conflict | dragging out the conflict |
negative | forget about | wrong | bad idea | object to | objects to | objected to | objecting to | objected |
objection* | regret* | prevent | prevents | prevented | preventing | prevention of | deter | deters | deterring |
response to | responses to | respond to | responded to | responding to | counter | countering | give up |
react to | weaken* | relax* | water down | watered down | watering down | waters down | dilut* |
renounce | renounces | renounced | renouncing | renunciation of | forgo | forgoes | forgoing | forwent |
gives up | gave up | giving up | curtail | curtails | curtailed | curtailing | away from | wean off | weaning off |
weaned off | independence from | break free from | free itself from | free themselves from | remove | removes |
removed | removing | removal of | non-proliferation | nonproliferation | disarmament |
sabotag* | derail* | torpedo* | scuttl* | thwart* | dead end | non-starter | wreck | wrecks | wrecked | wrecking |
unworkable | impede* | hamper* | stand in the way | stands in the way | stood in the way |
standing in the way | unfriendly act | hostile act | act of war | declaration of war |
at war with | direct involvement | direct clash | direct confrontation | direct conflict | third world war |
world war three | world war iii |
directly involved | direct participation | directly participating |
revers* | undo | undid | roll back | rolled back | rolling back | penalty for | penalties for | penalis* |
back down | backs down | backed down | backing down |
penaliz* | tax on | taxes on | levy on | levies on | shut down |
shuts down | shutting down | shut off | shuts off | shutting off | defeat | defeats | defeated | defeating |
triumph over | triumphs over | triumphed over | prevail over | prevails over | prevailed over | repel | repels |
repelled | repelling | beat back | beats back | beating back | fight off | fights off | fighting off | fought off |
fend off | fends off | fended off | fending off | drive back | drives back | drove back | driving back |
avoid | avoids | avoided | avoiding | punish | punishes | hold up | holds up | held up | holding up |
challenge the | challenges the | challenged the | challenging the | challenge it | challenged it"""

_OPPOSE_2 = """banned | stopped | halted | cut off | terminated | phased out | condemn* | denounc* |
deplor* | slam* | decry | decries | decried | decrying | outrage* | abhor* | unacceptable | inadmissible |
outrageous | sham | unconscionable | cynical |
categorically reject* | strongly oppos* | firmly oppos* | resolutely oppos* | will not tolerate |
never accept | theft | barbar* | criminal | a war criminal | strongest terms | appall* | shameful | blackmail |
null and void | no legal force | no legal effect | legally void | legally null | legally invalid"""

_NEGATORS_1 = """not | no | don't | doesn't | didn't | won't | wouldn't | can't | cannot | isn't | aren't |
wasn't |
weren't | hasn't | haven't | hadn't | shouldn't | couldn't | mustn't | no longer | no plans to |
impossible to | impossible for | not possible to | failure to | failures to |
no intention |
neither | nor | without | nothing | nobody | no one | no country | no state |
has never | have never | had never | has not ever | have not ever | has yet to | have yet to |
is yet to | yet to |
are yet to"""
"""Past denials ("China has never provided weapons") weigh as much as "not"; "never" about the future weighs more."""

_NEGATORS_2 = """never | under no circumstances | in no way | by no means | not a single | will not allow |
no way"""

_NEUTRAL = """neutral | neutrality | neutrally | neutrals | impartial* | balanced | both sides | studying |
study* | consider | considers |
weigh | weighs | weighed | examin* | assess* | undecided | no decision |
objective and impartial |
non-aligned | equidistan* | evaluat* | explor* | review* | mixed | premature | alone to decide |
alone can decide | alone will decide | alone must decide | alone should decide | to decide for itself |
to decide for themselves | internal affair | internal matter | an internal affair | its own business |
their own business"""

_SCOPED_NEUTRAL = """considering | weighing | mulling | contemplating | too early to say whether |
not yet decided whether | not decided whether | undecided whether | yet to decide whether |
too early to tell whether | too early to decide whether | too soon to say whether |
up to ukraine to decide | up to ukrainians to decide | up to the ukrainians to decide |
up to kyiv to decide | for ukraine to decide | for ukrainians to decide | for the ukrainians to decide |
neither supports nor opposes | neither support nor oppose | neither supported nor opposed |
neither condemns nor supports | neither condemn nor support | neither condemned nor supported |
neither condemned nor endorsed | neither condemns nor endorses | neither condemned nor approved |
neither for nor against |
not ruling out | not rule out | refused to rule out | refuses to rule out | refusing to rule out |
declined to rule out | declines to rule out | declining to rule out |
not to rule out | not rules out | not ruled out | cannot be ruled out | can't be ruled out | cannot rule out |
could not be ruled out | should not be excluded | not be excluded | not excluded | nothing should be excluded |
nothing is excluded | nothing can be excluded | too early to | too soon to | no consensus |
no decision has been | not yet made a decision |
has not decided | have not decided | not yet decided"""
"""Neutral wording that also covers the verb after it ("did not rule out sending troops" is 0)."""

_HEDGES = """may | might | could | possibly | perhaps | likely | probably | would consider | in principle |
conditional* | under certain conditions | if | unless | eventually"""

_RUMOURS = """whether | reportedly | rumour* | rumor* | is said to | are said to | unconfirmed | speculat* |
allegedly |
according to sources | sources said | sources say | people familiar | leaked"""

_NO_COMMENT = """no comment | declined to comment | declines to comment | refused to comment |
would not comment |
did not comment | nothing to add | no information | preview | previewing | get ahead of | getting ahead of |
refer you to | nothing to announce | declined to say | declines to say | refused to say | would not say |
declined to confirm | declines to confirm | refused to confirm | would not confirm | declined to specify |
would not specify"""

_INTENSIFIERS = """strongly | firmly | fully | resolutely | categorically | unequivocally | vehemently |
totally |
completely | absolutely | unreservedly | in the strongest | formally | in the firmest | decisively |
vigorously | steadfastly | will not waver | would not waver | won't waver | does not waver | not going to change |
will not change | won't change | has not changed | hasn't changed | have not changed | remains unchanged"""

_REPORT = """said | says | say | saying | stated | states | told | tells | announced | announces | noted |
notes |
stressed | stresses | emphasi[sz]* | underlin* | reiterat* | declared | declares | added | adds |
according to |
wrote | writes | tweeted | posted | insisted | insists | argued | argues | explained | affirmed | affirms |
assured | assures | confirmed | confirms | believes | believed | thinks | maintained that | maintains that |
pointed out | points out | held that | holds that | hold that | has long held | maintained that |
remarked | commented | replied | responded | answered | warned | warns |
expressed |
expresses | voiced | made clear | made it clear | acknowledged | asserted | signalled | signaled |
indicated | estimate | estimates | estimated | suggested | suggests | recognised that | recognized that |
recognises that | recognizes that | admitted that | admits that | reaffirmed that | reaffirms that |
reaffirm that | reaffirming that"""

_ACCUSE = """accuse | accuses | accused | accusing | accusation | accusations | alleg* | blam* | claim that |
claims that | claimed that | claiming that"""

_DENY = """deny | denies | denied | denying | denial | dismiss* | rebuff* | rebuke* | staged | a staged provocation |
fabricated | a fabrication | a hoax | made up | falsify | falsified | falsifying | falsification | rigged"""

_INERT = """hold votes for | holds votes for | held votes for | holding votes for |
no concerns about | no concern about | no concerns over |
make no mistake | let there be no mistake | let's make no mistake | let us make no mistake |
no doubt | little doubt | without doubt | without a doubt | beyond doubt | never doubted | no question that |
no word for it other than | no other word for it | no other word for | nothing other than | nothing short of |
nothing less than | nothing but | ban list | export ban list |
each other's concerns | each other's legitimate concerns | legitimate concerns | security concerns |
legitimate security concerns | reasonable concerns | reasonable security concerns | concerns of all parties |
concerns of all sides | concerns of both sides | concerns of all countries | it concerns | this concerns |
which concerns | that concerns | as concerns | not just | not only | not merely | not simply | blocked assets |
asset blocking | treaty on the non-proliferation | principal concerns | main concerns | key concerns |
core concerns | cuts against | cut against | runs counter to | run counter to |
criminal procedure | criminal code | criminal offence | criminal offense | criminal charges |
resolution no. | resolution number | war criminal | war criminals | every russian criminal | every criminal |
russian criminals | the criminals |
all criminals |
criminal court | criminal law | criminal responsibility | criminal proceedings | criminal case | criminal cases |
criminal investigation | criminal investigations | criminal justice | criminal liability | thanks to |
thanks in part to | thanks in large part to | without restriction | without restrictions | without delay |
without limitation | without limitations | without hindrance | by the end of | at the end of | until the end of |
before the end of | towards the end of | toward the end of | end of the year | end of the month | end of next year |
by any means necessary | any means necessary | no veto | holds a veto | hold a veto | holds the veto | veto power |
veto powers | right of veto | power of veto"""
"""Wording that holds a stance word but takes none: "address each other's concerns" names interests to be met,
not an objection; a "war criminal" or the "criminal court" is a noun, not a verdict. Read as nothing; being
longer, it wins over the cue inside it."""

_VOTES = {
    1: "voted for | voted in favour | voted in favor | voted yes | votes for | votes in favour | "
    "votes in favor | voted to | voting yes | co-sponsor* | cosponsor* | voting in favour | voting in favor | "
    "put forward by | sponsored by | "
    "tabled by | drafted by | backed the resolution | supported the resolution | the yes votes | yes votes came from | "
    "backed the text | supported the text | backed the draft | supported the draft",
    -1: "voted against | votes against | voted no | voting no | vote against | voting against | vetoed | veto | "
    "vetoes | the no votes | no votes came from | rejects the resolution | rejected the resolution | "
    "rejects the draft | rejected the draft | opposed the text | opposed the resolution | opposed the draft | "
    "rejected the text | voted with moscow | voted with russia | "
    "voted with the russian federation | voting with moscow | voting with russia | sided with moscow | "
    "sided with russia | siding with russia | "
    "sided with russia against | sided with moscow against | voted with russia against | voted with moscow against",
    0: "abstain* | abstention*",
}

JUDGING_LABELS = frozenset(
    {
        "illegal", "illegitimate", "unlawful", "sham", "fake", "staged", "so-called", "attempted", "irresponsible",
        "brutal",
    }
)
"""Words that open a topic phrase only to judge it ("the illegal annexation"): a report's label, which a cue
before the phrase does not stack with."""
JUDGING_NOUNS = frozenset({"blackmail", "hostage", "hostages", "theft", "stealing"})
"""Words that close a topic phrase, or make it, only to judge it ("nuclear blackmail", "theft"): a party's own
word."""
PEJORATIVE_HEADS = frozenset({"pump", "pumping", "pumped", "pours", "pouring", "flood", "flooding"})
"""Verbs that open a topic phrase with a party's scorn for it ("pouring weapons into Ukraine")."""

PREDICATIVE = frozenset(
    _phrases(
        """mistake | counterproductive | counter-productive | unhelpful | illegal | illegitimate |
unlawful | invalid |
absurd | dangerous | irresponsible | reckless | harmful | futile | useless | ineffective | unjust | unfair |
unacceptable | inadmissible | outrageous | unconscionable | cynical | sham | theft | criminal | null and void |
no legal force | no legal effect |
legally void | legally null | legally invalid |
meaningless | worthless | shocking | disgraceful | scandalous | inhuman | inhumane |
backfir* | self-defeating | pointless | senseless | would reward | would only reward | will only reward | only rewards |
a matter of justice |
a legitimate response | legitimate response | directly involved | direct involvement |
staged | a staged provocation | fabricated | a fabrication | a hoax | made up |
solve nothing | solves nothing |
met with a response | met with a firm response | met with a decisive response | met with a harsh response |
met with an appropriate response | met with a tough response | met with retaliation | met with force |
not go unpunished | not go unanswered | draw a response | draw a tough response | draw a harsh response |
provoke a response | trigger a response |
would ruin | will ruin | would destroy | will destroy | would devastate | will devastate | would kill | will kill |
war of extermination | war of annihilation | genocidal war | have consequences | has consequences | fault |
root cause | root causes | stab in the back | adding fuel to the fire | no taboo | not a taboo |
impossible | not possible | no legal basis | no legal grounds |
to blame |
have serious consequences | have grave consequences | have dire consequences |
bad decision | wrong decision | not working | do not work | does not work | did not work | failed |
a threat | threat to | pose a threat | poses a threat | risky | too risky | legal risk | legal risks |
financial risk | financial risks | pose risks | poses risks | important | importance | necessary | essential |
effective way | effective tool | effective means | effective instrument |
crucial | vital |
key to | priority | must | should | need to | needs to | premature | unrealistic | detached from reality |
divorced from reality | shameful | blackmail |
only way | sole way | only route | sole route | sole practical route | only path | sole path | only viable way |
only reliable way | only real way | only sure way | only effective way | only realistic way | best way |
only option |
not the answer | negative | wrong | bad idea | dead end | non-starter | unworkable | realistic |
not up for negotiation | non-negotiable | not negotiable | not open to negotiation | not up for discussion |
not subject to negotiation | not for sale | not a bargaining chip | not on the agenda | not on the table |
never on the agenda | never been on the agenda | not been on the agenda | never been on the table |
has never been on the agenda | had never been on the agenda | have never been on the agenda |
has never been on the table | had never been on the table | have never been on the table | out of the question |
in nobody's interest | in no one's interest | in nobody's interests | in no one's interests |
in the interest of all | sovereign right |
sovereign choice | sovereign decision | the right of every country | the right of any country |
unfriendly act |
hostile act | act of war | declaration of war | at war with | direct clash | direct confrontation |
direct conflict | third world war | world war three | world war iii | historic | historic day | historic moment |
good approach | right approach | good idea | good step | right step | step in the right direction |
historic step |
historic decision | historic milestone | justified | warranted | irreversible | not be reversed |
cannot be reversed | could not be reversed | can never be reversed | could never be reversed | no turning back"""
    )
    + _phrases(_IN_INTEREST)
    + _phrases(_STAYING)
    + _phrases(_SOLVING)
    + _phrases(_WORKING)
    + _phrases(_NOT_ENOUGH)
    + _phrases(_GUARANTEE)
    + _phrases(_GRAVE_THREAT)
    + _phrases(_SAFER)
    + _phrases(_LESS_SAFE)
    + _phrases(_NOT_HELPING)
    + _phrases(_DIRECT_PARTY)
    + _phrases(_A_BLOW)
    + _phrases(_TARGETED)
)


ENDORSING = frozenset(
    _phrases(
        """support* | back | backs | backed | backing | welcom* | endors* | favour* | favor* | in favour of |
        in favor of | in support of | applaud* | prais* | hail* | justified | warranted | champion* | approv* |
        approved | stand behind | stands behind | stood behind | defend | defends | defended | defending |
        strongly support* | fully support* | firmly support* | full support | firm support | strong support |
        green light | green-light* | greenlight* | go-ahead | necessary | legitimate response | encourag* |
        stand with | stands with | stood with"""
    )
)
"""The support cues that judge what follows. A phrase naming the war itself ("Russia's war against Ukraine") is
told of in all manner of sentences; only these make its holder endorse it: "sent to war against Ukraine" or
"help us fight this aggression" does not."""


def build_cues() -> dict[str, Cue]:
    """Every cue phrase (with its trailing star, if any) mapped to what it signals."""
    table: dict[str, Cue] = {}

    def add(block: str, kind: str, value: int = 0) -> None:
        for written in _phrases(block):
            cue = Cue(
                kind,
                value,
                written.rstrip("*") in PREDICATIVE or written in PREDICATIVE,
                kind == "sup" and written in ENDORSING,
            )
            # "recogni[sz]*" is both spellings, as in topic patterns.
            for phrase in {written.replace("[sz]", "s"), written.replace("[sz]", "z")}:
                table[phrase] = cue

    add(_SUPPORT_1, "sup", 1)
    add(_IN_INTEREST, "sup", 1)
    add(_STAYING, "sup", 1)
    add(_SOLVING, "sup", 1)
    add(_WORKING, "sup", 1)
    add(_NOT_ENOUGH, "sup", 1)
    add(_NO_GROUNDS, "opp", -1)
    add(_GUARANTEE, "sup", 1)
    add(_SAFER, "sup", 1)
    add(_SUPPORT_2, "sup", 2)
    add(_OPPOSE_1, "opp", -1)
    add(_WORSENING, "opp", -1)
    add(_LESS_SAFE, "opp", -1)
    add(_GRAVE_THREAT, "opp", -1)
    add(_NOT_HELPING, "opp", -1)
    add(_DIRECT_PARTY, "opp", -1)
    add(_A_BLOW, "opp", -1)
    add(_TARGETED, "opp", -2)
    add(_OPPOSE_2, "opp", -2)
    add(_REPORT, "report")
    add(_ACCUSE, "accuse", -1)
    add(_DENY, "deny", -1)
    add(_NEGATORS_1, "neg", 1)
    add(_NEGATORS_2, "neg", 2)
    add(_NEUTRAL, "zero")
    add(_SCOPED_NEUTRAL, "zero", 1)
    add(_HEDGES, "hedge")
    add(_RUMOURS, "rumour")
    add(_NO_COMMENT, "nocomment")
    add(_INTENSIFIERS, "intens", 2)
    add(_INERT, "inert")
    for value, block in _VOTES.items():
        add(block, "vote", value)
    return table


CUES = build_cues()

_VERBAL_KINDS = frozenset({"sup", "opp", "accuse", "deny"})
_VERBAL_EXACT = frozenset(
    phrase for phrase, cue in CUES.items() if cue.kind in _VERBAL_KINDS and not phrase.endswith("*")
)
_VERBAL_STEMS = tuple(
    phrase[:-1] for phrase, cue in CUES.items() if cue.kind in _VERBAL_KINDS and phrase.endswith("*")
)


def is_transitive_cue(word: str) -> bool:
    """Whether ``word`` is a participle of a stance verb ("inviting", "welcomed"): a name right after it
    is that verb's object ("inviting Finland", "welcomed Sweden's bid"), not the one taking a stance."""
    if not (word.endswith("ing") or word.endswith("ed")) or word in ("during", "according"):
        return False
    return word in _VERBAL_EXACT or word.startswith(_VERBAL_STEMS)


SELF_REFERENCES = {
    "we": "we",
    "our": "our",
    "us": "us",
    "i": "i",
    "my": "my",
    "the ministry": "office",
    "this ministry": "office",
    "the foreign ministry": "office",
    "the ministry of foreign affairs": "office",
    "the spokesperson": "office",
    "the spokesman": "office",
    "the spokeswoman": "office",
    "the press secretary": "office",
    "the embassy": "office",
    "the mission": "office",
    "the department": "office",
    "the press service": "office",
    "the government": "office",
    "the mfa": "office",
}
"""First-person words and a ministry's references to itself."""

DESCRIPTIONS = {
    "the bloc": "EU",
    "the union": "EU",
    "the alliance": "NATO",
}
"""Definite descriptions of a body that stand for it once the text has named it ("EU leaders met ... The bloc
said"): in a text that never names it, "the alliance" may be any alliance."""

PRONOUNS = {
    "he": "he",
    "she": "she",
    "the minister": "role",
    "the president": "role",
    "the foreign minister": "role",
    "the secretary-general": "role",
    "the secretary general": "role",
    "the prime minister": "role",
    "the chancellor": "role",
    "the premier": "role",
    "the ambassador": "role",
    "the envoy": "role",
    "the diplomat": "role",
    "the official": "role",
    "the leader": "role",
    "the secretary": "role",
    "the high representative": "role",
    "the top diplomat": "role",
    "his": "his",
    "her": "her",
    "they": "they",
    "the two countries": "they",
    "the two states": "they",
    "the two governments": "they",
    "the two leaders": "they",
    "the two presidents": "they",
    "the two ministers": "they",
    "the two foreign ministers": "they",
    "the two prime ministers": "they",
    "both ministers": "they",
    "both presidents": "they",
    "both governments": "they",
    "both countries": "they",
    "both leaders": "they",
    "the three countries": "they",
    "the three leaders": "they",
    "the declaration": "text",
    "the joint declaration": "text",
    "the statement": "text",
    "the joint statement": "text",
    "the communique": "text",
    "the communiqué": "text",
    "the text": "text",
    "the paper": "text",
    "the position paper": "text",
    "the document": "text",
}
"""Words that point back to the last official who spoke ("they": to the actors of the last sentence that had some;
"the declaration", "the text": to whoever the sentence before opened with, its authors)."""

_ROLE_WORDS = (
    r"minister|ministry|ministries|president|presidency|premier|chancellor|leaders?|leadership|government|"
    r"authorities|"
    r"officials?|diplomats?|diplomacy|representatives?|ambassadors?|envoys?|spokes(?:person|man|woman)|"
    r"delegations?|"
    r"side|mission|embassy|administration|state council|parliament|duma|senate|congress|cabinet|"
    r"foreign office|"
    r"king|emir|crown prince|secretary|counterpart|mfa|statement|commander|army|negotiators?|lawmakers|"
    r"legislators|"
    r"head of state|head of government|defen[cs]e ministry|foreign ministry|security council|"
    r"national security council|"
    r"presidential office|press secretary|press service|national security adviser|adviser|advisor|sources?(?!\s+of\s)|"
    r"officer|"
    r"establishment|regime|prosecutors?|prosecutor general|attorney general|courts?|judges?|commission|council|"
    r"representation|vice-president|"
    r"chief|"
    r"foreign and commonwealth office|state department|white house|kremlin|parliamentarians|mps|deputies|"
    r"permanent representative|foreign secretary|defen[cs]e secretary|secretary of state|"
    r"presidential administration|central bank"
)
ROLE_AFTER = re.compile(
    r"(?:'s?)?\s+(?:(?:foreign|prime|deputy|vice|defen[cs]e|permanent|acting|former|first|senior|top|chief|"
    r"special|"
    r"presidential|state|head|lead|federal|new|outgoing|incoming|interior|finance|economy|economic|trade|"
    r"energy|"
    r"national|general|military|un|u\.n\.|eu|nato|external|affairs|home|justice|agriculture|infrastructure|"
    r"culture|health|digital|emergency|security|intelligence|armed|forces|naval|navy|air|assistant|under|"
    r"parliamentary|european|international|legal|climate|development|transport|industry|regional|"
    r"integration|veterans|strategic|industries|industrial|supreme|joint|high|higher|central|executive|"
    r"standing|caretaker|principal|policy|prosecutor|prosecutor-general|attorney|general's)\s+){0,4}"
    r"(?:" + _ROLE_WORDS + r")\b"
)
"""After a demonym or possessive: a role that makes the actor the speaker ("Chinese Foreign Minister")."""

POSSESSIVE_HOLDER = re.compile(
    r"'s?\s+(?:[a-z\-]+\s+){0,2}?(?:position|positions|stance|support|opposition|commitment|refusal|call|"
    r"calls|decision|"
    r"vote|votes|pledge|pledges|view|views|policy|approach|readiness|willingness|insistence|proposal|failure|"
    r"proposals|plan|"
    r"initiative|offer|demand|demands|rejection|objection|objections|condemnation|recognition|reluctance|"
    r"determination|resolve|message|response|reaction|assurance|assurances|promise|concern|concerns|appeal|"
    r"efforts|effort|contribution|package|aid|assistance|sanctions|backing|intention|bid|request|peace)\b"
)
"""After a possessive: a noun that makes the actor the holder ("China's refusal", "Germany's package")."""

OBJECT_WORDS = frozenset(
    """against to on for from with into in of between toward towards at over about across inside onto upon via
within without than like among amid amidst regarding including includes include included
unlike versus vs near beyond under below above behind through throughout around along despite except besides
told tell tells assured assure assures urged urge urges asked ask asks met meet meets meeting briefed brief
informed inform informs thanked thank thanks pressed press pressing accused accuse accuses criticised
criticized
criticising criticizing condemned condemn condemns condemning warned warn warns called calling invited invite
visited visit visiting visits hosted host hosts hosting help helping helped helps supporting support supports
supported arm arming armed punish punishing sanction sanctioned sanctioning blamed blame blames backed backing
defend defended defending attacked attack attacks attacking invaded invade invades invading occupied occupy
fight fighting fought defeat defeated isolate isolating pressure pressuring persuade convince allow allowed
allowing let give gave giving send sent sending supply supplying supplied provide providing provided deliver
delivering delivered offered offer offering reassured reassure congratulated congratulate joined join joins
urging asking telling letting making make made leave left reach reached reaching contacted phoned called
praised praise thanked welcomed welcome welcoming hit struck strike striking targeted target targeting
recognise recognize recognised recognized recognising recognizing by-passing bypass rejoin rejoined
represent represents represented representing citing cited grant grants granted granting raise raises raised
raising mention mentions mentioned mentioning lend lends lent lending alongside beside taken took vetoed veto
vetoes vetoing blocked issue issues issued issuing extend extends extended extending expel expels expelled
expelling suspend suspends suspended suspending declare declares declared declaring designate designates designated
designating brand brands branded branding label labels labelled labeled labelling labeling describe describes
described describing portray portrays portrayed portraying force forces forced forcing compel compels compelled
compelling coerce coerces coerced coercing tour tours toured touring sue sues sued suing
hold holds holding held""".split()
)
"""A word right before an actor's name that makes the actor an object, not the one speaking."""

PASSIVE_BY = frozenset({"by"})

COORDINATORS = re.compile(
    r"^\s*(?:,\s*(?:and\s+|or\s+|nor\s+|as well as\s+|(?:together|along|jointly) with\s+)?|and\s+|or\s+|nor\s+|"
    r"as well as\s+|&\s+|/)(?:the\s+)?$"
)
"""The gap between two names in one list ("China, India and South Africa", "neither Berlin nor Paris", "France,
together with the Commission")."""

CLAUSE_BREAK = re.compile(
    # The lookahead names the characters every break starts with: the search skips other positions at once.
    r"(?=[;,:\s])(?:"
    r";|,?\s+and\s+to\s+|,\s+and\s+|\s+and\s+that\s+|(?<!choice)(?<!option)(?<!alternative)\s+but\s+(?!to\s)|,\s+but\s+to\s+|,\s*while\s+|\s+while\s+(?=\w+ing\s)|\s+whereas\s+|,\s*although\s+|,\s*though\s+|"
    r"\s+-\s+|,\s*yet\s+|:\s|,\s+(?:arguing|reasoning|explaining) that\s+|"
    r",\s+as\s+(?:demonstrated|shown|evidenced|seen|illustrated|reflected)\s+(?:by|in)\s+|"
    r",\s+(?=an?\s+(?:[\w-]+\s+)?(?:move|decision|step)\s+(?:that\s+|which\s+)?(?!to\b|by\b|of\b|in\b|on\b|for\b))|"
    r",\s+(?=(?:underscoring|stressing|emphasi[sz]ing|reaffirming|reiterating|highlighting)\s)|"
    r"\s+and\s+(?=(?:said|says|told|tells|added|adds|noted|urged|called|warned|demanded|asked|insisted|pledged|promised|vowed|expressed|reiterated|"
    r"reaffirmed|stressed|welcomed|condemned|announced|underscored|emphasi[sz]ed|urges|warns|insists|expresses|"
    r"reiterates|reaffirms|stresses|welcomes|condemns|announces|underscores|emphasi[sz]es)\s|"
    r"demands\s(?=(?:its|that|the|an?|all|russia|moscow)\b)|(?:reject|condemn|denounce|reaffirm|reiterate|urge|"
    r"oppose)\s)"
    r")"
)
"""Where a sentence's clauses part ways, for the reach of negation and cues."""

FRONTED = re.compile(
    r"\W*(?:despite|although|though|while|after|before|since|following|by|in|on|at|having|when|as|amid|"
    r"speaking|addressing|asked|responding|commenting|writing|meeting|during|with|without|instead of|"
    r"rather than|"
    r"unlike|like|besides|apart from|in response to|[a-z]+ing)\b",
    re.I,
)
"""A sentence opening with a subordinate part, whose subject comes after the comma."""

RESOLUTION = re.compile(
    r"\b(?:resolution|draft|the text|declaration|motion|communiqu[eé]|by \d+ votes|"
    r"\d+ (?:countries |states |members |nations |votes )?in favou?r)\b"
)
"""A sentence describing a text put to a vote: its topics are what later vote lists refer to."""

ADVANCING = re.compile(
    r"\b(?:joined|threaten(?:s|ed)?|produc(?:e|es|ed)|includ(?:e|es|ed)|contain(?:s|ed)?|compris(?:e|es|ed)|present(?:s|ed)|"
    r"launch(?:es|ed)?|set(?:s)? out|laid out|lays? out|put(?:s)? forward|issu(?:e|es|ed)|drew up|draws? up|"
    r"draft(?:s|ed)|host(?:s|ed)|conven(?:e|es|ed)|organi[sz](?:e|es|ed)|establish(?:es|ed)?|creat(?:e|es|ed)|"
    r"set(?:s)? up|form(?:s|ed)|broker(?:s|ed)|negotiat(?:e|es|ed)|conclud(?:e|es|ed)|finali[sz](?:e|es|ed)|"
    r"reach(?:es|ed)|struck|became|become|becomes|complet(?:e|es|ed)|implement(?:s|ed)?|"
    r"enforc(?:e|es|ed)|appl(?:y|ies|ied)|rolled out|rolls? out|earmark(?:s|ed)|set aside|sets aside|"
    r"designat(?:e|es|ed)|ship(?:s|ped)?|fund(?:s|ed)|pa(?:y|ys|id) for|sign(?:s|ed)? up|submit(?:s|ted|ting)?|"
    r"appl(?:y|ies|ied|ying) for|beg(?:in|ins|an|un)|start(?:s|ed)?|order(?:s|ed)?|involv(?:e|es|ed|ing)|"
    r"enter(?:s|ed)? into|engag(?:e|es|ed) in|announc(?:e|es|ed)|unveil(?:s|ed)?|allocat(?:e|es|ed)|"
    r"grant(?:s|ed)?)\b"
)
"""A verb reporting an action that advances whatever proposition its object names ("produced a peace framework",
"the package includes tanks", "joined the price cap"): with no stance cue, the topic's default stance."""

SYMMETRIC = re.compile(
    r"\b(?:sign(?:s|ed|ing)?|agree(?:s|d)?|agreeing|h(?:o|e)ld(?:s|ing)?|negotiat(?:e|es|ed|ing)|"
    r"conclud(?:e|es|ed|ing)|reach(?:es|ed)? (?:an? |the )?(?:deal|agreement|accord)|struck)\b"
)
"""A verb both sides of which hold what it is about: "Russia and Ukraine signed agreements with Turkey and the
UN" — the parties after "with" sign too."""
SYMMETRIC_TOPICS = frozenset({"peace-talks", "grain-deal"})
