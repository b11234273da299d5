"""Demo content of Praça: the fictional Município de Vila Serena (SP).

Pure data, loaded by `manage.py load_demo`, one module per topic: `taxonomy` (audiences,
departments, categories, locations), `shared` (texts, channels and laws many services cite),
`services` (one module per category), `site` (the catalog's index page, the contact channels).
Everything is importable from here: `from praca_demo.demo import data; data.SERVICES`.

Names, phones, addresses and municipal laws are fictional; federal laws are real and link to
planalto.gov.br. Rich-text values are HTML strings. Channels refer to locations by their `key`;
services refer to categories, departments and audiences by slug.
"""

from .services import SERVICES
from .shared import (
    CENTRAL_156,
    CODIGO_DE_OBRAS,
    CODIGO_DE_POSTURAS,
    CODIGO_TRIBUTARIO_MUNICIPAL,
    COMPLAIN,
    CONSTITUICAO,
    CTB,
    CTN,
    ECA,
    ESTATUTO_PESSOA_IDOSA,
    LC_116,
    LC_123,
    LDB,
    LEI_8080,
    LEI_12305,
    LEI_12527,
    LEI_13460,
    LEI_13874,
    LOAS,
    PRACA_DE_ATENDIMENTO,
    PRIORITY_FIELD,
    PRIORITY_IN_PERSON,
    PRIORITY_ONLINE,
    TRACK_PROTOCOL,
    WHATSAPP,
    WHATSAPP_NUMBER,
)
from .site import CONTACT_SETTINGS, SERVICE_INDEX_PAGE
from .taxonomy import AUDIENCES, CATEGORIES, DEPARTMENTS, LOCATIONS

__all__ = [
    "AUDIENCES",
    "CATEGORIES",
    "CENTRAL_156",
    "CODIGO_DE_OBRAS",
    "CODIGO_DE_POSTURAS",
    "CODIGO_TRIBUTARIO_MUNICIPAL",
    "COMPLAIN",
    "CONSTITUICAO",
    "CONTACT_SETTINGS",
    "CTB",
    "CTN",
    "DEPARTMENTS",
    "ECA",
    "ESTATUTO_PESSOA_IDOSA",
    "LC_116",
    "LC_123",
    "LDB",
    "LEI_8080",
    "LEI_12305",
    "LEI_12527",
    "LEI_13460",
    "LEI_13874",
    "LOAS",
    "LOCATIONS",
    "PRACA_DE_ATENDIMENTO",
    "PRIORITY_FIELD",
    "PRIORITY_IN_PERSON",
    "PRIORITY_ONLINE",
    "SERVICES",
    "SERVICE_INDEX_PAGE",
    "TRACK_PROTOCOL",
    "WHATSAPP",
    "WHATSAPP_NUMBER",
]
