"""Demo services of the category Ouvidoria e transparência."""

from ..shared import (
    COMPLAIN,
    LEI_12527,
    LEI_13460,
    PRIORITY_IN_PERSON,
    PRIORITY_ONLINE,
)

SERVICES = [
    {
        "slug": "ouvidoria",
        "title": "Registrar reclamação, denúncia, sugestão ou elogio na Ouvidoria",
        "summary": (
            "Fale com a Ouvidoria-Geral do Município para reclamar de um serviço, denunciar "
            "irregularidades, sugerir melhorias ou elogiar servidores. A resposta sai em até 30 "
            "dias."
        ),
        "other_names": (
            "ouvidoria, reclamação, denúncia, sugestão, elogio, manifestação, reclamar da "
            "prefeitura"
        ),
        "category": "ouvidoria-e-transparencia",
        "department": "ogm",
        "life_events": ["Participar da vida da cidade"],
        "audiences": ["cidadao", "empresa", "orgao-publico", "servidor-publico"],
        "description": (
            "<p>A Ouvidoria recebe manifestações sobre todos os serviços e órgãos da Prefeitura, "
            "encaminha cada uma à área responsável e acompanha a resposta. Ela também usa as "
            "manifestações para propor melhorias nos serviços.</p><p>Denúncias podem ser feitas "
            "com a identidade preservada: a Ouvidoria não divulga os dados de quem se "
            "manifesta.</p>"
        ),
        "audience_details": (
            "<p>Qualquer pessoa, empresa, entidade, órgão público ou servidor municipal.</p>"
        ),
        "requirements": (
            "<p>Descrever o fato com o máximo de detalhes: o que aconteceu, onde, quando e quem "
            "estava envolvido. Em reclamações sobre um pedido já feito, informe o número de "
            "protocolo.</p>"
        ),
        "documents": [
            {
                "name": "Número de protocolo do pedido original",
                "notes": "Se a manifestação for sobre um atendimento já registrado.",
                "mandatory": False,
            },
            {"name": "Fotos ou documentos que comprovem o fato", "notes": "", "mandatory": False},
        ],
        "priority_groups": PRIORITY_IN_PERSON,
        "steps": [
            {
                "title": "Registre a manifestação",
                "description": "<p>Pela internet, por telefone, por e-mail ou pessoalmente.</p>",
            },
            {
                "title": "Guarde o protocolo",
                "description": (
                    "<p>Você recebe um número de protocolo e uma senha para acompanhar a "
                    "manifestação.</p>"
                ),
            },
            {
                "title": "Encaminhamento",
                "description": (
                    "<p>A Ouvidoria envia a manifestação à área responsável e cobra a resposta "
                    "dentro do prazo.</p>"
                ),
            },
            {
                "title": "Resposta",
                "description": (
                    "<p>A resposta conclusiva é dada em até 30 dias, prorrogáveis uma vez por "
                    "igual período, com justificativa.</p>"
                ),
            },
            {
                "title": "Avalie o atendimento",
                "description": (
                    "<p>Diga se a resposta resolveu o seu problema. Sua avaliação entra no "
                    "relatório anual da Ouvidoria.</p>"
                ),
            },
        ],
        "max_delivery_time": 30,
        "max_delivery_time_unit": "days",
        "waiting_time_minutes": 15,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>Serviço gratuito.</p>",
        "channels": [
            {
                "kind": "online",
                "label": "Ouvidoria online",
                "url": "https://vilaserena.sp.gov.br/ouvidoria",
                "notes": "Permite manifestação com identidade preservada.",
            },
            {
                "kind": "phone",
                "label": "Ouvidoria-Geral",
                "phone": "(11) 3000-1560",
                "notes": "De segunda a sexta, das 8h às 17h.",
            },
            {
                "kind": "email",
                "label": "Ouvidoria-Geral",
                "email": "ouvidoria@vilaserena.sp.gov.br",
                "notes": "",
            },
            {
                "kind": "in_person",
                "label": "Ouvidoria-Geral – Paço Municipal",
                "location": "paco",
                "notes": "Térreo, sala 4.",
            },
        ],
        "how_to_track": (
            "<p>Acompanhe a manifestação na página da Ouvidoria com o número de protocolo e a "
            "senha recebidos no registro. Se a resposta não resolver o problema, você pode pedir a "
            "reabertura em até 10 dias.</p>"
        ),
        "how_to_complain": (
            "<p>Se não estiver satisfeito com o atendimento da própria Ouvidoria, fale com a "
            "Controladoria-Geral do Município pelo e-mail controladoria@vilaserena.sp.gov.br ou "
            "procure o Conselho de Usuários dos Serviços Públicos de Vila Serena, previsto na Lei "
            "nº 13.460/2017.</p>"
        ),
        "other_information": (
            "<p>A Ouvidoria publica todo ano um relatório de gestão com o número de manifestações, "
            "os temas mais citados e as melhorias adotadas pela Prefeitura.</p>"
        ),
        "last_reviewed": "2026-10-30",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Lei nº 13.460/2017, arts. 9º a 17",
                "url": "https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2017/lei/l13460.htm",
                "description": (
                    "Manifestações dos usuários de serviços públicos e atribuições das ouvidorias."
                ),
            },
            {
                "title": "Decreto Municipal nº 4.615/2018 de Vila Serena",
                "url": "https://vilaserena.sp.gov.br/legislacao/decreto-4615-2018",
                "description": "Organiza a Ouvidoria-Geral do Município e o Conselho de Usuários.",
            },
        ],
    },
    {
        "slug": "acesso-a-informacao",
        "title": "Pedir acesso à informação pública (Lei de Acesso à Informação)",
        "summary": (
            "Peça à Prefeitura dados, documentos e informações públicas que não estejam no Portal "
            "da Transparência. A resposta sai em até 20 dias, prorrogáveis por mais 10."
        ),
        "other_names": (
            "LAI, acesso à informação, pedido de informação, e-SIC, SIC, transparência, dados "
            "públicos"
        ),
        "category": "ouvidoria-e-transparencia",
        "department": "ogm",
        "life_events": ["Participar da vida da cidade"],
        "audiences": ["cidadao", "empresa", "orgao-publico", "servidor-publico"],
        "description": (
            "<p>Qualquer pessoa pode pedir informações produzidas ou guardadas pela Prefeitura, "
            "como contratos, despesas, obras, remunerações e dados dos serviços, sem precisar "
            "explicar o motivo. Informações pessoais de terceiros e informações classificadas como "
            "sigilosas têm acesso restrito, nos termos da lei.</p><p>Antes de pedir, consulte o "
            "Portal da Transparência: muitas informações já estão publicadas.</p>"
        ),
        "audience_details": "<p>Qualquer pessoa física ou jurídica, brasileira ou estrangeira.</p>",
        "requirements": (
            "<p>Identificar-se com nome e número de um documento e descrever com clareza a "
            "informação desejada. Não é preciso justificar o pedido.</p>"
        ),
        "documents": [
            {
                "name": "Nome e número de um documento de identificação",
                "notes": "Informados no formulário; não é preciso enviar cópia.",
                "mandatory": True,
            },
            {"name": "E-mail ou endereço para a resposta", "notes": "", "mandatory": True},
        ],
        "priority_groups": PRIORITY_ONLINE,
        "steps": [
            {
                "title": "Consulte o Portal da Transparência",
                "description": "<p>Verifique se a informação já está publicada.</p>",
            },
            {
                "title": "Registre o pedido",
                "description": (
                    "<p>No e-SIC ou no Serviço de Informação ao Cidadão do Paço Municipal.</p>"
                ),
            },
            {
                "title": "Acompanhe o prazo",
                "description": (
                    "<p>A resposta deve ser dada em até 20 dias, prorrogáveis por mais 10, com "
                    "justificativa.</p>"
                ),
            },
            {
                "title": "Recorra, se necessário",
                "description": (
                    "<p>Se o acesso for negado, você pode recorrer em até 10 dias à autoridade "
                    "superior e, depois, à Comissão Mista de Reavaliação de Informações.</p>"
                ),
            },
        ],
        "max_delivery_time": 20,
        "max_delivery_time_unit": "days",
        "waiting_time_minutes": 15,
        "is_free": True,
        "cost_amount": None,
        "cost_details": (
            "<p>O pedido é gratuito. Só pode ser cobrado o custo de reprodução quando você pedir "
            "cópias em papel ou mídia; quem não puder pagar sem prejuízo do sustento da família "
            "fica isento (Lei nº 7.115/1983).</p>"
        ),
        "channels": [
            {
                "kind": "online",
                "label": "e-SIC – Serviço de Informação ao Cidadão",
                "url": "https://vilaserena.sp.gov.br/transparencia/esic",
                "notes": "",
            },
            {
                "kind": "in_person",
                "label": "Serviço de Informação ao Cidadão – Paço Municipal",
                "location": "paco",
                "notes": "Térreo, sala 4.",
            },
            {
                "kind": "email",
                "label": "Serviço de Informação ao Cidadão",
                "email": "sic@vilaserena.sp.gov.br",
                "notes": "",
            },
        ],
        "how_to_track": (
            "<p>Acompanhe o pedido, a resposta e os recursos no e-SIC com o número de protocolo. "
            "Você recebe um aviso por e-mail a cada movimentação.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>As respostas aos pedidos de informação são publicadas no Portal da Transparência, "
            "sem os dados pessoais de quem pediu.</p>"
        ),
        "last_reviewed": "2026-10-30",
        "review_by": "2026-12-31",
        "legal_basis": [
            LEI_12527,
            {
                "title": "Decreto Municipal nº 4.102/2013 de Vila Serena",
                "url": "https://vilaserena.sp.gov.br/legislacao/decreto-4102-2013",
                "description": "Regulamenta a Lei de Acesso à Informação no município.",
            },
            LEI_13460,
        ],
    },
]
