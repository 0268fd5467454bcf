"""The review app keeps no tables of its own: reviews are Position's history.

This module exists so that Django sends the app ``post_migrate`` (it skips apps without one), which is when
the roles are topped up with the permissions of models migrated after them.
"""
