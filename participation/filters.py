"""Filters of the manifestation queue in the admin (and of its export, which uses the same URL)."""

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.utils import get_user_display_name
from wagtail.models import Page

from praca.models import Department
from service_catalog.models import ServicePage

from .models import Channel, Kind, Manifestation, PageFeedback, ServiceRating, Status


def staff_who_handle_cases():
    """Users a case can be assigned to: members of a department's group, and superusers."""
    return (
        get_user_model()
        .objects.filter(Q(is_superuser=True) | Q(groups__departments__isnull=False), is_active=True)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


class NullableModelChoiceField(django_filters.fields.ModelChoiceField):
    """Names the "none" choice (unassigned, no department) in the active-filter pills too."""

    def label_from_instance(self, obj):
        if obj == self.null_value:
            return self.null_label
        return super().label_from_instance(obj)


class AssigneeChoiceField(NullableModelChoiceField):
    def label_from_instance(self, obj):
        if obj == self.null_value:
            return self.null_label
        return get_user_display_name(obj)


class NullableModelChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = NullableModelChoiceField


class AssigneeFilter(django_filters.ModelChoiceFilter):
    field_class = AssigneeChoiceField


class ManifestationFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"),
        choices=Status.choices,
        widget=forms.CheckboxSelectMultiple,
        distinct=False,  # a plain column: DISTINCT would only slow the sort and the count
    )
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=Kind.choices, empty_label=_("All"))
    service = django_filters.ModelChoiceFilter(
        label=_("Service"), queryset=ServicePage.objects.only("title").order_by("title")
    )
    department = NullableModelChoiceFilter(
        label=_("Department"),
        queryset=Department.objects.order_by("name"),
        null_label=_("No department"),
    )
    channel = django_filters.ChoiceFilter(
        label=_("Channel"), choices=Channel.choices, empty_label=_("All")
    )
    assignee = AssigneeFilter(
        label=_("Assignee"),
        queryset=lambda request: staff_who_handle_cases(),
        null_label=_("Unassigned"),
    )
    overdue = django_filters.ChoiceFilter(
        label=_("Overdue"),
        choices=[("yes", _("Overdue")), ("no", _("Not overdue"))],
        empty_label=_("All"),
        method="filter_overdue",
        widget=forms.RadioSelect,
    )
    received = django_filters.DateFromToRangeFilter(
        label=_("Received between"), field_name="received_at", widget=DateRangePickerWidget
    )

    class Meta:
        model = Manifestation
        fields = []

    def filter_overdue(self, queryset, name, value):
        """Overdue as the model defines it (`ManifestationQuerySet.overdue`), or everything else."""
        if value == "yes":
            return queryset.overdue()
        if value == "no":
            return queryset.exclude(pk__in=Manifestation.objects.overdue().values("pk"))
        return queryset


def pages_with_feedback(request):
    return Page.objects.filter(pk__in=PageFeedback.objects.values("page")).order_by("title")


def services_with_ratings(request):
    return ServicePage.objects.filter(pk__in=ServiceRating.objects.values("service")).order_by(
        "title"
    )


class PageFeedbackFilterSet(WagtailFilterSet):
    page = django_filters.ModelChoiceFilter(label=_("Page"), queryset=pages_with_feedback)
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Sent at"), widget=DateRangePickerWidget
    )

    class Meta:
        model = PageFeedback
        fields = ["page", "useful", "reason", "created_at"]


class ServiceRatingFilterSet(WagtailFilterSet):
    service = django_filters.ModelChoiceFilter(label=_("Service"), queryset=services_with_ratings)
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Sent at"), widget=DateRangePickerWidget
    )

    class Meta:
        model = ServiceRating
        fields = ["service", "score", "dimension", "created_at"]
