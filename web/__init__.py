"""The browser side: the embeddable chat widget, its demo host page and the staff inbox page."""
