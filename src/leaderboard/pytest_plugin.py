"""pytest plugin: fixtures for users who snapshot the extraction of their own corpora."""
