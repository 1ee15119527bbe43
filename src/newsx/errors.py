"""The newsx exception tree.

- NewsxError: base of every error newsx raises on purpose
  - InputError (also a ValueError): a source that cannot be read as an article
    - EmptyInputError: nothing but whitespace
    - BinaryInputError: bytes that are not text (images, archives, PDFs)
    - DecodeError: text in an encoding newsx cannot identify
  - FetchError: a URL that could not be fetched (network, HTTP status, robots.txt, size)
    - BlockedURLError: a scheme or address newsx refuses (file://, private networks)
  - StoreError: an output file that cannot be written or read
  - RuleError (also a ValueError): a data file under newsx/rules that is malformed

The CLI turns each of these into one line on stderr and a non-zero exit.
"""

__all__ = [
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


class NewsxError(Exception):
    """Base class for every error newsx raises on purpose."""


class InputError(NewsxError, ValueError):
    """A source that cannot be read as an article."""


class EmptyInputError(InputError):
    pass


class BinaryInputError(InputError):
    pass


class DecodeError(InputError):
    pass


class FetchError(NewsxError):
    """A URL that could not be fetched."""

    def __init__(self, message: str, *, url: str | None = None, status: int | None = None):
        super().__init__(message)
        self.url = url
        self.status = status


class BlockedURLError(FetchError):
    pass


class StoreError(NewsxError):
    pass


class RuleError(NewsxError, ValueError):
    pass
