"""Demo services of the category Tributos e finanças."""

from ..shared import (
    CENTRAL_156,
    CODIGO_TRIBUTARIO_MUNICIPAL,
    COMPLAIN,
    CONSTITUICAO,
    CTN,
    ESTATUTO_PESSOA_IDOSA,
    LC_116,
    LC_123,
    LEI_13460,
    PRACA_DE_ATENDIMENTO,
    PRIORITY_IN_PERSON,
    PRIORITY_ONLINE,
    TRACK_PROTOCOL,
    WHATSAPP,
)

SERVICES = [
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
]
