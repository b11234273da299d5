"""Demo services of the category Habitação e urbanismo."""

from ..shared import (
    CODIGO_DE_OBRAS,
    COMPLAIN,
    LEI_13460,
    PRIORITY_IN_PERSON,
)

SERVICES = [
    {
        "slug": "alvara-de-construcao",
        "title": "Solicitar alvará de construção ou reforma",
        "summary": (
            "Obtenha a aprovação do projeto e o alvará para construir, ampliar ou reformar um "
            "imóvel em Vila Serena, com análise online acompanhada pelo responsável técnico."
        ),
        "other_names": (
            "alvará de construção, licença para construir, aprovação de projeto, planta, reforma, "
            "ampliação, alvará de obra"
        ),
        "category": "habitacao-e-urbanismo",
        "department": "smhu",
        "life_events": ["Construir ou reformar", "Comprar um imóvel"],
        "audiences": ["cidadao", "empresa", "orgao-publico"],
        "description": (
            "<p>O alvará de construção autoriza o início da obra depois da aprovação do projeto "
            "arquitetônico, conforme o Código de Obras e a Lei de Uso e Ocupação do Solo. É "
            "exigido para construções novas, ampliações e reformas que alterem a estrutura ou a "
            "área.</p><p>Reformas simples, sem mudança de estrutura, fachada ou área, como troca "
            "de piso e pintura, não precisam de alvará.</p>"
        ),
        "audience_details": (
            "<p>Proprietário ou possuidor do imóvel, sempre representado por um responsável "
            "técnico (engenheiro ou arquiteto) com registro no CREA ou no CAU.</p>"
        ),
        "requirements": (
            "<p>Projeto assinado por profissional habilitado, com a respectiva ART ou RRT, de "
            "acordo com o zoneamento do lote. O imóvel não pode ter débitos de IPTU.</p>"
        ),
        "documents": [
            {
                "name": "Projeto arquitetônico em PDF",
                "notes": "Plantas, cortes, fachadas e implantação, conforme o Código de Obras.",
                "mandatory": True,
            },
            {
                "name": "ART (CREA) ou RRT (CAU) do responsável técnico",
                "notes": "",
                "mandatory": True,
            },
            {
                "name": "Matrícula do imóvel",
                "notes": "Emitida há no máximo 90 dias.",
                "mandatory": True,
            },
            {
                "name": "Certidão negativa de débitos do imóvel",
                "notes": "Emitida no Portal do Contribuinte.",
                "mandatory": True,
            },
            {"name": "Documento com foto do proprietário", "notes": "", "mandatory": True},
            {
                "name": "Licença ambiental",
                "notes": (
                    "Quando houver supressão de vegetação ou atividade potencialmente poluidora."
                ),
                "mandatory": False,
            },
        ],
        "priority_groups": (
            "<p>Projetos de habitação de interesse social e de equipamentos públicos de saúde e "
            "educação têm análise prioritária. No atendimento presencial valem as prioridades da "
            "Lei nº 10.048/2000 e do Estatuto da Pessoa Idosa.</p>"
        ),
        "steps": [
            {
                "title": "Consulte o zoneamento",
                "description": (
                    "<p>Emita a certidão de uso do solo no portal para conferir o que pode ser "
                    "construído no lote.</p>"
                ),
            },
            {
                "title": "Envie o projeto",
                "description": (
                    "<p>O responsável técnico protocola o projeto e os documentos no Portal de "
                    "Aprovação de Projetos.</p>"
                ),
            },
            {
                "title": "Análise técnica",
                "description": (
                    "<p>A Secretaria de Habitação e Urbanismo analisa o projeto e pode emitir "
                    "comunicado com exigências, a serem atendidas em até 30 dias.</p>"
                ),
            },
            {
                "title": "Pague as taxas",
                "description": (
                    "<p>Com o projeto aprovado, o boleto das taxas é emitido no portal.</p>"
                ),
            },
            {
                "title": "Receba o alvará",
                "description": (
                    "<p>O alvará é emitido digitalmente e deve ficar disponível na obra.</p>"
                ),
            },
        ],
        "max_delivery_time": 30,
        "max_delivery_time_unit": "business_days",
        "waiting_time_minutes": 40,
        "is_free": False,
        "cost_amount": "312.50",
        "cost_details": (
            "<p>Taxa de análise de projeto de R$ 312,50, mais R$ 4,80 por m² de área construída, "
            "pagas por boleto depois da aprovação. Habitações de interesse social de até 70 m² são "
            "isentas.</p>"
        ),
        "channels": [
            {
                "kind": "online",
                "label": "Portal de Aprovação de Projetos",
                "url": "https://vilaserena.sp.gov.br/urbanismo/aprovacao",
                "notes": "Acesso do responsável técnico com certificado digital ou conta gov.br.",
            },
            {
                "kind": "in_person",
                "label": "Plantão técnico – Paço Municipal",
                "location": "paco",
                "notes": "Para profissionais, às terças e quintas, das 9h às 12h.",
            },
            {
                "kind": "email",
                "label": "Secretaria de Habitação e Urbanismo",
                "email": "urbanismo@vilaserena.sp.gov.br",
                "notes": "Dúvidas sobre zoneamento e documentos.",
            },
        ],
        "how_to_track": (
            "<p>O responsável técnico acompanha a análise, as exigências e o despacho no Portal de "
            "Aprovação de Projetos. O proprietário recebe as atualizações por e-mail.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>A obra deve começar em até 2 anos após a emissão do alvará. Ao final, é preciso "
            "pedir o Habite-se. Obras sem alvará estão sujeitas a embargo e multa.</p>"
        ),
        "last_reviewed": "2026-03-30",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Lei nº 10.257/2001 (Estatuto da Cidade)",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/leis_2001/l10257.htm",
                "description": "Diretrizes gerais da política urbana.",
            },
            CODIGO_DE_OBRAS,
            {
                "title": (
                    "Lei Complementar Municipal nº 95/2014 de Vila Serena (Uso e Ocupação do Solo)"
                ),
                "url": "https://vilaserena.sp.gov.br/legislacao/lc-95-2014",
                "description": "Zoneamento e parâmetros de construção em cada área da cidade.",
            },
            LEI_13460,
        ],
    },
    {
        "slug": "habite-se",
        "title": "Solicitar Habite-se (certificado de conclusão de obra)",
        "summary": (
            "Peça a vistoria final da obra e o Habite-se, que comprova que a construção seguiu o "
            "projeto aprovado e é exigido para averbar o imóvel e obter financiamento."
        ),
        "other_names": (
            "habite-se, auto de conclusão, certificado de conclusão de obra, vistoria final, "
            "averbação de construção"
        ),
        "category": "habitacao-e-urbanismo",
        "department": "smhu",
        "life_events": ["Construir ou reformar", "Comprar um imóvel"],
        "audiences": ["cidadao", "empresa", "orgao-publico"],
        "description": (
            "<p>O Habite-se atesta que a obra foi concluída de acordo com o projeto aprovado e que "
            "o imóvel tem condições de uso. Com ele, o proprietário averba a construção na "
            "matrícula do imóvel e regulariza o IPTU.</p>"
        ),
        "audience_details": (
            "<p>Proprietário de imóvel com alvará de construção, representado pelo responsável "
            "técnico da obra.</p>"
        ),
        "requirements": (
            "<p>Obra concluída conforme o projeto aprovado, com calçada executada, numeração "
            "visível e, para edificações não residenciais, Auto de Vistoria do Corpo de Bombeiros "
            "(AVCB).</p>"
        ),
        "documents": [
            {"name": "Número do alvará de construção", "notes": "", "mandatory": True},
            {"name": "ART ou RRT de execução da obra", "notes": "", "mandatory": True},
            {"name": "Fotos da fachada e da calçada", "notes": "", "mandatory": True},
            {
                "name": "AVCB ou CLCB do Corpo de Bombeiros",
                "notes": "Exigido para edificações não residenciais e multifamiliares.",
                "mandatory": False,
            },
        ],
        "priority_groups": PRIORITY_IN_PERSON,
        "steps": [
            {
                "title": "Faça o pedido",
                "description": (
                    "<p>O responsável técnico solicita o Habite-se no Portal de Aprovação de "
                    "Projetos.</p>"
                ),
            },
            {
                "title": "Vistoria",
                "description": (
                    "<p>Um fiscal confere se a obra corresponde ao projeto aprovado.</p>"
                ),
            },
            {
                "title": "Correções, se necessárias",
                "description": (
                    "<p>Se houver divergências, você recebe um comunicado com prazo para "
                    "corrigi-las.</p>"
                ),
            },
            {
                "title": "Emissão do Habite-se",
                "description": (
                    "<p>O certificado é emitido digitalmente, com código de autenticidade.</p>"
                ),
            },
        ],
        "max_delivery_time": 30,
        "max_delivery_time_unit": "business_days",
        "waiting_time_minutes": 40,
        "is_free": False,
        "cost_amount": "180.00",
        "cost_details": (
            "<p>Taxa de vistoria de R$ 180,00, paga por boleto no pedido. Habitações de interesse "
            "social de até 70 m² são isentas.</p>"
        ),
        "channels": [
            {
                "kind": "online",
                "label": "Portal de Aprovação de Projetos",
                "url": "https://vilaserena.sp.gov.br/urbanismo/aprovacao",
                "notes": "",
            },
            {
                "kind": "in_person",
                "label": "Plantão técnico – Paço Municipal",
                "location": "paco",
                "notes": "Para profissionais, às terças e quintas, das 9h às 12h.",
            },
            {
                "kind": "email",
                "label": "Secretaria de Habitação e Urbanismo",
                "email": "urbanismo@vilaserena.sp.gov.br",
                "notes": "",
            },
        ],
        "how_to_track": (
            "<p>Acompanhe o pedido e a data da vistoria no Portal de Aprovação de Projetos. O "
            "proprietário recebe as atualizações por e-mail.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Com o Habite-se, leve a certidão ao Cartório de Registro de Imóveis para averbar a "
            "construção. A área construída é incluída automaticamente no cadastro do IPTU.</p>"
        ),
        "last_reviewed": "2026-03-30",
        "review_by": "2026-12-31",
        "legal_basis": [
            CODIGO_DE_OBRAS,
            {
                "title": "Lei nº 10.257/2001 (Estatuto da Cidade)",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/leis_2001/l10257.htm",
                "description": "Diretrizes gerais da política urbana.",
            },
            LEI_13460,
        ],
    },
]
