"""What the service keeps: the database session and tables, conversations and their turns, accounts and sessions,
the audit log and consent. Every write of a turn is one transaction (`conversations.record_turn`)."""
