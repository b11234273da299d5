"""Page rules of the catalog: where pages may live, that editors can create them and render them."""

from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from portal.models import HomePage
from service_catalog.models import ServiceIndexPage, ServicePage
from tests import factories


class ServicePageRulesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home, cls.catalog = factories.make_site()
        cls.category = factories.make_category("Tributos e finanças", slug="tributos")
        cls.department = factories.make_department("Secretaria da Fazenda", slug="fazenda")
        cls.location = factories.make_location()
        cls.audience = factories.make_audience("Cidadão", slug="cidadao")
        cls.service = factories.make_service(cls.catalog, title="IPTU: 2ª via do boleto")

    def setUp(self):
        self.login()

    def service_form_data(self, **overrides):
        """What an editor posts when filling every tab of the service editor."""
        return nested_form_data(
            {
                "title": "Poda de árvore",
                "slug": "poda-de-arvore",
                "summary": "Peça a poda de uma árvore em calçada ou praça pública.",
                "other_names": "corte de galho, árvore caindo",
                "description": rich_text("<p>A prefeitura avalia e poda a árvore.</p>"),
                "category": self.category.pk,
                "department": self.department.pk,
                "life_events": "Cuidar da casa, Ter um imóvel",
                "audiences": [self.audience.pk],
                "audience_details": rich_text("<p>Qualquer munícipe.</p>"),
                "requirements": rich_text("<p>Endereço completo da árvore.</p>"),
                "documents": streamfield(
                    [("document", {"name": "Foto da árvore", "notes": "", "mandatory": "on"})]
                ),
                "priority_groups": rich_text("<p>Risco de queda tem prioridade.</p>"),
                "steps": streamfield(
                    [
                        ("step", {"title": "Faça o pedido", "description": rich_text("")}),
                        ("step", {"title": "Vistoria técnica", "description": rich_text("")}),
                    ]
                ),
                "max_delivery_time": "30",
                "max_delivery_time_unit": "days",
                "waiting_time_minutes": "",
                "is_free": "on",
                "cost_amount": "",
                "cost_details": rich_text(""),
                "channels": inline_formset(
                    [
                        {
                            "kind": "phone",
                            "label": "Central 156",
                            "url": "",
                            "phone": "156",
                            "email": "",
                            "location": "",
                            "notes": "",
                        },
                        {
                            "kind": "in_person",
                            "label": "",
                            "url": "",
                            "phone": "",
                            "email": "",
                            "location": self.location.pk,
                            "notes": "",
                        },
                    ],
                    min=1,
                ),
                "how_to_track": rich_text("<p>Pelo protocolo.</p>"),
                "how_to_complain": rich_text(""),
                "other_information": rich_text(""),
                "last_reviewed": "2026-11-01",
                "review_by": "2027-05-01",
                "questions": inline_formset([]),
                "legal_basis": streamfield(
                    [("legislation", {"title": "Lei nº 13.460/2017", "url": "", "description": ""})]
                ),
            }
            | overrides
        )

    def test_catalog_lives_under_home_and_holds_only_services(self):
        self.assertAllowedSubpageTypes(ServiceIndexPage, {ServicePage})
        self.assertCanCreateAt(HomePage, ServiceIndexPage)
        self.assertCanNotCreateAt(ServiceIndexPage, ServiceIndexPage)

    def test_service_lives_only_in_a_catalog(self):
        self.assertAllowedParentPageTypes(ServicePage, {ServiceIndexPage})
        self.assertAllowedSubpageTypes(ServicePage, set())
        self.assertCanNotCreateAt(HomePage, ServicePage)

    def test_home_page_lives_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_editor_creates_a_service_with_every_carta_field(self):
        data = self.service_form_data()
        self.assertCanCreate(self.catalog, ServicePage, data)
        created = ServicePage.objects.get(slug="poda-de-arvore")
        self.assertEqual(created.max_delivery_time, 30)
        self.assertEqual(
            [channel.kind for channel in created.channels.all()], ["phone", "in_person"]
        )
        self.assertFalse(created.is_available_online)
        self.assertEqual(
            [tag.name for tag in created.life_events.all()], ["Cuidar da casa", "Ter um imóvel"]
        )

    def test_service_page_renders_and_is_editable(self):
        self.assertPageIsRenderable(self.service)
        self.assertPageIsEditable(
            self.service,
            post_data=self.service_form_data(
                title=self.service.title, slug=self.service.slug, **{"action-publish": "publish"}
            ),
        )
        self.assertPageIsPreviewable(
            self.service,
            post_data=self.service_form_data(title=self.service.title, slug=self.service.slug),
        )

    def test_catalog_and_home_render(self):
        self.assertPageIsRenderable(self.catalog)
        self.assertPageIsRenderable(self.home)
        self.assertPageIsEditable(self.catalog)
        self.assertPageIsEditable(self.home, post_data=self.home_form_data())

    def test_editor_features_a_service_on_the_home_page(self):
        response = self.client.post(
            reverse("wagtailadmin_pages:edit", args=[self.home.pk]), self.home_form_data()
        )
        self.assertEqual(response.status_code, 302)
        home = HomePage.objects.get(pk=self.home.pk)
        self.assertEqual(
            [featured.service_id for featured in home.featured_services.all()], [self.service.pk]
        )
        self.assertContains(self.client.get("/"), self.service.title)

    def home_form_data(self):
        return nested_form_data(
            {
                "title": "Início",
                "slug": "inicio",
                "hero_title": "Como podemos ajudar?",
                "hero_text": "",
                "services_intro": "",
                "featured_services": inline_formset([{"service": self.service.pk}]),
                "body": streamfield([]),
                "action-publish": "publish",
            }
        )
