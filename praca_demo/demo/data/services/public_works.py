"""Demo services of the category Obras e zeladoria urbana."""

from ..shared import (
    CENTRAL_156,
    CODIGO_DE_POSTURAS,
    COMPLAIN,
    LEI_12305,
    LEI_13460,
    PRIORITY_FIELD,
    TRACK_PROTOCOL,
    WHATSAPP,
)

SERVICES = [
    {
        "slug": "poda-ou-remocao-de-arvore",
        "title": "Solicitar poda ou remoção de árvore em via pública",
        "summary": (
            "Peça a poda de árvores de calçadas e praças que atrapalham a fiação, a iluminação ou "
            "a passagem, ou a remoção de árvores mortas ou com risco de queda."
        ),
        "other_names": (
            "poda, corte de árvore, remoção de árvore, árvore caída, galho, risco de queda, "
            "supressão de árvore"
        ),
        "category": "obras-e-zeladoria",
        "department": "smosu",
        "life_events": ["Cuidar do bairro", "Construir ou reformar"],
        "audiences": ["cidadao", "empresa", "orgao-publico"],
        "description": (
            "<p>A equipe de arborização urbana avalia a árvore e decide entre poda de limpeza, "
            "poda de adequação à fiação ou remoção. A remoção só é autorizada quando a árvore está "
            "morta, doente, com risco de queda ou impede uma obra aprovada; nesses casos, outra "
            "árvore é plantada no local ou nas proximidades.</p><p>Árvores dentro de imóveis "
            "particulares são responsabilidade do proprietário, que precisa de autorização da "
            "Secretaria de Meio Ambiente para removê-las.</p>"
        ),
        "audience_details": (
            "<p>Qualquer pessoa, empresa ou órgão público, para árvores em calçadas, praças e "
            "canteiros públicos.</p>"
        ),
        "requirements": (
            "<p>Informar o endereço exato e o motivo do pedido. Em emergências, como árvore caída "
            "ou galho sobre a rede elétrica, ligue para a Defesa Civil (199) e para a "
            "distribuidora de energia.</p>"
        ),
        "documents": [
            {
                "name": "Endereço e ponto de referência",
                "notes": (
                    "Informe também se a árvore está na calçada, na praça ou no canteiro central."
                ),
                "mandatory": True,
            },
            {"name": "Fotos da árvore", "notes": "Ajudam a avaliar o risco.", "mandatory": False},
        ],
        "priority_groups": PRIORITY_FIELD,
        "steps": [
            {
                "title": "Registre o pedido",
                "description": "<p>Use o portal, o WhatsApp ou a Central 156.</p>",
            },
            {
                "title": "Vistoria técnica",
                "description": "<p>Um técnico avalia a árvore e define o tipo de serviço.</p>",
            },
            {
                "title": "Execução",
                "description": "<p>A poda ou a remoção é programada de acordo com o risco.</p>",
            },
            {
                "title": "Replantio",
                "description": (
                    "<p>Quando a árvore é removida, uma muda é plantada no local ou nas "
                    "proximidades.</p>"
                ),
            },
        ],
        "max_delivery_time": 30,
        "max_delivery_time_unit": "days",
        "waiting_time_minutes": 10,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>Serviço gratuito para árvores em áreas públicas.</p>",
        "channels": [
            {
                "kind": "online",
                "label": "Portal de Atendimento – Zeladoria",
                "url": "https://vilaserena.sp.gov.br/atendimento/zeladoria",
                "notes": "Permite anexar fotos e marcar o local no mapa.",
            },
            CENTRAL_156,
            WHATSAPP,
        ],
        "how_to_track": TRACK_PROTOCOL,
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Podar ou cortar árvores públicas por conta própria é infração ambiental sujeita a "
            "multa. As podas são feitas, de preferência, no inverno, fora do período de "
            "floração.</p>"
        ),
        "last_reviewed": "2026-09-22",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Lei Municipal nº 1.876/2019 de Vila Serena (Plano de Arborização Urbana)",
                "url": "https://vilaserena.sp.gov.br/legislacao/lei-1876-2019",
                "description": "Regras para plantio, poda e remoção de árvores em áreas públicas.",
            },
            {
                "title": "Lei nº 9.605/1998 (Lei de Crimes Ambientais), art. 49",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/l9605.htm",
                "description": (
                    "Pune quem destrói, danifica ou maltrata plantas de ornamentação de "
                    "logradouros públicos."
                ),
            },
            LEI_13460,
        ],
    },
    {
        "slug": "tapa-buraco",
        "title": "Solicitar reparo de buraco na rua (tapa-buraco)",
        "summary": (
            "Informe buracos e afundamentos no asfalto de ruas e avenidas municipais para que a "
            "equipe de tapa-buraco faça o reparo."
        ),
        "other_names": (
            "buraco, tapa-buraco, asfalto, cratera, pavimentação, rua esburacada, afundamento"
        ),
        "category": "obras-e-zeladoria",
        "department": "smosu",
        "life_events": ["Cuidar do bairro", "Ter um veículo"],
        "audiences": ["cidadao", "empresa", "orgao-publico"],
        "description": (
            "<p>As equipes de manutenção viária reparam buracos no asfalto, com prioridade para "
            "vias com linhas de ônibus e para os arredores de escolas e unidades de saúde. "
            "Afundamentos causados por vazamentos de água ou de esgoto são encaminhados à "
            "concessionária de saneamento.</p>"
        ),
        "audience_details": "<p>Qualquer pessoa, empresa ou órgão público.</p>",
        "requirements": (
            "<p>Informar o endereço, com um número próximo ou ponto de referência, e o tamanho "
            "aproximado do buraco. Uma foto ajuda a priorizar o atendimento.</p>"
        ),
        "documents": [
            {"name": "Endereço e ponto de referência", "notes": "", "mandatory": True},
            {
                "name": "Foto do buraco",
                "notes": "Pode ser enviada pelo portal ou pelo WhatsApp.",
                "mandatory": False,
            },
        ],
        "priority_groups": PRIORITY_FIELD,
        "steps": [
            {
                "title": "Registre o pedido",
                "description": "<p>Use o portal, o WhatsApp ou a Central 156.</p>",
            },
            {
                "title": "Avaliação",
                "description": (
                    "<p>A equipe classifica o buraco e verifica se há vazamento de água ou "
                    "esgoto.</p>"
                ),
            },
            {
                "title": "Reparo",
                "description": (
                    "<p>O buraco é limpo, preenchido com massa asfáltica e compactado.</p>"
                ),
            },
            {
                "title": "Conclusão",
                "description": "<p>A foto do reparo é anexada ao protocolo.</p>",
            },
        ],
        "max_delivery_time": 10,
        "max_delivery_time_unit": "business_days",
        "waiting_time_minutes": 10,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>Serviço gratuito.</p>",
        "channels": [
            {
                "kind": "online",
                "label": "Portal de Atendimento – Zeladoria",
                "url": "https://vilaserena.sp.gov.br/atendimento/zeladoria",
                "notes": "",
            },
            WHATSAPP,
            CENTRAL_156,
        ],
        "how_to_track": TRACK_PROTOCOL,
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>O recapeamento de ruas inteiras depende de planejamento e não é feito por este "
            "serviço. Danos a veículos causados por buracos podem ser objeto de pedido de "
            "indenização à Procuradoria-Geral do Município.</p>"
        ),
        "last_reviewed": "2026-10-05",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Constituição Federal, art. 30, V",
                "url": "https://www.planalto.gov.br/ccivil_03/constituicao/constituicao.htm",
                "description": (
                    "Competência do município para prestar os serviços públicos de interesse local."
                ),
            },
            {
                "title": "Lei nº 9.503/1997 (CTB), art. 1º, § 3º",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/l9503compilado.htm",
                "description": (
                    "Responsabilidade dos órgãos de trânsito pela manutenção que garante o "
                    "trânsito seguro."
                ),
            },
            LEI_13460,
        ],
    },
    {
        "slug": "iluminacao-publica",
        "title": "Solicitar conserto da iluminação pública (troca de lâmpada)",
        "summary": (
            "Avise sobre poste apagado, lâmpada piscando ou acesa durante o dia em ruas, praças e "
            "parques para que a equipe de iluminação pública faça o reparo."
        ),
        "other_names": (
            "lâmpada queimada, poste apagado, iluminação pública, luz da rua, troca de lâmpada, "
            "lâmpada piscando, poste"
        ),
        "category": "obras-e-zeladoria",
        "department": "smosu",
        "life_events": ["Cuidar do bairro"],
        "audiences": ["cidadao", "empresa", "orgao-publico"],
        "description": (
            "<p>A Prefeitura mantém a iluminação de ruas, praças e parques com recursos da "
            "Contribuição para o Custeio do Serviço de Iluminação Pública (COSIP), cobrada na "
            "conta de luz. O reparo inclui a troca de lâmpadas, reatores, relés e "
            "luminárias.</p><p>Falta de energia em casa, fios partidos e postes danificados por "
            "acidentes são responsabilidade da distribuidora de energia.</p>"
        ),
        "audience_details": "<p>Qualquer pessoa, empresa ou órgão público.</p>",
        "requirements": (
            "<p>Informar o endereço e, se possível, o número da plaqueta do poste, uma placa "
            "amarela fixada a cerca de 2 metros do chão.</p>"
        ),
        "documents": [
            {
                "name": "Endereço e número do poste",
                "notes": "O número está na plaqueta amarela do poste.",
                "mandatory": True,
            },
            {"name": "Foto do poste", "notes": "", "mandatory": False},
        ],
        "priority_groups": PRIORITY_FIELD,
        "steps": [
            {
                "title": "Registre o pedido",
                "description": "<p>Use o portal, o WhatsApp ou a Central 156.</p>",
            },
            {
                "title": "Reparo",
                "description": (
                    "<p>A equipe vai ao local, em geral à noite, para identificar e corrigir o "
                    "defeito.</p>"
                ),
            },
            {
                "title": "Conclusão",
                "description": (
                    "<p>O protocolo é encerrado e você recebe um aviso por SMS ou e-mail.</p>"
                ),
            },
        ],
        "max_delivery_time": 72,
        "max_delivery_time_unit": "hours",
        "waiting_time_minutes": 10,
        "is_free": True,
        "cost_amount": None,
        "cost_details": (
            "<p>Não há cobrança pelo reparo: o serviço é custeado pela COSIP, cobrada na conta de "
            "energia elétrica.</p>"
        ),
        "channels": [
            {
                "kind": "online",
                "label": "Portal de Atendimento – Iluminação pública",
                "url": "https://vilaserena.sp.gov.br/atendimento/iluminacao",
                "notes": "",
            },
            WHATSAPP,
            CENTRAL_156,
        ],
        "how_to_track": TRACK_PROTOCOL,
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Se vários postes da mesma rua estiverem apagados, a falha pode ser na rede da "
            "distribuidora; nesse caso, a Prefeitura encaminha o pedido a ela. As lâmpadas antigas "
            "estão sendo trocadas por LED, bairro a bairro.</p>"
        ),
        "last_reviewed": "2026-10-20",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Constituição Federal, art. 149-A",
                "url": "https://www.planalto.gov.br/ccivil_03/constituicao/constituicao.htm",
                "description": (
                    "Autoriza os municípios a instituir contribuição para o custeio da iluminação "
                    "pública."
                ),
            },
            {
                "title": "Lei Municipal nº 1.150/2013 de Vila Serena",
                "url": "https://vilaserena.sp.gov.br/legislacao/lei-1150-2013",
                "description": (
                    "Institui a Contribuição para o Custeio do Serviço de Iluminação Pública "
                    "(COSIP)."
                ),
            },
            LEI_13460,
        ],
    },
    {
        "slug": "cata-treco",
        "title": "Agendar coleta de móveis velhos e entulho (Cata-Treco)",
        "summary": (
            "Agende a retirada gratuita de móveis, colchões, eletrodomésticos e pequenas "
            "quantidades de entulho na porta de casa, sem precisar levá-los ao Ecoponto."
        ),
        "other_names": (
            "cata-treco, cata-bagulho, coleta de entulho, móveis velhos, sofá velho, colchão, "
            "volumosos, bota-fora"
        ),
        "category": "obras-e-zeladoria",
        "department": "smosu",
        "life_events": ["Mudar de endereço", "Construir ou reformar", "Cuidar do bairro"],
        "audiences": ["cidadao"],
        "description": (
            "<p>O Cata-Treco recolhe objetos volumosos que não vão na coleta de lixo comum, como "
            "sofás, colchões, armários, geladeiras e fogões, e até 1 m³ de entulho de pequenas "
            "reformas, ensacado. O material é encaminhado para reaproveitamento, reciclagem ou "
            "aterro licenciado.</p>"
        ),
        "audience_details": (
            "<p>Moradores de Vila Serena, para resíduos de origem residencial. Empresas e grandes "
            "obras devem contratar caçamba de empresa licenciada.</p>"
        ),
        "requirements": (
            "<p>Até 5 itens volumosos e até 1 m³ de entulho ensacado por agendamento, com no "
            "máximo um agendamento por mês por endereço. Coloque o material na calçada somente na "
            "véspera da coleta, sem impedir a passagem.</p>"
        ),
        "documents": [
            {"name": "Endereço completo e telefone para contato", "notes": "", "mandatory": True},
            {
                "name": "Lista dos itens",
                "notes": "Informe a quantidade e o tipo de material.",
                "mandatory": True,
            },
        ],
        "priority_groups": (
            "<p>Pessoas idosas ou com deficiência que moram sozinhas podem pedir que a equipe "
            "retire os itens de dentro do imóvel, no térreo. No atendimento telefônico valem as "
            "prioridades da Lei nº 10.048/2000.</p>"
        ),
        "steps": [
            {
                "title": "Agende a coleta",
                "description": (
                    "<p>Pelo portal ou pela Central 156, informe o endereço e os itens.</p>"
                ),
            },
            {
                "title": "Receba a data",
                "description": (
                    "<p>A data é confirmada por SMS, de acordo com o roteiro do seu bairro.</p>"
                ),
            },
            {
                "title": "Separe o material",
                "description": "<p>Coloque os itens na calçada na noite anterior à coleta.</p>",
            },
            {
                "title": "Coleta",
                "description": "<p>O caminhão passa entre 7h e 17h do dia marcado.</p>",
            },
        ],
        "max_delivery_time": 15,
        "max_delivery_time_unit": "days",
        "waiting_time_minutes": 10,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>Serviço gratuito dentro dos limites de volume.</p>",
        "channels": [
            {
                "kind": "online",
                "label": "Portal de Atendimento – Cata-Treco",
                "url": "https://vilaserena.sp.gov.br/atendimento/cata-treco",
                "notes": "",
            },
            CENTRAL_156,
        ],
        "how_to_track": TRACK_PROTOCOL,
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Pequenas quantidades também podem ser levadas ao Ecoponto mais próximo, sem "
            "agendamento. Descartar entulho ou móveis em terrenos, calçadas ou córregos é infração "
            "sujeita a multa.</p>"
        ),
        "last_reviewed": "2026-08-12",
        "review_by": "2026-12-31",
        "legal_basis": [LEI_12305, CODIGO_DE_POSTURAS, LEI_13460],
    },
    {
        "slug": "terreno-baldio",
        "title": "Denunciar terreno baldio com mato alto ou lixo",
        "summary": (
            "Denuncie terrenos particulares abandonados, com mato alto, lixo ou entulho. A "
            "Prefeitura notifica o proprietário e, se ele não limpar, faz a limpeza e cobra os "
            "custos."
        ),
        "other_names": (
            "terreno baldio, mato alto, terreno sujo, lote abandonado, limpeza de terreno, capina, "
            "terreno com lixo"
        ),
        "category": "obras-e-zeladoria",
        "department": "smosu",
        "life_events": ["Cuidar do bairro"],
        "audiences": ["cidadao", "empresa", "orgao-publico"],
        "description": (
            "<p>Manter o terreno limpo e fechado é obrigação do proprietário. Depois da denúncia, "
            "a fiscalização de posturas vistoria o local e notifica o dono, que tem 15 dias para "
            "fazer a limpeza. Se não cumprir, ele é multado e a Prefeitura pode fazer a limpeza, "
            "cobrando o custo junto com o IPTU.</p>"
        ),
        "audience_details": (
            "<p>Qualquer pessoa, empresa ou órgão público. A denúncia pode ser anônima.</p>"
        ),
        "requirements": (
            "<p>Informar o endereço do terreno ou os números dos imóveis vizinhos e descrever o "
            "problema.</p>"
        ),
        "documents": [
            {
                "name": "Endereço ou referência do terreno",
                "notes": "Por exemplo: entre os números 120 e 140 da rua.",
                "mandatory": True,
            },
            {"name": "Fotos do terreno", "notes": "", "mandatory": False},
        ],
        "priority_groups": (
            "<p>Terrenos com focos do mosquito da dengue, escorpiões ou risco de incêndio são "
            "vistoriados primeiro. No atendimento telefônico valem as prioridades da Lei nº "
            "10.048/2000.</p>"
        ),
        "steps": [
            {
                "title": "Registre a denúncia",
                "description": "<p>Pelo portal ou pela Central 156.</p>",
            },
            {
                "title": "Vistoria",
                "description": (
                    "<p>Um fiscal de posturas confirma a situação e identifica o proprietário.</p>"
                ),
            },
            {
                "title": "Notificação do proprietário",
                "description": "<p>O proprietário tem 15 dias para limpar o terreno.</p>",
            },
            {
                "title": "Limpeza ou multa",
                "description": (
                    "<p>Se a notificação não for cumprida, o proprietário é multado e a Prefeitura "
                    "pode fazer a limpeza e cobrar os custos.</p>"
                ),
            },
        ],
        "max_delivery_time": 30,
        "max_delivery_time_unit": "days",
        "waiting_time_minutes": 10,
        "is_free": True,
        "cost_amount": None,
        "cost_details": (
            "<p>A denúncia é gratuita. O custo da limpeza feita pela Prefeitura é cobrado do "
            "proprietário do terreno.</p>"
        ),
        "channels": [
            {
                "kind": "online",
                "label": "Portal de Atendimento – Fiscalização",
                "url": "https://vilaserena.sp.gov.br/atendimento/fiscalizacao",
                "notes": "A denúncia pode ser anônima.",
            },
            CENTRAL_156,
        ],
        "how_to_track": TRACK_PROTOCOL,
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Se o terreno for público, como praça, área verde ou canteiro, o pedido é atendido "
            "diretamente pela equipe de roçada da Secretaria de Obras, sem notificação.</p>"
        ),
        "last_reviewed": "2026-07-30",
        "review_by": "2026-12-31",
        "legal_basis": [
            CODIGO_DE_POSTURAS,
            {
                "title": "Lei nº 13.301/2016",
                "url": "https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2016/lei/l13301.htm",
                "description": (
                    "Permite o ingresso em imóveis abandonados para eliminar criadouros de "
                    "mosquitos."
                ),
            },
            LEI_13460,
        ],
    },
    {
        "slug": "limpeza-de-boca-de-lobo",
        "title": "Solicitar limpeza de boca de lobo e bueiro",
        "summary": (
            "Peça a desobstrução de bocas de lobo, bueiros e galerias de águas pluviais entupidos, "
            "que causam alagamentos em dias de chuva."
        ),
        "other_names": (
            "bueiro entupido, boca de lobo, galeria pluvial, alagamento, enchente, drenagem, "
            "grelha quebrada"
        ),
        "category": "obras-e-zeladoria",
        "department": "smosu",
        "life_events": ["Cuidar do bairro"],
        "audiences": ["cidadao", "empresa", "orgao-publico"],
        "description": (
            "<p>A equipe de drenagem limpa bocas de lobo e galerias, remove o lixo e a terra "
            "acumulados e troca grelhas e tampas quebradas. O serviço reduz o risco de alagamentos "
            "e a proliferação de ratos e mosquitos.</p><p>Esgoto transbordando é responsabilidade "
            "da concessionária de saneamento.</p>"
        ),
        "audience_details": "<p>Qualquer pessoa, empresa ou órgão público.</p>",
        "requirements": (
            "<p>Informar o endereço e descrever o problema: entupimento, mau cheiro, grelha "
            "quebrada ou tampa solta.</p>"
        ),
        "documents": [
            {"name": "Endereço e ponto de referência", "notes": "", "mandatory": True},
            {"name": "Foto do local", "notes": "", "mandatory": False},
        ],
        "priority_groups": PRIORITY_FIELD,
        "steps": [
            {
                "title": "Registre o pedido",
                "description": "<p>Use o portal, o WhatsApp ou a Central 156.</p>",
            },
            {
                "title": "Vistoria e limpeza",
                "description": (
                    "<p>A equipe desobstrui a boca de lobo e, se necessário, usa caminhão de "
                    "hidrojateamento nas galerias.</p>"
                ),
            },
            {
                "title": "Conclusão",
                "description": "<p>O protocolo é encerrado com a descrição do serviço feito.</p>",
            },
        ],
        "max_delivery_time": 15,
        "max_delivery_time_unit": "days",
        "waiting_time_minutes": 10,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>Serviço gratuito.</p>",
        "channels": [
            {
                "kind": "online",
                "label": "Portal de Atendimento – Zeladoria",
                "url": "https://vilaserena.sp.gov.br/atendimento/zeladoria",
                "notes": "",
            },
            CENTRAL_156,
            WHATSAPP,
        ],
        "how_to_track": TRACK_PROTOCOL,
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Não jogue lixo, entulho ou óleo de cozinha nas bocas de lobo. Antes da temporada "
            "de chuvas, de outubro a março, a Prefeitura faz a limpeza preventiva das bocas de "
            "lobo de toda a cidade.</p>"
        ),
        "last_reviewed": "2026-10-28",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Lei nº 11.445/2007 (Marco do Saneamento Básico)",
                "url": "https://www.planalto.gov.br/ccivil_03/_ato2007-2010/2007/lei/l11445.htm",
                "description": (
                    "Inclui a drenagem e o manejo das águas pluviais urbanas no saneamento básico."
                ),
            },
            CODIGO_DE_POSTURAS,
            LEI_13460,
        ],
    },
]
