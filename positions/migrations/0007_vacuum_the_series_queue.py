from django.db import migrations

# The queue of days to refresh is written and emptied all day: vacuum it after every thousand dead rows
# rather than after a fifth of the table, so taking the next days never wades through dead ones.
QUEUE_SETTINGS = """
ALTER TABLE positions_series_dirty SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000,
                                        autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 1000);
"""
UNDO = "ALTER TABLE positions_series_dirty RESET (autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold, " \
       "autovacuum_analyze_scale_factor, autovacuum_analyze_threshold);"


class Migration(migrations.Migration):
    dependencies = [
        ("positions", "0006_recent_statement_indexes"),
    ]

    operations = [migrations.RunSQL(QUEUE_SETTINGS, UNDO)]
