let name = "MNIST"
let report = """
    Report for \(name)
      accuracy: \(0.97)
    "quoted" and ""twice""
    tab\there
    """
print(report)
print(report.split(separator: "\n").count)
// MARK: cell
let joined = """
  one \
  line
  """
print(joined)
let withBlank = """
    above

    below
    """
print(withBlank.count, withBlank)
let trailing = """
    end

    """
print(trailing + "|", """
""".isEmpty)
