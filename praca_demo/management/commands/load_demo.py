"""Load the demo content, the fictional Município de Vila Serena (SP), under a page of the host.

    manage.py load_demo [--parent <page id or URL path>] [--quiet]

Without --parent, under the default site's root page ("/"). The stages of Praça's apps that the
host did not install are skipped. Idempotent: see `praca_demo.demo.loader`.
"""

import time

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from praca_demo.demo.loader import DemoLoader, find_parent


class Command(BaseCommand):
    help = (
        "Load Praça's demo (the fictional Município de Vila Serena) under a page of this site: "
        "departments, contact channels, the service catalog at servicos/, the service desk at "
        "atendimento/ with teams, staff and sample cases, consultations at consultas/, search "
        "synonyms and promotions, and an admin/admin login if there is no user named admin. "
        "Only the stages of installed apps run. Idempotent."
    )
    loader_class = DemoLoader

    def add_arguments(self, parser):
        parser.add_argument(
            "--parent",
            metavar="PAGE",
            help=(
                "The page to load the demo under: a page id, or a URL path of the default site "
                '("/" is its home page, the default).'
            ),
        )
        parser.add_argument("--quiet", action="store_true", help="Print nothing but errors.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load the demo even with DEBUG off (it creates logins with known passwords).",
        )

    # The demo creates logins with known passwords (admin/admin, a team that sees every citizen's
    # identity) and overwrites departments and contact channels with the same slugs: on a site
    # with DEBUG off, that is a production site, it runs only when asked with --force.
    refuse_without_debug = True

    def handle(self, *args, **options):
        if self.refuse_without_debug and not settings.DEBUG and not options["force"]:
            raise CommandError(
                "DEBUG is off: this looks like a production site. The demo creates logins with "
                "known passwords (admin/admin and staff teams); run it on a development copy, or "
                "pass --force if this site really is a demo."
            )
        quiet = options["quiet"] or options["verbosity"] == 0
        started = time.perf_counter()
        loader = self.make_loader(options, quiet)
        try:
            with transaction.atomic():
                self.load(loader, options)
        except ValidationError as error:
            raise CommandError(f"Invalid demo data: {error}") from error
        if not quiet:
            loader.report(time.perf_counter() - started)

    def make_loader(self, options, quiet):
        return self.loader_class(self.stdout, self.style, quiet=quiet)

    def load(self, loader, options):
        loader.load(find_parent(options["parent"]))
