"""The offline engine: intent model and answer composition learned from the brand's ticket history."""
