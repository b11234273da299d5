"""The fixed relevance set: queries as citizens type them, each with the service that must come
in the top 3 on the demo catalog (`manage.py load_demo`). Used by `bench/relevance.py` and by
the relevance test; misspellings, missing accents, plurals, synonyms and colloquial phrasing.
"""

from .engines.base import SearchRequest

# (query, slug of the service expected in the top 3)
RELEVANCE_QUERIES = [
    ("tirar segunda via iptu", "iptu-segunda-via"),
    ("buraco na rua", "tapa-buraco"),
    ("buracos", "tapa-buraco"),
    ("licenca ambiental", "licenca-ambiental"),
    ("imposto predial boleto", "iptu-segunda-via"),
    ("posto de saude consulta", "agendar-consulta-ubs"),
    ("marcar consulta medico", "agendar-consulta-ubs"),
    ("vacina da gripe", "vacinacao"),
    ("vasina", "vacinacao"),
    ("remedio de graça", "farmacia-municipal"),
    ("matricula escola", "matricula-escolar"),
    ("vaga na creche", "vaga-em-creche"),
    ("lampada queimada no poste", "iluminacao-publica"),
    ("iluminaçao publica", "iluminacao-publica"),
    ("arvore caindo na calçada", "poda-ou-remocao-de-arvore"),
    ("jogar fora sofa velho", "cata-treco"),
    ("mato alto terreno", "terreno-baldio"),
    ("bueiro entupido", "limpeza-de-boca-de-lobo"),
    ("alvara de construcao", "alvara-de-construcao"),
    ("habitese", "habite-se"),
    ("cadastro unico", "cadastro-unico"),
    ("bolsa familia bloqueado", "bolsa-familia"),
    ("cesta basica", "beneficio-eventual"),
    ("cartao estacionamento idoso", "credencial-estacionamento-idoso"),
    ("recorrer de multa de transito", "recurso-de-multa"),
    ("quero uma lombada na minha rua", "sinalizacao-de-transito"),
    ("abrir empresa alvara", "alvara-de-funcionamento"),
    ("microempreendedor", "mei"),
    ("nota fiscal eletronica", "nota-fiscal-de-servicos-eletronica"),
    ("certidao negativa", "certidao-negativa-de-debitos"),
    ("castrar cachorro", "castracao-de-caes-e-gatos"),
    ("ecoponto descarte de pneu", "ecoponto"),
    ("procurar emprego", "vagas-de-emprego-pat"),
    ("holerite servidor", "contracheque-do-servidor"),
    ("reclamar da prefeitura", "ouvidoria"),
    ("lei de acesso a informacao", "acesso-a-informacao"),
    ("dengue agua parada", "denuncia-foco-dengue"),
    ("itbi compra de imovel", "itbi"),
    ("parcelar divida do iptu", "parcelamento-de-debitos"),
    ("isencao iptu aposentado", "isencao-iptu-aposentados"),
    ("licensa sanitaria", "licenca-sanitaria"),
    ("transporte escolar gratis", "transporte-escolar"),
    ("carteirinha biblioteca", "carteirinha-da-biblioteca"),
    ("aula de violao", "oficinas-culturais"),
    ("feirante", "feiras-livres"),
    ("fechar empresa", "baixa-de-inscricao-municipal"),
    ("guia iss", "guia-do-iss"),
    ("trocar de escola", "transferencia-escolar"),
]


def top_slugs(engine, query, count=3):
    response = engine.search(SearchRequest(query=query, page_size=count))
    return [hit.url.rstrip("/").rsplit("/", 1)[-1] for hit in response.hits]


def evaluate(engine):
    """[(query, expected, top 3 slugs, found)] over the whole set."""
    rows = []
    for query, expected in RELEVANCE_QUERIES:
        slugs = top_slugs(engine, query)
        rows.append((query, expected, slugs, expected in slugs))
    return rows


def hit_at_3(rows):
    return sum(found for *_rest, found in rows) / len(rows)
