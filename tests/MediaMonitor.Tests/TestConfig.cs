using System.Text;

namespace MediaMonitor.Tests;

/// <summary>A throw-away config folder and data folder, removed on dispose.</summary>
internal sealed class TestConfig : IDisposable
{
    public const string Header = "url,category_code,category_description,date_added,source,notes";

    public TestConfig(string? settingsJson = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "mm-tests", Guid.NewGuid().ToString("N"));
        ConfigFolder = Path.Combine(Root, "config");
        DataFolder = Path.Combine(Root, "data");
        Directory.CreateDirectory(Path.Combine(ConfigFolder, "sites"));
        Directory.CreateDirectory(Path.Combine(ConfigFolder, "outlets"));
        WriteSettings(settingsJson ?? """{ "Monitor": { "Vantages": [ { "Name": "local" } ] } }""");
    }

    public string Root { get; }
    public string ConfigFolder { get; }
    public string DataFolder { get; }
    public string StorePath => Path.Combine(DataFolder, "mediamonitor.db");

    public void WriteSettings(string json) => File.WriteAllText(Path.Combine(ConfigFolder, "mediamonitor.json"), json);

    public string WriteList(string name, params string[] rows)
    {
        var path = Path.Combine(ConfigFolder, "sites", name + ".csv");
        File.WriteAllText(path, Header + "\n" + string.Join("\n", rows) + "\n", new UTF8Encoding(false));
        return path;
    }

    public string WriteOutlets(string name, string json)
    {
        var path = Path.Combine(ConfigFolder, "outlets", name + ".json");
        File.WriteAllText(path, json);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A process under test may still hold a file; the temp folder is cleaned by the OS.
        }
    }
}
