"""Demo content of the service desk: the /atendimento/ page, department teams, the request-form
questions of a few services, manifestations at every stage of their workflow, and twelve weeks
of service ratings and "Was this page useful?" answers for the dashboard and reports.

Loaded by `manage.py load_demo` after the catalog. Idempotent: groups, users and questions are
found by name; manifestations are created only when the demo has none yet.
"""

import datetime
import random

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

SERVICE_DESK_PAGE = {
    "slug": "atendimento",
    "title": "Atendimento ao cidadão",
    "show_in_menus": True,
    "introduction": (
        "<p>Faça uma solicitação, reclamação, denúncia, sugestão, elogio ou proposta de "
        "simplificação. Você recebe um número de protocolo na hora e a resposta em até "
        "30 dias, como determina a Lei nº 13.460/2017.</p>"
    ),
    "privacy_notice": (
        "<p>Usamos seus dados só para responder à sua manifestação. Sua identidade é "
        'protegida (Lei nº 13.460/2017, art. 10, § 7º). Leia o <a href="/privacidade/">aviso '
        "de privacidade</a>.</p>"
    ),
}

# Department slug -> the team's group name. Their members triage that department's cases.
TEAMS = {
    "smosu": "Equipe de Obras e Serviços Urbanos",
    "sms": "Equipe da Saúde",
    "sefaz": "Equipe da Fazenda",
    "smma": "Equipe do Meio Ambiente",
    "ogm": "Ouvidoria-Geral",
}
TEAM_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("praca_participation", "view_manifestation"),
    ("praca_participation", "change_manifestation"),
    ("praca_participation", "add_manifestation"),
    ("praca_participation", "view_pagefeedback"),
    ("praca_participation", "change_pagefeedback"),
    ("praca_participation", "view_servicerating"),
]
# username, password, department slug, extra permissions
STAFF = [
    ("obras", "obras", "smosu", []),
    (
        "ouvidoria",
        "ouvidoria",
        "ogm",
        ["view_all_manifestations", "view_requester_identity"],
    ),
]

# Service slug -> its request-form questions.
QUESTIONS = {
    "tapa-buraco": [
        {
            "label": "Tamanho aproximado do buraco",
            "field_type": "single_choice",
            "choices": "Pequeno (até um palmo)\nMédio (até um metro)\nGrande (mais de um metro)",
            "required": True,
        },
        {
            "label": "O buraco oferece risco a pedestres ou motociclistas?",
            "field_type": "yes_no",
            "required": True,
        },
    ],
    "poda-ou-remocao-de-arvore": [
        {
            "label": "A árvore está em",
            "field_type": "single_choice",
            "choices": "Calçada\nPraça ou parque\nCanteiro central",
            "required": True,
        },
        {
            "label": "Há fios elétricos entre os galhos?",
            "field_type": "yes_no",
            "required": True,
        },
        {
            "label": "Altura aproximada (metros)",
            "field_type": "number",
            "required": False,
            "help_text": "Se não souber, deixe em branco.",
        },
    ],
    "iluminacao-publica": [
        {
            "label": "Número do poste (plaqueta amarela)",
            "field_type": "text",
            "required": False,
            "help_text": "Ajuda a equipe a achar o poste mais rápido.",
        },
    ],
}

