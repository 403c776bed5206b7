"""Raw posting text -> extracted fields -> content files. Never imports the builder."""
