"""Praça: citizen service and participation apps for Wagtail.

A host site adds Praça with one list and one include::

    from praca import PRACA_APPS
    INSTALLED_APPS += [a for a in PRACA_APPS if a not in INSTALLED_APPS]

    urlpatterns = [..., path("", include("praca.urls")), path("", include(wagtail_urls))]

`apps_for("catalog", "desk")` lists the apps of a subset instead (see the README).
"""

# Praça's own apps, by capability. "praca" is the shared bottom layer every capability needs;
# "praca_demo" only adds the `load_demo` command.
CAPABILITY_APPS = {
    "catalog": ["service_catalog"],
    "desk": ["service_catalog", "participation"],
    "consultations": ["consultations"],
    "search": ["search"],
}

# Apps of Django and Wagtail that Praça's apps rely on, in an order that works in INSTALLED_APPS.
DEPENDENCY_APPS = [
    "wagtail.contrib.forms",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
]

# Which dependency apps each Praça app needs: the system check names any that is missing.
REQUIRED_APPS = {
    "praca": [
        "wagtail",
        "wagtail.admin",
        "wagtail.snippets",
        "wagtail.contrib.settings",
        "django_tasks",
    ],
    "service_catalog": ["praca", "django_filters", "wagtail.contrib.settings"],
    "participation": [
        "praca",
        "service_catalog",
        "wagtail.contrib.routable_page",
        "django_filters",
    ],
    "consultations": [
        "praca",
        "wagtail.contrib.forms",
        "wagtail.contrib.routable_page",
        "django_filters",
    ],
    "search": ["praca", "wagtail.contrib.search_promotions", "wagtail.contrib.settings"],
    "praca_demo": ["praca"],
}


def apps_for(*capabilities):
    """The INSTALLED_APPS entries a host adds for these capabilities, bottom layer included."""
    unknown = set(capabilities) - set(CAPABILITY_APPS)
    if unknown:
        raise ValueError(f"Unknown Praça capabilities: {', '.join(sorted(unknown))}")
    apps = []
    for capability in capabilities:
        for app in CAPABILITY_APPS[capability]:
            if app not in apps:
                apps.append(app)
    return ["praca_demo", *apps, "praca", *DEPENDENCY_APPS]


PRACA_APPS = apps_for(*CAPABILITY_APPS)
