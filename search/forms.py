"""The search page's form: a query and the facets, read leniently.

Nothing a citizen can put in the URL fails: a long query is shortened, unknown facet values are
dropped (and named in a notice), and a bad page number shows the nearest page.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from .conf import search_settings
from .engines.base import SearchRequest, last_reachable_page
from .models import Kind
from .taxonomy import category_choices, department_choices


class LenientMultipleChoiceField(forms.MultipleChoiceField):
    """Keeps the known values and drops the others instead of rejecting the whole field."""

    def clean(self, value):
        values = self.to_python(value)
        known = [item for item in values if self.valid_value(item)]
        self.dropped = len(known) != len(values)
        return list(dict.fromkeys(known))


class LenientChoiceField(forms.ChoiceField):
    def clean(self, value):
        value = self.to_python(value)
        self.dropped = bool(value) and not self.valid_value(value)
        return "" if self.dropped else value


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search the portal"), required=False, strip=True)
    type = LenientMultipleChoiceField(label=_("Content type"), choices=Kind.choices, required=False)
    category = LenientMultipleChoiceField(
        label=_("Category"), choices=category_choices, required=False
    )
    department = LenientChoiceField(
        label=_("Department"), choices=department_choices, required=False
    )
    online = forms.BooleanField(label=_("Available online"), required=False)

    def search_request(self):
        """A SearchRequest from the GET data, whatever it holds."""
        self.is_valid()
        data = self.cleaned_data
        query = data.get("q") or ""
        self.shortened = len(query) > search_settings.MAX_QUERY_LENGTH
        query = query[: search_settings.MAX_QUERY_LENGTH]
        try:
            page = int(self.data.get("page", 1))
        except (TypeError, ValueError):
            page = 1
        return SearchRequest(
            query=query,
            kinds=tuple(data.get("type") or ()),
            categories=tuple(data.get("category") or ()),
            department=data.get("department") or "",
            online=bool(data.get("online")),
            page=max(1, min(page, last_reachable_page(search_settings.PAGE_SIZE))),
            page_size=search_settings.PAGE_SIZE,
        )

    def ignored_filters(self):
        """Labels of the filters that held values we did not know."""
        return [
            str(self.fields[name].label)
            for name in ("type", "category", "department")
            if getattr(self.fields[name], "dropped", False)
        ]
