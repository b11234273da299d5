"""Demo services of the category Educação."""

from ..shared import (
    COMPLAIN,
    ECA,
    LDB,
    LEI_13460,
    WHATSAPP,
)

SERVICES = [
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
]
