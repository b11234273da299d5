"""Demo content of public consultations: the /consultas/ listing and three consultations, one
open (with answers and comments), one upcoming and one closed (with results and decisions).

Loaded by `manage.py load_demo` after the service desk. Idempotent: pages are found by slug and
updated only when their text changes; their dates are set when they are created (so the open
one is open on the day the demo is first loaded) and answers, comments and supports are added
only to a consultation that has none yet.
"""

import datetime
import random

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import Min
from django.utils import timezone

INDEX_PAGE = {
    "slug": "consultas",
    "title": "Consultas públicas",
    "show_in_menus": True,
    "introduction": (
        "<p>Antes de decidir, a prefeitura pergunta. Responda às consultas abertas, leia e apoie "
        "as propostas de outros moradores e acompanhe o que foi feito com o que ouvimos.</p>"
    ),
}

PRIVACY_NOTICE = (
    "<p>Usamos seu email só para confirmar sua resposta e, se você pedir, avisar quando os "
    'resultados e as decisões forem publicados. Leia o <a href="/privacidade/">aviso de '
    "privacidade</a>.</p>"
)

DAY = datetime.timedelta(days=1)
# Consultations open at 8:00 and close at 18:00, local time.
OPENING_HOUR, CLOSING_HOUR = 8, 18

# slug -> page fields, the dates relative to the first load, questions and decisions.
CONSULTATIONS = {
    "reforma-da-praca-central": {
        "fields": {
            "title": "Reforma da Praça Central",
            "summary": (
                "A Praça Central será reformada em 2027. Diga o que ela deve ter e como você "
                "usa o espaço hoje."
            ),
            "body": (
                "<p>A prefeitura vai investir R$ 1,2 milhão na reforma da Praça Central. O "
                "projeto preliminar prevê nova iluminação, calçadas acessíveis e mais sombra. "
                "Antes de fechar o projeto, queremos ouvir quem usa a praça.</p>"
            ),
            "department": "smosu",
            "participation_mode": "anonymous",
            "moderation": "after",
            "results_visibility": "live",
            "privacy_notice": "",
        },
        "dates": (-5 * DAY, 25 * DAY),
        "questions": [
            (
                "Com que frequência você vai à Praça Central?",
                "radio",
                "Todos os dias\nToda semana\nUma vez por mês\nQuase nunca",
                True,
                "",
            ),
            (
                "O que a praça reformada deve ter?",
                "checkboxes",
                "Parquinho\nAcademia ao ar livre\nBancos à sombra\nBanheiros públicos\nWi-Fi",
                True,
                "Marque quantas opções quiser.",
            ),
            (
                "Que nota você dá ao projeto preliminar?",
                "scale5",
                "",
                True,
                "1 é muito ruim, 5 é ótimo.",
            ),
            (
                "Você apoia o fechamento da rua lateral para pedestres aos domingos?",
                "yesno",
                "",
                True,
                "",
            ),
            ("Algo mais que devemos saber?", "multiline", "", False, ""),
        ],
        "decisions": [],
        "what_we_heard": "",
    },
    "plano-de-ciclovias": {
        "fields": {
            "title": "Plano Municipal de Ciclovias",
            "summary": (
                "Onde devem passar as próximas ciclovias de Vila Serena? A consulta abre em "
                "breve com o mapa das rotas propostas."
            ),
            "body": (
                "<p>O plano prevê 18 km de novas ciclovias até 2028. Publicaremos o mapa das "
                "rotas e o estudo de tráfego no dia da abertura.</p>"
            ),
            "department": "smmt",
            "participation_mode": "verified_email",
            "moderation": "before",
            "results_visibility": "after_close",
            "privacy_notice": PRIVACY_NOTICE,
        },
        "dates": (10 * DAY, 55 * DAY),
        "questions": [
            ("Você usa bicicleta para se deslocar?", "yesno", "", True, ""),
            (
                "Qual rota deve ser a primeira?",
                "radio",
                "Centro – Estação\nJardim das Flores – Escola Estadual\nVila Nova – Parque do Lago",
                True,
                "",
            ),
            (
                "Que nota você dá à segurança para ciclistas hoje?",
                "scale10",
                "",
                True,
                "0 é nada seguro, 10 é totalmente seguro.",
            ),
        ],
        "decisions": [],
        "what_we_heard": "",
    },
    "orcamento-participativo-2026": {
        "fields": {
            "title": "Orçamento Participativo 2026",
            "summary": (
                "Os moradores escolheram as prioridades de investimento dos bairros em 2026."
            ),
            "body": (
                "<p>Foram colocados em consulta R$ 3 milhões para obras nos bairros. Cada "
                "morador pôde escolher até duas prioridades.</p>"
            ),
            "department": "sefaz",
            "participation_mode": "verified_email",
            "moderation": "after",
            "results_visibility": "after_close",
            "privacy_notice": PRIVACY_NOTICE,
            "what_we_heard": (
                "<p>Participaram 60 moradores. Pavimentação e iluminação foram as prioridades "
                "mais escolhidas, e muitos pediram obras perto das escolas.</p>"
            ),
        },
        "dates": (-70 * DAY, -20 * DAY),
        "questions": [
            (
                "Quais devem ser as prioridades?",
                "checkboxes",
                "Pavimentação\nIluminação pública\nPraças e parques\nDrenagem\nCalçadas",
                True,
                "Escolha até duas.",
            ),
            ("Você confia que a prefeitura vai cumprir o resultado?", "scale5", "", True, ""),
            ("Deixe uma sugestão", "multiline", "", False, ""),
        ],
        "decisions": [
            (
                "Pavimentar 12 ruas do Jardim das Flores",
                "adopted",
                "Licitação publicada; obras começam em agosto.",
            ),
            ("Trocar a iluminação da Vila Nova por LED", "done", "Concluído em maio: 340 pontos."),
            (
                "Novo parque no Centro",
                "under_study",
                "Em estudo pela Secretaria de Meio Ambiente; custo acima do previsto.",
            ),
        ],
    },
}

