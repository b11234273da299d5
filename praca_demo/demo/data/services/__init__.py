"""Every service of the demo, by category (one module each), in the catalog's order."""

from . import (
    business,
    culture,
    education,
    employment,
    environment,
    health,
    housing,
    ombudsman,
    public_works,
    social_assistance,
    taxes,
    traffic,
)

SERVICES = [
    *health.SERVICES,
    *education.SERVICES,
    *taxes.SERVICES,
    *public_works.SERVICES,
    *housing.SERVICES,
    *social_assistance.SERVICES,
    *traffic.SERVICES,
    *business.SERVICES,
    *environment.SERVICES,
    *employment.SERVICES,
    *culture.SERVICES,
    *ombudsman.SERVICES,
]
