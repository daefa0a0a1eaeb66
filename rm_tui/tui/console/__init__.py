"""The facilitator console (`rm-tui run`, `rm-tui demo`)."""
