"""Response headers Praça's views share."""


def keep_private(response):
    """Pages and files reached through a secret link: not cached, indexed or leaked onwards."""
    response["Cache-Control"] = "private, no-store"
    # same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on the page's
    # own forms, and Django's CSRF check refuses them. same-origin still keeps the secret link
    # from leaking to other sites.
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
