"""Portuguese folding and stemming, personal data masking and safe snippets."""

from search.text import fold, normalise_for_log, query_words, snippet, stem


def test_folding_removes_accents_and_capitals():
    assert fold("Licença ÚNICA à Vista") == "licenca unica a vista"


def test_plurals_and_accents_share_a_stem():
    assert stem("buracos") == stem("buraco")
    assert stem(fold("certidões")) == stem(fold("certidão"))
    assert stem(fold("licenças")) == stem("licenca")


def test_query_words_drop_stop_words_and_search_syntax():
    assert query_words('como tirar a "segunda via" do IPTU* AND(', 12) == [
        "tirar",
        "segunda",
        "via",
        "iptu",
        "and",
    ]


def test_logged_query_masks_emails_and_long_numbers():
    assert normalise_for_log("CPF 123.456.789-09 de ana@x.org  IPTU", 200) == (
        "cpf [número] de [email] iptu"
    )
    assert normalise_for_log("2ª via iptu 2024", 200) == "2ª via iptu 2024"


def test_snippet_escapes_the_text_and_marks_matches():
    html = snippet('Buracos <script>alert("x")</script> na rua', {stem("buraco")})
    assert html == "<mark>Buracos</mark> &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; na rua"


def test_snippet_starts_near_the_first_match_of_a_long_text():
    text = "Introdução " * 60 + "como pedir a poda da árvore"
    html = snippet(text, {stem("poda")}, length=120)
    assert html.startswith("… ") and "<mark>poda</mark>" in html


def test_logged_query_masks_spelt_out_email_addresses():
    for query in (
        "joao @ gmail.com",
        "joao[at]gmail.com",
        "joao arroba gmail.com",
        "joao (at) gmail . com",
        "joao arroba gmail ponto com",
    ):
        assert normalise_for_log(f"iptu {query} boleto", 200) == "iptu [email] boleto", query


def test_logged_query_masks_cpf_and_phone_numbers():
    assert normalise_for_log("cpf 123.456.789-09", 200) == "cpf [número]"
    assert normalise_for_log("ligar (11) 98765-4321 ouvidoria", 200) == ("ligar [número] ouvidoria")
    assert normalise_for_log("protocolo 2024/12345", 200) == "protocolo [número]"
    assert normalise_for_log("lei 8.666 artigo 24", 200) == "lei 8.666 artigo 24"


def test_plain_text_decodes_entities_so_snippets_escape_once():
    from search.text import plain_text

    text = plain_text("<p>Obras &amp; Serviços &lt;b&gt;</p>")
    assert text == "Obras & Serviços <b>"
    assert snippet(text, {stem("obras")}) == "<mark>Obras</mark> &amp; Serviços &lt;b&gt;"
