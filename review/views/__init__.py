"""Review pages: the queue and its actions, a record's page and history, the extractor's figures."""
