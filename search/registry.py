"""Which page types the search covers, and how a page becomes a `SearchDocument`.

Praça's services and consultations are always covered (where their apps are installed); a host
adds its own page types as "pages" with `PRACA_SEARCH["PAGE_TYPES"]`, e.g.
`{"home.StandardPage": "page"}`.
"""

from django.apps import apps
from wagtail.search import index

from .conf import search_settings
from .models import Kind
from .text import plain_text, stems, words

# Page model label -> content type shown in the results' facet.
PRACA_PAGE_TYPES = {
    "praca_service_catalog.ServicePage": Kind.SERVICE,
    "praca_consultations.ConsultationPage": Kind.CONSULTATION,
}


def page_types():
    """Praça's page types and the host's (`PRACA_SEARCH["PAGE_TYPES"]`)."""
    host_types = {label: Kind(kind) for label, kind in search_settings.PAGE_TYPES.items()}
    return {**PRACA_PAGE_TYPES, **host_types}


# Fields read for a document's summary, in order of preference.
SUMMARY_FIELDS = ("summary", "introduction", "search_description")


def indexed_models():
    """The page models of `page_types()` that exist, each with its kind."""
    found = []
    for label, kind in page_types().items():
        try:
            found.append((apps.get_model(label), kind))
        except LookupError:
            continue
    return found


def kind_for(page):
    for model, kind in indexed_models():
        if isinstance(page, model):
            return kind
    return None


def _taxonomy(page, name):
    value = getattr(page, name, None)
    if value is None or not hasattr(value, "slug"):
        return "", ""
    return value.slug, value.name


def document_fields(page, url):
    """The `SearchDocument` fields of a specific page (its text read from its search fields)."""
    summary_field = next((name for name in SUMMARY_FIELDS if getattr(page, name, "")), None)
    summary = plain_text(getattr(page, summary_field)) if summary_field else ""
    keywords = [getattr(page, "other_names", "") or ""]
    if hasattr(page, "life_events"):
        keywords += [tag.name for tag in page.life_events.all()]
    keywords = ", ".join(part for part in keywords if part)
    body_parts = []
    skipped = {"title", "other_names", summary_field}
    for field in page.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name not in skipped:
            body_parts.append(plain_text(getattr(page, field.field_name, "")))
    body = " ".join(part for part in body_parts if part)
    category_slug, category_name = _taxonomy(page, "category")
    department_slug, department_name = _taxonomy(page, "department")
    acronym = getattr(getattr(page, "department", None), "acronym", "")
    taxonomy_text = f"{category_name} {department_name} {acronym}"
    return {
        "kind": kind_for(page),
        "title": page.title,
        "url": url,
        "summary": summary,
        "keywords": keywords,
        "body": body,
        "category_slug": category_slug,
        "category_name": category_name,
        "department_slug": department_slug,
        "department_name": department_name,
        "is_online": bool(getattr(page, "is_available_online", False)),
        "title_stems": unique_stems(page.title),
        "keyword_stems": unique_stems(keywords),
        "text_stems": unique_stems(f"{summary} {taxonomy_text} {body}"),
    }


def unique_stems(text):
    """Each stem of `text` once, in order: what the ranking reads, kept small to load."""
    return " ".join(dict.fromkeys(stems(text)))


def vocabulary(fields):
    """The folded words of a document worth correcting a misspelling to."""
    text = f"{fields['title']} {fields['keywords']} {fields['summary']} {fields['body']}"
    return {word for word in words(text) if word.isalpha() and 4 <= len(word) <= 60}