OPEN_COMMENTS = [
    (
        "proposal",
        "Plantar árvores grandes perto dos bancos: no verão ninguém fica na praça.",
        "Marcos",
        14,
    ),
    ("comment", "A iluminação atual é fraca; à noite a praça fica perigosa.", "", 9),
    ("proposal", "Banheiro público com fraldário, pensando nas famílias.", "Luciana", 6),
    (
        "comment",
        "Que o piso seja acessível para cadeiras de rodas em todo o percurso.",
        "Associação Vila Serena Acessível",
        11,
    ),
]
SUGGESTIONS = [
    "Mais sombra e bebedouros.",
    "Manter a feira de domingo.",
    "Espaço para cães.",
    "Segurança à noite.",
    "",
    "",
]

GROUP_PERMISSIONS = [
    "view_consultationresponse",
    "change_consultationresponse",
    "view_consultationcomment",
    "change_consultationcomment",
]
ALL_DEPARTMENTS_USERS = {
    "ouvidoria": ["manage_all_consultations", "view_consultation_personal_data"]
}


def load(loader):
    """Run the consultations stage of the demo; returns a tally line for the report."""
    from consultations.models import ConsultationIndexPage, ConsultationPage

    fields = {key: value for key, value in INDEX_PAGE.items() if key != "slug"}
    index, index_outcome = loader.sync_page(
        loader.parent, ConsultationIndexPage, INDEX_PAGE["slug"], fields
    )
    bar = loader.progress("consultations", len(CONSULTATIONS))
    outcomes = {}
    today = timezone.localdate()
    pages = {}
    for slug, item in CONSULTATIONS.items():
        exists = ConsultationPage.objects.child_of(index).filter(slug=slug).exists()
        page_fields = dict(item["fields"])
        page_fields["department"] = loader.departments[page_fields["department"]]
        if not exists:
            opens, closes = item["dates"]
            page_fields["opens_at"] = local_time(today + opens, OPENING_HOUR)
            page_fields["closes_at"] = local_time(today + closes, CLOSING_HOUR)
        pages[slug], outcome = loader.sync_page(
            index,
            ConsultationPage,
            slug,
            page_fields,
            relations=lambda page, creating, item=item: set_relations(page, item, creating),
        )
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        bar.advance()
    answers = add_open_participation(pages["reforma-da-praca-central"])
    answers += add_closed_results(pages["orcamento-participativo-2026"])
    grant_permissions(loader, pages.values())
    summary = ", ".join(f"{count} {name}" for name, count in outcomes.items())
    bar.finish(summary)
    return f"consultations: index {index_outcome}, {summary}; {answers} answers added"


def local_time(day, hour):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def set_relations(page, item, creating):
    """Questions and decisions of a consultation; True if they changed."""
    from consultations.models import ConsultationDecision, ConsultationQuestion

    wanted_questions = [
        (label, kind, choices, required, help_text)
        for label, kind, choices, required, help_text in item["questions"]
    ]
    wanted_decisions = [tuple(decision) for decision in item["decisions"]]
    current_questions = (
        []
        if creating
        else [
            (q.label, q.field_type, q.choices, q.required, q.help_text)
            for q in page.form_fields.all()
        ]
    )
    current_decisions = (
        [] if creating else [(d.title, d.status, d.description) for d in page.decisions.all()]
    )
    changed = False
    if current_questions != wanted_questions:
        page.form_fields = [
            ConsultationQuestion(
                sort_order=position,
                label=label,
                field_type=kind,
                choices=choices,
                required=required,
                help_text=help_text,
            )
            for position, (label, kind, choices, required, help_text) in enumerate(wanted_questions)
        ]
        changed = True
    if current_decisions != wanted_decisions:
        page.decisions = [
            ConsultationDecision(sort_order=position, title=title, status=status, description=text)
            for position, (title, status, text) in enumerate(wanted_decisions)
        ]
        changed = True
    return changed


