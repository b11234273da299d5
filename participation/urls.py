"""Routes of the service desk that are not pages: page feedback and service ratings."""

from django.urls import path

from . import views

urlpatterns = [
    path("feedback/<int:page_id>/", views.page_feedback, name="page_feedback"),
    path("rate/<int:service_id>/", views.service_rating, name="service_rating"),
]
