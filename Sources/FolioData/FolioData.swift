// FolioData: filled in by its issue.
