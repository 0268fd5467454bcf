"""Create the roles: Analyst, Editor, Reviewer and Admin groups with their permissions.

Permissions are normally created after the last migration; they are created here first so that the groups can
be given them on a new database. The role table lives in review/permissions.py, which also tops the groups up
after every later migrate.
"""

from django.db import migrations


def create_roles(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    from review.permissions import sync_roles

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    sync_roles(apps)


def remove_roles(apps, schema_editor):
    from review.permissions import Role

    apps.get_model("auth", "Group").objects.filter(name__in=[role.value for role in Role]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("positions", "0004_review_permissions_and_added_state"),
        ("ingest", "0005_document_search_index"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
