"""Texts, channels and laws that many services of the demo share."""

WHATSAPP_NUMBER = "+55 11 93000-0156"

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
