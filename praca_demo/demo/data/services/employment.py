"""Demo services of the category Trabalho e emprego."""

from ..shared import (
    COMPLAIN,
    LEI_13460,
    PRIORITY_ONLINE,
)

SERVICES = [
    {
        "slug": "vagas-de-emprego-pat",
        "title": "Procurar emprego e cadastrar currículo no PAT",
        "summary": (
            "Cadastre seu currículo no Posto de Atendimento ao Trabalhador (PAT), seja encaminhado "
            "para vagas de empresas da região e inscreva-se em cursos gratuitos."
        ),
        "other_names": (
            "emprego, vaga de emprego, currículo, PAT, trabalho, SINE, cursos profissionalizantes, "
            "primeiro emprego"
        ),
        "category": "trabalho-e-emprego",
        "department": "smde",
        "life_events": ["Procurar emprego", "Perder o emprego"],
        "audiences": ["cidadao", "empresa"],
        "description": (
            "<p>O PAT aproxima quem procura trabalho das empresas que oferecem vagas. Você "
            "cadastra seu perfil profissional e é encaminhado para entrevistas compatíveis com sua "
            "experiência. O posto também orienta quem busca o primeiro emprego e oferece cursos de "
            "qualificação gratuitos.</p><p>Empresas podem anunciar vagas gratuitamente no PAT.</p>"
        ),
        "audience_details": (
            "<p>Pessoas com 16 anos ou mais que procuram emprego, inclusive jovens aprendizes e "
            "pessoas com deficiência, e empresas que querem divulgar vagas.</p>"
        ),
        "requirements": (
            "<p>Ter CPF e Carteira de Trabalho Digital ativa. Menores de 18 anos só podem ser "
            "encaminhados para vagas de aprendiz ou de estágio.</p>"
        ),
        "documents": [
            {"name": "CPF", "notes": "", "mandatory": True},
            {"name": "Documento com foto", "notes": "", "mandatory": True},
            {
                "name": "Carteira de Trabalho Digital",
                "notes": "Disponível no aplicativo, com conta gov.br.",
                "mandatory": True,
            },
            {
                "name": "Currículo",
                "notes": "Se não tiver, a equipe ajuda a montar.",
                "mandatory": False,
            },
            {"name": "Certificados de cursos", "notes": "", "mandatory": False},
        ],
        "priority_groups": (
            "<p>Pessoas com deficiência, jovens em busca do primeiro emprego e pessoas com mais de "
            "50 anos contam com atendimento especializado. No atendimento presencial valem a Lei "
            "nº 10.048/2000 e o Estatuto da Pessoa Idosa.</p>"
        ),
        "steps": [
            {
                "title": "Faça o cadastro",
                "description": (
                    "<p>No Portal do Trabalhador ou no PAT, informe sua experiência, escolaridade "
                    "e as funções que procura.</p>"
                ),
            },
            {
                "title": "Receba as vagas compatíveis",
                "description": (
                    "<p>O PAT avisa por SMS ou WhatsApp quando houver vagas para o seu perfil.</p>"
                ),
            },
            {
                "title": "Retire a carta de encaminhamento",
                "description": (
                    "<p>A carta é emitida no portal ou no PAT e deve ser levada à entrevista.</p>"
                ),
            },
            {
                "title": "Participe da entrevista",
                "description": (
                    "<p>A empresa informa o resultado ao PAT, que atualiza seu cadastro.</p>"
                ),
            },
        ],
        "max_delivery_time": 0,
        "max_delivery_time_unit": "hours",
        "waiting_time_minutes": 40,
        "is_free": True,
        "cost_amount": None,
        "cost_details": (
            "<p>O cadastro, os encaminhamentos e os cursos são gratuitos para trabalhadores e "
            "empresas.</p>"
        ),
        "channels": [
            {
                "kind": "in_person",
                "label": "Posto de Atendimento ao Trabalhador",
                "location": "pat",
                "notes": "Senhas distribuídas até as 15h.",
            },
            {
                "kind": "online",
                "label": "Portal do Trabalhador – Vagas",
                "url": "https://vilaserena.sp.gov.br/trabalho/vagas",
                "notes": "",
            },
            {
                "kind": "whatsapp",
                "label": "WhatsApp do PAT",
                "phone": "+55 11 93000-1620",
                "notes": "Avisos de vagas e agendamento.",
            },
        ],
        "how_to_track": (
            "<p>Consulte os encaminhamentos e o resultado das entrevistas no Portal do Trabalhador "
            "ou no PAT, com o seu CPF.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>O PAT também orienta sobre o seguro-desemprego para quem foi dispensado sem justa "
            "causa; o pedido pode ser feito pela Carteira de Trabalho Digital ou no portal "
            "gov.br.</p>"
        ),
        "last_reviewed": "2026-10-02",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Lei nº 13.667/2018",
                "url": "https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13667.htm",
                "description": "Dispõe sobre o Sistema Nacional de Emprego (SINE).",
            },
            {
                "title": "Lei nº 7.998/1990",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/l7998.htm",
                "description": "Regula o Programa do Seguro-Desemprego e o Abono Salarial.",
            },
            LEI_13460,
        ],
    },
    {
        "slug": "certidao-de-tempo-de-contribuicao",
        "title": "Emitir certidão de tempo de contribuição (servidor municipal)",
        "summary": (
            "Servidores e ex-servidores da Prefeitura podem pedir a certidão que comprova o tempo "
            "de serviço e de contribuição, para aposentadoria ou averbação em outro regime."
        ),
        "other_names": (
            "CTC, certidão de tempo de serviço, tempo de contribuição, averbação, aposentadoria do "
            "servidor, contagem de tempo"
        ),
        "category": "trabalho-e-emprego",
        "department": "smagp",
        "life_events": ["Aposentar-se", "Trabalhar na Prefeitura"],
        "audiences": ["servidor-publico"],
        "description": (
            "<p>A Certidão de Tempo de Contribuição (CTC) registra o período em que a pessoa "
            "trabalhou na Prefeitura de Vila Serena e contribuiu para o regime próprio de "
            "previdência do município. Ela serve para contar esse tempo na aposentadoria pelo INSS "
            "ou em outro regime próprio.</p>"
        ),
        "audience_details": (
            "<p>Servidores efetivos, ativos ou exonerados, da Prefeitura de Vila Serena e de suas "
            "autarquias.</p>"
        ),
        "requirements": (
            "<p>Ter ou ter tido vínculo efetivo com a Prefeitura. A certidão é emitida uma única "
            "vez para cada período; para corrigi-la, é preciso devolver a via original.</p>"
        ),
        "documents": [
            {"name": "Documento com foto e CPF", "notes": "", "mandatory": True},
            {
                "name": "Número da matrícula funcional",
                "notes": "Consta do contracheque.",
                "mandatory": True,
            },
            {"name": "Ato de exoneração", "notes": "Para ex-servidores.", "mandatory": False},
        ],
        "priority_groups": (
            "<p>Pedidos de servidores com 60 anos ou mais, com doença grave ou com deficiência são "
            "analisados primeiro (Estatuto da Pessoa Idosa e Lei nº 10.048/2000).</p>"
        ),
        "steps": [
            {
                "title": "Faça o pedido",
                "description": "<p>No Portal do Servidor ou por e-mail à Gestão de Pessoas.</p>",
            },
            {
                "title": "Levantamento da vida funcional",
                "description": (
                    "<p>A equipe confere as fichas financeiras, as contribuições e os afastamentos "
                    "do período.</p>"
                ),
            },
            {
                "title": "Emissão e assinatura",
                "description": (
                    "<p>A certidão é conferida e assinada pelo gestor do regime próprio de "
                    "previdência.</p>"
                ),
            },
            {
                "title": "Receba a certidão",
                "description": (
                    "<p>A CTC é enviada em formato digital, com assinatura eletrônica, e também "
                    "pode ser retirada impressa no Paço Municipal.</p>"
                ),
            },
        ],
        "max_delivery_time": 30,
        "max_delivery_time_unit": "days",
        "waiting_time_minutes": 20,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>A certidão é gratuita.</p>",
        "channels": [
            {
                "kind": "online",
                "label": "Portal do Servidor",
                "url": "https://vilaserena.sp.gov.br/servidor",
                "notes": "Acesso com CPF e senha.",
            },
            {
                "kind": "email",
                "label": "Gestão de Pessoas",
                "email": "gestaodepessoas@vilaserena.sp.gov.br",
                "notes": "Para ex-servidores sem acesso ao portal.",
            },
            {
                "kind": "in_person",
                "label": "Gestão de Pessoas – Paço Municipal",
                "location": "paco",
                "notes": "2º andar, das 9h às 16h.",
            },
        ],
        "how_to_track": (
            "<p>Acompanhe o processo no Portal do Servidor, em <em>Meus requerimentos</em>, ou "
            "pelo e-mail da Gestão de Pessoas.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>A CTC é exigida pelo INSS para a contagem recíproca do tempo de contribuição. O "
            "tempo já usado para aposentadoria em um regime não pode ser usado em outro.</p>"
        ),
        "last_reviewed": "2026-03-11",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Constituição Federal, art. 201, § 9º",
                "url": "https://www.planalto.gov.br/ccivil_03/constituicao/constituicao.htm",
                "description": (
                    "Contagem recíproca do tempo de contribuição entre regimes de previdência."
                ),
            },
            {
                "title": "Lei nº 9.796/1999",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/l9796.htm",
                "description": (
                    "Compensação financeira entre o Regime Geral e os regimes próprios de "
                    "previdência."
                ),
            },
            {
                "title": (
                    "Lei Complementar Municipal nº 45/2004 de Vila Serena (Estatuto dos Servidores)"
                ),
                "url": "https://vilaserena.sp.gov.br/legislacao/lc-45-2004",
                "description": "Direitos e deveres dos servidores públicos municipais.",
            },
            LEI_13460,
        ],
    },
    {
        "slug": "contracheque-do-servidor",
        "title": "Consultar contracheque e informe de rendimentos (servidor municipal)",
        "summary": (
            "Servidores ativos, aposentados e pensionistas da Prefeitura consultam e imprimem o "
            "contracheque mensal e o informe de rendimentos para o Imposto de Renda."
        ),
        "other_names": (
            "holerite, contracheque, demonstrativo de pagamento, informe de rendimentos, "
            "comprovante de rendimentos, folha de pagamento"
        ),
        "category": "trabalho-e-emprego",
        "department": "smagp",
        "life_events": ["Trabalhar na Prefeitura"],
        "audiences": ["servidor-publico"],
        "description": (
            "<p>No Portal do Servidor você consulta os contracheques dos últimos cinco anos, o "
            "informe de rendimentos para a declaração do Imposto de Renda e a margem consignável "
            "para empréstimos.</p>"
        ),
        "audience_details": (
            "<p>Servidores ativos, aposentados e pensionistas da Prefeitura de Vila Serena.</p>"
        ),
        "requirements": (
            "<p>Ter cadastro no Portal do Servidor. O primeiro acesso é feito com CPF e matrícula; "
            "a senha é enviada ao e-mail cadastrado na Gestão de Pessoas.</p>"
        ),
        "documents": [
            {"name": "CPF", "notes": "", "mandatory": True},
            {"name": "Número da matrícula funcional", "notes": "", "mandatory": True},
        ],
        "priority_groups": PRIORITY_ONLINE,
        "steps": [
            {
                "title": "Acesse o Portal do Servidor",
                "description": "<p>Entre com CPF e senha.</p>",
            },
            {
                "title": "Escolha o documento",
                "description": (
                    "<p>Contracheque do mês, contracheques anteriores ou informe de "
                    "rendimentos.</p>"
                ),
            },
            {
                "title": "Baixe ou imprima",
                "description": (
                    "<p>Os documentos são gerados em PDF, com código de autenticidade.</p>"
                ),
            },
        ],
        "max_delivery_time": 0,
        "max_delivery_time_unit": "hours",
        "waiting_time_minutes": None,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>Serviço gratuito.</p>",
        "channels": [
            {
                "kind": "online",
                "label": "Portal do Servidor",
                "url": "https://vilaserena.sp.gov.br/servidor",
                "notes": "Disponível 24 horas.",
            },
            {
                "kind": "email",
                "label": "Gestão de Pessoas",
                "email": "gestaodepessoas@vilaserena.sp.gov.br",
                "notes": "Problemas de acesso e divergências no pagamento.",
            },
        ],
        "how_to_track": (
            "<p>Os documentos ficam disponíveis na hora. O contracheque de cada mês é publicado "
            "dois dias úteis antes do pagamento.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Esqueceu a senha? Use a opção <em>Recuperar senha</em> no portal. O informe de "
            "rendimentos do ano anterior é publicado até o último dia útil de fevereiro.</p>"
        ),
        "last_reviewed": "2026-03-11",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": (
                    "Lei Complementar Municipal nº 45/2004 de Vila Serena (Estatuto dos Servidores)"
                ),
                "url": "https://vilaserena.sp.gov.br/legislacao/lc-45-2004",
                "description": "Direitos e deveres dos servidores públicos municipais.",
            },
            {
                "title": "Lei nº 13.709/2018 (Lei Geral de Proteção de Dados)",
                "url": "https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm",
                "description": "Proteção dos dados pessoais dos servidores tratados no portal.",
            },
            LEI_13460,
        ],
    },
]
