"""Taxonomies of the demo: audiences, departments, categories and locations.

Services refer to audiences, categories and departments by slug; channels refer to locations by
their `key`."""

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
