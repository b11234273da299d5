"""Demo services of the category Meio ambiente."""

from ..shared import (
    CENTRAL_156,
    COMPLAIN,
    LEI_12305,
    LEI_13460,
    TRACK_PROTOCOL,
    WHATSAPP,
)

SERVICES = [
    {
        "slug": "licenca-ambiental",
        "title": "Solicitar licença ambiental municipal",
        "summary": (
            "Licencie na Secretaria de Meio Ambiente empreendimentos e atividades de impacto "
            "ambiental local, como oficinas, marcenarias, lava-rápidos e loteamentos."
        ),
        "other_names": (
            "licença ambiental, licenciamento ambiental, licença prévia, licença de instalação, "
            "licença de operação, impacto ambiental"
        ),
        "category": "meio-ambiente",
        "department": "smma",
        "life_events": ["Abrir uma empresa", "Construir ou reformar"],
        "audiences": ["empresa", "orgao-publico"],
        "description": (
            "<p>O licenciamento ambiental municipal avalia atividades que podem causar impacto "
            "ambiental de âmbito local. Conforme o porte e o potencial poluidor, são emitidas a "
            "Licença Prévia (LP), a Licença de Instalação (LI) e a Licença de Operação (LO), ou "
            "uma licença única simplificada.</p><p>Atividades de impacto regional continuam a ser "
            "licenciadas pelo órgão ambiental do Estado.</p>"
        ),
        "audience_details": (
            "<p>Empresas, produtores rurais e órgãos públicos que vão instalar, ampliar ou operar "
            "atividades listadas no anexo da Lei Municipal nº 1.720/2019.</p>"
        ),
        "requirements": (
            "<p>Enquadrar a atividade na lista de licenciamento municipal, apresentar os estudos "
            "ambientais exigidos para o porte do empreendimento e ter responsável técnico "
            "habilitado.</p>"
        ),
        "documents": [
            {
                "name": "Requerimento de licença",
                "notes": "Formulário do portal, assinado pelo representante legal.",
                "mandatory": True,
            },
            {
                "name": "Certidão de uso do solo",
                "notes": "Emitida pela Secretaria de Habitação e Urbanismo.",
                "mandatory": True,
            },
            {
                "name": "Memorial de caracterização do empreendimento",
                "notes": "",
                "mandatory": True,
            },
            {"name": "ART do responsável técnico", "notes": "", "mandatory": True},
            {
                "name": "Estudo ambiental",
                "notes": "Relatório ambiental preliminar ou estudo de impacto, conforme o porte.",
                "mandatory": False,
            },
            {
                "name": "Outorga de uso da água",
                "notes": "Quando houver captação ou lançamento em rio ou córrego.",
                "mandatory": False,
            },
        ],
        "priority_groups": (
            "<p>Obras públicas de saneamento, saúde e educação e empreendimentos de habitação de "
            "interesse social têm análise prioritária. No atendimento presencial valem a Lei nº "
            "10.048/2000 e o Estatuto da Pessoa Idosa.</p>"
        ),
        "steps": [
            {
                "title": "Consulte o enquadramento",
                "description": (
                    "<p>Confira no portal se a atividade é licenciada pelo município e qual tipo "
                    "de licença é exigido.</p>"
                ),
            },
            {
                "title": "Protocole o pedido",
                "description": (
                    "<p>Envie o requerimento e os documentos no Portal do Licenciamento Ambiental "
                    "e pague o preço da análise.</p>"
                ),
            },
            {
                "title": "Análise técnica e vistoria",
                "description": "<p>A equipe técnica analisa os estudos e vistoria o local.</p>",
            },
            {
                "title": "Atenda às exigências",
                "description": (
                    "<p>Se houver pedido de complementação, responda no prazo indicado para não "
                    "arquivar o processo.</p>"
                ),
            },
            {
                "title": "Receba a licença",
                "description": (
                    "<p>A licença é emitida com condicionantes e prazo de validade e deve ser "
                    "renovada 120 dias antes do vencimento.</p>"
                ),
            },
        ],
        "max_delivery_time": 120,
        "max_delivery_time_unit": "days",
        "waiting_time_minutes": 30,
        "is_free": False,
        "cost_amount": None,
        "cost_details": (
            "<p>O preço da análise varia de R$ 250,00 a R$ 4.800,00, conforme o porte e o "
            "potencial poluidor da atividade, segundo a tabela da Lei Municipal nº 1.720/2019. O "
            "boleto é emitido no protocolo.</p>"
        ),
        "channels": [
            {
                "kind": "online",
                "label": "Portal do Licenciamento Ambiental",
                "url": "https://vilaserena.sp.gov.br/meio-ambiente/licenciamento",
                "notes": "",
            },
            {
                "kind": "in_person",
                "label": "Secretaria de Meio Ambiente – Paço Municipal",
                "location": "paco",
                "notes": "Atendimento técnico com agendamento.",
            },
            {
                "kind": "email",
                "label": "Licenciamento ambiental",
                "email": "licenciamento@vilaserena.sp.gov.br",
                "notes": "Agendamento de reuniões técnicas.",
            },
        ],
        "how_to_track": (
            "<p>Acompanhe o processo, as exigências técnicas e a emissão da licença no Portal do "
            "Licenciamento Ambiental com o número do processo.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Operar sem licença ou descumprir as condicionantes é infração ambiental, sujeita a "
            "multa, embargo e interdição.</p>"
        ),
        "last_reviewed": "2026-06-15",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Lei nº 6.938/1981 (Política Nacional do Meio Ambiente)",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/l6938.htm",
                "description": (
                    "Institui o licenciamento ambiental como instrumento da política ambiental."
                ),
            },
            {
                "title": "Lei Complementar nº 140/2011",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/lcp/lcp140.htm",
                "description": (
                    "Atribui aos municípios o licenciamento das atividades de impacto ambiental "
                    "local."
                ),
            },
            {
                "title": "Resolução CONAMA nº 237/1997",
                "url": "",
                "description": "Procedimentos e critérios do licenciamento ambiental.",
            },
            {
                "title": "Lei Municipal nº 1.720/2019 de Vila Serena",
                "url": "https://vilaserena.sp.gov.br/legislacao/lei-1720-2019",
                "description": (
                    "Organiza o licenciamento ambiental municipal e fixa os preços de análise."
                ),
            },
            LEI_13460,
        ],
    },
    {
        "slug": "ecoponto",
        "title": "Descartar entulho, podas e recicláveis no Ecoponto",
        "summary": (
            "Leve gratuitamente ao Ecoponto até 1 m³ por dia de entulho, restos de poda, móveis, "
            "pneus, óleo de cozinha, eletrônicos e recicláveis."
        ),
        "other_names": (
            "ecoponto, descarte de entulho, descarte de móveis, reciclagem, óleo de cozinha, lixo "
            "eletrônico, pneu velho"
        ),
        "category": "meio-ambiente",
        "department": "smma",
        "life_events": ["Construir ou reformar", "Mudar de endereço", "Cuidar do bairro"],
        "audiences": ["cidadao"],
        "description": (
            "<p>O Ecoponto recebe materiais que não vão na coleta comum e os encaminha para "
            "reciclagem ou destinação adequada: entulho de pequenas obras, restos de poda, móveis "
            "e objetos volumosos, pneus, óleo de cozinha usado, eletrônicos, lâmpadas e "
            "recicláveis secos.</p><p>Não são aceitos lixo doméstico, resíduos de serviços de "
            "saúde, produtos químicos e amianto.</p>"
        ),
        "audience_details": (
            "<p>Moradores de Vila Serena, a pé ou com veículo próprio, e pequenos geradores, com "
            "até 1 m³ por dia.</p>"
        ),
        "requirements": (
            "<p>Respeitar o limite de 1 m³ por dia, o equivalente à caçamba de uma picape pequena, "
            "e separar os materiais por tipo antes de descarregar.</p>"
        ),
        "documents": [
            {
                "name": "Documento com foto",
                "notes": "Para o registro da entrega.",
                "mandatory": True,
            },
            {
                "name": "Comprovante de residência em Vila Serena",
                "notes": "Pode ser pedido para quem faz entregas frequentes.",
                "mandatory": False,
            },
        ],
        "priority_groups": (
            "<p>Pessoas idosas, pessoas com deficiência e gestantes têm prioridade na fila de "
            "veículos e recebem ajuda dos operadores para descarregar os materiais (Lei nº "
            "10.048/2000).</p>"
        ),
        "steps": [
            {
                "title": "Separe os materiais",
                "description": "<p>Separe entulho, madeira, podas, recicláveis e eletrônicos.</p>",
            },
            {"title": "Leve ao Ecoponto", "description": "<p>Não é preciso agendar.</p>"},
            {
                "title": "Descarregue nas baias indicadas",
                "description": (
                    "<p>O operador registra a entrega e indica onde deixar cada material.</p>"
                ),
            },
        ],
        "max_delivery_time": 0,
        "max_delivery_time_unit": "hours",
        "waiting_time_minutes": 15,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>O descarte é gratuito dentro do limite diário.</p>",
        "channels": [
            {
                "kind": "in_person",
                "label": "Ecoponto Jardim das Flores",
                "location": "ecoponto",
                "notes": "Sem agendamento.",
            },
            {
                "kind": "online",
                "label": "Mapa dos Ecopontos",
                "url": "https://vilaserena.sp.gov.br/meio-ambiente/ecopontos",
                "notes": "Endereços, horários e materiais aceitos.",
            },
            {
                "kind": "phone",
                "label": "Ecoponto Jardim das Flores",
                "phone": "(11) 3000-1510",
                "notes": "",
            },
        ],
        "how_to_track": (
            "<p>A entrega é registrada na hora. O destino dos materiais recebidos é publicado no "
            "relatório mensal dos Ecopontos, no portal da Secretaria de Meio Ambiente.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Para volumes maiores, contrate caçamba de empresa cadastrada na Prefeitura. Quem "
            "não pode levar os materiais pode agendar o Cata-Treco.</p>"
        ),
        "last_reviewed": "2026-08-12",
        "review_by": "2026-12-31",
        "legal_basis": [
            LEI_12305,
            {
                "title": "Resolução CONAMA nº 307/2002",
                "url": "",
                "description": "Diretrizes para a gestão dos resíduos da construção civil.",
            },
            {
                "title": "Lei Municipal nº 1.577/2019 de Vila Serena",
                "url": "https://vilaserena.sp.gov.br/legislacao/lei-1577-2019",
                "description": "Cria a rede municipal de Ecopontos.",
            },
            LEI_13460,
        ],
    },
    {
        "slug": "castracao-de-caes-e-gatos",
        "title": "Agendar castração gratuita de cães e gatos",
        "summary": (
            "Agende a castração gratuita do seu cão ou gato no Centro de Controle de Zoonoses, com "
            "microchip e vacina antirrábica incluídos."
        ),
        "other_names": (
            "castração, castrar cachorro, castrar gato, esterilização, bem-estar animal, CCZ, "
            "microchip"
        ),
        "category": "meio-ambiente",
        "department": "smma",
        "life_events": ["Cuidar de um animal"],
        "audiences": ["cidadao"],
        "description": (
            "<p>O programa municipal de bem-estar animal castra cães e gatos gratuitamente para "
            "controlar a população de animais, reduzir o abandono e prevenir doenças. Na cirurgia, "
            "o animal também recebe microchip de identificação e vacina antirrábica.</p>"
        ),
        "audience_details": (
            "<p>Tutores que moram em Vila Serena, com prioridade para famílias inscritas no "
            "Cadastro Único, e protetores independentes cadastrados.</p>"
        ),
        "requirements": (
            "<p>O animal deve ter entre 4 meses e 8 anos, estar saudável e, no caso das fêmeas, "
            "não estar no cio nem prenhe. Limite de dois animais por família em cada "
            "agendamento.</p>"
        ),
        "documents": [
            {"name": "Documento com foto e CPF do tutor", "notes": "", "mandatory": True},
            {"name": "Comprovante de residência", "notes": "", "mandatory": True},
            {
                "name": "Comprovante de inscrição no CadÚnico",
                "notes": "Para ter prioridade na fila.",
                "mandatory": False,
            },
        ],
        "priority_groups": (
            "<p>Famílias inscritas no Cadastro Único, protetores cadastrados e animais "
            "comunitários têm prioridade na fila. No atendimento presencial do CCZ valem a Lei nº "
            "10.048/2000 e o Estatuto da Pessoa Idosa.</p>"
        ),
        "steps": [
            {
                "title": "Faça a inscrição",
                "description": (
                    "<p>Pelo portal ou no CCZ, informe os dados do tutor e do animal.</p>"
                ),
            },
            {
                "title": "Aguarde o agendamento",
                "description": (
                    "<p>A data da cirurgia é enviada por SMS, com as orientações de preparo.</p>"
                ),
            },
            {
                "title": "Prepare o animal",
                "description": (
                    "<p>Jejum de 8 horas de comida e de 4 horas de água antes da cirurgia. Leve "
                    "cães com coleira e guia e gatos em caixa de transporte.</p>"
                ),
            },
            {
                "title": "Cirurgia e retorno",
                "description": (
                    "<p>O animal é liberado no mesmo dia. O retorno para a retirada dos pontos é "
                    "marcado para 10 dias depois.</p>"
                ),
            },
        ],
        "max_delivery_time": 60,
        "max_delivery_time_unit": "days",
        "waiting_time_minutes": 30,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>A cirurgia, o microchip e a vacina são gratuitos.</p>",
        "channels": [
            {
                "kind": "online",
                "label": "Portal do Bem-Estar Animal",
                "url": "https://vilaserena.sp.gov.br/meio-ambiente/castracao",
                "notes": "",
            },
            {
                "kind": "in_person",
                "label": "Centro de Controle de Zoonoses",
                "location": "ccz",
                "notes": "Inscrições das 8h às 12h.",
            },
            {**WHATSAPP, "notes": "Consulta da data do agendamento."},
        ],
        "how_to_track": (
            "<p>Acompanhe a posição na fila e a data da cirurgia no Portal do Bem-Estar Animal com "
            "o CPF do tutor.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Quem falta sem avisar volta para o fim da fila. Em caso de complicações depois da "
            "cirurgia, procure o CCZ, que oferece atendimento pós-operatório gratuito.</p>"
        ),
        "last_reviewed": "2026-09-28",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Lei nº 13.426/2017",
                "url": "https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2017/lei/l13426.htm",
                "description": (
                    "Política de controle da natalidade de cães e gatos por esterilização."
                ),
            },
            {
                "title": "Lei nº 14.228/2021",
                "url": "https://www.planalto.gov.br/ccivil_03/_ato2019-2022/2021/lei/L14228.htm",
                "description": (
                    "Proíbe a eliminação de cães e gatos por órgãos de controle de zoonoses."
                ),
            },
            {
                "title": "Lei Municipal nº 1.689/2021 de Vila Serena",
                "url": "https://vilaserena.sp.gov.br/legislacao/lei-1689-2021",
                "description": "Institui o programa municipal de bem-estar animal.",
            },
            LEI_13460,
        ],
    },
    {
        "slug": "denuncia-ambiental",
        "title": "Denunciar crime ou infração ambiental",
        "summary": (
            "Denuncie desmatamento, queimadas, poluição de rios e córregos, descarte irregular de "
            "lixo, maus-tratos a animais e barulho de estabelecimentos."
        ),
        "other_names": (
            "denúncia ambiental, desmatamento, queimada, poluição, maus-tratos a animais, descarte "
            "irregular, barulho, fiscalização ambiental"
        ),
        "category": "meio-ambiente",
        "department": "smma",
        "life_events": ["Cuidar do bairro", "Cuidar de um animal"],
        "audiences": ["cidadao", "empresa", "orgao-publico"],
        "description": (
            "<p>A fiscalização ambiental apura denúncias de corte de árvores sem autorização, "
            "queimadas, aterros e desmatamento em áreas protegidas, lançamento de esgoto em "
            "córregos, descarte irregular de resíduos, maus-tratos a animais e poluição sonora de "
            "estabelecimentos.</p><p>A denúncia pode ser anônima.</p>"
        ),
        "audience_details": "<p>Qualquer pessoa, empresa ou órgão público.</p>",
        "requirements": (
            "<p>Descrever o fato, o local e, se possível, o dia e o horário em que ocorre. Fotos, "
            "vídeos e a placa de veículos envolvidos ajudam a fiscalização.</p>"
        ),
        "documents": [
            {"name": "Endereço ou ponto de referência", "notes": "", "mandatory": True},
            {
                "name": "Fotos ou vídeos",
                "notes": "Podem ser enviados pelo portal ou pelo WhatsApp.",
                "mandatory": False,
            },
        ],
        "priority_groups": (
            "<p>Queimadas em andamento, maus-tratos com risco de morte do animal e poluição de "
            "cursos d'água são atendidos com prioridade. Em caso de incêndio, ligue para o Corpo "
            "de Bombeiros (193). No atendimento telefônico valem as prioridades da Lei nº "
            "10.048/2000.</p>"
        ),
        "steps": [
            {
                "title": "Registre a denúncia",
                "description": "<p>Pelo portal, pelo WhatsApp, pela Central 156 ou por e-mail.</p>",
            },
            {
                "title": "Vistoria",
                "description": "<p>Um fiscal ambiental vai ao local para verificar a denúncia.</p>",
            },
            {
                "title": "Autuação",
                "description": (
                    "<p>Se a infração for confirmada, o responsável é autuado e pode ser multado, "
                    "ter a atividade embargada ou ser obrigado a reparar o dano.</p>"
                ),
            },
            {
                "title": "Conclusão",
                "description": "<p>O resultado da fiscalização é registrado no protocolo.</p>",
            },
        ],
        "max_delivery_time": 15,
        "max_delivery_time_unit": "business_days",
        "waiting_time_minutes": 10,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>Serviço gratuito.</p>",
        "channels": [
            {
                "kind": "online",
                "label": "Portal de Atendimento – Denúncia ambiental",
                "url": "https://vilaserena.sp.gov.br/atendimento/denuncia-ambiental",
                "notes": "A denúncia pode ser anônima.",
            },
            WHATSAPP,
            CENTRAL_156,
            {
                "kind": "email",
                "label": "Fiscalização ambiental",
                "email": "fiscalizacao.ambiental@vilaserena.sp.gov.br",
                "notes": "",
            },
        ],
        "how_to_track": TRACK_PROTOCOL,
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Crimes ambientais também podem ser comunicados à Polícia Militar Ambiental. "
            "Barulho de vizinhos em residências deve ser comunicado à Polícia Militar (190).</p>"
        ),
        "last_reviewed": "2026-09-28",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Lei nº 9.605/1998 (Lei de Crimes Ambientais)",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/l9605.htm",
                "description": (
                    "Sanções penais e administrativas para condutas lesivas ao meio ambiente, "
                    "inclusive maus-tratos a animais."
                ),
            },
            {
                "title": "Decreto nº 6.514/2008",
                "url": "https://www.planalto.gov.br/ccivil_03/_ato2007-2010/2008/decreto/d6514.htm",
                "description": (
                    "Infrações e sanções administrativas ambientais e processo de apuração."
                ),
            },
            LEI_13460,
        ],
    },
]