# (days ago, kind, service slug or None, description, requester or None, steps)
# Steps are applied in order through the model's workflow methods.
MANIFESTATIONS = [
    (
        2,
        "solicitation",
        "tapa-buraco",
        "Buraco grande na Rua das Acácias, altura do número 250, perto da escola.",
        ("Ana Souza", "ana.souza@example.org"),
        [],
    ),
    (
        5,
        "solicitation",
        "iluminacao-publica",
        "Poste apagado há uma semana na Travessa do Sol, esquina com a Rua Aurora.",
        ("Carlos Lima", "carlos.lima@example.org"),
        [("analysis",)],
    ),
    (
        12,
        "solicitation",
        "poda-ou-remocao-de-arvore",
        "Galho seco sobre a calçada da Rua Ipê Amarelo, 80, ameaçando cair.",
        ("Beatriz Rocha", "beatriz@example.org"),
        [("analysis",), ("complement", "Envie uma foto da árvore e o ponto de referência.")],
    ),
    (
        20,
        "complaint",
        "agendar-consulta-ubs",
        "Não consegui agendar consulta pelo WhatsApp: a mensagem fica sem resposta.",
        ("Diego Martins", "diego@example.org"),
        [("analysis",), ("answer", "Corrigimos a integração do WhatsApp em 18/11. Obrigado!")],
    ),
    (
        40,
        "suggestion",
        None,
        "Seria ótimo poder pagar a taxa do alvará com Pix direto no portal.",
        None,
        [("analysis",), ("answer", "Sugestão acolhida: o Pix entra no portal em 2027.")],
    ),
    (
        35,
        "praise",
        "vacinacao",
        "Atendimento excelente na UBS Centro durante a campanha de vacinação.",
        ("Elaine Costa", "elaine@example.org"),
        [("answer", "Agradecemos! Seu elogio foi enviado à equipe da UBS Centro.")],
    ),
    (
        45,
        "complaint",
        "cata-treco",
        "O Cata-Treco não passou na data agendada e o entulho continua na calçada.",
        ("Fábio Nunes", "fabio@example.org"),
        [("analysis",)],
    ),
    (
        33,
        "report",
        None,
        "Descarte irregular de lixo em terreno na Estrada Velha, toda sexta à noite.",
        None,
        [("analysis",), ("extend", "Aguardando vistoria conjunta com a Guarda Municipal.")],
    ),
    (
        8,
        "simplify",
        "alvara-de-funcionamento",
        "Pedem a mesma certidão duas vezes no processo do alvará; bastaria uma.",
        ("Gabriela Pires", "gabriela@example.org"),
        [],
    ),
]


def load(loader):
    """Run the service desk stage of the demo; returns a tally line for the report."""
    from participation.pages import ServiceDeskPage

    fields = {key: value for key, value in SERVICE_DESK_PAGE.items() if key != "slug"}
    loader.desk, _ = loader.sync_page(
        loader.parent, ServiceDeskPage, SERVICE_DESK_PAGE["slug"], fields
    )
    load_teams(loader)
    load_questions(loader)
    summary = load_manifestations(loader)
    return f"{summary}; {load_feedback(loader)}"


def load_teams(loader):
    permissions = [
        Permission.objects.get(content_type__app_label=app, codename=codename)
        for app, codename in TEAM_PERMISSIONS
    ]
    for slug, name in TEAMS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)
        department = loader.departments[slug]
        if department.group_id != group.pk:
            department.group = group
            department.save(update_fields=["group"])
    user_model = get_user_model()
    for username, password, slug, extra in STAFF:
        if user_model.objects.filter(username=username).exists():
            continue
        user = user_model.objects.create_user(
            username, f"{username}@vilaserena.sp.gov.br", password, first_name=username.title()
        )
        user.groups.add(loader.departments[slug].group)
        for codename in extra:
            user.user_permissions.add(
                Permission.objects.get(
                    content_type__app_label="praca_participation", codename=codename
                )
            )


def load_questions(loader):
    from service_catalog.models import ServiceQuestion

    for slug, questions in QUESTIONS.items():
        service = loader.services[slug]
        wanted = [
            (
                q["label"],
                q["field_type"],
                q.get("choices", ""),
                q["required"],
                q.get("help_text", ""),
            )
            for q in questions
        ]
        current = [
            (q.label, q.field_type, q.choices, q.required, q.help_text)
            for q in service.questions.all()
        ]
        if current == wanted:
            continue
        service.questions = [
            ServiceQuestion(sort_order=position, **question)
            for position, question in enumerate(questions)
        ]
        service.save_revision().publish()


def load_manifestations(loader):
    from participation.models import Channel, Manifestation
    from praca.models import OutgoingEmail

    if Manifestation.objects.exists():
        return "manifestations: kept"
    started = timezone.now()
    staff = get_user_model().objects.get(username="ouvidoria")
    now = timezone.now()
    for days_ago, kind, slug, description, requester, steps in MANIFESTATIONS:
        received = now - datetime.timedelta(days=days_ago)
        identity = (
            {
                "requester_name": requester[0],
                "requester_email": requester[1],
                "privacy_consent_at": received,
            }
            if requester
            else {"is_anonymous": True}
        )
        manifestation, _ = Manifestation.receive(
            kind=kind,
            service=loader.services[slug] if slug else None,
            description=description,
            channel=Channel.WEB,
            **identity,
        )
        # Backdate the case as if it had arrived `days_ago` days ago, deadline included.
        Manifestation.objects.filter(pk=manifestation.pk).update(
            received_at=received, due_at=manifestation.compute_due_at(received)
        )
        manifestation.events.update(created_at=received)
        manifestation.refresh_from_db()
        for step in steps:
            apply_step(manifestation, step, staff)
    # The demo's citizens are fictional: drop the emails their cases queued before they go out.
    OutgoingEmail.objects.filter(created_at__gte=started).delete()
    return f"manifestations: {len(MANIFESTATIONS)} created"


