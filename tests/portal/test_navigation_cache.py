"""The tree cache's version: what is cached while a change is still being committed."""

import pytest

from praca.tree_cache import cached_until_tree_changes, invalidate

pytestmark = pytest.mark.django_db


def test_what_is_cached_while_a_change_commits_is_dropped_after_the_commit(
    django_capture_on_commit_callbacks,
):
    assert cached_until_tree_changes("probe", lambda: "before") == "before"

    with django_capture_on_commit_callbacks(execute=True):
        invalidate()  # a signal sent inside the transaction (a page deleted, a workflow approval)
        # Another request, served before the commit, still reads the old state and caches it.
        assert cached_until_tree_changes("probe", lambda: "old, read before the commit") == (
            "old, read before the commit"
        )

    assert cached_until_tree_changes("probe", lambda: "after") == "after"
