"""An online service the model takes for a person: a one-word name the article uses as a
place people post "on" ("posted the video on Twitter", after a verb of posting) or as the
owner of an account, a feed or a channel ("his Twitter account"), and never with a first
name or a title."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.gender import first_names
from briefing_tui.analysis.actors.kinds import person_evidence
from briefing_tui.analysis.actors.titles import title_before
from briefing_tui.analysis.doctext import text_positions

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from briefing_tui.analysis.actors.facts import ArticleFacts

#: Nouns for what a user has on a service: "the Twitter account", "her Flickr page".
SERVICE_NOUNS = frozenset(
    {"account", "feed", "page", "channel", "followers", "follower", "handle", "user", "users"}
    | {"post", "posts", "profile", "livestream", "stream", "app"}
)
#: Prepositions before a service where users post: "on Twitter", "via Twitter".
SERVICE_PREPS = frozenset({"on", "via"})
#: Verbs (lemmas) of putting words or pictures out, on which "on Twitter" hangs: a service;
#: "closed in on Ramsey" is no post.
POSTING_VERBS = frozenset(
    {"post", "share", "write", "publish", "upload", "announce", "say", "tweet", "comment"}
    | {"stream", "broadcast", "appear", "circulate", "spread", "reply", "respond", "message"}
)


def service_name(facts: ArticleFacts, span: Span) -> bool:
    """Whether a one-word "person" is a service: the article writes it after "on" or
    "via" ("shared on Twitter") or before a noun for an account ("his Twitter account"),
    and it is no first name, no surname of a full name the article gives, and has no
    title nor a person's cue beside it."""
    if len(span) != 1 or (not span[0].is_title and not span[0].is_upper):
        return False
    word = span[0].text
    if word.lower() in first_names() or word in facts.full_names.by_last:
        return False
    if person_evidence(span) or title_before(facts.doc, span.start, facts.lex, facts.gaz):
        return False
    doc = facts.doc
    return any(_service_use(doc[i]) for i in text_positions(doc, word))


def _service_use(token: Token) -> bool:
    """ "on Twitter", "via Twitter", "Twitter account", "Twitter's users"."""
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ in SERVICE_PREPS:
        return prep.head.lemma_.lower() in POSTING_VERBS
    return token.dep_ in ("compound", "poss") and token.head.lower_ in SERVICE_NOUNS
