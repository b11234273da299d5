"""Rebuild the search: every SearchDocument from the pages, then every engine's index.

Elasticsearch gets a new index that replaces the old one by an alias swap, so searching never
stops. Safe to run at any time (and from cron after an Elasticsearch outage).
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from praca.progress import ProgressBar
from search.engines import available_engines
from search.engines.base import EngineUnavailable
from search.indexing import count_searchable_pages, rebuild_documents
from search.models import SearchDocument


class Command(BaseCommand):
    help = (
        "Rebuild the search documents from the live pages and reindex them in every engine "
        "(the database, and Elasticsearch when ELASTICSEARCH_URL is set), with a progress bar."
    )

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true", help="Print nothing but errors.")

    def handle(self, *args, **options):
        show = not options["quiet"] and options["verbosity"] > 0
        pages = ProgressBar(self.stdout, "pages", count_searchable_pages(), show)
        database, *others = available_engines()
        # The documents and the database engine's index change in one transaction, in place:
        # a search meanwhile sees the previous documents, never an empty index.
        with transaction.atomic():
            total = rebuild_documents(progress=pages.advance)
            pages.finish(f"{total} searchable")
            self.rebuild(database, total, show)
        for engine in others:
            self.rebuild(engine, total, show)

    def rebuild(self, engine, total, show):
        bar = ProgressBar(self.stdout, f"documents in {engine.name}", total, show)
        documents = SearchDocument.objects.order_by("pk").iterator(chunk_size=500)
        try:
            engine.rebuild(documents, total, progress=bar.advance)
        except EngineUnavailable as error:
            raise CommandError(f"{engine.name} is unavailable: {error}") from error
        bar.finish("done")
