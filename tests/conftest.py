from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "fixtures" / "articles"


@pytest.fixture(scope="session")
def nlp():
    import newsx

    return newsx.load()


@pytest.fixture(scope="session")
def tokenizer_nlp():
    from newsx.korean import make_nlp

    return make_nlp()


@pytest.fixture(scope="session")
def eval_score():
    """../shared/eval/score.py as a module: the project's scorer, used as the issues use it."""
    import importlib.util

    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip("../shared/eval/score.py is not beside the checkout")
    spec = importlib.util.spec_from_file_location("newsx_eval_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
