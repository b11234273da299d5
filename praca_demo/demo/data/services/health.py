"""Demo services of the category Saúde."""

from ..shared import (
    CENTRAL_156,
    COMPLAIN,
    LEI_8080,
    LEI_13460,
    PRIORITY_IN_PERSON,
    TRACK_PROTOCOL,
    WHATSAPP,
)

SERVICES = [
    {
        "slug": "cartao-sus",
        "title": "Fazer ou atualizar o Cartão SUS",
        "summary": (
            "Emita o Cartão Nacional de Saúde ou atualize endereço e telefone no cadastro do SUS "
            "para ser atendido nas Unidades Básicas de Saúde e em toda a rede pública."
        ),
        "other_names": (
            "cartão SUS, CNS, cartão nacional de saúde, carteirinha do SUS, cadastro do SUS"
        ),
        "category": "saude",
        "department": "sms",
        "life_events": ["Ter um filho", "Mudar de endereço", "Cuidar da saúde"],
        "audiences": ["cidadao"],
        "description": (
            "<p>O Cartão Nacional de Saúde (CNS), conhecido como Cartão SUS, identifica você em "
            "todos os atendimentos do Sistema Único de Saúde: consultas, exames, vacinas, retirada "
            "de medicamentos e internações.</p><p>Na UBS mais próxima da sua casa, a equipe emite "
            "o cartão na hora e atualiza endereço, telefone e dados da família. O endereço define "
            "qual equipe de Saúde da Família vai acompanhar você.</p>"
        ),
        "audience_details": (
            "<p>Qualquer pessoa, brasileira ou estrangeira, que more ou esteja em Vila Serena, de "
            "qualquer idade. Os dados de crianças e adolescentes são cadastrados por um dos pais "
            "ou pelo responsável legal.</p>"
        ),
        "requirements": (
            "<p>Apresentar documento de identificação com foto e CPF. Para atualizar o endereço, "
            "levar um comprovante de residência recente; se ele estiver em nome de outra pessoa, "
            "basta informar o vínculo no atendimento.</p>"
        ),
        "documents": [
            {
                "name": "Documento de identificação com foto",
                "notes": "RG, CNH, passaporte ou RNE. Apresentar o original.",
                "mandatory": True,
            },
            {
                "name": "CPF",
                "notes": "Pode ser o número impresso no RG ou na CNH.",
                "mandatory": True,
            },
            {
                "name": "Comprovante de residência",
                "notes": "Conta de água, luz ou telefone dos últimos 3 meses.",
                "mandatory": True,
            },
            {
                "name": "Certidão de nascimento",
                "notes": "Para crianças que ainda não têm RG.",
                "mandatory": False,
            },
        ],
        "priority_groups": PRIORITY_IN_PERSON,
        "steps": [
            {
                "title": "Vá à UBS mais próxima de sua casa",
                "description": (
                    "<p>Procure a recepção da UBS da sua região com os documentos. Não é preciso "
                    "agendar.</p>"
                ),
            },
            {
                "title": "Confira seus dados",
                "description": (
                    "<p>O atendente busca seu cadastro pelo CPF. Se você já tiver cartão, os dados "
                    "são apenas atualizados.</p>"
                ),
            },
            {
                "title": "Receba o número do cartão",
                "description": (
                    "<p>O número do CNS é impresso na hora e também aparece no aplicativo Meu SUS "
                    "Digital, do Ministério da Saúde.</p>"
                ),
            },
        ],
        "max_delivery_time": 0,
        "max_delivery_time_unit": "hours",
        "waiting_time_minutes": 30,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>Serviço gratuito.</p>",
        "channels": [
            {
                "kind": "in_person",
                "label": "UBS Centro",
                "location": "ubs-centro",
                "notes": "Recepção aberta das 7h às 19h, sem agendamento.",
            },
            {
                "kind": "in_person",
                "label": "UBS Jardim Esperança",
                "location": "ubs-jardim-esperanca",
                "notes": "Recepção aberta das 7h às 17h, sem agendamento.",
            },
            {
                "kind": "online",
                "label": "Consultar o número no Meu SUS Digital",
                "url": "https://meususdigital.saude.gov.br",
                "notes": "Só consulta: a emissão e a atualização são feitas na UBS.",
            },
        ],
        "how_to_track": (
            "<p>O cartão é entregue no próprio atendimento. Para conferir se o cadastro foi "
            "atualizado, consulte o aplicativo Meu SUS Digital ou ligue para a sua UBS.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>O CPF também pode ser usado para identificar você no SUS, mas manter o endereço "
            "atualizado continua importante: é ele que define a sua UBS e a sua equipe de Saúde da "
            "Família.</p>"
        ),
        "last_reviewed": "2026-09-15",
        "review_by": "2026-12-31",
        "legal_basis": [
            LEI_8080,
            {
                "title": "Portaria GM/MS nº 940/2011",
                "url": "https://bvsms.saude.gov.br/bvs/saudelegis/gm/2011/prt0940_28_04_2011.html",
                "description": "Regulamenta o Sistema Cartão Nacional de Saúde.",
            },
            LEI_13460,
        ],
    },
    {
        "slug": "agendar-consulta-ubs",
        "title": "Agendar consulta na Unidade Básica de Saúde (UBS)",
        "summary": (
            "Marque consulta com médico de família, enfermeiro ou dentista na UBS do seu bairro "
            "pela internet, pelo WhatsApp, pelo telefone 156 ou na recepção da unidade."
        ),
        "other_names": (
            "marcar consulta, consulta médica, posto de saúde, clínico geral, dentista, "
            "agendamento, UBS"
        ),
        "category": "saude",
        "department": "sms",
        "life_events": ["Cuidar da saúde", "Ter um filho"],
        "audiences": ["cidadao"],
        "description": (
            "<p>As Unidades Básicas de Saúde são a porta de entrada do SUS. Nelas você é atendido "
            "pela equipe de Saúde da Família da sua região: consultas com clínico geral, pediatra "
            "e ginecologista, enfermagem, saúde bucal, pré-natal, curativos e encaminhamento para "
            "especialistas.</p><p>As consultas de rotina são agendadas. Casos agudos, como febre "
            "alta em criança ou dor forte, são acolhidos no mesmo dia, sem agendamento.</p>"
        ),
        "audience_details": (
            "<p>Moradores de Vila Serena com Cartão SUS cadastrado na UBS de referência do seu "
            "endereço.</p>"
        ),
        "requirements": (
            "<p>Ter Cartão SUS ou CPF cadastrado na UBS de referência. Se você mudou de bairro, "
            "atualize o cadastro antes de agendar.</p>"
        ),
        "documents": [
            {
                "name": "Cartão SUS ou CPF",
                "notes": "Para localizar seu cadastro.",
                "mandatory": True,
            },
            {
                "name": "Documento de identificação com foto",
                "notes": "Apresentar no dia da consulta.",
                "mandatory": True,
            },
            {
                "name": "Exames e encaminhamentos anteriores",
                "notes": "Se tiver, ajudam o profissional a acompanhar seu caso.",
                "mandatory": False,
            },
        ],
        "priority_groups": (
            "<p>Gestantes, crianças menores de 2 anos, pessoas idosas e pessoas com doenças "
            "crônicas acompanhadas pela equipe têm vagas reservadas na agenda. Na recepção valem "
            "as prioridades da Lei nº 10.048/2000 e a prioridade especial para pessoas com 80 anos "
            "ou mais do Estatuto da Pessoa Idosa.</p>"
        ),
        "steps": [
            {
                "title": "Escolha o canal",
                "description": (
                    "<p>Agende pelo Portal da Saúde, pelo WhatsApp da Prefeitura, pela Central 156 "
                    "ou na recepção da sua UBS.</p>"
                ),
            },
            {
                "title": "Informe seus dados",
                "description": (
                    "<p>Informe o número do Cartão SUS ou o CPF e o tipo de atendimento: médico, "
                    "enfermagem ou dentista.</p>"
                ),
            },
            {
                "title": "Escolha a data e o horário",
                "description": (
                    "<p>Escolha entre os horários livres da sua UBS de referência. A confirmação "
                    "chega por SMS ou WhatsApp.</p>"
                ),
            },
            {
                "title": "Compareça à consulta",
                "description": (
                    "<p>Chegue 15 minutos antes, com documento com foto. Se não puder ir, cancele "
                    "com pelo menos 24 horas de antecedência para liberar a vaga.</p>"
                ),
            },
        ],
        "max_delivery_time": 15,
        "max_delivery_time_unit": "days",
        "waiting_time_minutes": 40,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>Serviço gratuito, como todo atendimento do SUS.</p>",
        "channels": [
            {
                "kind": "online",
                "label": "Portal da Saúde – Agendamento",
                "url": "https://vilaserena.sp.gov.br/saude/agendamento",
                "notes": "Disponível 24 horas.",
            },
            WHATSAPP,
            CENTRAL_156,
            {
                "kind": "in_person",
                "label": "Recepção da UBS Centro",
                "location": "ubs-centro",
                "notes": "Agendamento presencial das 7h às 17h.",
            },
        ],
        "how_to_track": (
            "<p>Consulte, remarque ou cancele seus agendamentos no Portal da Saúde, em <em>Meus "
            "agendamentos</em>, ou pelo WhatsApp. Um lembrete é enviado na véspera da consulta.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Faltar sem avisar bloqueia novos agendamentos online por 30 dias. Em caso de "
            "urgência ou emergência, procure o Pronto-Atendimento Municipal ou ligue 192 "
            "(SAMU).</p>"
        ),
        "last_reviewed": "2026-10-01",
        "review_by": "2026-12-31",
        "legal_basis": [
            LEI_8080,
            {
                "title": "Lei Municipal nº 1.518/2019 de Vila Serena",
                "url": "https://vilaserena.sp.gov.br/legislacao/lei-1518-2019",
                "description": (
                    "Institui o agendamento eletrônico de consultas na rede municipal de saúde."
                ),
            },
            LEI_13460,
        ],
    },
    {
        "slug": "vacinacao",
        "title": "Tomar vacina na rede municipal de saúde",
        "summary": (
            "Tome as vacinas do Calendário Nacional de Vacinação e das campanhas, como gripe e "
            "covid-19, em qualquer UBS de Vila Serena, sem agendamento."
        ),
        "other_names": (
            "vacina, vacinação, imunização, carteira de vacinação, caderneta de vacinação, vacina "
            "da gripe, campanha de vacinação"
        ),
        "category": "saude",
        "department": "sms",
        "life_events": ["Ter um filho", "Cuidar da saúde"],
        "audiences": ["cidadao"],
        "description": (
            "<p>As salas de vacinação das UBS aplicam gratuitamente as vacinas do Calendário "
            "Nacional de Vacinação para crianças, adolescentes, adultos, gestantes e pessoas "
            "idosas, além das vacinas das campanhas anuais.</p><p>Leve a caderneta de vacinação: a "
            "equipe confere as doses em atraso e aplica todas as que puderem ser dadas no mesmo "
            "dia.</p>"
        ),
        "audience_details": (
            "<p>Qualquer pessoa, de acordo com a idade e as indicações do Calendário Nacional. "
            "Algumas vacinas de campanha são destinadas a grupos definidos pelo Ministério da "
            "Saúde, como pessoas idosas, gestantes e profissionais de saúde.</p>"
        ),
        "requirements": (
            "<p>Apresentar documento de identificação e, se tiver, a caderneta de vacinação. "
            "Menores de 18 anos devem estar acompanhados do responsável ou levar autorização "
            "assinada por ele.</p>"
        ),
        "documents": [
            {
                "name": "Documento de identificação",
                "notes": "Documento com foto ou, para crianças, certidão de nascimento.",
                "mandatory": True,
            },
            {
                "name": "Cartão SUS ou CPF",
                "notes": "Para registrar a dose no sistema.",
                "mandatory": True,
            },
            {
                "name": "Caderneta de vacinação",
                "notes": (
                    "Se você perdeu a sua, a UBS consulta o histórico no sistema e emite uma nova."
                ),
                "mandatory": False,
            },
        ],
        "priority_groups": PRIORITY_IN_PERSON,
        "steps": [
            {
                "title": "Vá a uma UBS",
                "description": (
                    "<p>Procure qualquer UBS no horário da sala de vacinação. A UBS Jardim "
                    "Esperança também vacina aos sábados de manhã.</p>"
                ),
            },
            {
                "title": "Apresente os documentos",
                "description": (
                    "<p>A equipe confere seu histórico e indica as doses necessárias.</p>"
                ),
            },
            {
                "title": "Tome a vacina e guarde o registro",
                "description": (
                    "<p>A dose é anotada na caderneta e registrada no sistema do SUS, e aparece no "
                    "aplicativo Meu SUS Digital.</p>"
                ),
            },
        ],
        "max_delivery_time": 0,
        "max_delivery_time_unit": "hours",
        "waiting_time_minutes": 20,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>Todas as vacinas aplicadas na rede municipal são gratuitas.</p>",
        "channels": [
            {
                "kind": "in_person",
                "label": "Sala de vacinação da UBS Centro",
                "location": "ubs-centro",
                "notes": "De segunda a sexta, das 8h às 16h.",
            },
            {
                "kind": "in_person",
                "label": "Sala de vacinação da UBS Jardim Esperança",
                "location": "ubs-jardim-esperanca",
                "notes": "De segunda a sexta, das 8h às 16h, e sábado, das 8h às 12h.",
            },
            {
                "kind": "online",
                "label": "Calendário das campanhas",
                "url": "https://vilaserena.sp.gov.br/saude/vacinacao",
                "notes": "Datas, públicos e locais das campanhas em andamento.",
            },
        ],
        "how_to_track": (
            "<p>As doses aplicadas ficam registradas na caderneta e podem ser consultadas no "
            "aplicativo Meu SUS Digital. Em caso de dúvida sobre doses em atraso, procure a sala "
            "de vacinação.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Reações leves, como dor no local e febre baixa, são comuns nas primeiras 48 horas. "
            "Se houver reação intensa, procure a UBS ou o Pronto-Atendimento Municipal.</p>"
        ),
        "last_reviewed": "2026-08-20",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Lei nº 6.259/1975",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/l6259.htm",
                "description": (
                    "Organiza a vigilância epidemiológica e o Programa Nacional de Imunizações."
                ),
            },
            {
                "title": "Lei nº 8.069/1990 (ECA), art. 14, § 1º",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/l8069.htm",
                "description": (
                    "Torna obrigatória a vacinação das crianças nos casos recomendados pelas "
                    "autoridades sanitárias."
                ),
            },
            LEI_8080,
            LEI_13460,
        ],
    },
    {
        "slug": "denuncia-foco-dengue",
        "title": "Denunciar foco do mosquito da dengue",
        "summary": (
            "Avise a Prefeitura sobre água parada, piscinas abandonadas ou imóveis fechados que "
            "possam ser criadouros do Aedes aegypti, transmissor da dengue, da zika e da "
            "chikungunya."
        ),
        "other_names": (
            "dengue, Aedes aegypti, mosquito, água parada, criadouro, piscina abandonada, zika, "
            "chikungunya"
        ),
        "category": "saude",
        "department": "sms",
        "life_events": ["Cuidar do bairro", "Cuidar da saúde"],
        "audiences": ["cidadao", "empresa", "orgao-publico"],
        "description": (
            "<p>Agentes de combate às endemias vistoriam o local denunciado, eliminam os "
            "criadouros e orientam os moradores. Em imóveis abandonados ou fechados, a Vigilância "
            "em Saúde pode entrar no imóvel com amparo legal para eliminar o foco.</p><p>A "
            "denúncia pode ser anônima.</p>"
        ),
        "audience_details": (
            "<p>Qualquer pessoa, empresa ou órgão público. Não é preciso ser dono nem morador do "
            "imóvel denunciado.</p>"
        ),
        "requirements": (
            "<p>Informar o endereço completo ou um ponto de referência e descrever o problema (por "
            "exemplo, piscina com água verde, pneus acumulados, caixa-d'água destampada). Fotos "
            "ajudam a equipe a priorizar a vistoria.</p>"
        ),
        "documents": [
            {
                "name": "Endereço ou ponto de referência do local",
                "notes": "Informado no formulário, no WhatsApp ou na ligação.",
                "mandatory": True,
            },
            {
                "name": "Fotos ou vídeo do local",
                "notes": "Podem ser enviados pelo portal ou pelo WhatsApp.",
                "mandatory": False,
            },
        ],
        "priority_groups": (
            "<p>Denúncias em quarteirões com casos confirmados de dengue e em imóveis próximos de "
            "escolas, creches e unidades de saúde são vistoriadas primeiro. No atendimento "
            "telefônico valem as prioridades da Lei nº 10.048/2000.</p>"
        ),
        "steps": [
            {
                "title": "Registre a denúncia",
                "description": (
                    "<p>Use o portal, o WhatsApp ou a Central 156. Informe o endereço e descreva o "
                    "que viu.</p>"
                ),
            },
            {
                "title": "Guarde o protocolo",
                "description": (
                    "<p>O número serve para acompanhar o atendimento. Se preferir o anonimato, não "
                    "informe seus dados pessoais.</p>"
                ),
            },
            {
                "title": "Vistoria",
                "description": (
                    "<p>Um agente de combate às endemias vai ao local, elimina os criadouros e, se "
                    "necessário, notifica o responsável pelo imóvel.</p>"
                ),
            },
            {
                "title": "Conclusão",
                "description": "<p>O resultado da vistoria é registrado no protocolo.</p>",
            },
        ],
        "max_delivery_time": 5,
        "max_delivery_time_unit": "business_days",
        "waiting_time_minutes": 10,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>Serviço gratuito.</p>",
        "channels": [
            {
                "kind": "online",
                "label": "Portal de Atendimento",
                "url": "https://vilaserena.sp.gov.br/atendimento/dengue",
                "notes": "Permite anexar fotos e indicar o local no mapa.",
            },
            WHATSAPP,
            CENTRAL_156,
        ],
        "how_to_track": TRACK_PROTOCOL,
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Reserve 10 minutos por semana para eliminar água parada em casa: vire garrafas, "
            "tampe a caixa-d'água, limpe as calhas e coloque areia nos pratos dos vasos de "
            "plantas.</p>"
        ),
        "last_reviewed": "2026-10-10",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Lei nº 13.301/2016",
                "url": "https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2016/lei/l13301.htm",
                "description": (
                    "Medidas de vigilância em saúde contra o Aedes aegypti, inclusive o ingresso "
                    "em imóveis abandonados."
                ),
            },
            LEI_8080,
            LEI_13460,
        ],
    },
    {
        "slug": "farmacia-municipal",
        "title": "Retirar medicamentos na Farmácia Municipal",
        "summary": (
            "Retire gratuitamente os medicamentos da lista municipal (REMUME) receitados por "
            "profissionais do SUS ou de consultórios particulares."
        ),
        "other_names": (
            "remédio, remédio grátis, medicamento gratuito, receita, REMUME, farmácia da UBS, "
            "remédio de pressão"
        ),
        "category": "saude",
        "department": "sms",
        "life_events": ["Cuidar da saúde"],
        "audiences": ["cidadao"],
        "description": (
            "<p>A Farmácia Municipal e as farmácias das UBS entregam os medicamentos da Relação "
            "Municipal de Medicamentos Essenciais (REMUME), como remédios para pressão alta, "
            "diabetes e colesterol, antibióticos e anticoncepcionais.</p><p>Medicamentos de uso "
            "contínuo podem ser retirados todo mês com a mesma receita, enquanto ela for "
            "válida.</p>"
        ),
        "audience_details": (
            "<p>Pessoas com Cartão SUS e receita válida de médico, dentista ou enfermeiro, do SUS "
            "ou particular, para medicamento que conste da REMUME.</p>"
        ),
        "requirements": (
            "<p>Receita legível, com o nome do paciente, o medicamento pelo princípio ativo, a "
            "dose, a forma de uso, a data, a assinatura e o carimbo do profissional. Receitas de "
            "medicamentos controlados seguem as regras da Anvisa e ficam retidas.</p>"
        ),
        "documents": [
            {
                "name": "Receita original",
                "notes": (
                    "Válida por 30 dias; para uso contínuo, pelo prazo indicado pelo profissional."
                ),
                "mandatory": True,
            },
            {"name": "Cartão SUS ou CPF do paciente", "notes": "", "mandatory": True},
            {
                "name": "Documento com foto de quem retira",
                "notes": "Outra pessoa pode retirar, com o documento dela e o do paciente.",
                "mandatory": True,
            },
        ],
        "priority_groups": PRIORITY_IN_PERSON,
        "steps": [
            {
                "title": "Confira se o medicamento está na lista",
                "description": (
                    "<p>Consulte a REMUME no Portal da Saúde ou pergunte na farmácia.</p>"
                ),
            },
            {
                "title": "Leve a receita à farmácia",
                "description": (
                    "<p>Vá à Farmácia Municipal ou à farmácia da sua UBS com a receita e os "
                    "documentos.</p>"
                ),
            },
            {
                "title": "Retire o medicamento",
                "description": (
                    "<p>O farmacêutico confere a receita, orienta sobre o uso e registra a "
                    "entrega.</p>"
                ),
            },
        ],
        "max_delivery_time": 0,
        "max_delivery_time_unit": "hours",
        "waiting_time_minutes": 25,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>Os medicamentos da REMUME são entregues gratuitamente.</p>",
        "channels": [
            {
                "kind": "in_person",
                "label": "Farmácia Municipal (UBS Centro)",
                "location": "ubs-centro",
                "notes": "De segunda a sexta, das 7h às 19h.",
            },
            {
                "kind": "online",
                "label": "Consultar a REMUME e o estoque",
                "url": "https://vilaserena.sp.gov.br/saude/remume",
                "notes": "Estoque atualizado diariamente.",
            },
            {
                "kind": "phone",
                "label": "Farmácia Municipal",
                "phone": "(11) 3000-1230",
                "notes": "Informações sobre disponibilidade de medicamentos.",
            },
        ],
        "how_to_track": (
            "<p>A entrega é feita na hora. Se o medicamento estiver em falta, a farmácia registra "
            "o pedido e avisa por SMS quando ele chegar; a disponibilidade também pode ser "
            "consultada pelo telefone (11) 3000-1230.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Medicamentos que não estão na REMUME podem ser obtidos pelo programa Farmácia "
            "Popular do Brasil ou, no caso de medicamentos especializados, pela Farmácia de Alto "
            "Custo do Estado.</p>"
        ),
        "last_reviewed": "2026-07-10",
        "review_by": "2026-12-15",
        "legal_basis": [
            LEI_8080,
            {
                "title": "Decreto Municipal nº 4.870/2020 de Vila Serena",
                "url": "https://vilaserena.sp.gov.br/legislacao/decreto-4870-2020",
                "description": "Aprova a Relação Municipal de Medicamentos Essenciais (REMUME).",
            },
            LEI_13460,
        ],
    },
]
