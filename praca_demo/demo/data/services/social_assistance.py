"""Demo services of the category Assistência social."""

from ..shared import (
    COMPLAIN,
    LEI_13460,
    LOAS,
    PRIORITY_IN_PERSON,
    WHATSAPP,
)

SERVICES = [
    {
        "slug": "cadastro-unico",
        "title": "Inscrever-se ou atualizar o Cadastro Único (CadÚnico)",
        "summary": (
            "Cadastre sua família no CadÚnico ou atualize os dados no CRAS para ter acesso ao "
            "Bolsa Família, à Tarifa Social de Energia, ao BPC e a outros programas sociais."
        ),
        "other_names": (
            "CadÚnico, Cadastro Único, NIS, cadastro social, atualização cadastral, programas "
            "sociais"
        ),
        "category": "assistencia-social",
        "department": "smas",
        "life_events": ["Passar por dificuldade financeira", "Perder o emprego", "Ter um filho"],
        "audiences": ["cidadao"],
        "description": (
            "<p>O Cadastro Único reúne as informações das famílias de baixa renda e é a porta de "
            "entrada para dezenas de programas sociais, como o Bolsa Família, a Tarifa Social de "
            "Energia Elétrica, o Benefício de Prestação Continuada (BPC) e a isenção de taxas de "
            "concursos públicos.</p><p>A entrevista é feita por um entrevistador do CRAS, com hora "
            "marcada.</p>"
        ),
        "audience_details": (
            "<p>Famílias com renda mensal de até meio salário mínimo por pessoa ou renda familiar "
            "total de até três salários mínimos. Pessoas que moram sozinhas também podem se "
            "cadastrar.</p>"
        ),
        "requirements": (
            "<p>O responsável familiar deve ter pelo menos 16 anos, de preferência ser mulher, e "
            "apresentar CPF ou título de eleitor. Todas as pessoas da família precisam ter algum "
            "documento. Os dados devem ser atualizados a cada dois anos ou sempre que mudarem a "
            "renda, o endereço ou a composição da família.</p>"
        ),
        "documents": [
            {
                "name": "CPF ou título de eleitor do responsável familiar",
                "notes": "",
                "mandatory": True,
            },
            {
                "name": "Documento de todos os moradores",
                "notes": "CPF, certidão de nascimento ou de casamento, RG ou carteira de trabalho.",
                "mandatory": True,
            },
            {
                "name": "Comprovante de residência",
                "notes": "Ajuda a localizar o endereço, mas não é obrigatório.",
                "mandatory": False,
            },
            {
                "name": "Comprovantes de renda",
                "notes": "Carteira de trabalho, holerites ou extratos de benefícios.",
                "mandatory": False,
            },
            {
                "name": "Declaração escolar das crianças e adolescentes",
                "notes": "",
                "mandatory": False,
            },
        ],
        "priority_groups": (
            "<p>Famílias em situação de rua ou de violência, com pessoas com deficiência ou idosas "
            "e com gestantes têm agendamento prioritário. Quem não pode ir ao CRAS por motivo de "
            "saúde pode pedir visita domiciliar. No atendimento presencial valem a Lei nº "
            "10.048/2000 e o Estatuto da Pessoa Idosa.</p>"
        ),
        "steps": [
            {
                "title": "Agende a entrevista",
                "description": (
                    "<p>Ligue para o CRAS, use o WhatsApp ou vá pessoalmente para marcar o dia e o "
                    "horário.</p>"
                ),
            },
            {
                "title": "Reúna os documentos",
                "description": "<p>Leve os documentos de todas as pessoas que moram na casa.</p>",
            },
            {
                "title": "Participe da entrevista",
                "description": (
                    "<p>O entrevistador preenche o formulário com você, a partir das informações "
                    "declaradas pelo responsável familiar.</p>"
                ),
            },
            {
                "title": "Receba o comprovante",
                "description": (
                    "<p>Ao final, você recebe o comprovante de cadastramento. Quem ainda não tem "
                    "Número de Identificação Social (NIS) o recebe em até 48 horas.</p>"
                ),
            },
        ],
        "max_delivery_time": 30,
        "max_delivery_time_unit": "days",
        "waiting_time_minutes": 60,
        "is_free": True,
        "cost_amount": None,
        "cost_details": (
            "<p>O cadastramento é gratuito. Ninguém pode cobrar para incluir sua família no "
            "CadÚnico.</p>"
        ),
        "channels": [
            {
                "kind": "in_person",
                "label": "CRAS Vila Esperança",
                "location": "cras",
                "notes": "Entrevistas com hora marcada.",
            },
            {
                "kind": "phone",
                "label": "CRAS Vila Esperança",
                "phone": "(11) 3000-1710",
                "notes": "Agendamento de entrevistas.",
            },
            {**WHATSAPP, "notes": "Agendamento de entrevistas e consulta da data de atualização."},
            {
                "kind": "online",
                "label": "Informações sobre o Cadastro Único",
                "url": "https://vilaserena.sp.gov.br/assistencia-social/cadunico",
                "notes": "Lista de documentos e endereços dos CRAS.",
            },
        ],
        "how_to_track": (
            "<p>Consulte a situação do cadastro pelo aplicativo Cadastro Único, do Governo "
            "Federal, ou no CRAS, com o CPF do responsável familiar.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Estar inscrito no CadÚnico não garante o recebimento de benefícios: cada programa "
            "tem regras próprias. Informações falsas podem levar ao cancelamento dos benefícios e "
            "à devolução dos valores recebidos.</p>"
        ),
        "last_reviewed": "2026-09-09",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Decreto nº 11.016/2022",
                "url": (
                    "https://www.planalto.gov.br/ccivil_03/_ato2019-2022/2022/decreto/d11016.htm"
                ),
                "description": (
                    "Regulamenta o Cadastro Único para Programas Sociais do Governo Federal."
                ),
            },
            LOAS,
            LEI_13460,
        ],
    },
    {
        "slug": "bolsa-familia",
        "title": "Atendimento sobre o Bolsa Família",
        "summary": (
            "Tire dúvidas, resolva bloqueios e suspensões e saiba como manter o benefício do Bolsa "
            "Família com o atendimento do CRAS."
        ),
        "other_names": (
            "Bolsa Família, benefício bloqueado, benefício suspenso, auxílio, condicionalidades, "
            "NIS, Caixa"
        ),
        "category": "assistencia-social",
        "department": "smas",
        "life_events": ["Passar por dificuldade financeira", "Ter um filho"],
        "audiences": ["cidadao"],
        "description": (
            "<p>O Bolsa Família é um programa de transferência de renda do Governo Federal. A "
            "Prefeitura cuida do Cadastro Único, acompanha as condicionalidades de saúde e "
            "educação e atende as famílias em casos de bloqueio, suspensão ou "
            "cancelamento.</p><p>A seleção das famílias e o pagamento são feitos pelo Governo "
            "Federal e pela Caixa.</p>"
        ),
        "audience_details": (
            "<p>Famílias inscritas no Cadastro Único com renda mensal de até R$ 218,00 por pessoa, "
            "beneficiárias ou não do programa.</p>"
        ),
        "requirements": (
            "<p>Ter o Cadastro Único atualizado nos últimos dois anos. Para manter o benefício, é "
            "preciso cumprir as condicionalidades: frequência escolar, vacinação em dia e "
            "acompanhamento de saúde de crianças e gestantes.</p>"
        ),
        "documents": [
            {"name": "CPF ou NIS do responsável familiar", "notes": "", "mandatory": True},
            {"name": "Documento com foto", "notes": "", "mandatory": True},
            {
                "name": "Comprovantes de frequência escolar ou de vacinação",
                "notes": "Para resolver bloqueios por descumprimento de condicionalidades.",
                "mandatory": False,
            },
        ],
        "priority_groups": PRIORITY_IN_PERSON,
        "steps": [
            {
                "title": "Procure o CRAS",
                "description": (
                    "<p>Vá ao CRAS da sua região ou agende pelo telefone ou pelo WhatsApp.</p>"
                ),
            },
            {
                "title": "Explique sua situação",
                "description": (
                    "<p>O técnico consulta o sistema e identifica o motivo do bloqueio ou da "
                    "suspensão.</p>"
                ),
            },
            {
                "title": "Regularize a situação",
                "description": (
                    "<p>Se for preciso, atualize o Cadastro Único ou apresente os comprovantes.</p>"
                ),
            },
            {
                "title": "Acompanhe a resposta",
                "description": (
                    "<p>A reversão de bloqueios e suspensões é analisada pelo Governo Federal no "
                    "ciclo de pagamento seguinte.</p>"
                ),
            },
        ],
        "max_delivery_time": 15,
        "max_delivery_time_unit": "business_days",
        "waiting_time_minutes": 45,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>O atendimento é gratuito.</p>",
        "channels": [
            {
                "kind": "in_person",
                "label": "CRAS Vila Esperança",
                "location": "cras",
                "notes": "Sem agendamento, das 8h às 12h.",
            },
            {
                "kind": "phone",
                "label": "CRAS Vila Esperança",
                "phone": "(11) 3000-1710",
                "notes": "",
            },
            WHATSAPP,
            {
                "kind": "phone",
                "label": "Central de atendimento do Governo Federal",
                "phone": "121",
                "notes": "Ligação gratuita; atendimento do Ministério do Desenvolvimento Social.",
            },
        ],
        "how_to_track": (
            "<p>Consulte a situação do benefício e o calendário de pagamentos no aplicativo Bolsa "
            "Família ou no Caixa Tem, ou no CRAS.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Nunca entregue seu cartão ou sua senha a outras pessoas. A Prefeitura não cobra "
            "por nenhum atendimento e não pede dados pessoais por telefone ou mensagem.</p>"
        ),
        "last_reviewed": "2026-09-09",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Lei nº 14.601/2023",
                "url": "https://www.planalto.gov.br/ccivil_03/_ato2023-2026/2023/lei/l14601.htm",
                "description": "Institui o Programa Bolsa Família.",
            },
            {
                "title": "Decreto nº 11.016/2022",
                "url": (
                    "https://www.planalto.gov.br/ccivil_03/_ato2019-2022/2022/decreto/d11016.htm"
                ),
                "description": "Regulamenta o Cadastro Único.",
            },
            LOAS,
            LEI_13460,
        ],
    },
    {
        "slug": "beneficio-eventual",
        "title": (
            "Solicitar benefício eventual (cesta básica, auxílio-natalidade e auxílio-funeral)"
        ),
        "summary": (
            "Peça apoio temporário em situações de vulnerabilidade, como falta de alimentos, "
            "nascimento de bebê, morte na família ou desastres, com avaliação do CRAS."
        ),
        "other_names": (
            "cesta básica, auxílio-funeral, auxílio-natalidade, enxoval, benefício eventual, ajuda "
            "emergencial, aluguel social"
        ),
        "category": "assistencia-social",
        "department": "smas",
        "life_events": ["Passar por dificuldade financeira", "Ter um filho", "Perder o emprego"],
        "audiences": ["cidadao"],
        "description": (
            "<p>Os benefícios eventuais são prestações temporárias da assistência social para "
            "famílias em situação de vulnerabilidade. Em Vila Serena, incluem cesta básica, kit "
            "enxoval para recém-nascidos, auxílio-funeral e aluguel social em caso de desastres, "
            "como enchentes e desabamentos.</p>"
        ),
        "audience_details": (
            "<p>Famílias que moram em Vila Serena com renda mensal de até meio salário mínimo por "
            "pessoa, ou em situação de calamidade, avaliadas pela equipe técnica do CRAS.</p>"
        ),
        "requirements": (
            "<p>Passar por atendimento com assistente social do CRAS, que avalia a situação da "
            "família. Ter o Cadastro Único facilita a análise, mas não é obrigatório em "
            "emergências.</p>"
        ),
        "documents": [
            {"name": "Documento com foto e CPF do requerente", "notes": "", "mandatory": True},
            {"name": "Comprovante de residência", "notes": "", "mandatory": True},
            {
                "name": "Certidão de nascimento do bebê",
                "notes": "Para o auxílio-natalidade.",
                "mandatory": False,
            },
            {"name": "Certidão de óbito", "notes": "Para o auxílio-funeral.", "mandatory": False},
        ],
        "priority_groups": (
            "<p>Emergências, como desabrigo, morte na família ou falta total de alimentos, são "
            "atendidas no mesmo dia. No atendimento presencial valem a Lei nº 10.048/2000 e o "
            "Estatuto da Pessoa Idosa.</p>"
        ),
        "steps": [
            {
                "title": "Procure o CRAS",
                "description": "<p>Vá ao CRAS da sua região com os documentos.</p>",
            },
            {
                "title": "Atendimento com assistente social",
                "description": (
                    "<p>A assistente social conversa com você e avalia a situação da família.</p>"
                ),
            },
            {
                "title": "Decisão",
                "description": "<p>O benefício é concedido de acordo com a avaliação técnica.</p>",
            },
            {
                "title": "Entrega",
                "description": (
                    "<p>A cesta básica ou o kit é retirado no CRAS; auxílios em dinheiro são pagos "
                    "em conta em nome do requerente.</p>"
                ),
            },
        ],
        "max_delivery_time": 5,
        "max_delivery_time_unit": "business_days",
        "waiting_time_minutes": 45,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>O atendimento e os benefícios são gratuitos.</p>",
        "channels": [
            {"kind": "in_person", "label": "CRAS Vila Esperança", "location": "cras", "notes": ""},
            {
                "kind": "phone",
                "label": "CRAS Vila Esperança",
                "phone": "(11) 3000-1710",
                "notes": "",
            },
            {
                "kind": "phone",
                "label": "Plantão social",
                "phone": "(11) 3000-1799",
                "notes": "Emergências fora do horário do CRAS, 24 horas.",
            },
        ],
        "how_to_track": (
            "<p>Informe-se sobre o andamento do pedido com a assistente social que fez o "
            "atendimento, no CRAS ou pelo telefone.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Os benefícios eventuais não substituem os programas de transferência de renda. A "
            "equipe do CRAS também orienta sobre o Cadastro Único, o Bolsa Família e o Benefício "
            "de Prestação Continuada (BPC).</p>"
        ),
        "last_reviewed": "2026-04-30",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Lei nº 8.742/1993 (LOAS), art. 22",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/l8742.htm",
                "description": "Define os benefícios eventuais da assistência social.",
            },
            {
                "title": "Lei Municipal nº 1.455/2018 de Vila Serena",
                "url": "https://vilaserena.sp.gov.br/legislacao/lei-1455-2018",
                "description": "Regulamenta a concessão de benefícios eventuais no município.",
            },
            LEI_13460,
        ],
    },
]
