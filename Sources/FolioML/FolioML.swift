// FolioML: filled in by its issue.
