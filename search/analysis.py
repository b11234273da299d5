"""A citizen's query as the database engine searches it: terms with their alternatives.

"imposto predal atrasado" becomes three terms; "predal" gets "predial" as an alternative (typo
correction against the words of the catalog), and "imposto predial" gets "iptu" (an editors'
synonym). Each alternative is a tuple of stems that must all be found.
"""

import difflib
import math
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import connection

from .conf import search_settings
from .models import SearchTerm
from .synonyms import synonym_groups
from .text import query_words, stem

VOCABULARY_CACHE_KEY = "praca:search:vocabulary"
# Shortest word that typo correction touches ("ubs", "iss" and "mei" are left as typed).
MIN_CORRECTED_LENGTH = 4
MAX_CORRECTED_WORDS = 4


@dataclass
class Term:
    words: tuple
    alternatives: list  # [(tuple of stems, weight), …]


@dataclass
class AnalysedQuery:
    terms: list = field(default_factory=list)
    corrections: dict = field(default_factory=dict)

    @property
    def stems(self):
        return {stem for term in self.terms for alt, _w in term.alternatives for stem in alt}

    def minimum_should_match(self):
        """How many terms a document must match: all of a short query, most of a long one."""
        count = len(self.terms)
        return count if count <= 2 else max(2, math.ceil(count * 0.6))


def analyse(query):
    words = query_words(query, search_settings.MAX_QUERY_WORDS)
    if not words:
        return AnalysedQuery()
    corrections = correct_typos(words)
    return AnalysedQuery(terms=_terms_with_synonyms(words, corrections), corrections=corrections)


def _terms_with_synonyms(words, corrections):
    spelled = [corrections.get(word, word) for word in words]
    groups = synonym_groups()
    terms = []
    position = 0
    while position < len(words):
        match = None
        for group in groups:
            for phrase in group:
                size = len(phrase)
                if match and size <= len(match[0]):
                    continue
                here = (
                    tuple(spelled[position : position + size]),
                    tuple(words[position : position + size]),
                )
                if phrase in here:
                    match = (phrase, group)
        if match:
            phrase, group = match
            alternatives = [(tuple(stem(word) for word in p), 1.0) for p in group]
            terms.append(
                Term(
                    words=tuple(words[position : position + len(phrase)]), alternatives=alternatives
                )
            )
            position += len(phrase)
            continue
        word = words[position]
        alternatives = [((stem(word),), 1.0)]
        if word in corrections:
            alternatives.append(((stem(corrections[word]),), 0.8))
        terms.append(Term(words=(word,), alternatives=alternatives))
        position += 1
    return terms


def correct_typos(words):
    """{misspelt word: closest word of the catalog}, for the words the catalog does not have.

    PostgreSQL ranks candidates by trigram similarity (pg_trgm, indexed); elsewhere difflib
    compares the word with the catalog's words that start with the same letter.
    """
    candidates = [word for word in words if len(word) >= MIN_CORRECTED_LENGTH and word.isalpha()]
    if not candidates:
        return {}
    synonym_words = {word for group in synonym_groups() for phrase in group for word in phrase}
    candidates = [word for word in candidates if word not in synonym_words]
    if not candidates:
        return {}
    known = set(SearchTerm.objects.filter(word__in=candidates).values_list("word", flat=True))
    unknown = [word for word in candidates if word not in known][:MAX_CORRECTED_WORDS]
    corrections = {}
    for word in unknown:
        corrected = (
            _closest_by_trigram(word)
            if connection.vendor == "postgresql"
            else _closest_by_difflib(word)
        )
        if corrected and corrected != word:
            corrections[word] = corrected
    return corrections


def _closest_by_trigram(word):
    from django.contrib.postgres.search import TrigramSimilarity

    match = (
        SearchTerm.objects.filter(word__trigram_similar=word)
        .annotate(similarity=TrigramSimilarity("word", word))
        .filter(similarity__gte=0.4)
        .order_by("-similarity", "word")
        .values_list("word", flat=True)
        .first()
    )
    return match


def _closest_by_difflib(word):
    vocabulary = cache.get(VOCABULARY_CACHE_KEY)
    if vocabulary is None:
        vocabulary = {}
        for known in SearchTerm.objects.values_list("word", flat=True).iterator():
            vocabulary.setdefault(known[0], []).append(known)
        cache.set(VOCABULARY_CACHE_KEY, vocabulary, 60 * 60)
    matches = difflib.get_close_matches(word, vocabulary.get(word[0], []), n=1, cutoff=0.8)
    return matches[0] if matches else None


def forget_vocabulary():
    cache.delete(VOCABULARY_CACHE_KEY)
