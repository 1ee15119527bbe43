"""newsx: Korean news and press articles to checked, structured figures.

    >>> import newsx
    >>> article = newsx.extract(open("page.html", "rb").read(), published="2025-12-26")
    >>> [(m.text, m.value) for m in article.money]
"""

from .errors import (
    BinaryInputError,
    BlockedURLError,
    DecodeError,
    EmptyInputError,
    FetchError,
    InputError,
    NewsxError,
    RuleError,
    StoreError,
)
from .models import Article, Budget, Change, Check, Count, Duration, Money, Organisation, Percentage, Period
from .pipeline import analyse, extract, load

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "extract",
    "load",
    "analyse",
    "Article",
    "Money",
    "Period",
    "Count",
    "Duration",
    "Change",
    "Percentage",
    "Organisation",
    "Budget",
    "Check",
    "NewsxError",
    "InputError",
    "EmptyInputError",
    "BinaryInputError",
    "DecodeError",
    "FetchError",
    "BlockedURLError",
    "StoreError",
    "RuleError",
]
