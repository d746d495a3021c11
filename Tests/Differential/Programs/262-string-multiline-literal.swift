let text = """
    first line
      indented
    last
    """
print(text)
print(text.split(separator: "\n").count)
