"""Filters of the public consultation listing (GET parameters, so a filtered URL can be shared).

Invalid values leave the form invalid for that field only; django-filter then ignores it and
the view names the filter it did not understand.
"""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from praca.departments import department_choices

from .models.pages import ConsultationPage, Status

MAX_QUERY_LENGTH = 200


class ConsultationFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search consultations"), method="filter_text", max_length=MAX_QUERY_LENGTH
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=Status.choices,
        method="filter_status",
        empty_label=_("Any status"),
        widget=forms.RadioSelect,
    )
    department = django_filters.ChoiceFilter(
        label=_("Department"),
        field_name="department__slug",
        choices=department_choices,
        empty_label=_("Any department"),
    )

    class Meta:
        model = ConsultationPage
        fields = ["q", "status", "department"]

    def filter_text(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(Q(title__icontains=value) | Q(summary__icontains=value))

    def filter_status(self, queryset, name, value):
        return queryset.with_status(value) if value else queryset
