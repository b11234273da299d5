"""Template tags that link other pages of the site to the service desk."""

from django import template

from participation.desk import service_desk_path

register = template.Library()


@register.simple_tag
def service_desk_url():
    """The live service desk page's URL, or "" when there is none."""
    return service_desk_path()


@register.inclusion_tag("participation/page_feedback.html", takes_context=True)
def page_feedback(context, page):
    """The "Was this page useful?" box; `?feedback=details|thanks` shows its next step."""
    from participation.forms import PageFeedbackForm

    request = context.get("request")
    state = request.GET.get("feedback", "") if request else ""
    return {
        "page": page,
        "request": request,
        "form": PageFeedbackForm(),
        "state": state if state in {"details", "thanks"} else "ask",
    }


@register.simple_tag
def service_satisfaction(service):
    """The service's cached rating and on-time figures (see participation.satisfaction)."""
    from participation.satisfaction import service_satisfaction as summary

    return summary(service)


@register.inclusion_tag("participation/service_rating.html", takes_context=True)
def service_rating_form(context, service):
    """ "Avalie este serviço": the form (bound, with errors, after a refused POST) or the thanks."""
    from participation.forms import ServiceRatingForm

    request = context.get("request")
    return {
        "service": service,
        "request": request,
        "form": context.get("rating_form") or ServiceRatingForm(),
        "thanks": bool(request and request.GET.get("rating") == "thanks"),
    }
