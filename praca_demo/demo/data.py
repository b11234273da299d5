"""Demo content of Praça: the fictional Município de Vila Serena (SP).

Pure data, loaded by `manage.py load_demo`. Names, phones, addresses and municipal laws are
fictional; federal laws are real and link to planalto.gov.br. Rich-text values are HTML strings.
Channels refer to locations by their `key`; services refer to categories, departments and
audiences by slug.
"""

WHATSAPP_NUMBER = "+55 11 93000-0156"

SITE_NAME = "Prefeitura de Vila Serena"

# --- Taxonomies -------------------------------------------------------------------------------

AUDIENCES = [
    {"name": "Cidadão", "slug": "cidadao", "sort_order": 10},
    {"name": "Empresa", "slug": "empresa", "sort_order": 20},
    {"name": "Órgão público", "slug": "orgao-publico", "sort_order": 30},
    {"name": "Servidor público", "slug": "servidor-publico", "sort_order": 40},
]

DEPARTMENTS = [
    {
        "name": "Secretaria Municipal da Fazenda",
        "acronym": "SEFAZ",
        "slug": "sefaz",
        "email": "fazenda@vilaserena.sp.gov.br",
        "phone": "(11) 3000-1100",
        "website": "https://vilaserena.sp.gov.br/fazenda",
        "description": (
            "Arrecada e fiscaliza os tributos municipais (IPTU, ISS, ITBI e taxas), cuida do "
            "cadastro imobiliário e mobiliário e emite certidões de débitos."
        ),
    },
    {
        "name": "Secretaria Municipal de Saúde",
        "acronym": "SMS",
        "slug": "sms",
        "email": "saude@vilaserena.sp.gov.br",
        "phone": "(11) 3000-1200",
        "website": "https://vilaserena.sp.gov.br/saude",
        "description": (
            "Coordena a rede municipal do SUS: Unidades Básicas de Saúde, Farmácia Municipal, "
            "vacinação, Vigilância Sanitária e Vigilância em Saúde."
        ),
    },
    {
        "name": "Secretaria Municipal de Educação",
        "acronym": "SME",
        "slug": "sme",
        "email": "educacao@vilaserena.sp.gov.br",
        "phone": "(11) 3000-1300",
        "website": "https://vilaserena.sp.gov.br/educacao",
        "description": (
            "Responsável pelas creches, pré-escolas e escolas de ensino fundamental da rede "
            "municipal, pela merenda e pelo transporte escolar."
        ),
    },
    {
        "name": "Secretaria Municipal de Obras e Serviços Urbanos",
        "acronym": "SMOSU",
        "slug": "smosu",
        "email": "obras@vilaserena.sp.gov.br",
        "phone": "(11) 3000-1400",
        "website": "https://vilaserena.sp.gov.br/obras",
        "description": (
            "Cuida da zeladoria da cidade: pavimentação e tapa-buraco, iluminação pública, limpeza "
            "urbana, drenagem, poda de árvores e coleta de volumosos."
        ),
    },
    {
        "name": "Secretaria Municipal de Meio Ambiente",
        "acronym": "SMMA",
        "slug": "smma",
        "email": "meioambiente@vilaserena.sp.gov.br",
        "phone": "(11) 3000-1500",
        "website": "https://vilaserena.sp.gov.br/meio-ambiente",
        "description": (
            "Licencia e fiscaliza atividades com impacto ambiental, administra os Ecopontos, os "
            "parques municipais e o programa de bem-estar animal."
        ),
    },
    {
        "name": "Secretaria Municipal de Desenvolvimento Econômico",
        "acronym": "SMDE",
        "slug": "smde",
        "email": "desenvolvimento@vilaserena.sp.gov.br",
        "phone": "(11) 3000-1600",
        "website": "https://vilaserena.sp.gov.br/desenvolvimento",
        "description": (
            "Apoia quem empreende e quem procura trabalho: Sala do Empreendedor, alvarás de "
            "funcionamento, feiras livres e Posto de Atendimento ao Trabalhador (PAT)."
        ),
    },
    {
        "name": "Secretaria Municipal de Assistência Social",
        "acronym": "SMAS",
        "slug": "smas",
        "email": "assistenciasocial@vilaserena.sp.gov.br",
        "phone": "(11) 3000-1700",
        "website": "https://vilaserena.sp.gov.br/assistencia-social",
        "description": (
            "Gere o Sistema Único de Assistência Social no município: CRAS, CREAS, Cadastro Único, "
            "Bolsa Família e benefícios eventuais."
        ),
    },
    {
        "name": "Secretaria Municipal de Mobilidade e Trânsito",
        "acronym": "SMMT",
        "slug": "smmt",
        "email": "transito@vilaserena.sp.gov.br",
        "phone": "(11) 3000-1800",
        "website": "https://vilaserena.sp.gov.br/transito",
        "description": (
            "Planeja o trânsito e o transporte coletivo, cuida da sinalização viária, emite "
            "credenciais de estacionamento e julga defesas e recursos de multas municipais."
        ),
    },
    {
        "name": "Ouvidoria-Geral do Município",
        "acronym": "OGM",
        "slug": "ogm",
        "email": "ouvidoria@vilaserena.sp.gov.br",
        "phone": "(11) 3000-1560",
        "website": "https://vilaserena.sp.gov.br/ouvidoria",
        "description": (
            "Recebe reclamações, denúncias, sugestões, elogios e pedidos de acesso à informação e "
            "acompanha as respostas de todos os órgãos da Prefeitura."
        ),
    },
    {
        "name": "Secretaria Municipal de Cultura e Turismo",
        "acronym": "SMCT",
        "slug": "smct",
        "email": "cultura@vilaserena.sp.gov.br",
        "phone": "(11) 3000-1900",
        "website": "https://vilaserena.sp.gov.br/cultura",
        "description": (
            "Promove a cultura e o turismo: Biblioteca Municipal, Casa de Cultura, oficinas, "
            "festas populares e eventos em espaços públicos."
        ),
    },
    {
        "name": "Secretaria Municipal de Habitação e Urbanismo",
        "acronym": "SMHU",
        "slug": "smhu",
        "email": "urbanismo@vilaserena.sp.gov.br",
        "phone": "(11) 3000-2000",
        "website": "https://vilaserena.sp.gov.br/urbanismo",
        "description": (
            "Aprova projetos e emite alvarás de construção e Habite-se, aplica o Plano Diretor e o "
            "Código de Obras e conduz os programas habitacionais."
        ),
    },
    {
        "name": "Secretaria Municipal de Administração e Gestão de Pessoas",
        "acronym": "SMAGP",
        "slug": "smagp",
        "email": "gestaodepessoas@vilaserena.sp.gov.br",
        "phone": "(11) 3000-2100",
        "website": "https://vilaserena.sp.gov.br/administracao",
        "description": (
            "Cuida da vida funcional dos servidores municipais: folha de pagamento, contracheques, "
            "férias, licenças, certidões e concursos públicos."
        ),
    },
]

CATEGORIES = [
    {
        "name": "Saúde",
        "slug": "saude",
        "sort_order": 10,
        "description": "Cartão SUS, consultas nas UBS, vacinação, medicamentos e combate à dengue.",
    },
    {
        "name": "Educação",
        "slug": "educacao",
        "sort_order": 20,
        "description": (
            "Vagas em creche, matrícula e transferência na rede municipal e transporte escolar."
        ),
    },
    {
        "name": "Tributos e finanças",
        "slug": "tributos-e-financas",
        "sort_order": 30,
        "description": (
            "IPTU, ISS, ITBI, nota fiscal de serviços, parcelamentos e certidões de débitos."
        ),
    },
    {
        "name": "Obras e zeladoria urbana",
        "slug": "obras-e-zeladoria",
        "sort_order": 40,
        "description": (
            "Buracos, iluminação pública, poda de árvores, limpeza de terrenos e coleta de entulho."
        ),
    },
    {
        "name": "Assistência social",
        "slug": "assistencia-social",
        "sort_order": 50,
        "description": (
            "Cadastro Único, Bolsa Família, CRAS e benefícios para famílias em situação de "
            "vulnerabilidade."
        ),
    },
    {
        "name": "Trânsito e transporte",
        "slug": "transito-e-transporte",
        "sort_order": 60,
        "description": (
            "Multas, credenciais de estacionamento para idosos e pessoas com deficiência e "
            "sinalização."
        ),
    },
    {
        "name": "Empresas e alvarás",
        "slug": "empresas-e-alvaras",
        "sort_order": 70,
        "description": (
            "Abrir, regularizar e encerrar empresas, MEI, alvarás, licença sanitária e feiras "
            "livres."
        ),
    },
    {
        "name": "Meio ambiente",
        "slug": "meio-ambiente",
        "sort_order": 80,
        "description": (
            "Licenciamento ambiental, Ecopontos, castração de cães e gatos e denúncias ambientais."
        ),
    },
    {
        "name": "Habitação e urbanismo",
        "slug": "habitacao-e-urbanismo",
        "sort_order": 90,
        "description": "Alvará de construção, Habite-se e regularização de imóveis.",
    },
    {
        "name": "Trabalho e emprego",
        "slug": "trabalho-e-emprego",
        "sort_order": 100,
        "description": (
            "Vagas de emprego no PAT, seguro-desemprego e serviços para servidores municipais."
        ),
    },
    {
        "name": "Cultura e lazer",
        "slug": "cultura-e-lazer",
        "sort_order": 110,
        "description": (
            "Biblioteca, oficinas culturais gratuitas e autorização de eventos em espaços públicos."
        ),
    },
    {
        "name": "Ouvidoria e transparência",
        "slug": "ouvidoria-e-transparencia",
        "sort_order": 120,
        "description": (
            "Reclamações, denúncias, sugestões, elogios e pedidos de acesso à informação."
        ),
    },
]

