"""Editors' synonym groups, cached until one is saved or deleted."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from .text import STOP_WORDS

CACHE_KEY = "praca:search:synonyms"


def _load():
    data = cache.get(CACHE_KEY)
    if data is None:
        from .models import Synonym

        data = {"groups": [], "rules": []}
        for synonym in Synonym.objects.all():
            phrases = synonym.phrases()
            meaningful = []
            for phrase in phrases:
                words = tuple(word for word in phrase if word not in STOP_WORDS)
                if words and words not in meaningful:
                    meaningful.append(words)
            if len(meaningful) > 1:
                data["groups"].append(meaningful)
                data["rules"].append(", ".join(" ".join(phrase) for phrase in phrases))
        cache.set(CACHE_KEY, data, 60 * 60)
    return data


def synonym_groups():
    """[[phrase, …], …] where a phrase is a tuple of folded words without stop words."""
    return _load()["groups"]


def elasticsearch_rules():
    """The groups as Solr-format rules (folded, stop words kept) for a synonym_graph filter."""
    return _load()["rules"]


def invalidate(**kwargs):
    cache.delete(CACHE_KEY)
    from .engines import elasticsearch_configured

    if elasticsearch_configured():
        # The analyzer carries the synonyms: rebuild the index behind the alias.
        from .tasks import rebuild_search_index

        rebuild_search_index.enqueue()


def connect_signals():
    from .models import Synonym

    post_save.connect(invalidate, sender=Synonym, dispatch_uid="praca-search-synonym-save")
    post_delete.connect(invalidate, sender=Synonym, dispatch_uid="praca-search-synonym-delete")
