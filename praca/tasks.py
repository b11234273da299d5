"""The task framework Praça's apps use: Django's own `django.tasks` where it exists (Django 6.0),
else the `django-tasks` package it came from (Django 5.2)."""

try:  # Django 6.0
    from django.tasks import task
except ImportError:  # Django 5.2 with the django-tasks package
    from django_tasks import task

__all__ = ["runs_in_a_worker", "task"]


def runs_in_a_worker(task_function):
    """Whether `task_function.enqueue()` hands it to a worker process rather than running it at
    once, in this one (the immediate backend of development and tests)."""
    try:
        from django.tasks import task_backends
        from django.tasks.backends.immediate import ImmediateBackend
    except ImportError:
        from django_tasks import task_backends
        from django_tasks.backends.immediate import ImmediateBackend

    return not isinstance(task_backends[task_function.backend], ImmediateBackend)