# Locations have no slug: the loader finds them by name. `key` only links channels to them.
LOCATIONS = [
    {
        "key": "paco",
        "name": "Paço Municipal",
        "address": "Praça da Matriz, 100",
        "neighbourhood": "Centro",
        "postal_code": "07450-000",
        "latitude": "-23.548900",
        "longitude": "-46.638800",
        "phone": "(11) 3000-1000",
        "opening_hours": "Segunda a sexta, das 8h às 17h",
        "opening_hours_spec": "Mo-Fr 08:00-17:00",
        "accessibility": (
            "Entrada sem degraus pela Rua do Comércio, elevador, banheiro adaptado e intérprete de "
            "Libras mediante agendamento."
        ),
    },
    {
        "key": "praca-de-atendimento",
        "name": "Praça de Atendimento (Poupatempo Municipal)",
        "address": "Avenida Brasil, 1500",
        "neighbourhood": "Jardim Primavera",
        "postal_code": "07451-120",
        "latitude": "-23.541200",
        "longitude": "-46.627500",
        "phone": "(11) 3000-1010",
        "opening_hours": "Segunda a sexta, das 8h às 18h, e sábado, das 8h às 12h",
        "opening_hours_spec": "Mo-Fr 08:00-18:00; Sa 08:00-12:00",
        "accessibility": (
            "Acesso em nível, piso tátil, guichês rebaixados, cadeira de rodas para empréstimo e "
            "atendimento em Libras por videochamada."
        ),
    },
    {
        "key": "ubs-centro",
        "name": "UBS Centro – Dr. Antônio Ribeiro",
        "address": "Rua Sete de Setembro, 321",
        "neighbourhood": "Centro",
        "postal_code": "07450-030",
        "latitude": "-23.550300",
        "longitude": "-46.636100",
        "phone": "(11) 3000-1210",
        "opening_hours": "Segunda a sexta, das 7h às 19h",
        "opening_hours_spec": "Mo-Fr 07:00-19:00",
        "accessibility": (
            "Rampa de acesso, banheiro adaptado, fraldário e fila preferencial sinalizada."
        ),
    },
    {
        "key": "ubs-jardim-esperanca",
        "name": "UBS Jardim Esperança",
        "address": "Rua das Acácias, 780",
        "neighbourhood": "Jardim Esperança",
        "postal_code": "07456-210",
        "latitude": "-23.562700",
        "longitude": "-46.651400",
        "phone": "(11) 3000-1220",
        "opening_hours": "Segunda a sexta, das 7h às 17h, e sábado, das 8h às 12h (só vacinação)",
        "opening_hours_spec": "Mo-Fr 07:00-17:00; Sa 08:00-12:00",
        "accessibility": "Prédio térreo com acesso em nível e banheiro adaptado.",
    },
    {
        "key": "central-de-matriculas",
        "name": "Central de Matrículas – Secretaria Municipal de Educação",
        "address": "Rua Professora Maria José Almeida, 45",
        "neighbourhood": "Vila Nova",
        "postal_code": "07452-040",
        "latitude": "-23.545600",
        "longitude": "-46.644900",
        "phone": "(11) 3000-1310",
        "opening_hours": "Segunda a sexta, das 8h às 17h",
        "opening_hours_spec": "Mo-Fr 08:00-17:00",
        "accessibility": (
            "Rampa de acesso, espaço para carrinhos de bebê e atendimento prioritário."
        ),
    },
    {
        "key": "ecoponto",
        "name": "Ecoponto Jardim das Flores",
        "address": "Rua das Hortênsias, 250",
        "neighbourhood": "Jardim das Flores",
        "postal_code": "07455-300",
        "latitude": "-23.571000",
        "longitude": "-46.622300",
        "phone": "(11) 3000-1510",
        "opening_hours": "Segunda a sábado, das 7h às 18h",
        "opening_hours_spec": "Mo-Sa 07:00-18:00",
        "accessibility": "Pátio plano; os operadores ajudam a descarregar os materiais.",
    },
    {
        "key": "cras",
        "name": "CRAS Vila Esperança",
        "address": "Rua São Benedito, 210",
        "neighbourhood": "Vila Esperança",
        "postal_code": "07456-080",
        "latitude": "-23.565400",
        "longitude": "-46.648200",
        "phone": "(11) 3000-1710",
        "opening_hours": "Segunda a sexta, das 8h às 17h",
        "opening_hours_spec": "Mo-Fr 08:00-17:00",
        "accessibility": "Acesso em nível, banheiro adaptado e sala de atendimento reservada.",
    },
    {
        "key": "ccz",
        "name": "Centro de Controle de Zoonoses (CCZ)",
        "address": "Estrada Municipal do Ribeirão, 1200",
        "neighbourhood": "Ribeirão",
        "postal_code": "07458-500",
        "latitude": "-23.583100",
        "longitude": "-46.659800",
        "phone": "(11) 3000-1250",
        "opening_hours": "Segunda a sexta, das 8h às 16h",
        "opening_hours_spec": "Mo-Fr 08:00-16:00",
        "accessibility": "Estacionamento com vagas reservadas e acesso em nível à recepção.",
    },
    {
        "key": "central-de-transito",
        "name": "Central de Atendimento de Trânsito",
        "address": "Rua Quinze de Novembro, 600",
        "neighbourhood": "Centro",
        "postal_code": "07450-120",
        "latitude": "-23.547100",
        "longitude": "-46.633400",
        "phone": "(11) 3000-1810",
        "opening_hours": "Segunda a sexta, das 9h às 16h",
        "opening_hours_spec": "Mo-Fr 09:00-16:00",
        "accessibility": "Elevador, banheiro adaptado e guichê rebaixado.",
    },
    {
        "key": "sala-do-empreendedor",
        "name": "Sala do Empreendedor",
        "address": "Rua do Comércio, 88",
        "neighbourhood": "Centro",
        "postal_code": "07450-010",
        "latitude": "-23.549600",
        "longitude": "-46.637200",
        "phone": "(11) 3000-1610",
        "opening_hours": "Segunda a sexta, das 8h às 17h",
        "opening_hours_spec": "Mo-Fr 08:00-17:00",
        "accessibility": "Térreo com acesso em nível e computadores com leitor de tela.",
    },
    {
        "key": "pat",
        "name": "Posto de Atendimento ao Trabalhador (PAT)",
        "address": "Rua Sete de Setembro, 950",
        "neighbourhood": "Centro",
        "postal_code": "07450-060",
        "latitude": "-23.552800",
        "longitude": "-46.634700",
        "phone": "(11) 3000-1620",
        "opening_hours": "Segunda a sexta, das 8h às 16h",
        "opening_hours_spec": "Mo-Fr 08:00-16:00",
        "accessibility": "Rampa de acesso, banheiro adaptado e atendimento prioritário.",
    },
    {
        "key": "biblioteca",
        "name": "Biblioteca Pública Municipal Monteiro Lobato",
        "address": "Praça dos Expedicionários, 30",
        "neighbourhood": "Centro",
        "postal_code": "07450-090",
        "latitude": "-23.546300",
        "longitude": "-46.640100",
        "phone": "(11) 3000-1910",
        "opening_hours": "Terça a sábado, das 9h às 18h",
        "opening_hours_spec": "Tu-Sa 09:00-18:00",
        "accessibility": (
            "Elevador, acervo em braile e audiolivros, computadores com leitor de tela."
        ),
    },
]

# --- Texts and items shared by many services -------------------------------------------------

COMPLAIN = (
    "<p>Se o serviço não foi prestado como descrito nesta Carta, registre uma reclamação, "
    'sugestão, elogio ou denúncia na <a href="https://vilaserena.sp.gov.br/ouvidoria">'
    "Ouvidoria-Geral do Município</a>, pelo telefone (11) 3000-1560 ou pelo e-mail "
    "ouvidoria@vilaserena.sp.gov.br. A resposta é dada em até 30 dias, prorrogáveis uma vez "
    "por igual período, como determina a Lei nº 13.460/2017.</p>"
)

TRACK_PROTOCOL = (
    "<p>Ao registrar o pedido, você recebe um número de protocolo por e-mail ou SMS. Acompanhe "
    'a situação em <a href="https://vilaserena.sp.gov.br/atendimento/acompanhar">Acompanhar '
    "meu pedido</a>, pelo WhatsApp ou pela Central 156, informando o protocolo.</p>"
)

PRIORITY_IN_PERSON = (
    "<p>No atendimento presencial têm prioridade, nos termos da Lei nº 10.048/2000, pessoas com "
    "deficiência ou com transtorno do espectro autista, pessoas idosas com 60 anos ou mais, "
    "gestantes, lactantes, pessoas com crianças de colo, pessoas obesas, pessoas com mobilidade "
    "reduzida e doadores de sangue. Pessoas com 80 anos ou mais têm prioridade especial sobre as "
    "demais pessoas idosas (Estatuto da Pessoa Idosa, Lei nº 10.741/2003, art. 3º, § 2º).</p>"
)

PRIORITY_ONLINE = (
    "<p>O serviço é digital e pode ser feito a qualquer hora. Quem precisar de ajuda é atendido "
    "na Praça de Atendimento, onde têm prioridade as pessoas listadas na Lei nº 10.048/2000 "
    "(pessoas com deficiência, pessoas idosas, gestantes, lactantes, pessoas com crianças de "
    "colo, entre outras) e, com prioridade especial, as pessoas com 80 anos ou mais (Estatuto da "
    "Pessoa Idosa).</p>"
)

PRIORITY_FIELD = (
    "<p>Pedidos que envolvem risco à segurança de pessoas (fios expostos, árvores com risco de "
    "queda, buracos profundos em vias de grande movimento) são atendidos primeiro. No "
    "atendimento presencial e telefônico têm prioridade as pessoas listadas na Lei nº "
    "10.048/2000 e, com prioridade especial, as pessoas com 80 anos ou mais (Estatuto da Pessoa "
    "Idosa, Lei nº 10.741/2003).</p>"
)

# Channels used by many services.
CENTRAL_156 = {
    "kind": "phone",
    "label": "Central de Atendimento 156",
    "phone": "156",
    "notes": "Ligação gratuita, de segunda a sexta, das 7h às 19h, e sábado, das 8h às 14h.",
}
WHATSAPP = {
    "kind": "whatsapp",
    "label": "WhatsApp da Prefeitura",
    "phone": WHATSAPP_NUMBER,
    "notes": "Assistente virtual 24 horas; atendentes de segunda a sexta, das 8h às 18h.",
}
PRACA_DE_ATENDIMENTO = {
    "kind": "in_person",
    "label": "Praça de Atendimento",
    "location": "praca-de-atendimento",
    "notes": "Sem agendamento: retire a senha na recepção.",
}

# Laws cited by many services.
LEI_13460 = {
    "title": "Lei nº 13.460/2017",
    "url": "https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2017/lei/l13460.htm",
    "description": (
        "Código de Defesa dos Usuários dos Serviços Públicos: direitos do usuário e Carta de "
        "Serviços."
    ),
}
ESTATUTO_PESSOA_IDOSA = {
    "title": "Lei nº 10.741/2003 (Estatuto da Pessoa Idosa)",
    "url": "https://www.planalto.gov.br/ccivil_03/leis/2003/l10.741.htm",
    "description": (
        "Direitos das pessoas com 60 anos ou mais, inclusive prioridade e vagas reservadas."
    ),
}
CTN = {
    "title": "Lei nº 5.172/1966 (Código Tributário Nacional)",
    "url": "https://www.planalto.gov.br/ccivil_03/leis/l5172compilado.htm",
    "description": (
        "Normas gerais de direito tributário: fato gerador, lançamento, parcelamento, isenção e "
        "certidões."
    ),
}
CONSTITUICAO = {
    "title": "Constituição Federal, art. 156",
    "url": "https://www.planalto.gov.br/ccivil_03/constituicao/constituicao.htm",
    "description": "Competência dos municípios para instituir IPTU, ITBI e ISS.",
}
CODIGO_TRIBUTARIO_MUNICIPAL = {
    "title": "Lei Municipal nº 1.234/2015 de Vila Serena (Código Tributário Municipal)",
    "url": "https://vilaserena.sp.gov.br/legislacao/lei-1234-2015",
    "description": (
        "Institui e regulamenta os tributos municipais, isenções, taxas e parcelamentos."
    ),
}
LC_116 = {
    "title": "Lei Complementar nº 116/2003",
    "url": "https://www.planalto.gov.br/ccivil_03/leis/lcp/lcp116.htm",
    "description": (
        "Normas gerais do Imposto Sobre Serviços de Qualquer Natureza (ISS) e lista de serviços."
    ),
}
LC_123 = {
    "title": "Lei Complementar nº 123/2006",
    "url": "https://www.planalto.gov.br/ccivil_03/leis/lcp/lcp123.htm",
    "description": (
        "Estatuto Nacional da Microempresa e da Empresa de Pequeno Porte, Simples Nacional e MEI."
    ),
}
LEI_13874 = {
    "title": "Lei nº 13.874/2019 (Declaração de Direitos de Liberdade Econômica)",
    "url": "https://www.planalto.gov.br/ccivil_03/_ato2019-2022/2019/lei/l13874.htm",
    "description": (
        "Dispensa de alvarás para atividades de baixo risco e aprovação tácita por decurso de "
        "prazo."
    ),
}
LEI_8080 = {
    "title": "Lei nº 8.080/1990 (Lei Orgânica da Saúde)",
    "url": "https://www.planalto.gov.br/ccivil_03/leis/l8080.htm",
    "description": "Organização e funcionamento do SUS e atribuições dos municípios na saúde.",
}
ECA = {
    "title": "Lei nº 8.069/1990 (Estatuto da Criança e do Adolescente)",
    "url": "https://www.planalto.gov.br/ccivil_03/leis/l8069.htm",
    "description": (
        "Direito à educação, inclusive creche e pré-escola, e à saúde da criança e do adolescente."
    ),
}
LDB = {
    "title": "Lei nº 9.394/1996 (Lei de Diretrizes e Bases da Educação)",
    "url": "https://www.planalto.gov.br/ccivil_03/leis/l9394.htm",
    "description": (
        "Organização da educação básica e deveres do município com a educação infantil e o ensino "
        "fundamental."
    ),
}
CTB = {
    "title": "Lei nº 9.503/1997 (Código de Trânsito Brasileiro)",
    "url": "https://www.planalto.gov.br/ccivil_03/leis/l9503compilado.htm",
    "description": "Regras de trânsito, competências do município, infrações, defesa e recursos.",
}
LEI_12305 = {
    "title": "Lei nº 12.305/2010 (Política Nacional de Resíduos Sólidos)",
    "url": "https://www.planalto.gov.br/ccivil_03/_ato2007-2010/2010/lei/l12305.htm",
    "description": (
        "Gestão e destinação adequada de resíduos sólidos e responsabilidade compartilhada."
    ),
}
LOAS = {
    "title": "Lei nº 8.742/1993 (Lei Orgânica da Assistência Social)",
    "url": "https://www.planalto.gov.br/ccivil_03/leis/l8742.htm",
    "description": "Organização do SUAS, serviços socioassistenciais e benefícios eventuais.",
}
CODIGO_DE_POSTURAS = {
    "title": "Lei Municipal nº 1.402/2017 de Vila Serena (Código de Posturas)",
    "url": "https://vilaserena.sp.gov.br/legislacao/lei-1402-2017",
    "description": (
        "Uso de espaços públicos, limpeza de imóveis, comércio em vias públicas e fiscalização."
    ),
}
CODIGO_DE_OBRAS = {
    "title": "Lei Complementar Municipal nº 88/2012 de Vila Serena (Código de Obras)",
    "url": "https://vilaserena.sp.gov.br/legislacao/lc-88-2012",
    "description": "Regras para projetos, construções, reformas, alvarás e Habite-se.",
}
LEI_12527 = {
    "title": "Lei nº 12.527/2011 (Lei de Acesso à Informação)",
    "url": "https://www.planalto.gov.br/ccivil_03/_ato2011-2014/2011/lei/l12527.htm",
    "description": "Direito de acesso às informações públicas, prazos de resposta e recursos.",
}

