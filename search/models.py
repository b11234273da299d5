"""What the search keeps: a flat copy of every searchable page, editors' synonyms, the words of
the catalog (for typo correction) and the anonymous query log.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.search import index

from praca.compat import PAGE_MODEL

from .text import fold, words


class Kind(models.TextChoices):
    SERVICE = "service", _("Services")
    CONSULTATION = "consultation", _("Public consultations")
    PAGE = "page", _("Pages")


class SearchDocument(index.Indexed, models.Model):
    """One live, public page as the search sees it: text, facets and the URL, in one row.

    Kept in step with the page on publish, unpublish, move and delete (`search.indexing`), so
    that a results page needs no join and the engines index one shape whatever the page type.
    The `*_stems` fields hold the Portuguese stems of the text, so that SQLite's full-text
    search, which does not stem, matches "buracos" with "buraco".
    """

    page = models.OneToOneField(
        PAGE_MODEL, on_delete=models.CASCADE, related_name="search_document"
    )
    kind = models.CharField(_("content type"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=255)
    url = models.CharField(_("URL"), max_length=500)
    summary = models.TextField(_("summary"), blank=True)
    keywords = models.TextField(_("keywords"), blank=True)
    body = models.TextField(_("body"), blank=True)
    category_slug = models.CharField(max_length=100, blank=True)
    category_name = models.CharField(max_length=100, blank=True)
    department_slug = models.CharField(max_length=100, blank=True)
    department_name = models.CharField(max_length=200, blank=True)
    is_online = models.BooleanField(_("available online"), default=False)
    title_stems = models.TextField(blank=True)
    keyword_stems = models.TextField(blank=True)
    text_stems = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Indexed by `search.indexing` into the database backend only, never by Wagtail's signals
    # (which would also send it to Elasticsearch, where the search has its own index).
    search_auto_update = False
    search_fields = [
        index.SearchField("title_stems", boost=4),
        index.SearchField("keyword_stems", boost=3),
        index.SearchField("text_stems"),
        index.AutocompleteField("autocomplete_text"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        indexes = [models.Index(fields=["kind", "title"])]

    def __str__(self):
        return self.title

    @property
    def autocomplete_text(self):
        return fold(f"{self.title} {self.keywords}")


class Synonym(models.Model):
    """Words and phrases that citizens use for the same thing ("IPTU, imposto predial")."""

    terms = models.CharField(
        _("words that mean the same"),
        max_length=500,
        help_text=_(
            "Separate them with commas, e.g. IPTU, imposto predial. A search for any of them "
            "also finds the others. Accents and capitals make no difference."
        ),
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        HelpPanel(
            content=_(
                "Synonyms apply to the next search on the database engine and after the next "
                "reindex (started automatically) on Elasticsearch."
            )
        ),
        FieldPanel("terms"),
    ]

    class Meta:
        ordering = ["terms"]
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")

    def __str__(self):
        return self.terms

    def phrases(self):
        """The folded phrases of this group, each a tuple of words, without duplicates."""
        found = []
        for part in self.terms.split(","):
            phrase = tuple(words(part))
            if phrase and phrase not in found:
                found.append(phrase)
        return found


class SearchTerm(models.Model):
    """A folded word of the indexed pages: what a misspelt query word is corrected to."""

    word = models.CharField(max_length=60, unique=True)

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")

    def __str__(self):
        return self.word


class SearchLogEntry(models.Model):
    """One search, without personal data: no user, no IP, no session; e-mails and long numbers
    in the query are masked before it is saved."""

    query = models.CharField(_("query"), max_length=200, db_index=True)
    result_count = models.PositiveIntegerField(_("results"))
    engine = models.CharField(_("engine"), max_length=20)
    filtered = models.BooleanField(_("with filters"), default=False)
    searched_at = models.DateTimeField(_("searched at"), db_index=True)
    clicked_page = models.ForeignKey(
        PAGE_MODEL,
        verbose_name=_("clicked result"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    clicked_position = models.PositiveSmallIntegerField(_("position clicked"), null=True)
    clicked_at = models.DateTimeField(_("clicked at"), null=True)

    class Meta:
        ordering = ["-searched_at"]
        verbose_name = _("search log entry")
        verbose_name_plural = _("search log")

    def __str__(self):
        return self.query