def random_answers(page, generator):
    """One plausible set of answers to `page`'s questions."""
    answers = {}
    for question in page.form_fields.all():
        options = question.options
        if question.field_type == "checkboxes":
            answers[question.clean_name] = generator.sample(options, generator.randint(1, 2))
        elif question.field_type in ("radio", "yesno"):
            answers[question.clean_name] = generator.choice(options)
        elif question.field_type in ("scale5", "scale10"):
            answers[question.clean_name] = int(
                generator.choice(options[len(options) // 3 :])  # opinions lean positive
            )
        elif question.field_type == "multiline":
            answers[question.clean_name] = generator.choice(SUGGESTIONS)
    return answers


def add_open_participation(page):
    """Answers, comments and supports on the open consultation, once."""
    from consultations.models import CommentFlag, CommentSupport, ConsultationComment
    from consultations.models.pages import voter_key

    if page.responses.exists():
        return 0
    generator = random.Random(2026)  # noqa: S311 - repeatable demo data, not secrets
    moment = page.opens_at
    for _ in range(37):
        moment += datetime.timedelta(minutes=generator.randint(20, 200))
        page.record_answer(random_answers(page, generator), moment=min(moment, timezone.now()))
    for position, (kind, body, name, supports) in enumerate(OPEN_COMMENTS):
        comment = ConsultationComment.objects.create(
            page=page,
            kind=kind,
            body=body,
            author_name=name,
            privacy_consent_at=page.opens_at if name else None,
            status="published",
            support_count=supports,
            created_at=page.opens_at + datetime.timedelta(hours=5 + 7 * position),
        )
        CommentSupport.objects.bulk_create(
            CommentSupport(comment=comment, voter=voter_key(f"demo-{comment.pk}-{n}"))
            for n in range(supports)
        )
    # One comment hidden by citizens' flags, waiting for a moderator's review.
    hidden = ConsultationComment.objects.create(
        page=page,
        kind="comment",
        body="Essa reforma é coisa de político ladrão, ninguém presta nessa prefeitura!!!",
        status="hidden",
        moderation_reason="Ocultado automaticamente após denúncias, aguardando revisão.",
        moderated_at=page.opens_at + DAY,
        flag_count=page.flags_to_hide,
        created_at=page.opens_at + datetime.timedelta(hours=20),
    )
    CommentFlag.objects.bulk_create(
        CommentFlag(comment=hidden, voter=voter_key(f"demo-flag-{n}"), reason="offensive")
        for n in range(page.flags_to_hide)
    )
    return 37


def add_closed_results(page):
    """Confirmed answers on the closed consultation (recorded while it was open), once, with
    some suggestions chosen for the public results."""
    from consultations.models import Answer

    if page.responses.exists():
        return 0
    generator = random.Random(2025)  # noqa: S311 - repeatable demo data, not secrets
    moment = page.opens_at
    for number in range(60):
        moment += datetime.timedelta(hours=generator.randint(1, 18))
        response, _ = page.record_answer(
            random_answers(page, generator),
            email=f"participante{number + 1}@example.org",
            privacy_consent=True,
            wants_updates=number % 3 == 0,
            moment=min(moment, page.closes_at - datetime.timedelta(hours=1)),
        )
        response.confirm(moment=response.submit_time + datetime.timedelta(minutes=30))
    suggestions = Answer.objects.filter(page=page, question="deixe_uma_sugestao")
    first_of_each = suggestions.values("value").annotate(first=Min("pk")).values("first")
    suggestions.filter(pk__in=first_of_each, value__in=SUGGESTIONS[:3]).update(is_featured=True)
    return 60


def grant_permissions(loader, pages):
    """The departments' teams answer for their consultations; the ombudsman sees them all."""
    permissions = list(
        Permission.objects.filter(
            content_type__app_label="praca_consultations", codename__in=GROUP_PERMISSIONS
        )
    )
    group_ids = {page.department.group_id for page in pages if page.department.group_id}
    for group in Group.objects.filter(pk__in=group_ids):
        group.permissions.add(*permissions)
    for username, codenames in ALL_DEPARTMENTS_USERS.items():
        user = get_user_model().objects.filter(username=username).first()
        if user is not None:
            user.user_permissions.add(
                *Permission.objects.filter(
                    content_type__app_label="praca_consultations",
                    codename__in=codenames + GROUP_PERMISSIONS,
                )
            )