# --- Services ---------------------------------------------------------------------------------

SERVICES = [
    # Saúde ------------------------------------------------------------------------------------
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
    # Educação ---------------------------------------------------------------------------------
    {
        "slug": "matricula-escolar",
        "title": "Fazer matrícula no ensino fundamental da rede municipal",
        "summary": (
            "Matricule seu filho do 1º ao 9º ano em uma escola municipal de Vila Serena perto de "
            "casa. A inscrição é feita pela internet ou na Central de Matrículas."
        ),
        "other_names": (
            "matrícula, vaga na escola, escola municipal, ensino fundamental, inscrição escolar, "
            "EMEF"
        ),
        "category": "educacao",
        "department": "sme",
        "life_events": ["Ter um filho", "Mudar de endereço"],
        "audiences": ["cidadao"],
        "description": (
            "<p>A rede municipal oferece ensino fundamental gratuito, em período parcial ou "
            "integral, com merenda, material e uniforme escolar. A escola é definida pela "
            "proximidade entre a casa do aluno e as vagas disponíveis.</p><p>As inscrições para o "
            "ano seguinte são feitas em outubro e novembro; durante o ano letivo, as matrículas "
            "dependem da existência de vagas.</p>"
        ),
        "audience_details": (
            "<p>Pais ou responsáveis legais de crianças e adolescentes que moram em Vila Serena. "
            "Para o 1º ano, a criança deve ter 6 anos completos até 31 de março do ano da "
            "matrícula.</p>"
        ),
        "requirements": (
            "<p>Morar em Vila Serena e apresentar os documentos do aluno e do responsável. Alunos "
            "com deficiência têm garantido o atendimento educacional especializado: informe a "
            "necessidade na inscrição.</p>"
        ),
        "documents": [
            {"name": "Certidão de nascimento ou RG do aluno", "notes": "", "mandatory": True},
            {"name": "CPF do aluno", "notes": "", "mandatory": True},
            {"name": "Documento com foto do responsável", "notes": "", "mandatory": True},
            {
                "name": "Comprovante de residência",
                "notes": "Emitido há no máximo 90 dias.",
                "mandatory": True,
            },
            {
                "name": "Caderneta de vacinação do aluno",
                "notes": (
                    "Vacinas em atraso não impedem a matrícula: a escola orienta a família a "
                    "procurar a UBS."
                ),
                "mandatory": True,
            },
            {
                "name": "Histórico escolar ou declaração de transferência",
                "notes": "Se o aluno vier de outra escola.",
                "mandatory": False,
            },
            {
                "name": "Laudo ou relatório médico",
                "notes": "Para alunos com deficiência que precisem de atendimento especializado.",
                "mandatory": False,
            },
        ],
        "priority_groups": (
            "<p>Têm prioridade na definição da escola irmãos de alunos que já estudam nela, alunos "
            "com deficiência e filhos de mulheres em situação de violência doméstica (Lei nº "
            "13.882/2019). No atendimento presencial valem as prioridades da Lei nº "
            "10.048/2000.</p>"
        ),
        "steps": [
            {
                "title": "Faça a inscrição",
                "description": (
                    "<p>Preencha o formulário no Portal da Educação ou vá à Central de "
                    "Matrículas.</p>"
                ),
            },
            {
                "title": "Indique até três escolas",
                "description": (
                    "<p>Escolha até três escolas de sua preferência. O sistema considera a "
                    "distância da sua casa.</p>"
                ),
            },
            {
                "title": "Consulte o resultado",
                "description": (
                    "<p>A escola definida é publicada no portal e informada por SMS em até 10 dias "
                    "úteis.</p>"
                ),
            },
            {
                "title": "Confirme a matrícula na escola",
                "description": (
                    "<p>Leve os documentos originais à secretaria da escola em até 5 dias úteis "
                    "após o resultado; depois disso, a vaga é liberada.</p>"
                ),
            },
        ],
        "max_delivery_time": 10,
        "max_delivery_time_unit": "business_days",
        "waiting_time_minutes": 30,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>A matrícula e o ensino na rede municipal são gratuitos.</p>",
        "channels": [
            {
                "kind": "online",
                "label": "Portal da Educação – Matrícula online",
                "url": "https://vilaserena.sp.gov.br/educacao/matricula",
                "notes": "",
            },
            {
                "kind": "in_person",
                "label": "Central de Matrículas",
                "location": "central-de-matriculas",
                "notes": "Leve os documentos originais.",
            },
            {
                "kind": "phone",
                "label": "Central de Matrículas",
                "phone": "(11) 3000-1310",
                "notes": "Dúvidas sobre prazos e documentos.",
            },
            {
                "kind": "email",
                "label": "Central de Matrículas",
                "email": "matriculas@vilaserena.sp.gov.br",
                "notes": "Resposta em até 2 dias úteis.",
            },
        ],
        "how_to_track": (
            "<p>Acompanhe o resultado no Portal da Educação com o número de inscrição ou ligue "
            "para a Central de Matrículas. O resultado também é enviado por SMS.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Todas as escolas municipais oferecem merenda, kit de material escolar e uniforme. "
            "Alunos que moram a mais de 2 km da escola podem pedir o transporte escolar "
            "gratuito.</p>"
        ),
        "last_reviewed": "2026-09-01",
        "review_by": "2026-12-31",
        "legal_basis": [
            LDB,
            ECA,
            {
                "title": "Lei nº 13.882/2019",
                "url": "https://www.planalto.gov.br/ccivil_03/_ato2019-2022/2019/lei/l13882.htm",
                "description": (
                    "Garante a matrícula de filhos de mulheres em situação de violência doméstica "
                    "na escola mais próxima de casa."
                ),
            },
            LEI_13460,
        ],
    },
    {
        "slug": "vaga-em-creche",
        "title": "Solicitar vaga em creche (educação infantil de 0 a 3 anos)",
        "summary": (
            "Inscreva seu filho de até 3 anos na fila única de vagas das creches municipais e "
            "conveniadas, acompanhe a posição e seja chamado pela creche."
        ),
        "other_names": (
            "creche, berçário, CEI, educação infantil, fila da creche, maternal, vaga na creche"
        ),
        "category": "educacao",
        "department": "sme",
        "life_events": ["Ter um filho", "Procurar emprego", "Mudar de endereço"],
        "audiences": ["cidadao"],
        "description": (
            "<p>As creches municipais e conveniadas atendem crianças de 0 a 3 anos em período "
            "integral, com alimentação, cuidados e atividades pedagógicas. As vagas são "
            "preenchidas pela ordem da fila única, considerando a região escolhida e os critérios "
            "de prioridade.</p><p>A partir dos 4 anos, a matrícula na pré-escola é obrigatória e "
            "garantida: procure a Central de Matrículas.</p>"
        ),
        "audience_details": (
            "<p>Mães, pais ou responsáveis legais de crianças de até 3 anos e 11 meses que moram "
            "em Vila Serena. A inscrição pode ser feita desde o nascimento do bebê.</p>"
        ),
        "requirements": (
            "<p>Morar em Vila Serena. Para ter prioridade, anexe os documentos que a comprovam, "
            "como declaração de trabalho ou comprovante de inscrição no Cadastro Único.</p>"
        ),
        "documents": [
            {"name": "Certidão de nascimento da criança", "notes": "", "mandatory": True},
            {"name": "CPF da criança e do responsável", "notes": "", "mandatory": True},
            {
                "name": "Comprovante de residência",
                "notes": "Emitido há no máximo 90 dias.",
                "mandatory": True,
            },
            {
                "name": "Caderneta de vacinação da criança",
                "notes": "Apresentada na confirmação da matrícula.",
                "mandatory": True,
            },
            {
                "name": "Declaração de trabalho ou de estudo do responsável",
                "notes": "Conta pontos na classificação.",
                "mandatory": False,
            },
        ],
        "priority_groups": (
            "<p>Têm prioridade na fila crianças de famílias inscritas no Cadastro Único, crianças "
            "com deficiência, filhos de mulheres em situação de violência doméstica e crianças em "
            "medida de proteção indicada pelo Conselho Tutelar, conforme a Lei Municipal nº "
            "1.611/2020. No atendimento presencial valem as prioridades da Lei nº 10.048/2000.</p>"
        ),
        "steps": [
            {
                "title": "Faça a inscrição",
                "description": (
                    "<p>Preencha o formulário no Portal da Educação ou vá à Central de Matrículas. "
                    "Indique até duas regiões de preferência.</p>"
                ),
            },
            {
                "title": "Acompanhe a posição na fila",
                "description": "<p>A posição é atualizada toda semana no Portal da Educação.</p>",
            },
            {
                "title": "Atenda à convocação",
                "description": (
                    "<p>Quando surgir a vaga, a creche entra em contato por telefone e SMS. Você "
                    "tem 3 dias úteis para responder.</p>"
                ),
            },
            {
                "title": "Faça a matrícula",
                "description": (
                    "<p>Leve os documentos originais à creche para confirmar a matrícula.</p>"
                ),
            },
        ],
        "max_delivery_time": 60,
        "max_delivery_time_unit": "days",
        "waiting_time_minutes": 30,
        "is_free": True,
        "cost_amount": None,
        "cost_details": (
            "<p>As creches municipais e conveniadas são gratuitas para as famílias.</p>"
        ),
        "channels": [
            {
                "kind": "online",
                "label": "Portal da Educação – Fila da creche",
                "url": "https://vilaserena.sp.gov.br/educacao/creche",
                "notes": "Inscrição e consulta da posição na fila.",
            },
            {
                "kind": "in_person",
                "label": "Central de Matrículas",
                "location": "central-de-matriculas",
                "notes": "",
            },
            {**WHATSAPP, "notes": "Consulta da posição na fila, 24 horas."},
        ],
        "how_to_track": (
            "<p>Consulte sua posição na fila no Portal da Educação com o número de inscrição e a "
            "data de nascimento da criança. Mantenha telefone e endereço atualizados para não "
            "perder a convocação.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>O prazo de 60 dias é a meta do Plano Municipal de Educação para convocar as "
            "crianças inscritas. Quem recusar a vaga oferecida volta para o fim da fila da "
            "região.</p>"
        ),
        "last_reviewed": "2026-09-01",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Lei nº 8.069/1990 (ECA), art. 54, IV",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/l8069.htm",
                "description": (
                    "Dever do Estado de assegurar atendimento em creche e pré-escola às crianças "
                    "de zero a cinco anos."
                ),
            },
            LDB,
            {
                "title": "Lei Municipal nº 1.611/2020 de Vila Serena",
                "url": "https://vilaserena.sp.gov.br/legislacao/lei-1611-2020",
                "description": (
                    "Cria a fila única de vagas em creche e define os critérios de prioridade."
                ),
            },
            LEI_13460,
        ],
    },
    {
        "slug": "transporte-escolar",
        "title": "Solicitar cartão de transporte escolar gratuito",
        "summary": (
            "Peça o cartão de transporte escolar para alunos da rede pública que moram a mais de 2 "
            "km da escola ou têm deficiência que dificulte o deslocamento."
        ),
        "other_names": (
            "transporte escolar, passe escolar, ônibus escolar, cartão do estudante, van escolar, "
            "perua escolar"
        ),
        "category": "educacao",
        "department": "sme",
        "life_events": ["Ter um filho", "Mudar de endereço"],
        "audiences": ["cidadao"],
        "description": (
            "<p>O cartão dá direito a duas viagens gratuitas por dia letivo nos ônibus municipais, "
            "de casa até a escola e de volta. Nas áreas rurais e para alunos com deficiência, o "
            "transporte é feito por veículos fretados pela Prefeitura.</p>"
        ),
        "audience_details": (
            "<p>Alunos matriculados nas redes municipal ou estadual de Vila Serena que moram a "
            "mais de 2 km da escola, e alunos com deficiência ou mobilidade reduzida, qualquer que "
            "seja a distância. O pedido é feito pelo responsável legal.</p>"
        ),
        "requirements": (
            "<p>Estar matriculado e morar a mais de 2 km da escola, distância calculada pelo "
            "trajeto a pé. Alunos com deficiência devem apresentar laudo médico.</p>"
        ),
        "documents": [
            {
                "name": "Declaração de matrícula",
                "notes": "Emitida pela escola no ano letivo em curso.",
                "mandatory": True,
            },
            {
                "name": "Comprovante de residência",
                "notes": "Emitido há no máximo 90 dias.",
                "mandatory": True,
            },
            {
                "name": "Foto recente do aluno",
                "notes": "Pode ser enviada pelo portal.",
                "mandatory": True,
            },
            {"name": "Documento com foto do responsável", "notes": "", "mandatory": True},
            {
                "name": "Laudo médico",
                "notes": "Para alunos com deficiência ou mobilidade reduzida.",
                "mandatory": False,
            },
        ],
        "priority_groups": (
            "<p>Alunos com deficiência ou mobilidade reduzida e alunos de áreas rurais sem linha "
            "regular de ônibus são atendidos primeiro. No atendimento presencial valem as "
            "prioridades da Lei nº 10.048/2000.</p>"
        ),
        "steps": [
            {
                "title": "Peça a declaração de matrícula",
                "description": "<p>Solicite a declaração na secretaria da escola.</p>",
            },
            {
                "title": "Faça o pedido",
                "description": (
                    "<p>Preencha o formulário no Portal da Educação e anexe os documentos, ou "
                    "leve-os à Central de Matrículas.</p>"
                ),
            },
            {
                "title": "Aguarde a análise",
                "description": (
                    "<p>A Secretaria de Educação confere a distância e os documentos.</p>"
                ),
            },
            {
                "title": "Retire o cartão na escola",
                "description": (
                    "<p>O cartão é entregue na escola do aluno. A recarga é automática durante o "
                    "ano letivo.</p>"
                ),
            },
        ],
        "max_delivery_time": 15,
        "max_delivery_time_unit": "business_days",
        "waiting_time_minutes": 20,
        "is_free": True,
        "cost_amount": None,
        "cost_details": (
            "<p>O cartão e as viagens são gratuitos. A primeira 2ª via do ano também é "
            "gratuita.</p>"
        ),
        "channels": [
            {
                "kind": "online",
                "label": "Portal da Educação – Transporte escolar",
                "url": "https://vilaserena.sp.gov.br/educacao/transporte-escolar",
                "notes": "",
            },
            {
                "kind": "in_person",
                "label": "Central de Matrículas",
                "location": "central-de-matriculas",
                "notes": "",
            },
            {
                "kind": "email",
                "label": "Setor de Transporte Escolar",
                "email": "transporteescolar@vilaserena.sp.gov.br",
                "notes": "Dúvidas e envio de documentos complementares.",
            },
        ],
        "how_to_track": (
            "<p>Acompanhe o pedido no Portal da Educação com o número de protocolo. A escola "
            "também é avisada quando o cartão estiver pronto.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Em caso de perda ou roubo, peça a 2ª via no mesmo portal. O cartão é pessoal e "
            "pode ser bloqueado se for usado por outra pessoa.</p>"
        ),
        "last_reviewed": "2026-08-05",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Lei nº 9.394/1996 (LDB), art. 11, VI",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/l9394.htm",
                "description": (
                    "Atribui aos municípios o transporte escolar dos alunos da rede municipal."
                ),
            },
            {
                "title": "Lei nº 8.069/1990 (ECA), art. 54, VII",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/l8069.htm",
                "description": (
                    "Garante ao aluno do ensino fundamental programas suplementares, inclusive de "
                    "transporte."
                ),
            },
            {
                "title": "Lei Municipal nº 1.377/2016 de Vila Serena",
                "url": "https://vilaserena.sp.gov.br/legislacao/lei-1377-2016",
                "description": "Regulamenta o transporte escolar gratuito no município.",
            },
            LEI_13460,
        ],
    },
    {
        "slug": "transferencia-escolar",
        "title": "Pedir transferência entre escolas municipais",
        "summary": (
            "Solicite a mudança do aluno para outra escola da rede municipal, por mudança de "
            "endereço ou outro motivo, sem perder o ano letivo."
        ),
        "other_names": (
            "transferência escolar, trocar de escola, mudar de escola, remanejamento, declaração "
            "de transferência"
        ),
        "category": "educacao",
        "department": "sme",
        "life_events": ["Mudar de endereço", "Ter um filho"],
        "audiences": ["cidadao"],
        "description": (
            "<p>A transferência permite que o aluno continue os estudos em outra escola municipal, "
            "mais adequada à rotina da família. O histórico escolar é enviado diretamente de uma "
            "escola para a outra.</p>"
        ),
        "audience_details": (
            "<p>Responsáveis legais por alunos matriculados na rede municipal, ou o próprio aluno, "
            "se tiver 18 anos ou mais.</p>"
        ),
        "requirements": (
            "<p>Estar matriculado na rede municipal. A transferência depende de vaga na escola de "
            "destino; se não houver, o aluno entra na lista de espera e continua na escola "
            "atual.</p>"
        ),
        "documents": [
            {"name": "Documento com foto do responsável", "notes": "", "mandatory": True},
            {
                "name": "Número do Registro do Aluno (RA)",
                "notes": "Consta do boletim e da carteirinha escolar.",
                "mandatory": True,
            },
            {
                "name": "Comprovante do novo endereço",
                "notes": "Quando o motivo for mudança de endereço.",
                "mandatory": False,
            },
        ],
        "priority_groups": (
            "<p>Pedidos motivados por mudança de endereço, saúde ou segurança, como nos casos de "
            "violência doméstica (Lei nº 13.882/2019), são analisados primeiro. No atendimento "
            "presencial valem as prioridades da Lei nº 10.048/2000.</p>"
        ),
        "steps": [
            {
                "title": "Faça o pedido",
                "description": (
                    "<p>Use o Portal da Educação ou vá à Central de Matrículas e indique até três "
                    "escolas de destino.</p>"
                ),
            },
            {
                "title": "Aguarde a análise de vaga",
                "description": (
                    "<p>A Central de Matrículas verifica as vagas e informa o resultado por "
                    "SMS.</p>"
                ),
            },
            {
                "title": "Apresente-se na nova escola",
                "description": (
                    "<p>Com a transferência aprovada, leve o documento do responsável à nova "
                    "escola. O histórico é enviado pela escola de origem.</p>"
                ),
            },
        ],
        "max_delivery_time": 10,
        "max_delivery_time_unit": "business_days",
        "waiting_time_minutes": 20,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>Serviço gratuito.</p>",
        "channels": [
            {
                "kind": "online",
                "label": "Portal da Educação – Transferência",
                "url": "https://vilaserena.sp.gov.br/educacao/transferencia",
                "notes": "",
            },
            {
                "kind": "in_person",
                "label": "Central de Matrículas",
                "location": "central-de-matriculas",
                "notes": "",
            },
            {
                "kind": "phone",
                "label": "Central de Matrículas",
                "phone": "(11) 3000-1310",
                "notes": "",
            },
        ],
        "how_to_track": (
            "<p>Acompanhe o pedido no Portal da Educação com o número de protocolo ou pelo "
            "telefone da Central de Matrículas.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Transferências para escolas estaduais ou particulares são feitas diretamente na "
            "escola de destino, com a declaração de transferência emitida pela escola "
            "municipal.</p>"
        ),
        "last_reviewed": "2026-05-12",
        "review_by": "2026-12-31",
        "legal_basis": [LDB, ECA, LEI_13460],
    },
    # Tributos e finanças ----------------------------------------------------------------------
    {
        "slug": "iptu-segunda-via",
        "title": "Emitir 2ª via do boleto do IPTU",
        "summary": (
            "Imprima o boleto do IPTU ou copie o código de barras e o Pix da cota única ou das "
            "parcelas, inclusive das vencidas, com os acréscimos já calculados."
        ),
        "other_names": (
            "segunda via, boleto, imposto predial, IPTU, carnê do IPTU, guia do IPTU, Pix do IPTU"
        ),
        "category": "tributos-e-financas",
        "department": "sefaz",
        "life_events": ["Comprar um imóvel", "Mudar de endereço"],
        "audiences": ["cidadao", "empresa"],
        "description": (
            "<p>O Imposto Predial e Territorial Urbano (IPTU) é cobrado todo ano dos proprietários "
            "de imóveis urbanos de Vila Serena. O carnê é enviado pelos Correios em fevereiro, mas "
            "você pode emitir a 2ª via de qualquer parcela a qualquer momento.</p><p>Parcelas "
            "vencidas são emitidas com multa, juros e correção já calculados e com nova data de "
            "vencimento.</p>"
        ),
        "audience_details": (
            "<p>Proprietários, compradores, inquilinos ou qualquer pessoa que tenha o número de "
            "inscrição imobiliária ou o CPF/CNPJ do proprietário.</p>"
        ),
        "requirements": (
            "<p>Ter o número de inscrição imobiliária, impresso no carnê, ou o CPF/CNPJ do "
            "contribuinte cadastrado. Não é preciso senha.</p>"
        ),
        "documents": [
            {
                "name": "Número da inscrição imobiliária",
                "notes": (
                    "Está no carnê ou em um boleto anterior; também pode ser localizado pelo "
                    "endereço do imóvel."
                ),
                "mandatory": True,
            },
            {
                "name": "CPF ou CNPJ do proprietário",
                "notes": "Alternativa ao número de inscrição.",
                "mandatory": False,
            },
        ],
        "priority_groups": PRIORITY_ONLINE,
        "steps": [
            {
                "title": "Acesse o Portal do Contribuinte",
                "description": "<p>Escolha a opção <em>IPTU – 2ª via</em>.</p>",
            },
            {
                "title": "Informe a inscrição ou o CPF/CNPJ",
                "description": "<p>O sistema mostra os lançamentos do imóvel.</p>",
            },
            {
                "title": "Escolha as parcelas",
                "description": "<p>Selecione a cota única ou as parcelas que deseja pagar.</p>",
            },
            {
                "title": "Pague",
                "description": (
                    "<p>Imprima o boleto ou copie o código de barras ou o Pix Copia e Cola. O "
                    "pagamento é aceito em bancos, lotéricas e aplicativos bancários.</p>"
                ),
            },
        ],
        "max_delivery_time": 0,
        "max_delivery_time_unit": "hours",
        "waiting_time_minutes": 15,
        "is_free": True,
        "cost_amount": None,
        "cost_details": (
            "<p>A emissão da 2ª via é gratuita. O valor do boleto é o do imposto, com os "
            "acréscimos legais quando a parcela estiver vencida.</p>"
        ),
        "channels": [
            {
                "kind": "online",
                "label": "Portal do Contribuinte – IPTU",
                "url": "https://vilaserena.sp.gov.br/contribuinte/iptu",
                "notes": "Disponível 24 horas.",
            },
            {
                **WHATSAPP,
                "notes": "Envie IPTU e o número da inscrição para receber o boleto em PDF.",
            },
            PRACA_DE_ATENDIMENTO,
        ],
        "how_to_track": (
            "<p>A baixa do pagamento aparece no Portal do Contribuinte em até 3 dias úteis. Para "
            "conferir, consulte o extrato de débitos do imóvel.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Quem paga a cota única até o vencimento tem desconto de 5%. Cadastre seu e-mail no "
            "Portal do Contribuinte para receber o carnê digital no lugar do papel.</p>"
        ),
        "last_reviewed": "2026-02-10",
        "review_by": "2026-12-31",
        "legal_basis": [CONSTITUICAO, CTN, CODIGO_TRIBUTARIO_MUNICIPAL, LEI_13460],
    },
    {
        "slug": "parcelamento-de-debitos",
        "title": "Parcelar débitos de IPTU e de outros tributos municipais",
        "summary": (
            "Regularize débitos vencidos de IPTU, ISS e taxas em até 36 parcelas mensais, pela "
            "internet ou na Praça de Atendimento, e suspenda a cobrança judicial."
        ),
        "other_names": (
            "parcelamento, dívida ativa, negociar dívida, débitos atrasados, IPTU atrasado, "
            "acordo, Refis"
        ),
        "category": "tributos-e-financas",
        "department": "sefaz",
        "life_events": ["Passar por dificuldade financeira", "Comprar um imóvel"],
        "audiences": ["cidadao", "empresa"],
        "description": (
            "<p>O parcelamento permite pagar em parcelas mensais os tributos municipais vencidos, "
            "inscritos ou não em dívida ativa. Com o pagamento da primeira parcela, a cobrança "
            "judicial fica suspensa e é possível obter certidão positiva com efeitos de "
            "negativa.</p>"
        ),
        "audience_details": (
            "<p>O proprietário do imóvel ou o responsável pelo débito, pessoa física ou jurídica, "
            "ou seu representante com procuração.</p>"
        ),
        "requirements": (
            "<p>Parcela mínima de R$ 80,00 para pessoas físicas e de R$ 300,00 para pessoas "
            "jurídicas. Débitos em execução fiscal exigem também o pagamento das custas "
            "processuais. O atraso de três parcelas cancela o acordo.</p>"
        ),
        "documents": [
            {"name": "Documento com foto do contribuinte", "notes": "", "mandatory": True},
            {"name": "CPF ou CNPJ", "notes": "", "mandatory": True},
            {
                "name": "Procuração",
                "notes": "Se o pedido for feito por representante.",
                "mandatory": False,
            },
            {
                "name": "Contrato social ou última alteração",
                "notes": "Para empresas, no atendimento presencial.",
                "mandatory": False,
            },
        ],
        "priority_groups": PRIORITY_IN_PERSON,
        "steps": [
            {
                "title": "Consulte os débitos",
                "description": (
                    "<p>No Portal do Contribuinte, veja os débitos do imóvel ou do CPF/CNPJ.</p>"
                ),
            },
            {
                "title": "Simule o parcelamento",
                "description": (
                    "<p>Escolha o número de parcelas; o sistema mostra o valor de cada uma, com os "
                    "juros.</p>"
                ),
            },
            {
                "title": "Aceite o termo de acordo",
                "description": "<p>Leia as condições e confirme o parcelamento.</p>",
            },
            {
                "title": "Pague a primeira parcela",
                "description": (
                    "<p>O parcelamento só é efetivado com o pagamento da primeira parcela, em até "
                    "3 dias úteis.</p>"
                ),
            },
        ],
        "max_delivery_time": 3,
        "max_delivery_time_unit": "business_days",
        "waiting_time_minutes": 30,
        "is_free": True,
        "cost_amount": None,
        "cost_details": (
            "<p>Não há taxa para parcelar. Sobre as parcelas incidem juros de 1% ao mês, conforme "
            "o Código Tributário Municipal.</p>"
        ),
        "channels": [
            {
                "kind": "online",
                "label": "Portal do Contribuinte – Parcelamento",
                "url": "https://vilaserena.sp.gov.br/contribuinte/parcelamento",
                "notes": "",
            },
            PRACA_DE_ATENDIMENTO,
            {
                "kind": "email",
                "label": "Divisão de Dívida Ativa",
                "email": "dividaativa@vilaserena.sp.gov.br",
                "notes": "Dúvidas sobre débitos em execução fiscal.",
            },
        ],
        "how_to_track": (
            "<p>Consulte as parcelas pagas e emita os boletos seguintes no Portal do Contribuinte, "
            "em <em>Meus parcelamentos</em>.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Durante os programas de parcelamento incentivado, multas e juros podem ter "
            "desconto. Acompanhe os anúncios no portal da Prefeitura.</p>"
        ),
        "last_reviewed": "2026-04-22",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Lei nº 5.172/1966 (CTN), art. 155-A",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/l5172compilado.htm",
                "description": (
                    "O parcelamento é concedido na forma e nas condições da lei específica."
                ),
            },
            CODIGO_TRIBUTARIO_MUNICIPAL,
            LEI_13460,
        ],
    },
    {
        "slug": "isencao-iptu-aposentados",
        "title": "Solicitar isenção de IPTU para aposentados e pensionistas",
        "summary": (
            "Aposentados e pensionistas de baixa renda com um único imóvel, onde moram, podem "
            "pedir isenção do IPTU. O pedido feito até 30 de setembro vale para o ano seguinte."
        ),
        "other_names": (
            "isenção, desconto no IPTU, IPTU aposentado, IPTU pensionista, IPTU idoso, benefício "
            "fiscal"
        ),
        "category": "tributos-e-financas",
        "department": "sefaz",
        "life_events": ["Aposentar-se"],
        "audiences": ["cidadao"],
        "description": (
            "<p>A isenção dispensa o pagamento do IPTU do imóvel residencial de aposentados e "
            "pensionistas com renda familiar de até três salários mínimos. Uma vez concedida, vale "
            "por dois exercícios e deve ser renovada depois disso.</p><p>A isenção não alcança as "
            "taxas cobradas junto com o IPTU, como a taxa de coleta de lixo.</p>"
        ),
        "audience_details": (
            "<p>Aposentados e pensionistas do INSS ou de regime próprio que sejam proprietários ou "
            "usufrutuários de um único imóvel em Vila Serena, usado como residência, com até 150 "
            "m² de área construída.</p>"
        ),
        "requirements": (
            "<ul><li>Renda familiar mensal de até três salários mínimos.</li><li>Ser dono de um "
            "único imóvel no município e morar nele.</li><li>Área construída de até 150 "
            "m².</li><li>Pedido feito até 30 de setembro para valer no ano seguinte.</li></ul>"
        ),
        "documents": [
            {"name": "Documento com foto e CPF", "notes": "", "mandatory": True},
            {
                "name": "Comprovante de aposentadoria ou pensão",
                "notes": (
                    "Extrato do benefício do mês anterior ao pedido (Meu INSS ou órgão pagador)."
                ),
                "mandatory": True,
            },
            {
                "name": "Comprovante de renda dos demais moradores",
                "notes": "Holerite, extrato de benefício ou declaração de ausência de renda.",
                "mandatory": True,
            },
            {
                "name": "Matrícula atualizada do imóvel",
                "notes": "Emitida pelo Cartório de Registro de Imóveis há no máximo 90 dias.",
                "mandatory": True,
            },
            {
                "name": "Conta de água ou de luz do imóvel",
                "notes": "Em nome do requerente ou do cônjuge.",
                "mandatory": True,
            },
        ],
        "priority_groups": (
            "<p>Como o serviço se destina sobretudo a pessoas idosas, o atendimento presencial "
            "segue o Estatuto da Pessoa Idosa (Lei nº 10.741/2003) e a Lei nº 10.048/2000: "
            "prioridade a pessoas com 60 anos ou mais e prioridade especial a pessoas com 80 anos "
            "ou mais. Quem não puder se deslocar pode pedir atendimento em casa pela Central "
            "156.</p>"
        ),
        "steps": [
            {
                "title": "Reúna os documentos",
                "description": (
                    "<p>Confira a lista de documentos e digitalize-os, se for fazer o pedido pela "
                    "internet.</p>"
                ),
            },
            {
                "title": "Faça o pedido",
                "description": (
                    "<p>Anexe os documentos no Portal do Contribuinte ou entregue-os na Praça de "
                    "Atendimento.</p>"
                ),
            },
            {
                "title": "Vistoria, se necessária",
                "description": (
                    "<p>A Secretaria da Fazenda pode visitar o imóvel para confirmar o uso "
                    "residencial.</p>"
                ),
            },
            {
                "title": "Receba a decisão",
                "description": (
                    "<p>A decisão é publicada no Portal do Contribuinte e enviada por carta. Se o "
                    "pedido for negado, você pode recorrer em até 30 dias.</p>"
                ),
            },
        ],
        "max_delivery_time": 60,
        "max_delivery_time_unit": "days",
        "waiting_time_minutes": 30,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>O pedido é gratuito.</p>",
        "channels": [
            {
                "kind": "online",
                "label": "Portal do Contribuinte – Isenções",
                "url": "https://vilaserena.sp.gov.br/contribuinte/isencoes",
                "notes": "",
            },
            PRACA_DE_ATENDIMENTO,
            {
                **CENTRAL_156,
                "notes": "Agendamento de atendimento em casa para quem não pode se deslocar.",
            },
        ],
        "how_to_track": (
            "<p>Acompanhe o processo no Portal do Contribuinte, em <em>Meus processos</em>, com o "
            "número de protocolo, ou pela Central 156.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Enquanto o pedido estiver em análise, não é preciso pagar o carnê do ano seguinte: "
            "se a isenção for negada, um novo boleto é emitido com vencimento em 30 dias.</p>"
        ),
        "last_reviewed": "2026-01-20",
        "review_by": "2026-06-30",
        "legal_basis": [
            {
                "title": "Lei nº 5.172/1966 (CTN), arts. 176 a 179",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/l5172compilado.htm",
                "description": "Condições e requisitos para a concessão de isenções.",
            },
            {
                "title": "Lei Municipal nº 1.234/2015 de Vila Serena, art. 98",
                "url": "https://vilaserena.sp.gov.br/legislacao/lei-1234-2015",
                "description": "Isenção de IPTU para aposentados e pensionistas de baixa renda.",
            },
            ESTATUTO_PESSOA_IDOSA,
            LEI_13460,
        ],
    },
    {
        "slug": "certidao-negativa-de-debitos",
        "title": "Emitir certidão negativa de débitos municipais",
        "summary": (
            "Emita pela internet a certidão que comprova que um imóvel, uma pessoa ou uma empresa "
            "não tem dívidas com a Prefeitura de Vila Serena."
        ),
        "other_names": (
            "CND, certidão negativa, certidão de débitos, regularidade fiscal, nada consta, "
            "certidão positiva com efeitos de negativa"
        ),
        "category": "tributos-e-financas",
        "department": "sefaz",
        "life_events": ["Comprar um imóvel", "Abrir uma empresa", "Encerrar uma empresa"],
        "audiences": ["cidadao", "empresa", "orgao-publico"],
        "description": (
            "<p>A certidão negativa de débitos (CND) é exigida na compra e venda de imóveis, em "
            "financiamentos, em licitações e no encerramento de empresas. Pode ser emitida para um "
            "imóvel (débitos imobiliários) ou para um CPF/CNPJ (débitos mobiliários e "
            "gerais).</p><p>Se houver débitos parcelados e em dia, é emitida a certidão positiva "
            "com efeitos de negativa, que tem o mesmo valor.</p>"
        ),
        "audience_details": (
            "<p>Qualquer pessoa ou órgão público: a certidão é pública e não exige senha.</p>"
        ),
        "requirements": (
            "<p>Não haver débitos vencidos e não pagos. Se houver, a certidão é negada e o sistema "
            "mostra os débitos para regularização.</p>"
        ),
        "documents": [
            {
                "name": "Inscrição imobiliária, CPF ou CNPJ",
                "notes": "De acordo com o tipo de certidão.",
                "mandatory": True,
            },
        ],
        "priority_groups": PRIORITY_ONLINE,
        "steps": [
            {
                "title": "Acesse o Portal do Contribuinte",
                "description": "<p>Escolha a opção <em>Certidões</em>.</p>",
            },
            {
                "title": "Escolha o tipo de certidão",
                "description": (
                    "<p>Imobiliária (por imóvel) ou mobiliária e geral (por CPF ou CNPJ).</p>"
                ),
            },
            {
                "title": "Emita e salve",
                "description": "<p>A certidão é gerada em PDF, com código de autenticidade.</p>",
            },
        ],
        "max_delivery_time": 0,
        "max_delivery_time_unit": "hours",
        "waiting_time_minutes": None,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>A emissão pela internet é gratuita.</p>",
        "channels": [
            {
                "kind": "online",
                "label": "Portal do Contribuinte – Certidões",
                "url": "https://vilaserena.sp.gov.br/contribuinte/certidoes",
                "notes": "Emissão imediata, 24 horas.",
            },
        ],
        "how_to_track": (
            "<p>A certidão é emitida na hora. Quem a receber pode confirmar a autenticidade no "
            "Portal do Contribuinte, em <em>Validar certidão</em>, com o código impresso no "
            "documento.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>A certidão vale por 90 dias. Se a emissão for negada por um débito que você já "
            "pagou, envie o comprovante para fazenda@vilaserena.sp.gov.br.</p>"
        ),
        "last_reviewed": "2026-03-18",
        "review_by": "2026-12-31",
        "legal_basis": [
            {
                "title": "Lei nº 5.172/1966 (CTN), arts. 205 e 206",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/l5172compilado.htm",
                "description": (
                    "Prova de quitação por certidão negativa e certidão positiva com efeitos de "
                    "negativa."
                ),
            },
            CODIGO_TRIBUTARIO_MUNICIPAL,
            LEI_13460,
        ],
    },
    {
        "slug": "nota-fiscal-de-servicos-eletronica",
        "title": "Emitir nota fiscal eletrônica de serviços (NFS-e)",
        "summary": (
            "Empresas e profissionais autônomos inscritos no município emitem a nota fiscal de "
            "serviços pela internet, com cálculo automático do ISS."
        ),
        "other_names": (
            "nota fiscal, NFS-e, nota fiscal eletrônica, nota de serviço, emissor de nota, ISS"
        ),
        "category": "tributos-e-financas",
        "department": "sefaz",
        "life_events": ["Abrir uma empresa"],
        "audiences": ["empresa"],
        "description": (
            "<p>A NFS-e é o documento fiscal obrigatório na prestação de serviços em Vila Serena. "
            "Ela é emitida no Portal da NFS-e, que calcula o ISS devido, gera a guia de "
            "recolhimento e envia a nota por e-mail ao tomador.</p><p>Microempreendedores "
            "individuais (MEI) emitem a NFS-e pelo Emissor Nacional, no portal gov.br.</p>"
        ),
        "audience_details": (
            "<p>Pessoas jurídicas e profissionais autônomos com inscrição municipal ativa em Vila "
            "Serena que prestam serviços da lista da Lei Complementar nº 116/2003.</p>"
        ),
        "requirements": (
            "<p>Ter inscrição municipal ativa e credenciamento no Portal da NFS-e. O "
            "credenciamento é feito uma única vez, com certificado digital ou com senha liberada "
            "pela Secretaria da Fazenda.</p>"
        ),
        "documents": [
            {
                "name": "Certificado digital e-CNPJ ou senha do Portal da NFS-e",
                "notes": "O certificado digital dispensa o credenciamento presencial.",
                "mandatory": True,
            },
            {
                "name": "Dados do tomador do serviço",
                "notes": "CPF ou CNPJ, nome e endereço.",
                "mandatory": True,
            },
        ],
        "priority_groups": PRIORITY_ONLINE,
        "steps": [
            {
                "title": "Faça o credenciamento",
                "description": "<p>No primeiro acesso, credencie a empresa no Portal da NFS-e.</p>",
            },
            {
                "title": "Preencha a nota",
                "description": (
                    "<p>Informe o tomador, o código do serviço e o valor. O ISS é calculado "
                    "automaticamente.</p>"
                ),
            },
            {
                "title": "Emita e envie",
                "description": "<p>A nota é gerada na hora e enviada ao e-mail do tomador.</p>",
            },
            {
                "title": "Recolha o ISS",
                "description": (
                    "<p>No mês seguinte, emita a guia do ISS das notas emitidas, quando o imposto "
                    "não for retido pelo tomador.</p>"
                ),
            },
        ],
        "max_delivery_time": 0,
        "max_delivery_time_unit": "hours",
        "waiting_time_minutes": None,
        "is_free": True,
        "cost_amount": None,
        "cost_details": (
            "<p>A emissão de notas é gratuita; o ISS devido é pago por guia própria.</p>"
        ),
        "channels": [
            {
                "kind": "online",
                "label": "Portal da NFS-e",
                "url": "https://vilaserena.sp.gov.br/nfse",
                "notes": "",
            },
            {
                "kind": "email",
                "label": "Plantão fiscal da NFS-e",
                "email": "nfse@vilaserena.sp.gov.br",
                "notes": "Dúvidas de credenciamento e emissão; resposta em até 2 dias úteis.",
            },
            {
                "kind": "phone",
                "label": "Plantão fiscal da NFS-e",
                "phone": "(11) 3000-1120",
                "notes": "De segunda a sexta, das 9h às 16h.",
            },
        ],
        "how_to_track": (
            "<p>Todas as notas emitidas e recebidas ficam disponíveis no Portal da NFS-e. O "
            "tomador pode verificar a autenticidade de uma nota pelo código de verificação.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>O prestador pode cancelar a nota em até 10 dias após a emissão, se o ISS ainda não "
            "tiver sido pago. Depois disso, o cancelamento depende de pedido fundamentado à "
            "Secretaria da Fazenda.</p>"
        ),
        "last_reviewed": "2026-06-02",
        "review_by": "2026-12-31",
        "legal_basis": [
            LC_116,
            {
                "title": "Decreto Municipal nº 4.512/2018 de Vila Serena",
                "url": "https://vilaserena.sp.gov.br/legislacao/decreto-4512-2018",
                "description": (
                    "Institui a Nota Fiscal de Serviços Eletrônica (NFS-e) no município."
                ),
            },
            CODIGO_TRIBUTARIO_MUNICIPAL,
            LEI_13460,
        ],
    },
    {
        "slug": "guia-do-iss",
        "title": "Emitir guia de recolhimento do ISS",
        "summary": (
            "Gere a guia para pagar o Imposto Sobre Serviços (ISS) das notas emitidas, do ISS "
            "retido na fonte ou do ISS fixo anual de profissionais autônomos."
        ),
        "other_names": (
            "ISS, ISSQN, imposto sobre serviços, guia do ISS, DAM, ISS retido, ISS autônomo"
        ),
        "category": "tributos-e-financas",
        "department": "sefaz",
        "life_events": ["Abrir uma empresa"],
        "audiences": ["empresa", "cidadao", "orgao-publico"],
        "description": (
            "<p>O ISS é o imposto municipal sobre a prestação de serviços. Conforme o caso, é "
            "calculado sobre o valor das notas fiscais emitidas, retido pelo tomador do serviço ou "
            "cobrado em valor fixo anual dos profissionais autônomos.</p><p>A guia é emitida no "
            "Portal do Contribuinte, com código de barras e Pix.</p>"
        ),
        "audience_details": (
            "<p>Prestadores de serviço com inscrição municipal, tomadores responsáveis pela "
            "retenção do ISS (inclusive órgãos públicos) e profissionais autônomos inscritos no "
            "município. Empresas do Simples Nacional pagam o ISS pelo DAS, salvo nos casos de "
            "retenção.</p>"
        ),
        "requirements": (
            "<p>Ter inscrição municipal ou, no caso do tomador, as notas fiscais com retenção "
            "declaradas no Portal da NFS-e.</p>"
        ),
        "documents": [
            {"name": "Inscrição municipal ou CNPJ", "notes": "", "mandatory": True},
            {
                "name": "Senha do Portal do Contribuinte ou certificado digital",
                "notes": "",
                "mandatory": True,
            },
        ],
        "priority_groups": PRIORITY_ONLINE,
        "steps": [
            {
                "title": "Acesse o Portal do Contribuinte",
                "description": "<p>Entre com a senha ou o certificado digital.</p>",
            },
            {
                "title": "Escolha o tipo de ISS",
                "description": "<p>ISS próprio, retido na fonte ou fixo anual.</p>",
            },
            {
                "title": "Confira o período e o valor",
                "description": (
                    "<p>O valor é calculado com base nas notas declaradas no período.</p>"
                ),
            },
            {
                "title": "Pague até o dia 10 do mês seguinte",
                "description": (
                    "<p>Pague o boleto ou o Pix em qualquer banco ou aplicativo bancário.</p>"
                ),
            },
        ],
        "max_delivery_time": 0,
        "max_delivery_time_unit": "hours",
        "waiting_time_minutes": None,
        "is_free": True,
        "cost_amount": None,
        "cost_details": (
            "<p>A emissão da guia é gratuita. A alíquota do ISS varia de 2% a 5%, conforme o "
            "serviço (Lei Complementar nº 116/2003 e Código Tributário Municipal).</p>"
        ),
        "channels": [
            {
                "kind": "online",
                "label": "Portal do Contribuinte – ISS",
                "url": "https://vilaserena.sp.gov.br/contribuinte/iss",
                "notes": "",
            },
            {
                "kind": "email",
                "label": "Plantão fiscal do ISS",
                "email": "iss@vilaserena.sp.gov.br",
                "notes": "Resposta em até 2 dias úteis.",
            },
        ],
        "how_to_track": (
            "<p>Os pagamentos aparecem no extrato fiscal do Portal do Contribuinte em até 3 dias "
            "úteis.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>O ISS pago com atraso tem multa de 0,33% ao dia, limitada a 20%, e juros de 1% ao "
            "mês.</p>"
        ),
        "last_reviewed": "2026-06-02",
        "review_by": "2026-12-31",
        "legal_basis": [CONSTITUICAO, LC_116, LC_123, CODIGO_TRIBUTARIO_MUNICIPAL, LEI_13460],
    },
    {
        "slug": "itbi",
        "title": "Emitir guia do ITBI na compra de imóvel",
        "summary": (
            "Declare a compra de um imóvel e emita a guia do Imposto sobre Transmissão de Bens "
            "Imóveis (ITBI), exigida pelo cartório para registrar a escritura."
        ),
        "other_names": (
            "ITBI, imposto de transmissão, escritura, compra de imóvel, registro de imóvel, guia "
            "do ITBI"
        ),
        "category": "tributos-e-financas",
        "department": "sefaz",
        "life_events": ["Comprar um imóvel"],
        "audiences": ["cidadao", "empresa"],
        "description": (
            "<p>O ITBI é devido sempre que um imóvel de Vila Serena é vendido ou transferido entre "
            "pessoas vivas. A guia deve ser paga antes da lavratura da escritura ou do registro do "
            "contrato de financiamento no Cartório de Registro de Imóveis.</p>"
        ),
        "audience_details": (
            "<p>O comprador do imóvel, ou o cartório, o corretor ou o despachante em nome dele.</p>"
        ),
        "requirements": (
            "<p>Informar os dados do imóvel, do comprador e do vendedor e o valor da transação. A "
            "base de cálculo é o maior valor entre o declarado e o valor de referência da "
            "Prefeitura.</p>"
        ),
        "documents": [
            {
                "name": "Matrícula do imóvel",
                "notes": "Emitida há no máximo 30 dias.",
                "mandatory": True,
            },
            {
                "name": "Contrato de compra e venda ou minuta da escritura",
                "notes": "",
                "mandatory": True,
            },
            {"name": "CPF ou CNPJ do comprador e do vendedor", "notes": "", "mandatory": True},
            {
                "name": "Contrato de financiamento",
                "notes": "Quando houver financiamento pelo Sistema Financeiro da Habitação.",
                "mandatory": False,
            },
        ],
        "priority_groups": PRIORITY_IN_PERSON,
        "steps": [
            {
                "title": "Preencha a declaração",
                "description": (
                    "<p>No Portal do Contribuinte, informe os dados da transação e anexe os "
                    "documentos.</p>"
                ),
            },
            {
                "title": "Aguarde a conferência",
                "description": "<p>A Secretaria da Fazenda confere o valor declarado.</p>",
            },
            {
                "title": "Pague a guia",
                "description": "<p>Com a declaração aprovada, emita e pague a guia do ITBI.</p>",
            },
            {
                "title": "Leve o comprovante ao cartório",
                "description": (
                    "<p>O cartório confere o pagamento antes de lavrar a escritura ou registrar o "
                    "contrato.</p>"
                ),
            },
        ],
        "max_delivery_time": 2,
        "max_delivery_time_unit": "business_days",
        "waiting_time_minutes": 30,
        "is_free": False,
        "cost_amount": None,
        "cost_details": (
            "<p>O ITBI é de 2% sobre o valor do imóvel. Na parte financiada pelo Sistema "
            "Financeiro da Habitação, até o limite do financiamento, a alíquota é de 0,5%. A "
            "emissão da guia não tem custo adicional.</p>"
        ),
        "channels": [
            {
                "kind": "online",
                "label": "Portal do Contribuinte – ITBI",
                "url": "https://vilaserena.sp.gov.br/contribuinte/itbi",
                "notes": "",
            },
            PRACA_DE_ATENDIMENTO,
            {
                "kind": "email",
                "label": "Setor de ITBI",
                "email": "itbi@vilaserena.sp.gov.br",
                "notes": "Dúvidas sobre a base de cálculo e envio de documentos.",
            },
        ],
        "how_to_track": (
            "<p>Acompanhe a conferência da declaração no Portal do Contribuinte com o número do "
            "protocolo. A guia fica disponível no mesmo lugar depois da aprovação.</p>"
        ),
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>Depois do registro da escritura, a titularidade do IPTU é atualizada com os dados "
            "enviados pelo cartório em até 30 dias.</p>"
        ),
        "last_reviewed": "2026-05-05",
        "review_by": "2026-12-31",
        "legal_basis": [
            CONSTITUICAO,
            {
                "title": "Lei nº 5.172/1966 (CTN), arts. 35 a 42",
                "url": "https://www.planalto.gov.br/ccivil_03/leis/l5172compilado.htm",
                "description": "Normas gerais do imposto sobre a transmissão de bens imóveis.",
            },
            CODIGO_TRIBUTARIO_MUNICIPAL,
            LEI_13460,
        ],
    },
    {
        "slug": "atualizar-cadastro-do-imovel",
        "title": "Atualizar o cadastro do imóvel e o endereço de entrega do IPTU",
        "summary": (
            "Altere o proprietário, o endereço de correspondência ou a área do imóvel no cadastro "
            "imobiliário para receber o carnê certo e pagar o IPTU correto."
        ),
        "other_names": (
            "transferência do IPTU, mudar nome do IPTU, titularidade do IPTU, cadastro "
            "imobiliário, endereço de entrega, revisão de área"
        ),
        "category": "tributos-e-financas",
        "department": "sefaz",
        "life_events": ["Comprar um imóvel", "Mudar de endereço", "Construir ou reformar"],
        "audiences": ["cidadao", "empresa"],
        "description": (
            "<p>O cadastro imobiliário reúne os dados de cada imóvel usados no cálculo do IPTU: "
            "proprietário, endereço, área do terreno e área construída. Mantê-lo atualizado evita "
            "cobranças em nome de antigos donos e carnês entregues no endereço errado.</p>"
        ),
        "audience_details": (
            "<p>Proprietário, compromissário comprador ou possuidor do imóvel, ou seu "
            "representante com procuração.</p>"
        ),
        "requirements": (
            "<p>Comprovar a propriedade ou a posse do imóvel. A revisão de área pode depender de "
            "vistoria.</p>"
        ),
        "documents": [
            {"name": "Documento com foto e CPF", "notes": "", "mandatory": True},
            {
                "name": "Matrícula ou escritura do imóvel",
                "notes": "Ou contrato de compra e venda, para compromissários compradores.",
                "mandatory": True,
            },
            {
                "name": "Planta aprovada ou Habite-se",
                "notes": "Para revisão da área construída.",
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
                "title": "Faça o pedido",
                "description": (
                    "<p>Preencha o formulário no Portal do Contribuinte ou vá à Praça de "
                    "Atendimento com os documentos.</p>"
                ),
            },
            {
                "title": "Análise e vistoria",
                "description": (
                    "<p>A Secretaria da Fazenda confere os documentos e, se necessário, vistoria o "
                    "imóvel.</p>"
                ),
            },
            {
                "title": "Receba a confirmação",
                "description": (
                    "<p>O cadastro é atualizado e você recebe a confirmação por e-mail ou "
                    "carta.</p>"
                ),
            },
        ],
        "max_delivery_time": 30,
        "max_delivery_time_unit": "days",
        "waiting_time_minutes": 30,
        "is_free": True,
        "cost_amount": None,
        "cost_details": "<p>Serviço gratuito.</p>",
        "channels": [
            {
                "kind": "online",
                "label": "Portal do Contribuinte – Cadastro imobiliário",
                "url": "https://vilaserena.sp.gov.br/contribuinte/cadastro",
                "notes": "",
            },
            PRACA_DE_ATENDIMENTO,
            {**WHATSAPP, "notes": "Apenas para mudar o endereço de entrega do carnê."},
        ],
        "how_to_track": TRACK_PROTOCOL,
        "how_to_complain": COMPLAIN,
        "other_information": (
            "<p>A mudança de titular não apaga débitos anteriores, que continuam vinculados ao "
            "imóvel: consulte a certidão de débitos antes de comprar.</p>"
        ),
        "last_reviewed": "2026-04-14",
        "review_by": "2026-12-31",
        "legal_basis": [CTN, CODIGO_TRIBUTARIO_MUNICIPAL, LEI_13460],
    },
    # Obras e zeladoria urbana -----------------------------------------------------------------
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
    # Habitação e urbanismo --------------------------------------------------------------------
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
    # Assistência social -----------------------------------------------------------------------
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
    # Trânsito e transporte --------------------------------------------------------------------
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
    # Empresas e alvarás -----------------------------------------------------------------------
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
    # Meio ambiente ----------------------------------------------------------------------------
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
    # Trabalho e emprego -----------------------------------------------------------------------
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
    # Cultura e lazer --------------------------------------------------------------------------
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
    # Ouvidoria e transparência ----------------------------------------------------------------
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

