"""The citizen service desk page: intake, receipt and tracking of manifestations."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from praca.page_mixins import PracaPageMixin


class ServiceDeskPage(PracaPageMixin, RoutablePageMixin, Page):
    """Where citizens file a manifestation and follow it (demo: /atendimento/)."""

    template = "participation/service_desk_page.html"

    introduction = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link", "ul"]
    )
    privacy_notice = RichTextField(
        _("privacy notice summary"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown next to the consent box; link to the full privacy notice."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("privacy_notice"),
    ]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("service desk")
        verbose_name_plural = _("service desks")

    @path("")
    def intake(self, request):
        from .views import intake

        return intake(request, self)

    @path("recebido/<str:protocol>/<str:token>/", name="receipt")
    def receipt(self, request, protocol, token):
        from .views import receipt

        return receipt(request, self, protocol, token)

    @path("acompanhar/", name="track_lookup")
    def track_lookup(self, request):
        from .views import track_lookup

        return track_lookup(request, self)

    @path("acompanhar/reenviar/", name="resend_link")
    def resend_link(self, request):
        from .views import resend_link

        return resend_link(request, self)

    @path("acompanhar/<str:protocol>/<str:token>/", name="track")
    def track(self, request, protocol, token):
        from .views import track

        return track(request, self, protocol, token)

    @path("anexo/<str:protocol>/<str:token>/<int:attachment_id>/", name="attachment")
    def attachment(self, request, protocol, token, attachment_id):
        from .views import citizen_attachment

        return citizen_attachment(request, self, protocol, token, attachment_id)
