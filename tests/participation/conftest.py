"""Fixtures of the participation tests: two departments, each with its staff group."""

import pytest
from django.contrib.auth.models import Group

from tests import factories


@pytest.fixture
def works(db):
    return factories.make_department(
        "Secretaria de Obras", group=Group.objects.create(name="Obras")
    )


@pytest.fixture
def health(db):
    return factories.make_department(
        "Secretaria de Saúde", group=Group.objects.create(name="Saúde")
    )
