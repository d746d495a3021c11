// FolioMarkdown: filled in by its issue.
