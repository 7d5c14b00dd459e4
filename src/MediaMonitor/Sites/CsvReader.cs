using System.Text;

namespace MediaMonitor.Sites;

/// <summary>
/// RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF; a
/// leading byte-order mark is ignored. Problems are reported with the line they start on.
/// </summary>
public static class CsvReader
{
    public static (IReadOnlyList<CsvRecord> Records, IReadOnlyList<(int Line, string Reason)> Errors) Parse(string text)
    {
        var records = new List<CsvRecord>();
        var errors = new List<(int, string)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var fieldWasQuoted = false;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

        void EndField()
        {
            fields.Add(fieldWasQuoted ? field.ToString() : field.ToString().Trim());
            field.Clear();
            fieldWasQuoted = false;
        }

        void EndRecord()
        {
            EndField();
            if (!(fields.Count == 1 && fields[0].Length == 0))
            {
                records.Add(new CsvRecord(recordLine, fields.ToArray()));
            }

            fields.Clear();
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.ToString().Trim().Length == 0:
                    field.Clear();
                    inQuotes = true;
                    fieldWasQuoted = true;
                    break;
                case '"':
                    errors.Add((line, "stray quote inside an unquoted field"));
                    field.Append(c);
                    break;
                case ',':
                    EndField();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    if (fieldWasQuoted && !char.IsWhiteSpace(c))
                    {
                        errors.Add((line, "text after a closing quote"));
                    }

                    field.Append(c);
                    break;
            }
        }

        if (inQuotes)
        {
            errors.Add((recordLine, "quoted field is never closed"));
        }
        else if (field.Length > 0 || fields.Count > 0)
        {
            EndRecord();
        }

        return (records, errors);
    }

    /// <summary>Quotes a field when it needs it.</summary>
    public static string Escape(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
