"""Who may see what: users, roles, grants, the store filter and the audit trail."""
