using Microsoft.Data.Sqlite;

namespace MediaMonitor.Tests;

/// <summary>Reads a SQLite file the way an outside tool would: its own connection, no pooling.</summary>
internal static class SqliteQuery
{
    public static object? Scalar(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>A count, or 0 while the file or its tables do not exist yet (a program still starting).</summary>
    public static long Count(string file, string sql)
    {
        try
        {
            return File.Exists(file) ? Convert.ToInt64(Scalar(file, sql), System.Globalization.CultureInfo.InvariantCulture) : 0;
        }
        catch (SqliteException e) when (e.Message.Contains("no such table", StringComparison.Ordinal))
        {
            return 0;
        }
    }

    public static List<Dictionary<string, object?>> Rows(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