# --- Site, home page, catalog and contact channels -------------------------------------------

HOME_PAGE = {
    "title": "Início",
    "slug": "inicio",
    "seo_title": "Prefeitura de Vila Serena – Serviços ao cidadão",
    "search_description": (
        "Carta de Serviços da Prefeitura de Vila Serena (SP): encontre serviços, documentos, "
        "prazos e canais de atendimento."
    ),
    "hero_title": "Como podemos ajudar você hoje?",
    "hero_text": (
        "Encontre os serviços da Prefeitura de Vila Serena, saiba o que levar e quanto tempo leva, "
        "e faça seu pedido pela internet."
    ),
    "services_intro": (
        "Os serviços mais procurados pelos moradores de Vila Serena nos últimos 30 dias."
    ),
}

FEATURED_SERVICES = [
    "iptu-segunda-via",
    "agendar-consulta-ubs",
    "matricula-escolar",
    "vaga-em-creche",
    "iluminacao-publica",
    "tapa-buraco",
    "cadastro-unico",
    "alvara-de-funcionamento",
]

SERVICE_INDEX_PAGE = {
    "title": "Carta de Serviços",
    "slug": "servicos",
    "show_in_menus": True,
    "search_description": (
        "Todos os serviços da Prefeitura de Vila Serena, com requisitos, documentos, etapas, "
        "prazos e canais de atendimento."
    ),
    "introduction": (
        "Todos os serviços prestados pela Prefeitura de Vila Serena, com requisitos, documentos, "
        "etapas, prazos e canais de atendimento, como determina a Lei nº 13.460/2017. Busque pelo "
        "nome ou filtre por tema, público e forma de atendimento."
    ),
}

