"""The analysis's data files: their registry and the one loader that reads them.

The files live under ``lexicon/`` in one folder per family that reads them
(``actors/``, ``claims/``, ``questions/``) and ``shared/`` for those read by
more than one. Every file follows one rule: ``#`` starts a comment that runs to
the end of the line, surrounding whitespace is dropped, and lines left empty
are skipped. A ``.tsv`` file's lines are rows of tab-separated cells.

Files are named by their path under ``lexicon/`` ("actors/titles.tsv"); only
registered files can be read, so a misspelt name fails at once. Each file is
read once per process, whichever thread asks first.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cache, wraps
from importlib import resources
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_Result = TypeVar("_Result")

#: Every data file, by the folder (the family that reads it) it lives in.
FILES_BY_FOLDER: dict[str, tuple[str, ...]] = {
    "actors": (
        "body_heads.txt",
        "business_heads.txt",
        "bystander_roles.tsv",
        "club_names.txt",
        "country_aliases.tsv",
        "crowd_nouns.txt",
        "demonyms.tsv",
        "described_nouns.txt",
        "descriptions.tsv",
        "facility_heads.tsv",
        "first_names.tsv",
        "gendered_nouns.tsv",
        "governing_modifiers.tsv",
        "government_nouns.txt",
        "honorifics.tsv",
        "institution_buildings.tsv",
        "instrument_heads.txt",
        "kinship_nouns.txt",
        "lone_institutions.txt",
        "media_heads.txt",
        "not_heads.txt",
        "not_names.tsv",
        "official_nouns.txt",
        "opening_trade_nouns.txt",
        "org_cues.tsv",
        "org_heads.txt",
        "sector_words.txt",
        "party_heads.txt",
        "party_names.tsv",
        "person_cues.tsv",
        "place_verbs.tsv",
        "place_words.tsv",
        "postnominals.txt",
        "regions.txt",
        "role_nouns.txt",
        "pronouns.tsv",
        "seats.tsv",
        "speaking_bodies.tsv",
        "speaking_crowd_nouns.txt",
        "speech_verbs.txt",
        "stance_nouns.txt",
        "statement_nouns.txt",
        "thing_nouns.tsv",
        "union_seats.tsv",
        "unnamed_sources.tsv",
        "titles.tsv",
        "unnamed_orgs.txt",
    ),
    "claims": (
        "accusation_nouns.txt",
        "act_verbs.txt",
        "adjectives.tsv",
        "anonymity_verbs.txt",
        "comment_nouns.txt",
        "content_nouns.txt",
        "described_speakers.tsv",
        "course_nouns.txt",
        "court_nouns.txt",
        "cue_verbs.tsv",
        "description_synonyms.tsv",
        "discourse_nouns.txt",
        "documents.tsv",
        "gathering_acts.txt",
        "group_nouns.txt",
        "hearsay_nouns.txt",
        "label_stoplist.txt",
        "light_verbs.txt",
        "mass_nouns.txt",
        "member_nouns.txt",
        "named_kind_nouns.txt",
        "naming_verbs.txt",
        "nouns.tsv",
        "payment_nouns.txt",
        "person_roles.txt",
        "rank_words.txt",
        "rebuttal_verbs.txt",
        "setting_nouns.txt",
        "title_words.tsv",
        "topic_verbs.txt",
        "trade_bodies.tsv",
        "voice_nouns.txt",
        "withholding_verbs.txt",
    ),
    "questions": (
        "act_nouns.txt",
        "advice.txt",
        "agenda.tsv",
        "agentive_verbs.txt",
        "analytic.txt",
        "arguing_verbs.txt",
        "aside_nouns.txt",
        "aspiration.txt",
        "attitude_passives.txt",
        "belief_verbs.txt",
        "body_levels.txt",
        "body_nouns.txt",
        "cause_frames.txt",
        "caused_events.txt",
        "claim_nouns.txt",
        "comment_requests.txt",
        "comments.txt",
        "condemnations.txt",
        "conditions.txt",
        "connectives.txt",
        "content_holders.txt",
        "contested_matters.txt",
        "content_verbs.txt",
        "count_predicates.txt",
        "counted_things.txt",
        "denials.txt",
        "decisions.txt",
        "decisions_due.tsv",
        "deliberation_verbs.txt",
        "entailed_duties.txt",
        "document_nouns.txt",
        "deontic.txt",
        "evaluative.txt",
        "evaluative_nouns.txt",
        "figure_limits.txt",
        "figure_units.txt",
        "future_time.txt",
        "gathering_nouns.txt",
        "generic_nouns.txt",
        "habitual.txt",
        "hedges.txt",
        "held_nouns.txt",
        "hypothetical.txt",
        "inclusive.txt",
        "institution_heads.txt",
        "instruments.txt",
        "justification.txt",
        "layout_verbs.txt",
        "light_verbs.txt",
        "manner.txt",
        "measure_nouns.txt",
        "modality.txt",
        "nominalizations.tsv",
        "open_outcomes.txt",
        "object_verbs.txt",
        "ongoing.txt",
        "opinion.txt",
        "opposites.txt",
        "outcome_carriers.txt",
        "own_steps.txt",
        "pair_nouns.txt",
        "party_nouns.txt",
        "proposals.txt",
        "pending.txt",
        "pending_negated.txt",
        "permission.txt",
        "pledge_verbs.txt",
        "pledged_acts.txt",
        "positions.txt",
        "prize_nouns.txt",
        "proceedings.txt",
        "report_delivering.txt",
        "reported_states.txt",
        "reporting.txt",
        "review_openings.tsv",
        "rhetoric.txt",
        "rhetoric_markers.txt",
        "role_nouns.txt",
        "settled_events.txt",
        "settled_verbs.txt",
        "shell_nouns.txt",
        "speaking_offices.txt",
        "standalone_nouns.txt",
        "talks.tsv",
        "telling_ahead.txt",
        "thing_nouns.txt",
        "threatened_acts.txt",
        "trends.txt",
        "unknowns.txt",
        "waiting_acts.txt",
        "weather_nouns.txt",
    ),
    # speech cues: the claims pane's attribution verbs, the questions pane's verbs of speech
    "shared": ("cues.tsv", "name_particles.txt", "representative_nouns.txt", "us_states.tsv"),
    # dossiers: place names that name a city and a state or country
    "dossier": ("city_state_names.txt",),
}

#: The speech-cue verbs (lemma, stance, frames): claims read every column, questions the lemmas.
CUE_VERBS = "shared/cues.tsv"
#: Lower-case words a name may hold ("von der"): actors and dossiers read the same list.
NAME_PARTICLES = "shared/name_particles.txt"

#: The US states with their AP and postal abbreviations: claims and actors read it.
US_STATES = "shared/us_states.tsv"

#: Every registered file's name, its path under ``lexicon/``.
FILES: frozenset[str] = frozenset(
    f"{folder}/{file}" for folder, files in FILES_BY_FOLDER.items() for file in files
)


class UnknownLexiconError(KeyError):
    """A data file name that is not in the registry."""

    def __str__(self) -> str:
        return f"unknown lexicon file {self.args[0]!r}; registered files are in lexicon.FILES"


def _once_per_name(read: Callable[[str], _Result]) -> Callable[[str], _Result]:
    """``read`` with its result kept per name; a lock makes concurrent first reads share one."""
    results: dict[str, _Result] = {}
    lock = threading.Lock()

    @wraps(read)
    def cached(name: str) -> _Result:
        if name in results:
            return results[name]
        with lock:
            if name not in results:
                results[name] = read(name)
            return results[name]

    return cached


def uncomment(text: str) -> tuple[str, ...]:
    """The entries of a data file's text: comments, surrounding whitespace and blank lines gone."""
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(entry for entry in entries if entry)


