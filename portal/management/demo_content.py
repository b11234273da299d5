"""The reference site's own demo content: its site name, home page (hero, featured services) and
standard pages (about, privacy notice, accessibility, …), loaded by `portal`'s `load_demo`.

Bodies are (block type, value) pairs of `portal.blocks.BodyBlock`."""

SITE_NAME = "Prefeitura de Vila Serena"

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
