// FolioRunner: filled in by its issue.