CONTACT_SETTINGS = {
    "phone": "156",
    "whatsapp": WHATSAPP_NUMBER,
    "email": "atendimento@vilaserena.sp.gov.br",
    "address": "Paço Municipal\nPraça da Matriz, 100 – Centro\nVila Serena – SP, 07450-000",
    "opening_hours": "Segunda a sexta, das 8h às 17h",
    "ombudsman_phone": "(11) 3000-1560",
    "ombudsman_email": "ouvidoria@vilaserena.sp.gov.br",
    "ombudsman_url": "https://vilaserena.sp.gov.br/ouvidoria",
    "footer_text": (
        "<p>Portal de serviços da Prefeitura de Vila Serena, publicado conforme a Lei nº "
        '13.460/2017 e a Lei de Acesso à Informação. Leia o <a href="/privacidade/">aviso de '
        'privacidade</a> e a <a href="/acessibilidade/">declaração de '
        "acessibilidade</a>.</p><p><i>Vila Serena é um município fictício: este site é uma "
        "demonstração do Praça.</i></p>"
    ),
}

# --- Standard pages under the home page (BodyBlock: heading, paragraph, callout, question) ----

STANDARD_PAGES = [
    {
        "title": "Sobre a Prefeitura",
        "slug": "sobre",
        "show_in_menus": True,
        "search_description": (
            "A cidade de Vila Serena, a estrutura da Prefeitura e as secretarias municipais."
        ),
        "introduction": (
            "Vila Serena é um município paulista de cerca de 180 mil habitantes. Conheça a "
            "estrutura da Prefeitura, as secretarias e como falar com cada uma delas."
        ),
        "body": [
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Um município fictício",
                    "text": (
                        "<p>Vila Serena não existe: é o município de demonstração do Praça, um "
                        "portal de serviços públicos de código aberto. Nomes, endereços, telefones "
                        "e leis municipais citados neste site são fictícios; as leis federais "
                        "citadas são reais.</p>"
                    ),
                },
            ),
            ("heading", {"text": "A cidade", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Fundada em 1889 às margens do Ribeirão Sereno, Vila Serena tornou-se "
                    "município em 1953 e hoje tem cerca de 180 mil habitantes em 42 bairros. A "
                    "economia combina indústria, comércio e serviços, e a cidade preserva áreas de "
                    "Mata Atlântica em seus parques municipais.</p>"
                ),
            ),
            ("heading", {"text": "Como a Prefeitura se organiza", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>A Prefeitura é dirigida pelo prefeito e pelo vice-prefeito, eleitos para "
                    "mandato de quatro anos, e organizada em secretarias. Cada serviço da <a "
                    'href="/servicos/">Carta de Serviços</a> indica a secretaria responsável e '
                    "seus contatos.</p><ul><li>Secretaria Municipal da Fazenda "
                    "(SEFAZ)</li><li>Secretaria Municipal de Saúde (SMS)</li><li>Secretaria "
                    "Municipal de Educação (SME)</li><li>Secretaria Municipal de Obras e Serviços "
                    "Urbanos (SMOSU)</li><li>Secretaria Municipal de Meio Ambiente "
                    "(SMMA)</li><li>Secretaria Municipal de Desenvolvimento Econômico "
                    "(SMDE)</li><li>Secretaria Municipal de Assistência Social "
                    "(SMAS)</li><li>Secretaria Municipal de Mobilidade e Trânsito "
                    "(SMMT)</li><li>Secretaria Municipal de Cultura e Turismo "
                    "(SMCT)</li><li>Secretaria Municipal de Habitação e Urbanismo "
                    "(SMHU)</li><li>Secretaria Municipal de Administração e Gestão de Pessoas "
                    "(SMAGP)</li><li>Ouvidoria-Geral do Município (OGM)</li></ul>"
                ),
            ),
            ("heading", {"text": "Atendimento ao cidadão", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>A Praça de Atendimento (Poupatempo Municipal), na Avenida Brasil, 1500, "
                    "reúne em um só lugar os serviços mais procurados de todas as secretarias. "
                    "Pelo telefone 156 e pelo WhatsApp da Prefeitura, você registra pedidos de "
                    "zeladoria, agenda atendimentos e acompanha protocolos.</p>"
                ),
            ),
            (
                "question",
                {
                    "question": "Qual é o horário de funcionamento do Paço Municipal?",
                    "answer": (
                        "<p>De segunda a sexta, das 8h às 17h. A Praça de Atendimento abre também "
                        "aos sábados, das 8h às 12h.</p>"
                    ),
                },
            ),
            (
                "question",
                {
                    "question": "Onde encontro as leis municipais?",
                    "answer": (
                        "<p>Na página de Legislação do portal da Prefeitura e no Diário Oficial do "
                        "Município, publicado em todos os dias úteis.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "title": "Sobre a Carta de Serviços",
        "slug": "carta-de-servicos",
        "show_in_menus": False,
        "search_description": (
            "O que é a Carta de Serviços ao Usuário, o que ela informa e os compromissos de "
            "atendimento da Prefeitura."
        ),
        "introduction": (
            "A Carta de Serviços ao Usuário informa o que a Prefeitura oferece, como acessar cada "
            "serviço e quais são os compromissos de qualidade no atendimento."
        ),
        "body": [
            ("heading", {"text": "O que é", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>A Carta de Serviços ao Usuário é exigida pelo art. 7º da Lei nº "
                    "13.460/2017, o Código de Defesa dos Usuários dos Serviços Públicos. Para cada "
                    "serviço, ela informa:</p><ul><li>o que é o serviço e quem pode "
                    "pedi-lo;</li><li>os requisitos, os documentos e as informações "
                    "necessárias;</li><li>as principais etapas;</li><li>o prazo máximo de "
                    "atendimento;</li><li>a forma de prestação e os locais e canais de "
                    "atendimento;</li><li>como acompanhar o pedido e como se manifestar sobre o "
                    "serviço;</li><li>as prioridades de atendimento, o tempo de espera e o custo, "
                    "quando houver.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "success",
                    "title": "Encontre o seu serviço",
                    "text": (
                        '<p>Use a busca da <a href="/servicos/">Carta de Serviços</a> ou filtre '
                        "por tema, público e canal de atendimento.</p>"
                    ),
                },
            ),
            ("heading", {"text": "Nossos compromissos de atendimento", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>Tratar todas as pessoas com respeito e cortesia, sem "
                    "discriminação.</li><li>Cumprir os prazos informados em cada "
                    "serviço.</li><li>Não exigir documentos que a própria Prefeitura já tenha, nem "
                    "reconhecimento de firma ou autenticação de cópias, salvo em caso de dúvida "
                    "fundada sobre a autenticidade (Lei nº 13.726/2018).</li><li>Proteger os dados "
                    "pessoais, conforme a Lei Geral de Proteção de Dados.</li><li>Manter esta "
                    "Carta atualizada, com revisão periódica de cada serviço.</li></ul>"
                ),
            ),
            ("heading", {"text": "Atualização", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Cada serviço mostra a data da última revisão. Quando a revisão está "
                    "atrasada, o serviço exibe um aviso, e você pode confirmar as informações "
                    "pelos canais de atendimento.</p>"
                ),
            ),
            (
                "question",
                {
                    "question": "Encontrei uma informação errada. O que faço?",
                    "answer": (
                        "<p>Avise a <a "
                        'href="https://vilaserena.sp.gov.br/ouvidoria">Ouvidoria-Geral</a>, '
                        "informando o serviço e o que está incorreto. A área responsável corrige a "
                        "Carta e você recebe a resposta em até 30 dias.</p>"
                    ),
                },
            ),
            (
                "question",
                {
                    "question": "O prazo do meu pedido venceu. E agora?",
                    "answer": (
                        "<p>Registre uma reclamação na Ouvidoria, informando o número de "
                        "protocolo. O cumprimento dos prazos da Carta é acompanhado pela Ouvidoria "
                        "e pelo Conselho de Usuários dos Serviços Públicos.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "title": "Aviso de privacidade",
        "slug": "privacidade",
        "show_in_menus": False,
        "search_description": (
            "Como a Prefeitura de Vila Serena trata os dados pessoais, conforme a LGPD (Lei nº "
            "13.709/2018)."
        ),
        "introduction": (
            "Como a Prefeitura de Vila Serena trata os dados pessoais de quem usa este portal e os "
            "serviços municipais, conforme a Lei Geral de Proteção de Dados Pessoais (Lei nº "
            "13.709/2018)."
        ),
        "body": [
            ("heading", {"text": "Quem é o controlador", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>O controlador dos dados pessoais é o Município de Vila Serena, por meio de "
                    "suas secretarias. O encarregado pelo tratamento de dados pessoais é a "
                    "Controladoria-Geral do Município, que atende pelo e-mail <a "
                    'href="mailto:encarregado@vilaserena.sp.gov.br">encarregado@vilaserena.sp.gov.br</a>.</p>'
                ),
            ),
            ("heading", {"text": "Quais dados tratamos", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>Dados de identificação e de contato informados em pedidos e "
                    "manifestações, como nome, CPF, e-mail, telefone e "
                    "endereço;</li><li>documentos anexados aos pedidos;</li><li>dados de navegação "
                    "essenciais ao funcionamento do portal, como cookies de sessão e de "
                    "segurança.</li></ul><p>O portal não usa cookies de publicidade e não "
                    "compartilha dados com redes sociais.</p>"
                ),
            ),
            ("heading", {"text": "Para que usamos os dados", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Usamos os dados para prestar os serviços que você pede, responder às "
                    "manifestações, cumprir obrigações legais e melhorar o atendimento. O "
                    "tratamento tem como bases legais a execução de políticas públicas e o "
                    "cumprimento de obrigação legal (LGPD, arts. 7º, II e III, e 23).</p>"
                ),
            ),
            ("heading", {"text": "Com quem compartilhamos", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Os dados são compartilhados apenas com as áreas responsáveis pelo seu "
                    "pedido e, quando a lei exigir, com outros órgãos públicos. Em denúncias, a "
                    "identidade de quem denuncia é preservada.</p>"
                ),
            ),
            ("heading", {"text": "Por quanto tempo guardamos", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Os dados são guardados pelo tempo necessário à prestação do serviço e "
                    "pelos prazos da tabela de temporalidade de documentos do município. Depois "
                    "disso, são eliminados ou anonimizados.</p>"
                ),
            ),
            ("heading", {"text": "Seus direitos", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Você pode pedir a confirmação do tratamento, o acesso aos dados, a "
                    "correção de dados incompletos ou desatualizados, a anonimização ou a "
                    "eliminação de dados desnecessários e informações sobre o compartilhamento "
                    "(LGPD, art. 18). Envie o pedido ao encarregado, que responde em até 15 "
                    "dias.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Cuidado com golpes",
                    "text": (
                        "<p>A Prefeitura nunca pede senhas, códigos de verificação ou pagamentos "
                        "por telefone, SMS ou WhatsApp. Em caso de dúvida, ligue para a Central "
                        "156.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "title": "Acessibilidade",
        "slug": "acessibilidade",
        "show_in_menus": False,
        "search_description": (
            "Recursos de acessibilidade do portal e do atendimento presencial da Prefeitura de "
            "Vila Serena."
        ),
        "introduction": (
            "Este portal foi feito para ser usado por todas as pessoas, inclusive pessoas com "
            "deficiência, pessoas idosas e quem usa tecnologias assistivas."
        ),
        "body": [
            ("heading", {"text": "Nosso compromisso", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>O portal segue as recomendações do Modelo de Acessibilidade em Governo "
                    "Eletrônico (eMAG) e das Diretrizes de Acessibilidade para Conteúdo Web (WCAG "
                    "2.2), nível AA, como exige a Lei Brasileira de Inclusão da Pessoa com "
                    "Deficiência (Lei nº 13.146/2015, art. 63).</p>"
                ),
            ),
            ("heading", {"text": "Recursos do portal", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>Navegação completa pelo teclado, com link para ir direto ao "
                    "conteúdo;</li><li>textos com contraste adequado, que podem ser ampliados até "
                    "200% sem perda de conteúdo;</li><li>estrutura de títulos e regiões que "
                    "facilita o uso de leitores de tela;</li><li>formulários com rótulos e "
                    "mensagens de erro claras;</li><li>linguagem simples na descrição dos "
                    "serviços.</li></ul>"
                ),
            ),
            ("heading", {"text": "Atendimento presencial acessível", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Cada local de atendimento informa na Carta de Serviços seus recursos de "
                    "acessibilidade. A Praça de Atendimento oferece atendimento em Libras por "
                    "videochamada, e o Paço Municipal conta com intérprete de Libras mediante "
                    "agendamento.</p>"
                ),
            ),
            (
                "question",
                {
                    "question": "Encontrei uma barreira de acessibilidade. Como aviso?",
                    "answer": (
                        "<p>Escreva para <a "
                        'href="mailto:acessibilidade@vilaserena.sp.gov.br">'
                        "acessibilidade@vilaserena.sp.gov.br</a> "
                        "ou ligue para a Central 156, informando a página e o problema. "
                        "Respondemos em até 10 dias úteis.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Conteúdos em adequação",
                    "text": (
                        "<p>Alguns documentos em PDF publicados antes de 2024 ainda não são "
                        "totalmente acessíveis. Se precisar de algum deles em formato acessível, "
                        "peça pelo e-mail acima.</p>"
                    ),
                },
            ),
        ],
    },
]
