"""The catalog's index page and the contact channels of the site the demo goes into."""

from .shared import WHATSAPP_NUMBER

SERVICE_INDEX_PAGE = {
    "title": "Carta de Serviços",
    "slug": "servicos",
    "show_in_menus": True,
    "search_description": (
        "Todos os serviços da Prefeitura de Vila Serena, com requisitos, documentos, etapas, "
        "prazos e canais de atendimento."
    ),
    "introduction": (
        "Todos os serviços prestados pela Prefeitura de Vila Serena, com requisitos, documentos, "
        "etapas, prazos e canais de atendimento, como determina a Lei nº 13.460/2017. Busque pelo "
        "nome ou filtre por tema, público e forma de atendimento."
    ),
}

CONTACT_SETTINGS = {
    "phone": "156",
    "whatsapp": WHATSAPP_NUMBER,
    "email": "atendimento@vilaserena.sp.gov.br",
    "address": "Paço Municipal\nPraça da Matriz, 100 – Centro\nVila Serena – SP, 07450-000",
    "opening_hours": "Segunda a sexta, das 8h às 17h",
    "ombudsman_phone": "(11) 3000-1560",
    "ombudsman_email": "ouvidoria@vilaserena.sp.gov.br",
    "ombudsman_url": "https://vilaserena.sp.gov.br/ouvidoria",
    "footer_text": (
        "<p>Portal de serviços da Prefeitura de Vila Serena, publicado conforme a Lei nº "
        '13.460/2017 e a Lei de Acesso à Informação. Leia o <a href="/privacidade/">aviso de '
        'privacidade</a> e a <a href="/acessibilidade/">declaração de '
        "acessibilidade</a>.</p><p><i>Vila Serena é um município fictício: este site é uma "
        "demonstração do Praça.</i></p>"
    ),
}
