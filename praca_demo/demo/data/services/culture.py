"""Demo services of the category Cultura e lazer."""

from ..shared import (
    CODIGO_DE_POSTURAS,
    COMPLAIN,
    LEI_13460,
    PRIORITY_IN_PERSON,
    TRACK_PROTOCOL,
)

SERVICES = [
    {
        "slug": "eventos-em-espaco-publico",
        "title": "Pedir autorização para eventos em espaço público",
        "summary": (
            "Solicite autorização para realizar feiras, shows, festas juninas, corridas e outros "
            "eventos em praças, ruas e parques de Vila Serena."
        ),
        "other_names": (
            "evento em praça, fechar rua, festa de rua, autorização de evento, uso de espaço "
            "público, show, feira cultural, corrida de rua"
        ),
        "category": "cultura-e-lazer",
        "department": "smct",
        "life_events": ["Organizar um evento", "Participar da vida da cidade"],
        "audiences": ["cidadao", "empresa", "orgao-publico"],
        "description": (
            "<p>A autorização permite o uso temporário de praças, parques, ruas e outros espaços "
            "públicos para eventos culturais, esportivos, religiosos, comunitários ou comerciais. "
            "O pedido é analisado em conjunto pelas secretarias de Cultura, Mobilidade e Obras, "
            "que definem as condições de segurança, trânsito e limpeza.</p>"
        ),
        "audience_details": (
            "<p>Pessoas maiores de 18 anos, empresas, associações, entidades religiosas e órgãos "
            "públicos.</p>"
        ),
        "requirements": (
            "<p>Fazer o pedido com pelo menos 30 dias de antecedência (60 dias para eventos com "
            "mais de 1.000 pessoas), apresentar o plano do evento e responsabilizar-se pela "
            "segurança, pela limpeza e pelo reparo de eventuais danos.</p>"
        ),
        "documents": [
            {
                "name": "Documento com foto do responsável ou CNPJ da entidade",
                "notes": "",
                "mandatory": True,
            },
            {
                "name": "Plano do evento",
                "notes": "Data, horário, público estimado, estruturas, som e croqui da ocupação.",
                "mandatory": True,
            },
            {
                "name": "ART das estruturas",
                "notes": "Para palcos, tendas e arquibancadas.",
                "mandatory": False,
            },
            {
                "name": "Plano de segurança e atendimento médico",
                "notes": "Para eventos com mais de 1.000 pessoas.",
                "mandatory": False,
            },
        ],
        "priority_groups": (
            "<p>Eventos gratuitos, de entidades sem fins lucrativos ou do calendário cultural da "
            "cidade têm análise prioritária. No atendimento presencial valem a Lei nº 10.048/2000 "
            "e o Estatuto da Pessoa Idosa.</p>"
        ),
        "steps": [
            {
                "title": "Faça o pedido",
                "description": (
                    "<p>Preencha o formulário no Portal da Cultura e anexe o plano do evento.</p>"
                ),
            },
            {
                "title": "Análise conjunta",
                "description": (
                    "<p>Cultura, Mobilidade e Obras avaliam o local, o trânsito e a segurança.</p>"
                ),
            },
            {
                "title": "Ajustes no plano",
                "description": (
                    "<p>Se necessário, você recebe as condições a cumprir, como horários de som e "
                    "rotas de desvio.</p>"
                ),
            },
            {
                "title": "Pagamento e autorização",
                "description": (
                    "<p>Eventos comerciais pagam o preço público de uso antes da emissão da "
                    "autorização.</p>"
                ),
            },
            {
                "title": "Realize o evento",
                "description": (
                    "<p>Devolva o espaço limpo e nas mesmas condições em que o recebeu.</p>"
                ),
            },
        ],
        "max_delivery_time": 30,
        "max_delivery_time_unit": "days",
        "waiting_time_minutes": 20,
        "is_free": False,
        "cost_amount": None,
        "cost_details": (
            "<p>Eventos gratuitos, comunitários ou de entidades sem fins lucrativos são isentos. "
            "Eventos comerciais pagam preço público a partir de R$ 150,00 por dia, conforme a área "
            "ocupada.</p>"
        ),
        "channels": [
            {
                "kind": "online",
                "label": "Portal da Cultura – Autorização de eventos",
                "url": "https://vilaserena.sp.gov.br/cultura/eventos",
                "notes": "",
            },
            {
                "kind": "email",
                "label": "Setor de Eventos",
                "email": "eventos@vilaserena.sp.gov.br",
                "notes": "Dúvidas sobre locais disponíveis e documentos.",
            },
            {
                "kind": "in_person",
                "label": "Secretaria de Cultura e Turismo – Paço Municipal",
                "location": "paco",
                "notes": "Com agendamento pelo e-mail.",
            },
        ],
        "how_to_track": TRACK_PROTOCOL,
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>O fechamento de ruas depende de aprovação da Secretaria de Mobilidade e deve ser "
            "comunicado aos moradores com 48 horas de antecedência. Eventos com venda de bebidas "
            "alcoólicas seguem regras específicas do Código de Posturas.</p>"
        ),
        "last_reviewed": "2026-04-08",
        "review_by": "2026-12-31",
        "legal_basis": [
            CODIGO_DE_POSTURAS,
            {
                "title": "Decreto Municipal nº 4.998/2021 de Vila Serena",
                "url": "https://vilaserena.sp.gov.br/legislacao/decreto-4998-2021",
                "description": "Regulamenta a autorização de eventos em espaços públicos.",
            },
            LEI_13460,
        ],
    },
    {
        "slug": "oficinas-culturais",
        "title": "Inscrever-se em oficinas culturais gratuitas",
        "summary": (
            "Inscreva-se em oficinas gratuitas de música, dança, teatro, artes visuais e "
            "artesanato na Casa de Cultura e nos centros comunitários de Vila Serena."
        ),
        "other_names": (
            "oficina cultural, curso gratuito, aula de violão, aula de dança, teatro, artesanato, "
            "Casa de Cultura"
        ),
        "category": "cultura-e-lazer",
        "department": "smct",
        "life_events": ["Aproveitar a cidade", "Aposentar-se"],
        "audiences": ["cidadao"],
        "description": (
            "<p>As oficinas culturais são abertas a crianças, jovens, adultos e pessoas idosas, "
            "com turmas semestrais em diferentes horários. No fim do semestre, os participantes "
            "apresentam seus trabalhos na Mostra Cultural de Vila Serena.</p>"
        ),
        "audience_details": (
            "<p>Moradores de Vila Serena a partir de 7 anos, conforme a faixa etária de cada "
            "oficina. Menores de 18 anos são inscritos pelo responsável.</p>"
        ),
        "requirements": (
            "<p>Ter a idade mínima da oficina e frequentar pelo menos 75% das aulas. Quem faltar a "
            "três aulas seguidas sem justificativa perde a vaga.</p>"
        ),
        "documents": [
            {
                "name": "Documento com foto ou certidão de nascimento",
                "notes": "",
                "mandatory": True,
            },
            {"name": "Comprovante de residência", "notes": "", "mandatory": True},
            {
                "name": "Autorização do responsável",
                "notes": "Para menores de 18 anos.",
                "mandatory": False,
            },
        ],
        "priority_groups": (
            "<p>Pessoas com deficiência, pessoas idosas e estudantes da rede pública têm vagas "
            "reservadas em todas as turmas. No atendimento presencial valem a Lei nº 10.048/2000 e "
            "o Estatuto da Pessoa Idosa.</p>"
        ),
        "steps": [
            {
                "title": "Escolha a oficina",
                "description": (
                    "<p>Consulte as turmas, os horários e as faixas etárias no Portal da "
                    "Cultura.</p>"
                ),
            },
            {
                "title": "Inscreva-se",
                "description": "<p>As inscrições abrem em fevereiro e em julho.</p>",
            },
            {
                "title": "Consulte o resultado",
                "description": (
                    "<p>Se houver mais inscritos que vagas, é feito sorteio público.</p>"
                ),
            },
            {
                "title": "Confirme a matrícula",
                "description": "<p>Compareça à primeira aula com o documento de identificação.</p>",
            },
        ],
        "max_delivery_time": 15,
        "max_delivery_time_unit": "days",
        "waiting_time_minutes": 20,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>As oficinas são gratuitas, inclusive os materiais básicos.</p>",
        "channels": [
            {
                "kind": "online",
                "label": "Portal da Cultura – Oficinas",
                "url": "https://vilaserena.sp.gov.br/cultura/oficinas",
                "notes": "",
            },
            {
                "kind": "in_person",
                "label": "Biblioteca Municipal (ponto de inscrição)",
                "location": "biblioteca",
                "notes": "Para quem não tem acesso à internet.",
            },
            {"kind": "phone", "label": "Casa de Cultura", "phone": "(11) 3000-1920", "notes": ""},
        ],
        "how_to_track": (
            "<p>Consulte o resultado do sorteio e a sua turma no Portal da Cultura com o CPF do "
            "participante.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Os instrumentos e materiais básicos são emprestados pela Casa de Cultura durante "
            "as aulas.</p>"
        ),
        "last_reviewed": "2026-01-15",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Constituição Federal, art. 215",
                "url": "https://www.planalto.gov.br/ccivil_03/constituicao/constituicao.htm",
                "description": (
                    "Garante a todos o pleno exercício dos direitos culturais e o acesso às fontes "
                    "da cultura nacional."
                ),
            },
            {
                "title": (
                    "Lei Municipal nº 1.533/2019 de Vila Serena (Sistema Municipal de Cultura)"
                ),
                "url": "https://vilaserena.sp.gov.br/legislacao/lei-1533-2019",
                "description": (
                    "Organiza as políticas culturais e os equipamentos de cultura do município."
                ),
            },
            LEI_13460,
        ],
    },
    {
        "slug": "carteirinha-da-biblioteca",
        "title": "Fazer a carteirinha da Biblioteca Municipal",
        "summary": (
            "Faça gratuitamente a carteirinha da Biblioteca Pública Municipal Monteiro Lobato para "
            "emprestar livros, audiolivros e filmes e usar os computadores."
        ),
        "other_names": (
            "biblioteca, carteirinha da biblioteca, empréstimo de livros, livros, leitura, sala de "
            "estudos, Monteiro Lobato"
        ),
        "category": "cultura-e-lazer",
        "department": "smct",
        "life_events": ["Aproveitar a cidade", "Ter um filho"],
        "audiences": ["cidadao"],
        "description": (
            "<p>Com a carteirinha, você pode emprestar até três itens por vez, por 14 dias, com "
            "renovação pela internet. A biblioteca oferece acervo infantil, juvenil e adulto, "
            "obras em braile, audiolivros, sala de estudos, computadores com internet e sessões de "
            "contação de histórias.</p>"
        ),
        "audience_details": (
            "<p>Qualquer pessoa que more, trabalhe ou estude em Vila Serena. Crianças e "
            "adolescentes fazem a carteirinha com autorização do responsável.</p>"
        ),
        "requirements": (
            "<p>Apresentar documento com foto e comprovante de residência, de trabalho ou de "
            "estudo em Vila Serena.</p>"
        ),
        "documents": [
            {"name": "Documento com foto", "notes": "", "mandatory": True},
            {
                "name": "Comprovante de residência, de trabalho ou de estudo",
                "notes": "",
                "mandatory": True,
            },
            {
                "name": "Documento do responsável",
                "notes": "Para menores de 18 anos.",
                "mandatory": False,
            },
        ],
        "priority_groups": PRIORITY_IN_PERSON,
        "steps": [
            {
                "title": "Vá à biblioteca",
                "description": "<p>Procure o balcão de atendimento com os documentos.</p>",
            },
            {
                "title": "Preencha o cadastro",
                "description": (
                    "<p>O atendente registra seus dados e tira uma foto para a carteirinha.</p>"
                ),
            },
            {
                "title": "Receba a carteirinha",
                "description": (
                    "<p>A carteirinha é entregue na hora e já vale para o primeiro empréstimo.</p>"
                ),
            },
        ],
        "max_delivery_time": 0,
        "max_delivery_time_unit": "hours",
        "waiting_time_minutes": 10,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>A carteirinha e os empréstimos são gratuitos.</p>",
        "channels": [
            {
                "kind": "in_person",
                "label": "Biblioteca Pública Municipal Monteiro Lobato",
                "location": "biblioteca",
                "notes": "",
            },
            {
                "kind": "online",
                "label": "Catálogo online da biblioteca",
                "url": "https://vilaserena.sp.gov.br/biblioteca",
                "notes": "Consulta ao acervo, reservas e renovações para quem já tem carteirinha.",
            },
            {
                "kind": "email",
                "label": "Biblioteca Municipal",
                "email": "biblioteca@vilaserena.sp.gov.br",
                "notes": "",
            },
        ],
        "how_to_track": (
            "<p>Acompanhe seus empréstimos, reservas e datas de devolução no catálogo online, com "
            "o número da carteirinha.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>O atraso na devolução suspende novos empréstimos pelo mesmo número de dias do "
            "atraso; não há multa em dinheiro.</p>"
        ),
        "last_reviewed": "2026-04-08",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Lei nº 10.753/2003 (Política Nacional do Livro)",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/2003/l10.753.htm",
                "description": (
                    "Diretrizes para o acesso ao livro e o fomento às bibliotecas públicas."
                ),
            },
            {
                "title": (
                    "Lei Municipal nº 1.533/2019 de Vila Serena (Sistema Municipal de Cultura)"
                ),
                "url": "https://vilaserena.sp.gov.br/legislacao/lei-1533-2019",
                "description": (
                    "Organiza as políticas culturais e os equipamentos de cultura do município."
                ),
            },
            LEI_13460,
        ],
    },
]
