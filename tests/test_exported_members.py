import newsx


def test_public_surface():
    assert sorted(newsx.__all__) == sorted(
        [
            "__version__", "extract", "load", "analyse", "Article", "Money", "Period", "Count", "Duration",
            "Change", "Percentage", "Organisation", "Budget", "Check", "NewsxError", "InputError",
            "EmptyInputError", "BinaryInputError", "DecodeError", "FetchError", "BlockedURLError",
            "StoreError", "RuleError",
        ]
    )
    for name in newsx.__all__:
        assert hasattr(newsx, name), name
