"""Filters of the public catalog listing and of the admin viewsets."""

import re

import django_filters
from django import forms
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from .conf import catalog_settings
from .models import ChannelKind, ServicePage
from .taxonomy import audience_choices, category_choices, department_choices


class ServiceFilter(django_filters.FilterSet):
    """The catalog's filters. Every filter is a GET parameter, so a filtered URL can be shared.

    Invalid values (an unknown category, a 10 kB string) leave the form invalid for that field
    only; django-filter then ignores that field, and the view tells the citizen which filter it
    did not understand.
    """

    q = django_filters.CharFilter(
        label=_("Search services"),
        method="filter_text",
        max_length=catalog_settings.MAX_QUERY_LENGTH,
    )
    category = django_filters.MultipleChoiceFilter(
        label=_("Category"),
        field_name="category__slug",
        choices=category_choices,
        widget=forms.CheckboxSelectMultiple,
    )
    audience = django_filters.MultipleChoiceFilter(
        label=_("Who can request"),
        field_name="audiences__slug",
        choices=audience_choices,
        widget=forms.CheckboxSelectMultiple,
        distinct=True,
    )
    department = django_filters.ChoiceFilter(
        label=_("Department"),
        field_name="department__slug",
        choices=department_choices,
        empty_label=_("Any department"),
    )
    channel = django_filters.MultipleChoiceFilter(
        label=_("Channel"),
        field_name="channels__kind",
        choices=ChannelKind.choices,
        widget=forms.CheckboxSelectMultiple,
        distinct=True,
    )
    online = django_filters.BooleanFilter(
        label=_("Available online"), method="filter_if_ticked", widget=forms.CheckboxInput
    )
    free = django_filters.BooleanFilter(
        label=_("Free of charge"), method="filter_if_ticked", widget=forms.CheckboxInput
    )
    order = django_filters.OrderingFilter(
        label=_("Sort by"),
        fields=(("title", "name"), ("first_published_at", "newest")),
        choices=[("name", _("Name (A–Z)")), ("-newest", _("Newest first"))],
        empty_label=None,
        null_label=None,
    )

    # Filter name -> model field that a ticked box requires to be true.
    BOOLEAN_FIELDS = {"online": "is_available_online", "free": "is_free"}

    class Meta:
        model = ServicePage
        fields = ["q", "category", "audience", "department", "channel", "online", "free"]

    def filter_text(self, queryset, name, value):
        # Search syntax (quotes, *, AND(, backslashes) means nothing to citizens and breaks
        # some backends' query parsers: search for the words alone.
        value = " ".join(re.findall(r"\w+", value))
        if not value:
            return queryset
        # Facet counts apply this filter several times: run the search once.
        cache_attr = "_text_matches"
        if getattr(self, cache_attr, (None, None))[0] != value:
            matches = ServicePage.objects.live().search(value, operator="and")
            setattr(self, cache_attr, (value, [page.pk for page in matches]))
        return queryset.filter(pk__in=getattr(self, cache_attr)[1])

    def filter_if_ticked(self, queryset, name, value):
        if value:
            return queryset.filter(**{self.BOOLEAN_FIELDS[name]: True})
        return queryset

    def filtered_except(self, *names):
        """The queryset with every valid filter applied except `names`, for faceted counts.

        Unordered: the page tree's default ordering by path would split every GROUP BY.
        """
        queryset = self.queryset.order_by()
        for name, value in self.form.cleaned_data.items():
            if name in names or name == "order":
                continue
            queryset = self.filters[name].filter(queryset, value)
        return queryset

    def facets(self):
        """Counts for every option of every facet, each counted with the other facets applied.

        One grouped query per facet, whatever the size of the catalog.
        """
        cleaned = self.form.cleaned_data
        facets = {
            "category": self._grouped_counts("category", "category__slug", "category__name"),
            "audience": self._grouped_counts("audience", "audiences__slug", "audiences__name"),
            "department": self._grouped_counts(
                "department", "department__slug", "department__name"
            ),
        }
        channel_counts = dict(
            self.filtered_except("channel")
            .values_list("channels__kind")
            .annotate(count=Count("pk", distinct=True))
            .values_list("channels__kind", "count")
        )
        selected_channels = set(cleaned.get("channel") or [])
        facets["channel"] = [
            {
                "value": kind,
                "label": label,
                "count": channel_counts.get(kind, 0),
                "selected": kind in selected_channels,
            }
            for kind, label in ChannelKind.choices
            if channel_counts.get(kind) or kind in selected_channels
        ]

        # Both checkboxes in one query: each count applies the other box when it is ticked.
        online_filter = Q(is_available_online=True)
        free_filter = Q(is_free=True)
        both = Q()
        if cleaned.get("online"):
            both &= online_filter
        if cleaned.get("free"):
            both &= free_filter
        totals = self.filtered_except("online", "free").aggregate(
            total=Count("pk", filter=both) if both else Count("pk"),
            online=Count(
                "pk", filter=online_filter & (free_filter if cleaned.get("free") else Q())
            ),
            free=Count(
                "pk", filter=free_filter & (online_filter if cleaned.get("online") else Q())
            ),
        )
        facets["online"] = {"count": totals["online"], "selected": bool(cleaned.get("online"))}
        facets["free"] = {"count": totals["free"], "selected": bool(cleaned.get("free"))}
        facets["total"] = totals["total"]
        return facets

    def _grouped_counts(self, name, slug_path, label_path):
        selected = self.form.cleaned_data.get(name) or []
        if isinstance(selected, str):
            selected = [selected]
        labels = dict(self.filters[name].extra["choices"]())
        rows = (
            self.filtered_except(name)
            .exclude(**{f"{slug_path}__isnull": True})
            .values(slug_path, label_path)
            .annotate(count=Count("pk", distinct=True))
            .order_by(label_path)
        )
        options = [
            {
                "value": row[slug_path],
                "label": row[label_path],
                "count": row["count"],
                "selected": row[slug_path] in selected,
            }
            for row in rows
        ]
        seen = {option["value"] for option in options}
        options += [
            {"value": slug, "label": labels.get(slug, slug), "count": 0, "selected": True}
            for slug in selected
            if slug not in seen
        ]
        return options
