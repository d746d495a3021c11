let text = """
    first line
      indented
    last
    """
print(text)
// MARK: cell
print(text.split(separator: "\n").count)
