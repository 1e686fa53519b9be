"""The rule families that raise open questions: what each looks for, how sure it is, its vetoes.

Each family is one source of open matters: a forecast or plan someone makes,
an event or decision still to come, an outcome that hangs on a condition, what
the article says nobody knows, a request put to someone, a claim only one
source vouches for, two sources who contradict each other. A family has a table of
patterns (the cue lexicons in ``lexicon/questions/`` that start its rule, or
the claims it compares), a base confidence, an example sentence that raises a
shown question (a test reads it), and the named vetoes its rule applies, each
with the sentence it removes (a test reads those too). The vetoes that judge a
phrased question whatever its family are in ``question_vetoes``.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing_tui.model import QuestionKind


@dataclass(frozen=True, slots=True)
class Veto:
    """A named reason for raising nothing, with a sentence it removes."""

    name: str
    why: str
    example: str


@dataclass(frozen=True, slots=True)
class Family:
    """One source of open questions."""

    name: str
    kind: QuestionKind
    #: The cue lexicons (``lexicon/questions/<name>.txt``) or claim patterns that start it.
    patterns: tuple[str, ...]
    #: Confidence before the evidence of one candidate is weighed (``question_confidence``).
    confidence: float
    #: A sentence from which the family raises a shown question.
    example: str
    vetoes: tuple[Veto, ...] = ()


FORECAST = Family(
    "forecast",
    QuestionKind.EXPECTATION,
    ("modality", "is to be", "expressed hope", "stated goal"),
    0.55,
    "The mayor is expected to announce the new budget on Monday.",
    (
        Veto(
            "reported-past",
            "a modal told in reported past: a stance, a state or a negation, not a party's "
            "move still to come (``reported_ahead``)",
            "He said he would resign.",
        ),
        Veto("counterfactual", "looks back or imagines", "The team could have won the cup."),
        Veto(
            "musing",
            "a speaker's own musing",
            "I think some people would want to join the club, she said.",
        ),
        Veto(
            "generality",
            "no particular subject",
            "Some crops may do better in warmer weather.",
        ),
        Veto(
            "describes",
            "a relative clause describes someone or something; it forecasts nothing",
            "A law that in June will require helmets was passed.",
        ),
        Veto(
            "proposal-content",
            "what a proposal would do is its content, not whether it is adopted",
            "The expansion, proposed by Harbor Freight Lines, would add two cranes.",
        ),
        Veto(
            "habitual",
            "a habit in the past",
            "As a boy, Tom Baker would often walk to school.",
        ),
        Veto(
            "habitual",
            "a habit narrated in sequence",
            '"Painter Tom Baker would make a red flag and a blue flag, and then you could buy '
            'them anywhere," she says.',
        ),
        Veto(
            "evaluation",
            "praise or blame, not a forecast",
            '"Tom Baker would be a great senator," Ann Lee says.',
        ),
        Veto(
            "no-plan",
            "'no plans to' says nothing is planned",
            "The ministry says no plans to close the harbour exist.",
        ),
        Veto(
            "generic-we-you",
            "what anyone at all may know or not",
            '"You never know what the sea will do," harbour master Jon Ek said on Friday.',
        ),
        Veto(
            "generic-we-you",
            "a case imagined with 'if we' or 'if you'",
            "So if we take a pregnant woman who lacks iodine, the baby will not grow well.",
        ),
        Veto(
            "names-a-thing",
            "an adjective that names a thing",
            "The upcoming debates drew large crowds last year.",
        ),
        Veto(
            "settled-later",
            "the article tells the outcome later",
            "Ann Lee plans to attend the summit. Ann Lee attended the summit on Friday.",
        ),
        Veto(
            "describes",
            "a relative clause about people",
            "Those who may not speak English were given forms.",
        ),
        Veto(
            "candid-sense",
            "'forthcoming' meaning candid",
            "The agency was not forthcoming about its accounts.",
        ),
        Veto(
            "cue-as-subject",
            "the cue noun is the subject: its predicate is what is said",
            "The effort to pool forces would take years, Ann Lee said.",
        ),
        Veto(
            "belief",
            "an opinion of a plan, not the plan",
            "Tom Reed believes he has the best plan to fix the port.",
        ),
        Veto(
            "aspiration",
            "a rallying vow",
            "Tom Reed vows to make the country great again.",
        ),
        Veto(
            "record",
            "a record or a rank, not an outcome",
            "The debate will be Tom Reed's first against one rival.",
        ),
        Veto(
            "past-inability",
            "what someone could not do",
            "Ann Lee could not attend the dinner in 2010.",
        ),
        Veto(
            "evaluation",
            "a hedged judgement",
            "Tom Reed might be right about the port.",
        ),
        Veto(
            "told-by-announcement",
            "an announcement tells what its wh-clause asks",
            "The agency announced where the four rockets will be displayed.",
        ),
        Veto(
            "past-event",
            "the plan is told in the past",
            "There were ten teams scheduled to compete in 2010.",
        ),
        Veto(
            "settled-later",
            "a pledged legal move the article says was filed",
            "The town of Selo said it would appeal the ruling. The town filed its appeal on "
            "Friday.",
        ),
        Veto(
            "settled-later",
            "a chamber's vote, told in a relative clause, that the article says was held",
            "The port bill heads to the Senate, which will vote on it on Monday. The Senate "
            "voted on the bill on Monday.",
        ),
    ),
)

SCHEDULED = Family(
    "scheduled",
    QuestionKind.PENDING,
    ("pending", "pending_negated", "proceedings", "considering by", "asked for", "needs approval"),
    0.6,
    "The city council has yet to decide whether to close the old library.",
    (
        Veto("regards-as", "'considered' means 'regarded as'", "She is considered a moderate."),
        Veto(
            "argues",
            "'not yet' in an argument, not a pending act",
            "The answer is not yet more forms, the mayor said.",
        ),
        Veto("decided", "a decision already taken", "The board has decided to sell the firm."),
        Veto(
            "undecided-on-nothing",
            "a decision not yet taken that names nothing to decide",
            "The 64-year-old councillor Mara Voss said she had not decided.",
        ),
        Veto(
            "proceeding-not-running",
            "a proceeding not said to be under way",
            "The trial ended in 2004.",
        ),
        Veto(
            "hypothetical-proceeding",
            "a proceeding whose going on is itself the condition",
            "If the inquiry into Selo Power continues, the company will sue the Tarva agency.",
        ),
    ),
)

COURT = Family(
    "court",
    QuestionKind.PENDING,
    ("court-hearing", "court-order", "ruling-appeal", "lodged-appeal"),
    0.65,
    "A federal appeals court is weighing a challenge to the Marsk Water Agency's rule on "
    "farm runoff.",
    (
        Veto(
            "settled-later",
            "the article tells the court's decision",
            "A federal appeals court is weighing a challenge to the Marsk Water Agency's rule "
            "on farm runoff. On Friday the court upheld the rule.",
        ),
        Veto(
            "settled-later",
            "an appeal of a ruling the article says was filed",
            "A federal court blocked Selo's harbour fee rule on Monday. The city has 30 days "
            "to appeal. On Friday the city appealed.",
        ),
        Veto(
            "unnamed-object",
            "the case names no measure to uphold: held back",
            "A federal appeals court is weighing a challenge from the farm groups.",
        ),
        Veto(
            "unnamed-appellant",
            "no named party lodged the appeal",
            "Officials appealed the fine to the Selo High Court in May.",
        ),
    ),
)

CHAMBER = Family(
    "chamber",
    QuestionKind.PENDING,
    ("goes to", "heads to", "moves to"),
    0.65,
    "The Selo council voted on Monday to ban cars from the old town. The measure now goes "
    "to the Vell regional assembly.",
    (
        Veto(
            "settled-later",
            "the article tells the next chamber's vote",
            "The Selo council voted on Monday to ban cars from the old town. The measure now "
            "goes to the regional assembly. The assembly approved it on Friday.",
        ),
        Veto(
            "unnamed-object",
            "nothing names the measure: held back",
            "The bill now goes to the Senate.",
        ),
    ),
)

VOTE = Family(
    "vote",
    QuestionKind.PENDING,
    ("vote-on-a-day",),
    0.7,
    "The port bill cleared the Tarva Senate last week. The Tarva Assembly votes on the bill "
    "on March 12.",
    (
        Veto(
            "settled-later",
            "the article tells the body's vote",
            "The port bill cleared the Tarva Senate last week. The Tarva Assembly votes on "
            "the bill on March 12. On March 12 the assembly passed the bill 50-40.",
        ),
    ),
)

AGENDA = Family(
    "agenda",
    QuestionKind.PENDING,
    ("scheduled event", "vote a matter goes to or faces", "election called open"),
    0.7,
    "The Selo City Council voted 5-4 on Monday to advance an ordinance, known as the Harbour "
    "Act. The final reading, scheduled for March 17, will decide it.",
    (
        Veto(
            "event-past",
            "the event is told as held or called off",
            "The Selo City Council voted to advance the Harbour Act. The final reading, held "
            "on March 17, drew a large crowd.",
        ),
        Veto(
            "unnamed-matter",
            "neither the body nor the measure can be named from the article",
            "Residents packed the hall. The final vote, scheduled for March 17, is expected to "
            "be close.",
        ),
        Veto(
            "settled-later",
            "the article tells the outcome",
            "Judge Ann Reed set sentencing for May 3. On May 3, Tom Dale was sentenced to six "
            "years.",
        ),
    ),
)

MEETING = Family(
    "meeting",
    QuestionKind.PENDING,
    ("agreed-meeting",),
    0.65,
    "Dravia and Ostrelia traded accusations over the Sena dam. Dravia and Ostrelia agreed "
    "on Monday to resume talks next week.",
    (
        Veto(
            "settled-later",
            "a later sentence tells the meeting held",
            "Dravia and Ostrelia agreed on Monday to resume talks next week. On Friday the "
            "two governments met in Lund.",
        ),
    ),
)

SESSION = Family(
    "session",
    QuestionKind.PENDING,
    ("scheduled-session",),
    0.65,
    "The Selo Port Authority raised berth fees in May. The Selo Port Authority is due to "
    "meet on June 24 to consider a complaint from Tarn Shipping.",
    (
        Veto(
            "meets-someone",
            "a meeting with another party is talks, not a body deciding",
            "The Selo Port Authority is due to meet Tarn Shipping on June 24.",
        ),
        Veto(
            "no-deciding-body",
            "the ones due to meet are no named deciding body",
            "Donors are due to meet in Lund on June 24 to discuss funding for the camps.",
        ),
        Veto(
            "no-day",
            "the meeting has no day of its own",
            "The Selo Port Authority is due to meet to consider the complaint.",
        ),
        Veto(
            "settled-later",
            "a later sentence tells the meeting held",
            "The Selo Port Authority is due to meet on June 24. On Friday the authority met "
            "and rejected the complaint.",
        ),
    ),
)

DUE = Family(
    "due",
    QuestionKind.PENDING,
    ("decision-due", "decided-act"),
    0.65,
    "Tarn Shipping filed a complaint about berth fees. The Selo Port Commission said it "
    "would rule on the complaint by Friday.",
    (
        Veto(
            "no-deciding-body",
            "the one who decides is no named body",
            "Ann Reed said she would decide on the complaint by Friday.",
        ),
        Veto(
            "no-day",
            "the decision has no time ahead",
            "The Selo Port Commission said it would rule on the complaint.",
        ),
        Veto(
            "unnamed-matter",
            "the matter needs the article to be understood",
            "The Selo Port Commission is due to decide next week whether to hold one.",
        ),
        Veto(
            "unnamed-decider",
            "no named actor decides whether to act",
            "Officials will decide by Friday whether to close the Tarn mine.",
        ),
        Veto(
            "settled-later",
            "a later sentence tells the act done",
            "The Selo Mining Agency will decide whether to close the Tarn mine. On Friday the "
            "agency closed the Tarn mine.",
        ),
    ),
)

REVIEW = Family(
    "review",
    QuestionKind.PENDING,
    ("reviewing a proposal",),
    0.65,
    "The state utilities commission is reviewing the proposed merger of Selo Power and Tarn "
    "Electric.",
    (
        Veto(
            "settled-later",
            "the article tells the body's decision",
            "The state utilities commission is reviewing the proposed merger of Selo Power and "
            "Tarn Electric. On Friday the commission approved the merger.",
        ),
        Veto(
            "unnamed-object",
            "nothing names the proposal: held back",
            "The state utilities commission is reviewing the deal.",
        ),
    ),
)

INQUIRY = Family(
    "inquiry",
    QuestionKind.UNRESOLVED,
    ("inquiry into whether", "inquiry into allegations", "inquiry into the cause"),
    0.65,
    "The regulator opened an investigation into whether Selo Power misled its customers.",
    (
        Veto(
            "settled-later",
            "the article tells the inquiry's finding",
            "The regulator opened an investigation into whether Selo Power misled its "
            "customers. In May the investigation found that it had.",
        ),
        Veto(
            "settled-later",
            "the article tells the cause an inquiry is into",
            "Investigators opened an inquiry into the cause of the fire at the Selo depot. "
            "The fire was caused by a faulty heater, the depot's owner said on Friday.",
        ),
    ),
)

CAUSE = Family(
    "cause",
    QuestionKind.PENDING,
    ("cause-in-doubt",),
    0.65,
    "Health officials said it was not yet clear whether the Selo Dairy's yogurt caused the "
    "listeria cases.",
    (
        Veto(
            "settled-later",
            "a later sentence tells the cause unhedged",
            "Health officials said it was not yet clear whether the city's water caused the "
            "stomach illness. On Friday, tests showed that a broken filter caused the illness.",
        ),
        Veto(
            "unnamed-cause",
            "the cause is a general noun nothing before names (which product?)",
            "Officials said it was not known whether the product caused the illnesses.",
        ),
    ),
)

AWAITED = Family(
    "awaited",
    QuestionKind.PENDING,
    ("awaited-result",),
    0.7,
    "Health officials in Selo were waiting for laboratory results that will show whether "
    "the river water is contaminated with lead.",
    (
        Veto(
            "settled-later",
            "the article tells what the results showed",
            "Health officials in Selo were waiting for laboratory results that will show "
            "whether the river water is contaminated with lead. On Friday the tests showed "
            "that it was clean.",
        ),
    ),
)

OFFER = Family(
    "offer",
    QuestionKind.PENDING,
    ("offer-unanswered",),
    0.65,
    "Dravia and Ostrelia traded accusations over the Sena dam on Monday. The Lund Institute "
    "offered to host talks between the two governments. Neither government had accepted "
    "the offer by Monday evening.",
    (
        Veto(
            "settled-later",
            "a later sentence tells the offer accepted",
            "Dravia and Ostrelia traded accusations over the Sena dam on Monday. The Lund "
            "Institute offered to host talks between the two governments. Neither government "
            "had accepted the offer by Monday evening. On Tuesday, both governments accepted "
            "the offer.",
        ),
    ),
)

PLEDGE = Family(
    "pledge",
    QuestionKind.EXPECTATION,
    ("announced move",),
    0.65,
    "Mayor Ines Varga said on Monday that she would veto the parking ordinance.",
    (
        Veto(
            "done-later",
            "a later sentence tells the move done by its actor",
            "The Velder Cooperative said on Monday that it would appeal the tariff ruling. "
            "The Velder Cooperative appealed the ruling on Friday.",
        ),
        Veto(
            "negated-stance",
            "the actor said it would not take the step, or did not say it would",
            "Governor Emil Sand said he would not veto the school bill.",
        ),
        Veto(
            "generic-subject",
            "any member of a class would act, not a named party",
            "Analyst Tove Lind said retailers would raise prices in spring.",
        ),
        Veto(
            "unnamed-subject",
            "no named party would act",
            "Mayor Ines Varga said someone would file suit over the ordinance.",
        ),
        Veto(
            "proposal-content",
            "what a proposal would do is its content, not a move",
            "Senator Rolf Kett said the bill would raise the ferry fee.",
        ),
        Veto(
            "already-past",
            "the act is dated before the article",
            "Director Ada Holm said she would resign last week.",
        ),
        Veto(
            "habitual",
            "the speaker's habit, not a move to come",
            "Coach Lena Roos said she would often cancel practice when it rained.",
        ),
        Veto(
            "in-doubt",
            "asked whether the actor would act: no move announced",
            "Reporters asked whether Minister Jon Dahl would resign over the report.",
        ),
        Veto(
            "not-the-speaker",
            "a pronoun stands for someone else than the speaker: a demand, not a pledge",
            "Councilwoman Ada Voss said Governor Emil Sand had promised her a meeting. She "
            "said he would sign the bill.",
        ),
        Veto(
            "headline",
            "a title's move: the body tells it with its mover named",
            "Mayor vows to veto parking fee\n\nThe Kestrel council met on Monday.",
        ),
        Veto(
            "rhetoric",
            "a figure of speech in a quote, not a move",
            '"I will sue them into the ground," said Ola Berg, the owner of Berg Farms.',
        ),
    ),
)

CONDITION = Family(
    "condition",
    QuestionKind.CONDITIONAL,
    ("conditions",),
    0.6,
    "The Selo Dockers Union said it will strike next week if Corva Shipping does not raise wages.",
    (
        Veto(
            "general-rule",
            "a condition that states a general rule",
            "If a child lacks iodine, growth will suffer.",
        ),
        Veto(
            "record",
            "a condition whose outcome is a record",
            "If it passes, the ferry law would be the first such law in the county.",
        ),
        Veto(
            "duty",
            "an obligation, not an outcome",
            "If the allies pull back, Europe must defend itself.",
        ),
        Veto(
            "not-a-step",
            "a state that would follow an awaited event, not a step anyone takes then",
            "The Halden Chamber of Commerce said sales would rise once the new bridge opened.",
        ),
        Veto(
            "campaign-rhetoric",
            "a rallying cry",
            '"If we stick together, we will win," Senator Mary Hall said.',
        ),
        Veto(
            "habitual",
            "a story told with 'would'",
            '"I would answer, and he would nod, and if he had a question, he would ask the '
            'clerk," Judge Ann Lee recalled.',
        ),
    ),
)

UNKNOWN = Family(
    "unknown",
    QuestionKind.UNRESOLVED,
    ("unknowns",),
    0.6,
    "It is unclear whether Mayor Ann Hall will seek a second term.",
    (
        Veto(
            "names-a-thing",
            "'unknown' describing a thing",
            "The painting was sold to an unknown buyer.",
        ),
        Veto(
            "gives-a-reason",
            "an unanswered request given as a reason",
            "The members were struck off because they did not respond.",
        ),
        Veto(
            "no-tense",
            "an untensed 'not say' tells, it asks nothing",
            "He told them what to say or not say.",
        ),
        Veto(
            "not-asked-by-press",
            "no reply to someone other than the press",
            "Voters did not respond to the census.",
        ),
    ),
)

REQUEST = Family(
    "request",
    QuestionKind.PENDING,
    ("claims whose stance is a demand or a question",),
    0.6,
    "The governor urged the Selo legislature to pass the budget bill.",
    (
        Veto(
            "request-to-audience",
            "a request to the people in the room is met there and then",
            "Senator Ann Hall asked the crowd to welcome the governor.",
        ),
        Veto(
            "request-past-answered",
            "the request is told as already met",
            "The governor urged the legislature to pass the budget bill. The legislature passed "
            "the budget bill on Friday.",
        ),
        Veto(
            "request-past-answered",
            "the event the request is about is told as held",
            "Ann Lee asked the Selo council to delay the vote on the pier. The vote was held "
            "on Monday.",
        ),
        Veto(
            "request-past-answered",
            "the one asked reports back",
            "Senator Ann Hall asked the Selo Port Board to check the cargo logs; the board "
            "told her the logs were complete.",
        ),
        Veto(
            "unnamed-addressee",
            "the one asked is someone the article does not name",
            "Senator Ann Hall asked an aide to check the cargo logs.",
        ),
    ),
)

UNVERIFIED = Family(
    "unverified",
    QuestionKind.UNVERIFIED,
    ("hedges", "according to"),
    0.35,
    "Minister Ann Lee reportedly resigned after the vote.",
    (
        Veto(
            "press-caution",
            "the press's caution over a name",
            "The alleged attacker was arrested on Monday.",
        ),
        Veto(
            "quoted-hedge",
            "a hedge inside a quote or a transcript line is the speaker's own irony",
            "REED: Well, look, Ann Lee apparently thinks this is a game show.",
        ),
    ),
)

DISPUTE = Family(
    "dispute",
    QuestionKind.DISPUTED,
    (
        "denials",
        "claims with opposite stance",
        "contrasting-sources",
        "negated-restatement",
        "competing-figure",
        "plea-of-innocence",
        "criticised-decision",
        "condemned-decision",
        "denied-role",
        "opposite-positions",
        "opposite-acts",
        "unsupported-account",
        "accusation-denied",
    ),
    0.7,
    "The ministry said the border crossing was closed. The rebels denied that the crossing "
    "was closed.",
    (
        Veto(
            "same-dispute",
            "a second dispute asked in the same words is one dispute",
            "The ministry said the border crossing was closed. The rebels denied that the "
            "crossing was closed. The army denied that the crossing was closed.",
        ),
        Veto(
            "dated-apart",
            "one act told and negated of two different times is no dispute",
            "Trade minister Ola Berg said on Monday that imports had risen in May. Central "
            "bank governor Ida Lund said imports had fallen in June.",
        ),
        Veto(
            "admitted-later",
            "the accused owns the act later in the article",
            "Fishermen accused Norvik Salmon of dumping waste into Lake Arne. The company "
            "denied the accusation. On Friday, Norvik Salmon admitted that it had dumped "
            "waste.",
        ),
        Veto(
            "decided-by-verdict",
            "a court or jury in the article has convicted or acquitted the one who denied it",
            "The Fraud Bureau said Tom Rask had told staff to forge invoices to hide losses at "
            "the firm. Rask denied the charges. A jury convicted Tom Rask of fraud on Friday.",
        ),
    ),
)

TALKS = Family(
    "talks",
    QuestionKind.PENDING,
    ("talks-ahead",),
    0.65,
    "Dravia and Ostrelia traded accusations over the Sena dam. The foreign ministers of "
    "both countries are due to meet in Lund on March 14.",
    (
        Veto(
            "no-named-parties",
            "who meets is no pair, group with an aim or named party the question can name",
            "Officials are due to meet in Lund on June 24.",
        ),
        Veto(
            "no-day",
            "the talks have no time ahead",
            "Dravia and Ostrelia traded accusations over the Sena dam. The foreign ministers "
            "of both countries are due to meet again.",
        ),
        Veto(
            "settled-later",
            "a later sentence tells them met",
            "Dravia and Ostrelia traded accusations over the Sena dam. Talks between the two "
            "governments are due to resume on Thursday. On Thursday the talks resumed in Lund.",
        ),
    ),
)

#: Every family, in the order ``--explain`` lists them.
FAMILIES: tuple[Family, ...] = (
    FORECAST,
    SCHEDULED,
    COURT,
    CHAMBER,
    VOTE,
    AGENDA,
    MEETING,
    SESSION,
    DUE,
    TALKS,
    REVIEW,
    INQUIRY,
    CAUSE,
    AWAITED,
    OFFER,
    PLEDGE,
    CONDITION,
    UNKNOWN,
    REQUEST,
    UNVERIFIED,
    DISPUTE,
)

#: The family whose rule reads each cue category.
FAMILY_OF_CUE: dict[str, Family] = {
    pattern: family for family in FAMILIES for pattern in family.patterns
}


def family_named(name: str) -> Family:
    """The family called ``name``."""
    return next(f for f in FAMILIES if f.name == name)
