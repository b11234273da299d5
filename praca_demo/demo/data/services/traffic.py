"""Demo services of the category Trânsito e transporte."""

from ..shared import (
    CENTRAL_156,
    COMPLAIN,
    CTB,
    LEI_13460,
    PRACA_DE_ATENDIMENTO,
    PRIORITY_IN_PERSON,
    TRACK_PROTOCOL,
)

SERVICES = [
    {
        "slug": "credencial-estacionamento-idoso",
        "title": "Solicitar credencial de estacionamento para pessoa idosa",
        "summary": (
            "Pessoas com 60 anos ou mais podem pedir a credencial que dá direito a usar as vagas "
            "de estacionamento reservadas a idosos em todo o país."
        ),
        "other_names": (
            "cartão do idoso, credencial do idoso, vaga de idoso, estacionamento idoso, cartão de "
            "estacionamento, vaga especial"
        ),
        "category": "transito-e-transporte",
        "department": "smmt",
        "life_events": ["Aposentar-se", "Ter um veículo"],
        "audiences": ["cidadao"],
        "description": (
            "<p>A credencial permite estacionar nas vagas reservadas a pessoas idosas em vias e "
            "estacionamentos públicos e privados de uso coletivo, em todo o território nacional. "
            "Ela é pessoal e vale para qualquer veículo que esteja transportando o titular.</p>"
        ),
        "audience_details": (
            "<p>Pessoas com 60 anos ou mais que moram em Vila Serena, motoristas ou não. O pedido "
            "pode ser feito por familiar ou procurador.</p>"
        ),
        "requirements": (
            "<p>Ter 60 anos ou mais e morar em Vila Serena. Ao usar a vaga, deixe a credencial "
            "sobre o painel do veículo, com a frente virada para cima.</p>"
        ),
        "documents": [
            {"name": "Documento com foto do titular", "notes": "", "mandatory": True},
            {
                "name": "Comprovante de residência",
                "notes": "Emitido há no máximo 90 dias.",
                "mandatory": True,
            },
            {
                "name": "Procuração e documento do representante",
                "notes": "Se o pedido for feito por outra pessoa.",
                "mandatory": False,
            },
        ],
        "priority_groups": (
            "<p>O serviço se destina a pessoas idosas e segue o Estatuto da Pessoa Idosa (Lei nº "
            "10.741/2003): todos os requerentes têm prioridade, e pessoas com 80 anos ou mais têm "
            "prioridade especial. Também valem as prioridades da Lei nº 10.048/2000.</p>"
        ),
        "steps": [
            {
                "title": "Faça o pedido",
                "description": (
                    "<p>No Portal da Mobilidade, na Central de Atendimento de Trânsito ou na Praça "
                    "de Atendimento.</p>"
                ),
            },
            {
                "title": "Receba a credencial",
                "description": (
                    "<p>Pela internet, a credencial é enviada por e-mail para impressão; no "
                    "atendimento presencial, é entregue na hora.</p>"
                ),
            },
            {
                "title": "Use corretamente",
                "description": "<p>A credencial só vale quando o titular estiver no veículo.</p>",
            },
        ],
        "max_delivery_time": 5,
        "max_delivery_time_unit": "business_days",
        "waiting_time_minutes": 20,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>A credencial é gratuita.</p>",
        "channels": [
            {
                "kind": "online",
                "label": "Portal da Mobilidade – Credenciais",
                "url": "https://vilaserena.sp.gov.br/mobilidade/credenciais",
                "notes": "",
            },
            {
                "kind": "in_person",
                "label": "Central de Atendimento de Trânsito",
                "location": "central-de-transito",
                "notes": "Entrega na hora.",
            },
            PRACA_DE_ATENDIMENTO,
        ],
        "how_to_track": (
            "<p>Acompanhe o pedido no Portal da Mobilidade com o número de protocolo. A credencial "
            "vale por 5 anos e pode ser renovada pelo mesmo portal.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Usar a credencial sem a presença do titular, ou usar credencial vencida ou "
            "copiada, é infração de trânsito: o veículo pode ser multado e removido, e a "
            "credencial recolhida.</p>"
        ),
        "last_reviewed": "2026-08-18",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Lei nº 10.741/2003 (Estatuto da Pessoa Idosa), art. 41",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/2003/l10.741.htm",
                "description": "Reserva 5% das vagas de estacionamento para pessoas idosas.",
            },
            {
                "title": "Resolução CONTRAN nº 965/2022",
                "url": "",
                "description": (
                    "Regulamenta as vagas e as credenciais de estacionamento para pessoas idosas e "
                    "com deficiência."
                ),
            },
            CTB,
            LEI_13460,
        ],
    },
    {
        "slug": "credencial-estacionamento-pcd",
        "title": "Solicitar credencial de estacionamento para pessoa com deficiência",
        "summary": (
            "Pessoas com deficiência ou com mobilidade reduzida podem pedir a credencial para usar "
            "as vagas reservadas de estacionamento em todo o país."
        ),
        "other_names": (
            "credencial PcD, vaga de deficiente, cartão de estacionamento, vaga especial, "
            "mobilidade reduzida, cartão DeFis"
        ),
        "category": "transito-e-transporte",
        "department": "smmt",
        "life_events": ["Ter um veículo"],
        "audiences": ["cidadao"],
        "description": (
            "<p>A credencial permite estacionar nas vagas reservadas a pessoas com deficiência em "
            "vias e estacionamentos de uso coletivo em todo o território nacional. Ela é pessoal e "
            "vale para qualquer veículo que esteja transportando o titular.</p>"
        ),
        "audience_details": (
            "<p>Pessoas com deficiência que comprometa a mobilidade e pessoas com mobilidade "
            "reduzida, temporária ou permanente, que moram em Vila Serena. O pedido pode ser feito "
            "pelo responsável legal ou por procurador.</p>"
        ),
        "requirements": (
            "<p>Apresentar laudo médico que descreva a deficiência ou a condição de mobilidade "
            "reduzida, com CID. Em caso de mobilidade reduzida temporária, a credencial vale pelo "
            "prazo indicado no laudo.</p>"
        ),
        "documents": [
            {"name": "Documento com foto do titular", "notes": "", "mandatory": True},
            {
                "name": "Laudo médico",
                "notes": "Emitido há no máximo 12 meses, com CID, assinatura e CRM do médico.",
                "mandatory": True,
            },
            {"name": "Comprovante de residência", "notes": "", "mandatory": True},
            {
                "name": "Documento do representante legal ou procurador",
                "notes": "",
                "mandatory": False,
            },
        ],
        "priority_groups": (
            "<p>O serviço se destina a pessoas com deficiência e com mobilidade reduzida, que têm "
            "prioridade no atendimento presencial (Lei nº 10.048/2000 e Lei nº 13.146/2015). Quem "
            "não puder se deslocar pode fazer o pedido pela internet ou por procurador.</p>"
        ),
        "steps": [
            {
                "title": "Faça o pedido",
                "description": (
                    "<p>Anexe o laudo no Portal da Mobilidade ou leve-o à Central de Atendimento "
                    "de Trânsito.</p>"
                ),
            },
            {
                "title": "Análise do laudo",
                "description": (
                    "<p>A equipe técnica da Secretaria de Mobilidade analisa o laudo.</p>"
                ),
            },
            {
                "title": "Receba a credencial",
                "description": (
                    "<p>A credencial é enviada por e-mail para impressão ou retirada na Central de "
                    "Atendimento de Trânsito.</p>"
                ),
            },
        ],
        "max_delivery_time": 10,
        "max_delivery_time_unit": "business_days",
        "waiting_time_minutes": 20,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>A credencial é gratuita.</p>",
        "channels": [
            {
                "kind": "online",
                "label": "Portal da Mobilidade – Credenciais",
                "url": "https://vilaserena.sp.gov.br/mobilidade/credenciais",
                "notes": "",
            },
            {
                "kind": "in_person",
                "label": "Central de Atendimento de Trânsito",
                "location": "central-de-transito",
                "notes": "",
            },
            {
                "kind": "email",
                "label": "Setor de Credenciais",
                "email": "credenciais@vilaserena.sp.gov.br",
                "notes": "Envio de laudos complementares.",
            },
        ],
        "how_to_track": (
            "<p>Acompanhe o pedido no Portal da Mobilidade com o número de protocolo ou pelo "
            "e-mail do Setor de Credenciais.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>A credencial definitiva vale por 5 anos. Em caso de perda, roubo ou furto, peça a "
            "2ª via apresentando o boletim de ocorrência.</p>"
        ),
        "last_reviewed": "2026-08-18",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Lei nº 13.146/2015 (Estatuto da Pessoa com Deficiência), art. 47",
                "url": "https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2015/lei/l13146.htm",
                "description": (
                    "Reserva 2% das vagas de estacionamento para veículos que transportem pessoas "
                    "com deficiência."
                ),
            },
            {
                "title": "Resolução CONTRAN nº 965/2022",
                "url": "",
                "description": (
                    "Regulamenta as vagas e as credenciais de estacionamento para pessoas idosas e "
                    "com deficiência."
                ),
            },
            CTB,
            LEI_13460,
        ],
    },
    {
        "slug": "recurso-de-multa",
        "title": "Apresentar defesa ou recurso de multa de trânsito",
        "summary": (
            "Conteste multas aplicadas pela Secretaria de Mobilidade e Trânsito de Vila Serena: "
            "defesa da autuação, recurso à JARI e indicação do condutor."
        ),
        "other_names": (
            "recurso de multa, defesa prévia, JARI, indicação de condutor, multa de trânsito, "
            "contestar multa, infração"
        ),
        "category": "transito-e-transporte",
        "department": "smmt",
        "life_events": ["Ter um veículo"],
        "audiences": ["cidadao", "empresa", "orgao-publico"],
        "description": (
            "<p>Quem recebe uma notificação de infração aplicada pelo município pode se defender "
            "em três momentos: a defesa da autuação, após a notificação de autuação; o recurso à "
            "Junta Administrativa de Recursos de Infrações (JARI), após a notificação de "
            "penalidade; e o recurso em segunda instância ao CETRAN-SP.</p><p>Multas aplicadas "
            "pelo DETRAN, pela Polícia Rodoviária ou pelo DER devem ser contestadas nesses "
            "órgãos.</p>"
        ),
        "audience_details": (
            "<p>O proprietário do veículo ou o condutor identificado, pessoa física ou jurídica, "
            "ou seu procurador.</p>"
        ),
        "requirements": (
            "<p>Apresentar a defesa ou o recurso dentro do prazo indicado na notificação, que não "
            "pode ser inferior a 30 dias. Explique os motivos e junte as provas que tiver.</p>"
        ),
        "documents": [
            {"name": "Notificação de autuação ou de penalidade", "notes": "", "mandatory": True},
            {"name": "CNH ou documento com foto do requerente", "notes": "", "mandatory": True},
            {"name": "Documento do veículo (CRLV)", "notes": "", "mandatory": True},
            {
                "name": "Provas",
                "notes": "Fotos, documentos, boletim de ocorrência ou declarações de testemunhas.",
                "mandatory": False,
            },
            {
                "name": "Procuração",
                "notes": "Se o pedido for feito por representante.",
                "mandatory": False,
            },
        ],
        "priority_groups": PRIORITY_IN_PERSON,
        "steps": [
            {
                "title": "Confira o prazo",
                "description": (
                    "<p>O prazo para defesa ou recurso está impresso na notificação.</p>"
                ),
            },
            {
                "title": "Prepare a defesa ou o recurso",
                "description": (
                    "<p>Preencha o formulário explicando os motivos e anexe as provas.</p>"
                ),
            },
            {
                "title": "Protocole",
                "description": (
                    "<p>Pelo Portal da Mobilidade, por e-mail ou na Central de Atendimento de "
                    "Trânsito.</p>"
                ),
            },
            {
                "title": "Acompanhe o julgamento",
                "description": "<p>A decisão é enviada por carta e publicada no portal.</p>",
            },
        ],
        "max_delivery_time": 30,
        "max_delivery_time_unit": "days",
        "waiting_time_minutes": 30,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>Apresentar defesa ou recurso é gratuito.</p>",
        "channels": [
            {
                "kind": "online",
                "label": "Portal da Mobilidade – Recursos",
                "url": "https://vilaserena.sp.gov.br/mobilidade/recursos",
                "notes": "Protocolo digital com conta gov.br.",
            },
            {
                "kind": "in_person",
                "label": "Central de Atendimento de Trânsito",
                "location": "central-de-transito",
                "notes": "",
            },
            {
                "kind": "email",
                "label": "Protocolo de recursos",
                "email": "recursos.transito@vilaserena.sp.gov.br",
                "notes": "Envie o formulário assinado e os documentos em PDF.",
            },
        ],
        "how_to_track": (
            "<p>Consulte o andamento do processo no Portal da Mobilidade com a placa do veículo e "
            "o número do auto de infração.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>A indicação do condutor responsável pela infração deve ser feita em até 30 dias a "
            "partir da notificação de autuação, no formulário que a acompanha. Pagar a multa não "
            "impede o recurso: se ele for aceito, o valor é devolvido.</p>"
        ),
        "last_reviewed": "2026-06-25",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Lei nº 9.503/1997 (CTB), arts. 280 a 290",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/l9503compilado.htm",
                "description": (
                    "Processo administrativo das infrações: autuação, defesa e recursos à JARI e "
                    "ao CETRAN."
                ),
            },
            {
                "title": "Decreto Municipal nº 5.003/2021 de Vila Serena",
                "url": "https://vilaserena.sp.gov.br/legislacao/decreto-5003-2021",
                "description": "Regimento interno da JARI de Vila Serena.",
            },
            LEI_13460,
        ],
    },
    {
        "slug": "sinalizacao-de-transito",
        "title": "Pedir sinalização de trânsito, faixa de pedestres ou lombada",
        "summary": (
            "Peça a implantação ou a manutenção de placas, faixas de pedestres, semáforos e "
            "lombadas em ruas municipais. Cada pedido passa por estudo técnico."
        ),
        "other_names": (
            "lombada, quebra-molas, faixa de pedestres, placa de trânsito, semáforo, sinalização, "
            "redutor de velocidade"
        ),
        "category": "transito-e-transporte",
        "department": "smmt",
        "life_events": ["Cuidar do bairro", "Ter um veículo"],
        "audiences": ["cidadao", "empresa", "orgao-publico"],
        "description": (
            "<p>A engenharia de tráfego avalia o local e define a solução mais segura: pintura de "
            "faixa, placas, semáforo, lombada ou outro redutor de velocidade. Placas danificadas, "
            "semáforos apagados e pintura desgastada são tratados como manutenção, com prazo "
            "menor.</p>"
        ),
        "audience_details": (
            "<p>Qualquer pessoa, empresa ou órgão público. Pedidos de escolas e associações de "
            "moradores ajudam a demonstrar a necessidade.</p>"
        ),
        "requirements": (
            "<p>Informar o endereço e o problema observado, por exemplo excesso de velocidade, "
            "travessia de alunos ou cruzamento sem visibilidade.</p>"
        ),
        "documents": [
            {"name": "Endereço e descrição do problema", "notes": "", "mandatory": True},
            {
                "name": "Abaixo-assinado ou ofício",
                "notes": "De associações de moradores, escolas ou conselhos de segurança.",
                "mandatory": False,
            },
        ],
        "priority_groups": (
            "<p>Semáforos apagados e placas de parada obrigatória derrubadas são atendidos em até "
            "24 horas. Arredores de escolas, hospitais e unidades de saúde têm prioridade nos "
            "estudos técnicos. No atendimento telefônico valem as prioridades da Lei nº "
            "10.048/2000.</p>"
        ),
        "steps": [
            {
                "title": "Registre o pedido",
                "description": "<p>Pelo portal, pela Central 156 ou por e-mail.</p>",
            },
            {
                "title": "Estudo técnico",
                "description": (
                    "<p>A engenharia de tráfego faz contagens e observações no local.</p>"
                ),
            },
            {
                "title": "Decisão",
                "description": "<p>O resultado do estudo é informado no protocolo.</p>",
            },
            {
                "title": "Implantação",
                "description": "<p>Se aprovada, a sinalização entra no cronograma de obras.</p>",
            },
        ],
        "max_delivery_time": 60,
        "max_delivery_time_unit": "days",
        "waiting_time_minutes": 10,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>Serviço gratuito.</p>",
        "channels": [
            {
                "kind": "online",
                "label": "Portal de Atendimento – Trânsito",
                "url": "https://vilaserena.sp.gov.br/atendimento/transito",
                "notes": "",
            },
            CENTRAL_156,
            {
                "kind": "email",
                "label": "Engenharia de tráfego",
                "email": "transito@vilaserena.sp.gov.br",
                "notes": "Para ofícios de escolas e associações.",
            },
        ],
        "how_to_track": TRACK_PROTOCOL,
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Lombadas só podem ser instaladas quando atendem aos critérios do CONTRAN e depois "
            "de estudo técnico. Em vias com linhas de ônibus, costumam ser adotadas outras "
            "soluções.</p>"
        ),
        "last_reviewed": "2026-05-20",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Lei nº 9.503/1997 (CTB), art. 24",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/l9503compilado.htm",
                "description": (
                    "Competências dos órgãos municipais de trânsito, inclusive implantar e manter "
                    "a sinalização."
                ),
            },
            {
                "title": "Resolução CONTRAN nº 600/2016",
                "url": "",
                "description": (
                    "Requisitos para a instalação de ondulações transversais (lombadas)."
                ),
            },
            LEI_13460,
        ],
    },
]
