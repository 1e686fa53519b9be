"""Import hygiene, checked in fresh interpreters.

The analysis imports nothing from Textual; the app leaves spaCy to the analysis
child; ``briefing --help`` and ``--version`` import neither spaCy nor Textual
(so they answer at once); reading a plain text file pulls in neither the HTML
extractor nor the HTTP client.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("spacy", "thinc", "textual", "trafilatura", "httpx", "lxml", "charset_normalizer")


def loaded_after(code: str) -> set[str]:
    """The top-level module names in ``sys.modules`` after running ``code`` in a new interpreter."""
    script = (
        "import sys, json, contextlib, io\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        + "".join(f"    {line}\n" for line in code.splitlines())
        + "print(json.dumps(sorted({name.split('.')[0] for name in sys.modules})))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_analysis_and_pipeline_import_nothing_from_textual() -> None:
    modules = loaded_after(
        "import briefing_tui.analysis.actors.find\n"
        "import briefing_tui.analysis.claims.find\n"
        "import briefing_tui.analysis.questions.find\n"
        "import briefing_tui.engine.analyze\n"
        "import briefing_tui.engine.merge\n"
        "import briefing_tui.engine.session\n"
        "import briefing_tui.engine.batch\n"
        "import briefing_tui.model\n"
        "import briefing_tui.export\n"
    )
    assert "textual" not in modules
    assert "briefing_tui" in modules


def test_the_analysis_modules_import_no_spacy() -> None:
    """spaCy's types are for annotations only: importing the analysis must not load spaCy,
    or every process that imports it (the app's side, the analysis child before its model
    loads) pays for spaCy's import again, about 0.2 s before the panes fill."""
    modules = loaded_after(
        "import briefing_tui.analysis.actors.find\n"
        "import briefing_tui.analysis.claims.find\n"
        "import briefing_tui.analysis.questions.find\n"
        "import briefing_tui.engine.analyze\n"
    )
    assert "briefing_tui" in modules
    assert "spacy" not in modules


def test_a_whole_analysis_imports_nothing_from_textual(tmp_path) -> None:
    modules = loaded_after(
        "from briefing_tui.cli import main\n"
        f"assert main(['analyze', '--no-cache', '--markdown', {str(_sample())!r}]) == 0\n"
    )
    assert "spacy" in modules  # the analysis did run
    assert "textual" not in modules


def test_the_app_leaves_spacy_to_the_analysis_child(tmp_path) -> None:
    modules = loaded_after(
        "import os\n"
        f"os.environ['BRIEFING_CACHE'] = {str(tmp_path)!r}\n"
        "os.environ.pop('BRIEFING_ANALYSIS_IN_PROCESS', None)\n"
        "import briefing_tui.ui.app\n"
        "from briefing_tui.engine.session import AnalysisSession\n"
        "from briefing_tui.reading import load_article\n"
        f"session = AnalysisSession.start(load_article({str(_sample())!r}))\n"
        "final = list(session.progress())[-1]\n"
        "assert final.done and final.briefing.actors\n"
    )
    assert "textual" in modules
    assert "spacy" not in modules


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["analyze", "--help"]], ids=" ".join)
def test_help_and_version_stay_light(argv: list[str]) -> None:
    modules = loaded_after(f"from briefing_tui.cli import main\nassert main({argv!r}) == 0\n")
    assert not modules & set(HEAVY), sorted(modules & set(HEAVY))


def test_reading_plain_text_stays_light(tmp_path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Bridge closes\nThe council voted to close it, the mayor said.\n", "utf-8")
    modules = loaded_after(
        "from briefing_tui.reading import load_article\n"
        f"assert load_article({str(path)!r}).title == 'Bridge closes'\n"
    )
    assert not modules & set(HEAVY), sorted(modules & set(HEAVY))


def _sample():
    from briefing_tui.reading.samples import default_sample

    return default_sample()


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_loading_the_pipeline_leaves_spacy_cli_unimported() -> None:
    out = _run(
        "import sys\n"
        "from briefing_tui.engine.nlp import load_pipeline\n"
        "nlp = load_pipeline()\n"
        "assert nlp('The minister said so.')[1].pos_ == 'NOUN'\n"
        "print(sorted(m for m in sys.modules if m.startswith(('spacy.cli', 'weasel', 'typer'))))\n"
    )
    assert out == "['spacy.cli.info']"  # the stand-in, nothing behind it


def test_spacy_info_still_works_after_the_light_import() -> None:
    out = _run(
        "import sys\n"
        "from briefing_tui.engine.spacy_import import import_spacy\n"
        "spacy = import_spacy()\n"
        "details = spacy.info()\n"
        "import spacy.cli\n"
        "print(details['spacy_version'] == spacy.__version__, 'typer' in sys.modules,\n"
        "      spacy.cli.info is not None)\n"
    )
    assert out == "True True True"


def test_an_earlier_plain_import_of_spacy_is_left_alone() -> None:
    out = _run(
        "import sys, spacy\n"
        "from briefing_tui.engine.spacy_import import import_spacy\n"
        "print(import_spacy() is spacy, 'spacy.cli' in sys.modules)\n"
    )
    assert out == "True True"


def test_the_app_module_leaves_the_library_until_it_records() -> None:
    """The app imports its library link before the first paint; sqlite3 and the library
    (feeds, search) are first needed after it, in the thread that records the article."""
    modules = loaded_after("import briefing_tui.ui.app\n")
    assert "sqlite3" not in modules
    assert "textual" in modules
