"""PostgreSQL only: unaccent and pg_trgm, the `praca_portuguese` text search configuration
(unaccent, then the Portuguese Snowball stemmer) that Wagtail's database backend is configured
with, and a trigram index for typo correction.
Nothing happens on SQLite.
"""

from django.db import migrations

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """
    DO $$
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'praca_portuguese') THEN
        CREATE TEXT SEARCH CONFIGURATION praca_portuguese (COPY = pg_catalog.portuguese);
        ALTER TEXT SEARCH CONFIGURATION praca_portuguese
          ALTER MAPPING FOR hword, hword_part, word WITH unaccent, portuguese_stem;
      END IF;
    END
    $$
    """,
    "CREATE INDEX IF NOT EXISTS praca_search_searchterm_word_trgm "
    "ON praca_search_searchterm USING gin (word gin_trgm_ops)",
]

BACKWARD = [
    "DROP INDEX IF EXISTS praca_search_searchterm_word_trgm",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS praca_portuguese",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in FORWARD:
        schema_editor.execute(statement)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in BACKWARD:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("praca_search", "0001_initial")]

    operations = [migrations.RunPython(forward, backward)]
