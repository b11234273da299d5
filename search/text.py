"""Portuguese text handling shared by the engines: folding, stems, stop words, snippets.

A citizen types "Licenca pra tirar segunda via"; the catalog says "Licença" and "2ª via". Both
sides go through `fold()` (lower case, no accents) and `stem()` (Snowball's Portuguese stemmer),
so they meet whatever the accents, plurals or verb forms.
"""

import html
import re
import unicodedata
from functools import lru_cache

import snowballstemmer
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

WORD_RE = re.compile(r"\w+", re.UNICODE)

# Words that carry no meaning in a query ("como tirar a segunda via do iptu"). Short on purpose:
# a verb like "tirar" or "pedir" is left in, since services are named after what people do.
STOP_WORDS = frozenset(
    """
    a o as os um uma uns umas de da do das dos d em na no nas nos num numa para pra pro pras
    pros por pelo pela pelos pelas e ou que com sem se como onde quando qual quais quero queria
    preciso gostaria eu meu minha meus minhas sua seu suas seus me mim te ao aos à às é ser
    sobre posso pode fazer faço faz tem ter the
    """.split()
)

_stemmer = snowballstemmer.stemmer("portuguese")

# Personal data a citizen may type into a search box; replaced before a query is logged.
# E-mail addresses also when spelt out: "joao @ gmail.com", "joao[at]gmail.com",
# "joao arroba gmail.com", "joao (at) gmail . com".
_EMAIL_RE = re.compile(
    r"[\w.+\-]+\s*(?:@|\[\s*at\s*\]|\(\s*at\s*\)|\{\s*at\s*\}|\barroba\b|\bat\b)\s*"
    r"[\w\-]+(?:\s*(?:\.|\[\s*dot\s*\]|\(\s*dot\s*\)|\bponto\b|\bdot\b)\s*[\w\-]+)+",
    re.IGNORECASE,
)
_LEFTOVER_AT_RE = re.compile(r"\S*@\S*")
# CPF "123.456.789-09", phone "(11) 98765-4321", protocol numbers: 5+ digits in a row, or
# digits grouped by dots, dashes, slashes, spaces and brackets adding up to 5 or more.
_LONG_NUMBER_RE = re.compile(r"\(?\d[\d.\-/() ]*\d")


def fold(text):
    """Lower case without accents: "Licença" -> "licenca"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text):
    """The folded words of `text`, punctuation and search syntax dropped."""
    return WORD_RE.findall(fold(text))


@lru_cache(maxsize=20_000)
def stem(word):
    """The Portuguese stem of one folded word ("certidoes" and "certidao" -> "certida")."""
    if word.endswith("oes") and len(word) > 4:
        word = word[:-3] + "ao"
    return _stemmer.stemWord(word)


def stems(text):
    """Stems of every word of `text`, stop words included (documents keep their words)."""
    return [stem(word) for word in words(text)]


def query_words(text, limit):
    """The meaningful words of a query, at most `limit`, without duplicates."""
    found = []
    for word in words(text):
        if word in STOP_WORDS or word in found:
            continue
        found.append(word)
        if len(found) == limit:
            break
    return found


def scrub_personal_data(query):
    """The query with e-mail addresses and long numbers (CPF, phone, protocol) masked."""
    query = _EMAIL_RE.sub("[email]", query)
    query = _LEFTOVER_AT_RE.sub("[email]", query)
    return _LONG_NUMBER_RE.sub(_mask_long_number, query)


def _mask_long_number(match):
    """Digits grouped into 5 or more (CPF, CNPJ, phone, protocol) are masked; short numbers
    ("2ª via", "lei 8.666", "2024") are what citizens search for and stay."""
    return "[número]" if sum(char.isdigit() for char in match.group()) >= 5 else match.group()


def normalise_for_log(query, max_length):
    """One spelling per query for the report: scrubbed, lower case, single spaces."""
    query = scrub_personal_data(query[:max_length])
    return " ".join(query.lower().split())[:max_length]


def plain_text(value):
    """Text of a field value: rich text and StreamField rendered to words.

    Entities are decoded ("Obras &amp; Serviços" -> "Obras & Serviços"): the text is plain, and
    whoever shows it escapes it once (`snippet`, the templates).
    """
    if value is None:
        return ""
    if hasattr(value, "render_as_block"):
        value = value.render_as_block()
    return " ".join(html.unescape(strip_tags(str(value))).split())


def snippet(text, query_stems, length=220):
    """An excerpt of `text` around the first word whose stem the query has, matches marked.

    Returns safe HTML: the text is escaped, and only the <mark> elements are added.
    """
    tokens = list(re.finditer(r"\w+", text))
    wanted = set(query_stems)
    first = next((t for t in tokens if stem(fold(t.group())) in wanted), None)
    start = 0
    if first is not None and first.start() > length // 3:
        start = text.rfind(" ", 0, first.start() - length // 3) + 1
    end = min(len(text), start + length)
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    pieces = []
    cursor = start
    for token in tokens:
        if token.start() < start or token.end() > end:
            continue
        if stem(fold(token.group())) in wanted:
            pieces.append(escape(text[cursor : token.start()]))
            pieces.append(f"<mark>{escape(token.group())}</mark>")
            cursor = token.end()
    pieces.append(escape(text[cursor:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(pieces) + suffix)  # noqa: S308 - escaped above
