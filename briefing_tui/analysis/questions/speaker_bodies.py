"""The body a speaker speaks for, told by the office the article gives the speaker.

"The Marine Safety Office has opened an inquiry. Its director, Ann Lee, said a
report would be published within 30 days": the report is the office's to publish,
and "Will the Marine Safety Office publish a report within 30 days?" asks it of
the one who would act. A person said with a speaking office (``speaking_offices.txt``:
a spokesperson, a director, a chief executive, a body's lawyer) in apposition to the
name or before it ("Velo Dairy lawyer Ann Lee", "Ann Lee, Velo's chief executive",
"Its director, Ann Lee") speaks for the office's owner: a possessive, a name before
the office or the object of its "of" or "for", that the actors analysis ties to an
actor other than the speaker (a client too: "Ann Lee, Piet Morel's lawyer"; an "its"
by the noun it stands for, in its sentence or the one before). Only when every such
office names the same body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.questions.pronouns import antecedent
from briefing_tui.analysis.syntax import owner_words

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

    from briefing_tui.analysis.questions.rules import RuleContext

#: Owner pronouns of a body, with the subject form they agree as.
_OWNER_PRONOUNS = {"its": "it", "their": "they"}
#: Prepositions after an office that name its owner ("director of the office").
_OWNER_PREPS = frozenset({"of", "for", "at"})


def _offices(name: Token) -> Iterator[Token]:
    """The office nouns said of the name ``name`` ends: in apposition or before it."""
    offices = data_files.words("questions/speaking_offices.txt")
    if name.dep_ == "appos" and name.head.lemma_.lower() in offices:
        yield name.head  # "Its director, Ann Lee"
    for child in name.children:
        if child.dep_ in {"appos", "compound"} and child.lemma_.lower() in offices:
            yield child  # "Ann Lee, Velo's chief executive", "Velo lawyer Ann Lee"


def speaker_body(ctx: RuleContext, speaker_id: str) -> str | None:
    """The name of the one body the actor ``speaker_id`` speaks for by its office (see the
    module's docstring), or None."""
    doc = ctx.doc
    bodies: set[str] = set()
    for index, actor in ctx.actor_at.items():
        if actor != speaker_id or doc[index].pos_ != "PROPN":
            continue
        for office in _offices(doc[index]):
            for owner in owner_words(office, _OWNER_PREPS, named_only=True):
                body = ctx.actor_at.get(owner.i)
                form = _OWNER_PRONOUNS.get(owner.lower_)
                if form is not None and body in {None, speaker_id}:
                    # "Its director, Ann Lee": the mention may take in its "its"
                    noun = antecedent(form, owner.sent, owner.i, back=1)
                    body = ctx.actor_at.get(noun.i) if noun is not None else None
                if body is not None and body != speaker_id:
                    bodies.add(body)
    if len(bodies) != 1:
        return None
    return ctx.names.get(bodies.pop())
