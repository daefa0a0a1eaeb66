"""The facilitator console (`rm-tui run`, `rm-tui demo`): dashboard, participants, pairing, follow-up.

May import rm_tui.services, rm_tui.core, rm_tui.tui.widgets; dialog flows are @work methods of their screen or app."""