@_once_per_name
def lines(name: str) -> tuple[str, ...]:
    """The entries of the registered file ``name``, one per line, in file order."""
    if name not in FILES:
        raise UnknownLexiconError(name)
    path = _package_files().joinpath("lexicon", *name.split("/"))
    return uncomment(path.read_text(encoding="utf-8"))


@cache
def _package_files() -> Traversable:
    """The analysis package's files, found once: ``resources.files`` searches the import
    system at each call, which for the hundred-odd files read on the first article's path
    cost more than reading them."""
    return resources.files("briefing_tui.analysis")


@_once_per_name
def words(name: str) -> frozenset[str]:
    """A one-entry-per-line file as a set of lower-case entries."""
    return frozenset(line.lower() for line in lines(name))


@_once_per_name
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated file as rows of stripped cells."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in lines(name))


@_once_per_name
def first_words(name: str) -> frozenset[str]:
    """The first word of each row's first cell: the lemmas that start the file's entries."""
    return frozenset(row[0].split()[0] for row in rows(name))


@cache
def us_state_names() -> dict[str, str]:
    """Every form the US states table writes a state in (its name, AP abbreviation and
    postal code), lower case -> the state's name, lower case ("ore." -> "oregon")."""
    found: dict[str, str] = {}
    for row in rows(US_STATES):
        for form in row[1:]:
            found[form.lower()] = row[0].lower()
        found[row[0].lower()] = row[0].lower()
    return found