def apply_step(manifestation, step, staff):
    from participation.models import Status

    action, *arguments = step
    if action == "analysis":
        manifestation.change_status(Status.IN_ANALYSIS, by=staff, public=True)
    elif action == "complement":
        manifestation.request_complement(arguments[0], by=staff)
    elif action == "answer":
        manifestation.answer(arguments[0], by=staff)
    elif action == "extend":
        manifestation.extend_deadline(arguments[0], by=staff)


# Service slug -> (usual score, comments citizens left). Ratings spread over twelve weeks.
RATED_SERVICES = {
    "iptu-segunda-via": (5, ["Consegui a guia em dois minutos.", "Muito fácil pelo celular."]),
    "agendar-consulta-ubs": (3, ["Demorou para achar horário.", "O site caiu no meio."]),
    "tapa-buraco": (2, ["Pedi há um mês e o buraco continua.", "Ninguém deu retorno."]),
    "poda-ou-remocao-de-arvore": (4, ["Vieram podar na semana seguinte."]),
    "matricula-escolar": (4, ["Lista de documentos clara."]),
    "alvara-de-funcionamento": (2, ["Muitos documentos e taxas.", "Exigências repetidas."]),
    "vacinacao": (5, ["Atendimento rápido no posto."]),
    "iluminacao-publica": (3, []),
}
# Page slug -> (share of "yes", comments of the "no" answers with their reasons).
FEEDBACK_PAGES = {
    "iptu-segunda-via": (0.85, [("out_of_date", "O valor da taxa mudou este ano.")]),
    "tapa-buraco": (0.45, [("not_found", "Não diz quanto tempo demora para tapar.")]),
    "alvara-de-funcionamento": (
        0.35,
        [
            ("hard_to_understand", "Não entendi quais documentos valem para MEI."),
            ("broken", "O link do formulário dá erro."),
        ],
    ),
    "vaga-em-creche": (0.6, [("not_found", "Não mostra a fila de espera.")]),
    "agendar-consulta-ubs": (0.55, [("broken", "O agendamento online não abre no celular.")]),
}


def load_feedback(loader):
    """Ratings and page feedback, created once (deterministic: a seeded generator)."""
    from participation.models import PageFeedback, RatingDimension, ServiceRating

    if ServiceRating.objects.exists() or PageFeedback.objects.exists():
        return "ratings and page feedback: kept"
    generator = random.Random(13460)  # noqa: S311 - demo data, not secrets
    now = timezone.now()
    dimensions = [value for value, _label in RatingDimension.choices]
    ratings = []
    for slug, (usual, comments) in RATED_SERVICES.items():
        for n in range(generator.randint(12, 30)):
            score = min(5, max(1, usual + generator.choice((-1, 0, 0, 0, 1))))
            ratings.append(
                ServiceRating(
                    service=loader.services[slug],
                    score=score,
                    dimension=generator.choice(dimensions),
                    comment=comments[n] if n < len(comments) else "",
                    created_at=now - datetime.timedelta(hours=generator.randint(1, 84 * 24)),
                )
            )
    ServiceRating.objects.bulk_create(ratings)
    answers = []
    for slug, (yes_share, comments) in FEEDBACK_PAGES.items():
        for n in range(generator.randint(20, 45)):
            useful = generator.random() < yes_share
            reason, comment = ("", "")
            if not useful and n < len(comments) * 3:
                reason, comment = comments[n % len(comments)]
                comment = comment if n < len(comments) else ""
            answers.append(
                PageFeedback(
                    page=loader.services[slug],
                    useful=useful,
                    reason=reason,
                    comment=comment,
                    created_at=now - datetime.timedelta(hours=generator.randint(1, 84 * 24)),
                )
            )
    PageFeedback.objects.bulk_create(answers)
    return f"{len(ratings)} service ratings and {len(answers)} page feedback answers created"
