"""On PostgreSQL, a trigram index so the admin queue's text search does not scan every case.

The queue searches with `icontains`, which PostgreSQL runs as UPPER(description) LIKE UPPER(…);
a GIN index over UPPER(description) with gin_trgm_ops serves it. Other databases skip this.
Creating the pg_trgm extension needs a privileged role: where it cannot be created, the index is
left out (search still works, only slower) and the reason is printed.
"""

from django.db import migrations

INDEX = "manif_description_trgm"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
        if cursor.fetchone() is None:
            print("\n  pg_trgm is not available: the queue's text search will not be indexed.")
            return
        cursor.execute("SAVEPOINT praca_trgm")
        try:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except Exception as error:  # noqa: BLE001 - a missing privilege must not block migrate
            cursor.execute("ROLLBACK TO SAVEPOINT praca_trgm")
            print(f"\n  Could not create pg_trgm ({error}); the queue's text search is not indexed.")
            return
        table = apps.get_model("praca_participation", "Manifestation")._meta.db_table
        cursor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON {table} "
            "USING gin (UPPER(description) gin_trgm_ops)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("praca_participation", "0002_initial")]

    operations = [migrations.RunPython(create_index, drop_index)]
