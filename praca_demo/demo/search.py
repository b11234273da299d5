"""Demo synonyms and promoted results for the search (idempotent), run last by `load_demo`."""

from django.core.management import call_command
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.models import SearchDocument, Synonym

SYNONYMS = [
    "IPTU, imposto predial, imposto territorial, imposto da casa",
    "posto de saúde, UBS, unidade básica de saúde, postinho",
    "buraco, cratera, tapa-buraco, asfalto",
    "remédio, medicamento",
    "alvará, licença de funcionamento",
    "creche, CEI, berçário",
    "lâmpada, poste, iluminação",
    "entulho, cata-treco, cata-bagulho, móveis velhos",
    "lixo, coleta, descarte",
    "carteirinha, cartão",
    "multa, infração, autuação",
    "emprego, trabalho, vaga, currículo",
    "holerite, contracheque",
    "CadÚnico, Cadastro Único",
    "bueiro, boca de lobo",
]

# Query -> service slugs promoted for it, in order.
PROMOTIONS = {
    "iptu": ["iptu-segunda-via", "parcelamento-de-debitos"],
    "vacina": ["vacinacao"],
    "dengue": ["denuncia-foco-dengue"],
}


def load(loader):
    created = 0
    existing = {synonym.terms for synonym in Synonym.objects.all()}
    for terms in SYNONYMS:
        if terms not in existing:
            Synonym.objects.create(terms=terms)
            created += 1
    promoted = 0
    for query_string, slugs in PROMOTIONS.items():
        query = Query.get(query_string)
        for order, slug in enumerate(slugs):
            service = loader.services.get(slug)
            if service is None:
                continue
            _promotion, was_created = SearchPromotion.objects.get_or_create(
                query=query, page=service, defaults={"sort_order": order}
            )
            promoted += was_created
    call_command("search_reindex", quiet=True)
    documents = SearchDocument.objects.count()
    return f"Search: {created} synonyms and {promoted} promotions added, {documents} pages indexed"
