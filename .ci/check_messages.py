"""Check that every message catalog is complete and compiled; with --fill-english, fill en.

Every app in APPS must have both catalogs (pt_BR and en), so that an app a city installs alone
carries the translations of its own strings. pt_BR: every entry translated, none fuzzy. en: every
msgstr set (the msgids are English, so --fill-english copies them). Each .mo must hold exactly
what its .po says. A catalog found under an app that is not in APPS is a problem too.
"""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
# Every app with a message catalog: the installable apps first, then the reference site and demo.
APPS = [
    "praca",
    "service_catalog",
    "participation",
    "consultations",
    "search",
    "portal",
    "praca_demo",
]
LANGUAGES = ("pt_BR", "en")


def catalog_path(app, language):
    return ROOT / app / "locale" / language / "LC_MESSAGES" / "django.po"


def catalogs():
    for app in APPS:
        for language in LANGUAGES:
            path = catalog_path(app, language)
            if path.exists():
                yield language, path


def missing_catalogs():
    """Catalogs APPS promises that do not exist, and catalogs of apps missing from APPS."""
    problems = [
        f"{catalog_path(app, language)}: missing (create it, then run `make messages`)"
        for app in APPS
        for language in LANGUAGES
        if not catalog_path(app, language).exists()
    ]
    unlisted = sorted(
        {
            path.relative_to(ROOT).parts[0]
            for path in ROOT.glob("*/locale/*/LC_MESSAGES/django.po")
            if path.relative_to(ROOT).parts[0] not in APPS
        }
    )
    problems += [f"{app}/locale: catalog of an app missing from APPS (add it)" for app in unlisted]
    return problems


def fill_english(path):
    catalog = polib.pofile(str(path))
    for entry in catalog:
        if entry.msgid_plural:
            entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
        else:
            entry.msgstr = entry.msgid
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    catalog.metadata["Language"] = "en"
    catalog.metadata["Plural-Forms"] = "nplurals=2; plural=(n != 1);"
    catalog.save()


def problems_in(language, path):
    catalog = polib.pofile(str(path))
    problems = [
        f"{path}: untranslated: {entry.msgid!r}" for entry in catalog.untranslated_entries()
    ]
    problems += [f"{path}: fuzzy: {entry.msgid!r}" for entry in catalog.fuzzy_entries()]
    mo_path = path.with_suffix(".mo")
    if not mo_path.exists():
        return [*problems, f"{mo_path}: missing (run `make messages`)"]
    compiled = {(entry.msgctxt, entry.msgid): entry for entry in polib.mofile(str(mo_path))}
    for entry in catalog.translated_entries():
        if entry.obsolete:
            continue
        found = compiled.get((entry.msgctxt, entry.msgid))
        expected = entry.msgstr_plural if entry.msgid_plural else entry.msgstr
        actual = (
            None if found is None else (found.msgstr_plural if entry.msgid_plural else found.msgstr)
        )
        if entry.msgid_plural and actual is not None:
            actual = {int(key): value for key, value in actual.items()}
            expected = {int(key): value for key, value in expected.items()}
        if actual != expected:
            problems.append(f"{mo_path}: out of date for {entry.msgid!r} (run `make messages`)")
            break
    return problems


def main(argv):
    if "--fill-english" in argv:
        for language, path in catalogs():
            if language == "en":
                fill_english(path)
        return 0
    problems = missing_catalogs()
    for language, path in catalogs():
        problems += problems_in(language, path)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in the message catalogs.")
        return 1
    print("Message catalogs complete and compiled.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
