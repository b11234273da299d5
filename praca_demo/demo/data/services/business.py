"""Demo services of the category Empresas e alvarás."""

from ..shared import (
    CODIGO_DE_POSTURAS,
    CODIGO_TRIBUTARIO_MUNICIPAL,
    COMPLAIN,
    LC_123,
    LEI_8080,
    LEI_13460,
    LEI_13874,
    PRIORITY_IN_PERSON,
    PRIORITY_ONLINE,
)

SERVICES = [
    {
        "slug": "alvara-de-funcionamento",
        "title": "Solicitar alvará de funcionamento",
        "summary": (
            "Obtenha a licença para abrir um comércio, indústria ou prestadora de serviços em Vila "
            "Serena, ou para mudá-lo de endereço. Atividades de baixo risco são dispensadas."
        ),
        "other_names": (
            "alvará, licença de funcionamento, alvará de localização, abrir empresa, TLLF, licença "
            "para comércio, alvará comercial"
        ),
        "category": "empresas-e-alvaras",
        "department": "smde",
        "life_events": ["Abrir uma empresa", "Mudar de endereço"],
        "audiences": ["empresa"],
        "description": (
            "<p>O alvará de funcionamento autoriza uma empresa a exercer suas atividades em um "
            "endereço de Vila Serena, depois de verificado que o uso é permitido pelo zoneamento e "
            "que o imóvel atende às normas de segurança.</p><p>Atividades classificadas como de "
            "baixo risco são dispensadas de alvará, nos termos da Lei de Liberdade Econômica: "
            "basta o registro da empresa pela REDESIM.</p>"
        ),
        "audience_details": (
            "<p>Empresários, sociedades e profissionais autônomos que vão exercer atividade "
            "econômica em estabelecimento fixo em Vila Serena.</p>"
        ),
        "requirements": (
            "<p>A atividade deve ser permitida no endereço, conforme a consulta prévia de "
            "viabilidade. O imóvel precisa ter Habite-se ou laudo de regularidade e, conforme a "
            "atividade, licença sanitária, licença ambiental e AVCB do Corpo de Bombeiros.</p>"
        ),
        "documents": [
            {
                "name": "Consulta prévia de viabilidade aprovada",
                "notes": "Feita no portal da REDESIM.",
                "mandatory": True,
            },
            {
                "name": "Contrato social ou requerimento de empresário",
                "notes": "",
                "mandatory": True,
            },
            {"name": "Cartão CNPJ", "notes": "", "mandatory": True},
            {"name": "Contrato de locação ou escritura do imóvel", "notes": "", "mandatory": True},
            {
                "name": "AVCB ou CLCB do Corpo de Bombeiros",
                "notes": "Conforme a área e a atividade.",
                "mandatory": False,
            },
            {
                "name": "Licença sanitária ou ambiental",
                "notes": "Para atividades de saúde, de alimentação ou com impacto ambiental.",
                "mandatory": False,
            },
        ],
        "priority_groups": PRIORITY_IN_PERSON,
        "steps": [
            {
                "title": "Faça a consulta prévia de viabilidade",
                "description": (
                    "<p>No portal da REDESIM, confira se a atividade é permitida no endereço.</p>"
                ),
            },
            {
                "title": "Registre a empresa",
                "description": (
                    "<p>Com a viabilidade aprovada, faça o registro na Junta Comercial e obtenha o "
                    "CNPJ.</p>"
                ),
            },
            {
                "title": "Peça o alvará",
                "description": (
                    "<p>No Portal do Empreendedor de Vila Serena, anexe os documentos. Atividades "
                    "de baixo risco recebem a dispensa automaticamente.</p>"
                ),
            },
            {
                "title": "Vistoria",
                "description": (
                    "<p>Para atividades de médio e alto risco, pode haver vistoria antes da "
                    "emissão.</p>"
                ),
            },
            {
                "title": "Pague a taxa e receba o alvará",
                "description": (
                    "<p>O alvará é emitido digitalmente e deve ficar exposto em local visível.</p>"
                ),
            },
        ],
        "max_delivery_time": 10,
        "max_delivery_time_unit": "business_days",
        "waiting_time_minutes": 30,
        "is_free": False,
        "cost_amount": "185.40",
        "cost_details": (
            "<p>Taxa de Licença para Localização e Funcionamento (TLLF) de R$ 185,40 para "
            "estabelecimentos de até 100 m², com acréscimo por faixa de área. MEIs e atividades de "
            "baixo risco são isentos.</p>"
        ),
        "channels": [
            {
                "kind": "online",
                "label": "Portal do Empreendedor – Alvará",
                "url": "https://vilaserena.sp.gov.br/empreendedor/alvara",
                "notes": "",
            },
            {
                "kind": "in_person",
                "label": "Sala do Empreendedor",
                "location": "sala-do-empreendedor",
                "notes": "Orientação gratuita em todas as etapas.",
            },
            {
                "kind": "whatsapp",
                "label": "WhatsApp da Sala do Empreendedor",
                "phone": "+55 11 93000-1610",
                "notes": "De segunda a sexta, das 8h às 17h.",
            },
            {
                "kind": "email",
                "label": "Setor de Alvarás",
                "email": "alvaras@vilaserena.sp.gov.br",
                "notes": "",
            },
        ],
        "how_to_track": (
            "<p>Acompanhe o processo pelo número de protocolo no Portal do Empreendedor. Se a "
            "Prefeitura não se manifestar no prazo, o pedido é considerado aprovado, nos termos da "
            "Lei nº 13.874/2019.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>É preciso pedir novo alvará quando mudarem o endereço, a atividade ou a área do "
            "estabelecimento. A Sala do Empreendedor orienta gratuitamente em todas as etapas.</p>"
        ),
        "last_reviewed": "2026-07-07",
        "review_by": "2026-12-31",
        "legal_basis": [
            LEI_13874,
            LC_123,
            {
                "title": "Lei nº 11.598/2007 (REDESIM)",
                "url": "https://www.planalto.gov.br/ccivil_03/_ato2007-2010/2007/lei/l11598.htm",
                "description": "Simplifica o registro e a legalização de empresas.",
            },
            CODIGO_TRIBUTARIO_MUNICIPAL,
            LEI_13460,
        ],
    },
    {
        "slug": "mei",
        "title": "Orientação para o Microempreendedor Individual (MEI)",
        "summary": (
            "Receba ajuda gratuita na Sala do Empreendedor para se formalizar como MEI, emitir o "
            "DAS, fazer a declaração anual, emitir nota fiscal e dar baixa no CNPJ."
        ),
        "other_names": (
            "MEI, microempreendedor individual, formalização, CNPJ, DAS, DASN-SIMEI, Sala do "
            "Empreendedor, Simples Nacional"
        ),
        "category": "empresas-e-alvaras",
        "department": "smde",
        "life_events": ["Abrir uma empresa", "Procurar emprego", "Encerrar uma empresa"],
        "audiences": ["cidadao", "empresa"],
        "description": (
            "<p>A Sala do Empreendedor orienta quem quer abrir ou já tem um MEI: formalização no "
            "Portal do Empreendedor do gov.br, emissão mensal do DAS, declaração anual "
            "(DASN-SIMEI), emissão de nota fiscal, parcelamento de débitos e baixa do CNPJ. Também "
            "oferece cursos em parceria com o Sebrae e informações sobre crédito.</p><p>A "
            "formalização do MEI é gratuita: desconfie de quem cobra por ela.</p>"
        ),
        "audience_details": (
            "<p>Pessoas que querem se formalizar como microempreendedor individual e MEIs já "
            "registrados que moram ou trabalham em Vila Serena.</p>"
        ),
        "requirements": (
            "<p>Para ser MEI, é preciso exercer uma das atividades permitidas, não ser sócio ou "
            "titular de outra empresa e respeitar o limite anual de faturamento do Simples "
            "Nacional.</p>"
        ),
        "documents": [
            {"name": "CPF", "notes": "", "mandatory": True},
            {"name": "Documento com foto", "notes": "", "mandatory": True},
            {
                "name": "Conta gov.br nível prata ou ouro",
                "notes": (
                    "Necessária para formalizar e emitir documentos. A Sala do Empreendedor ajuda "
                    "a criá-la."
                ),
                "mandatory": True,
            },
            {
                "name": "Título de eleitor ou recibo da última declaração de Imposto de Renda",
                "notes": "Pode ser pedido para validar a identidade.",
                "mandatory": False,
            },
        ],
        "priority_groups": PRIORITY_IN_PERSON,
        "steps": [
            {
                "title": "Vá à Sala do Empreendedor",
                "description": (
                    "<p>Agende pelo WhatsApp ou pelo telefone, ou compareça sem agendamento.</p>"
                ),
            },
            {
                "title": "Explique o que precisa",
                "description": "<p>Formalização, DAS, declaração anual, nota fiscal ou baixa.</p>",
            },
            {
                "title": "Resolva com o apoio do agente",
                "description": (
                    "<p>O agente de desenvolvimento acompanha você no uso dos sistemas do gov.br e "
                    "tira as dúvidas.</p>"
                ),
            },
        ],
        "max_delivery_time": 0,
        "max_delivery_time_unit": "hours",
        "waiting_time_minutes": 30,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>O atendimento e a formalização do MEI são gratuitos.</p>",
        "channels": [
            {
                "kind": "in_person",
                "label": "Sala do Empreendedor",
                "location": "sala-do-empreendedor",
                "notes": "Com ou sem agendamento.",
            },
            {
                "kind": "whatsapp",
                "label": "WhatsApp da Sala do Empreendedor",
                "phone": "+55 11 93000-1610",
                "notes": "Agendamento e dúvidas rápidas.",
            },
            {
                "kind": "phone",
                "label": "Sala do Empreendedor",
                "phone": "(11) 3000-1610",
                "notes": "",
            },
            {
                "kind": "online",
                "label": "Portal do Empreendedor (gov.br)",
                "url": "https://www.gov.br/empresas-e-negocios/pt-br/empreendedor",
                "notes": "Formalização e serviços do MEI, do Governo Federal.",
            },
        ],
        "how_to_track": (
            "<p>O atendimento é concluído na hora. Pedidos feitos nos sistemas do gov.br, como "
            "formalização ou baixa, são acompanhados no próprio Portal do Empreendedor.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>O MEI paga um valor fixo mensal pelo DAS, que inclui a contribuição ao INSS e o "
            "ISS ou o ICMS. Manter os pagamentos em dia garante benefícios previdenciários, como "
            "auxílio por incapacidade temporária e aposentadoria por idade.</p>"
        ),
        "last_reviewed": "2026-10-14",
        "review_by": "2026-12-31",
        "legal_basis": [
            LC_123,
            {
                "title": "Lei Complementar nº 128/2008",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/lcp/lcp128.htm",
                "description": "Cria a figura do Microempreendedor Individual (MEI).",
            },
            {
                "title": "Lei Municipal nº 1.298/2016 de Vila Serena",
                "url": "https://vilaserena.sp.gov.br/legislacao/lei-1298-2016",
                "description": (
                    "Cria a Sala do Empreendedor e o programa municipal de apoio ao pequeno "
                    "negócio."
                ),
            },
            LEI_13460,
        ],
    },
    {
        "slug": "licenca-sanitaria",
        "title": "Solicitar licença sanitária (Vigilância Sanitária)",
        "summary": (
            "Obtenha a licença da Vigilância Sanitária para restaurantes, padarias, farmácias, "
            "clínicas, salões de beleza e outros estabelecimentos de interesse da saúde."
        ),
        "other_names": (
            "licença sanitária, alvará sanitário, vigilância sanitária, VISA, cadastro sanitário, "
            "licença de funcionamento sanitária"
        ),
        "category": "empresas-e-alvaras",
        "department": "sms",
        "life_events": ["Abrir uma empresa"],
        "audiences": ["empresa", "orgao-publico"],
        "description": (
            "<p>A licença sanitária atesta que o estabelecimento cumpre as normas de higiene e "
            "segurança sanitária da atividade que exerce. É exigida para atividades relacionadas a "
            "alimentos, medicamentos, cosméticos, serviços de saúde e de beleza, entre "
            "outras.</p><p>Atividades de baixo risco sanitário são dispensadas de licença prévia, "
            "mas continuam sujeitas à fiscalização.</p>"
        ),
        "audience_details": (
            "<p>Empresas, entidades e órgãos públicos que exercem atividades de interesse da saúde "
            "em Vila Serena, inclusive MEIs que manipulam alimentos.</p>"
        ),
        "requirements": (
            "<p>Cumprir as normas sanitárias da atividade, ter responsável técnico quando exigido "
            "e manter o estabelecimento em condições adequadas de higiene, ventilação, água "
            "potável e destinação de resíduos.</p>"
        ),
        "documents": [
            {"name": "CNPJ e contrato social", "notes": "", "mandatory": True},
            {
                "name": "Alvará de funcionamento ou protocolo do pedido",
                "notes": "",
                "mandatory": True,
            },
            {
                "name": "Comprovante de controle de pragas",
                "notes": "Emitido por empresa licenciada, dentro da validade.",
                "mandatory": True,
            },
            {
                "name": "Certificado de responsabilidade técnica",
                "notes": "Para farmácias, clínicas e indústrias de alimentos.",
                "mandatory": False,
            },
            {
                "name": "Manual de boas práticas",
                "notes": "Para serviços de alimentação.",
                "mandatory": False,
            },
        ],
        "priority_groups": PRIORITY_IN_PERSON,
        "steps": [
            {
                "title": "Faça o pedido",
                "description": (
                    "<p>No Portal do Empreendedor, preencha o cadastro sanitário e anexe os "
                    "documentos.</p>"
                ),
            },
            {
                "title": "Inspeção sanitária",
                "description": (
                    "<p>A equipe da Vigilância Sanitária inspeciona o estabelecimento.</p>"
                ),
            },
            {
                "title": "Ajustes, se necessários",
                "description": (
                    "<p>Se houver irregularidades, você recebe um termo de orientação com prazo "
                    "para corrigi-las.</p>"
                ),
            },
            {
                "title": "Emissão da licença",
                "description": "<p>A licença é emitida digitalmente e vale por 1 ano.</p>",
            },
        ],
        "max_delivery_time": 30,
        "max_delivery_time_unit": "days",
        "waiting_time_minutes": 30,
        "is_free": False,
        "cost_amount": "210.00",
        "cost_details": (
            "<p>Taxa de licença sanitária de R$ 210,00 por ano. MEIs e entidades sem fins "
            "lucrativos são isentos.</p>"
        ),
        "channels": [
            {
                "kind": "online",
                "label": "Portal do Empreendedor – Licença sanitária",
                "url": "https://vilaserena.sp.gov.br/empreendedor/licenca-sanitaria",
                "notes": "",
            },
            {
                "kind": "in_person",
                "label": "Vigilância Sanitária – Paço Municipal",
                "location": "paco",
                "notes": "Atendimento das 8h às 12h.",
            },
            {
                "kind": "email",
                "label": "Vigilância Sanitária",
                "email": "visa@vilaserena.sp.gov.br",
                "notes": "",
            },
        ],
        "how_to_track": (
            "<p>Acompanhe o processo e a data da inspeção no Portal do Empreendedor com o número "
            "de protocolo.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>A licença deve ser renovada todo ano, com pedido feito até 60 dias antes do "
            "vencimento. Denúncias sobre as condições sanitárias de estabelecimentos podem ser "
            "feitas na Ouvidoria.</p>"
        ),
        "last_reviewed": "2026-07-07",
        "review_by": "2026-12-31",
        "legal_basis": [
            LEI_8080,
            {
                "title": "Lei nº 6.437/1977",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/l6437.htm",
                "description": "Define as infrações à legislação sanitária federal e as sanções.",
            },
            LEI_13874,
            {
                "title": "Lei Municipal nº 1.189/2014 de Vila Serena (Código Sanitário Municipal)",
                "url": "https://vilaserena.sp.gov.br/legislacao/lei-1189-2014",
                "description": "Normas sanitárias para estabelecimentos de interesse da saúde.",
            },
            LEI_13460,
        ],
    },
    {
        "slug": "feiras-livres",
        "title": "Cadastrar-se como feirante nas feiras livres",
        "summary": (
            "Peça autorização para vender frutas, verduras, pescados, pastel e outros produtos em "
            "uma das 14 feiras livres de Vila Serena, conforme as vagas abertas."
        ),
        "other_names": (
            "feira livre, feirante, barraca de feira, permissão de uso, banca de feira, "
            "carteirinha de feirante"
        ),
        "category": "empresas-e-alvaras",
        "department": "smde",
        "life_events": ["Abrir uma empresa", "Procurar emprego"],
        "audiences": ["cidadao", "empresa"],
        "description": (
            "<p>A permissão de uso autoriza o feirante a montar sua banca em determinada feira "
            "livre, no dia e no espaço definidos pela Prefeitura. As vagas são abertas por edital, "
            "por grupo de produtos, para garantir a variedade em cada feira.</p>"
        ),
        "audience_details": (
            "<p>Maiores de 18 anos inscritos como MEI ou produtores rurais e empresas do ramo de "
            "alimentos.</p>"
        ),
        "requirements": (
            "<p>Ter inscrição como MEI, produtor rural ou empresa; não ter débitos com a "
            "Prefeitura; para vender alimentos preparados, ter feito curso de boas práticas de "
            "manipulação de alimentos.</p>"
        ),
        "documents": [
            {"name": "Documento com foto e CPF", "notes": "", "mandatory": True},
            {"name": "CNPJ do MEI ou inscrição de produtor rural", "notes": "", "mandatory": True},
            {"name": "Certidão negativa de débitos municipais", "notes": "", "mandatory": True},
            {"name": "Foto 3x4", "notes": "Para a carteirinha de feirante.", "mandatory": True},
            {
                "name": "Certificado de curso de boas práticas",
                "notes": "Para quem vende alimentos preparados ou pescados.",
                "mandatory": False,
            },
        ],
        "priority_groups": (
            "<p>Produtores da agricultura familiar de Vila Serena têm vagas reservadas nas feiras. "
            "No atendimento presencial valem a Lei nº 10.048/2000 e o Estatuto da Pessoa Idosa.</p>"
        ),
        "steps": [
            {
                "title": "Consulte as vagas abertas",
                "description": "<p>Veja no portal as feiras e os grupos de produtos com vagas.</p>",
            },
            {
                "title": "Inscreva-se",
                "description": (
                    "<p>Preencha a inscrição online ou na Sala do Empreendedor, dentro do prazo do "
                    "edital.</p>"
                ),
            },
            {
                "title": "Análise e classificação",
                "description": (
                    "<p>A Divisão de Abastecimento confere os documentos e classifica os "
                    "inscritos.</p>"
                ),
            },
            {
                "title": "Assine o termo de permissão",
                "description": (
                    "<p>Os aprovados assinam o termo, pagam a taxa e recebem a carteirinha de "
                    "feirante.</p>"
                ),
            },
        ],
        "max_delivery_time": 30,
        "max_delivery_time_unit": "days",
        "waiting_time_minutes": 30,
        "is_free": False,
        "cost_amount": "96.00",
        "cost_details": (
            "<p>Taxa anual de permissão de uso de R$ 96,00 por metro linear de banca, paga por "
            "boleto depois da aprovação.</p>"
        ),
        "channels": [
            {
                "kind": "in_person",
                "label": "Sala do Empreendedor",
                "location": "sala-do-empreendedor",
                "notes": "",
            },
            {
                "kind": "online",
                "label": "Portal do Empreendedor – Feiras livres",
                "url": "https://vilaserena.sp.gov.br/empreendedor/feiras",
                "notes": "Editais, vagas abertas e inscrição.",
            },
            {
                "kind": "phone",
                "label": "Divisão de Abastecimento",
                "phone": "(11) 3000-1630",
                "notes": "",
            },
        ],
        "how_to_track": (
            "<p>O resultado da classificação é publicado no portal e no Diário Oficial do "
            "Município. Acompanhe o pedido pelo número de protocolo.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>A permissão é pessoal e não pode ser vendida nem transferida. A lista das feiras, "
            "com dias e horários, está no portal da Prefeitura.</p>"
        ),
        "last_reviewed": "2026-02-12",
        "review_by": "2026-06-30",
        "legal_basis": [
            CODIGO_DE_POSTURAS,
            {
                "title": "Decreto Municipal nº 4.230/2017 de Vila Serena",
                "url": "https://vilaserena.sp.gov.br/legislacao/decreto-4230-2017",
                "description": "Regulamenta as feiras livres e a permissão de uso para feirantes.",
            },
            LC_123,
            LEI_13460,
        ],
    },
    {
        "slug": "baixa-de-inscricao-municipal",
        "title": "Encerrar empresa e dar baixa na inscrição municipal",
        "summary": (
            "Dê baixa na inscrição municipal da empresa ou do profissional autônomo que deixou de "
            "atuar em Vila Serena, para parar de receber cobranças de ISS e taxas."
        ),
        "other_names": (
            "baixa de empresa, fechar empresa, encerrar CNPJ, cancelar inscrição municipal, baixa "
            "do ISS, encerramento"
        ),
        "category": "empresas-e-alvaras",
        "department": "sefaz",
        "life_events": ["Encerrar uma empresa"],
        "audiences": ["empresa", "cidadao"],
        "description": (
            "<p>A baixa encerra a inscrição municipal e interrompe o lançamento do ISS fixo e das "
            "taxas de licença, além da obrigação de emitir NFS-e. Empresas registradas na Junta "
            "Comercial fazem a baixa pela REDESIM, que avisa o município automaticamente; "
            "profissionais autônomos pedem a baixa diretamente à Prefeitura.</p>"
        ),
        "audience_details": (
            "<p>Empresas e profissionais autônomos com inscrição municipal em Vila Serena, ou seu "
            "contador com procuração.</p>"
        ),
        "requirements": (
            "<p>Não ter notas fiscais pendentes de cancelamento. Débitos existentes não impedem a "
            "baixa, mas continuam sendo cobrados dos responsáveis, conforme a lei.</p>"
        ),
        "documents": [
            {
                "name": "Protocolo de baixa na REDESIM ou distrato social",
                "notes": "Para empresas.",
                "mandatory": True,
            },
            {
                "name": "Documento com foto do titular ou do contador",
                "notes": "",
                "mandatory": True,
            },
            {
                "name": "Declaração de encerramento das atividades",
                "notes": "Para profissionais autônomos, no próprio formulário.",
                "mandatory": False,
            },
        ],
        "priority_groups": PRIORITY_ONLINE,
        "steps": [
            {
                "title": "Encerre a empresa na Junta Comercial",
                "description": "<p>Empresas fazem o pedido de baixa pela REDESIM.</p>",
            },
            {
                "title": "Confirme a baixa no município",
                "description": (
                    "<p>Confira no Portal do Contribuinte se a baixa foi recebida; autônomos fazem "
                    "o pedido no mesmo portal.</p>"
                ),
            },
            {
                "title": "Regularize as pendências",
                "description": "<p>Cancele notas pendentes e, se quiser, parcele os débitos.</p>",
            },
            {
                "title": "Emita a certidão de baixa",
                "description": (
                    "<p>A certidão fica disponível no portal quando a baixa for concluída.</p>"
                ),
            },
        ],
        "max_delivery_time": 5,
        "max_delivery_time_unit": "business_days",
        "waiting_time_minutes": None,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>Serviço gratuito.</p>",
        "channels": [
            {
                "kind": "online",
                "label": "Portal do Contribuinte – Baixa de inscrição",
                "url": "https://vilaserena.sp.gov.br/contribuinte/baixa",
                "notes": "",
            },
            {
                "kind": "email",
                "label": "Cadastro Mobiliário",
                "email": "fazenda@vilaserena.sp.gov.br",
                "notes": "Dúvidas sobre pendências que impedem a baixa.",
            },
        ],
        "how_to_track": (
            "<p>Acompanhe o pedido no Portal do Contribuinte. A certidão de baixa pode ser baixada "
            "assim que o processo for concluído.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>A baixa municipal não substitui o encerramento na Receita Federal e no Estado. A "
            "Sala do Empreendedor orienta gratuitamente sobre o passo a passo.</p>"
        ),
        "last_reviewed": "2026-05-27",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Lei Complementar nº 123/2006, art. 9º",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/lcp/lcp123.htm",
                "description": (
                    "A baixa de empresas independe da regularidade de obrigações tributárias."
                ),
            },
            {
                "title": "Lei nº 11.598/2007 (REDESIM)",
                "url": "https://www.planalto.gov.br/ccivil_03/_ato2007-2010/2007/lei/l11598.htm",
                "description": "Simplifica o registro, a alteração e a baixa de empresas.",
            },
            CODIGO_TRIBUTARIO_MUNICIPAL,
            LEI_13460,
        ],
    },
]
