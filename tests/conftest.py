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
