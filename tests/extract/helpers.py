"""Helpers for the coder's tests (synthetic sentences, not real reports)."""


def one(coder, text, published, lang="en"):
    """The one event report the coder finds in ``text``; fails, showing them, if it finds another number."""
    reports = coder.extract(text, published, lang, "doc")
    assert len(reports) == 1, [r.to_dict() for r in reports]
    return reports[0]
