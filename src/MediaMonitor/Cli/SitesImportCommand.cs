using MediaMonitor.Sites;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli;

internal sealed class SitesImportCommand : Command<SitesImportSettings>
{
    public override int Execute(CommandContext context, SitesImportSettings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.File))
        {
            Console.Error.WriteLine($"{settings.File}: file not found");
            return ExitCodes.BadInput;
        }

        var name = settings.Name ?? Path.GetFileNameWithoutExtension(settings.File);
        var result = CitizenLabImporter.Import(settings.File, Path.GetFullPath(settings.ConfigFolder), name, settings.Categories, settings.Country, settings.Force);
        foreach (var problem in result.Problems)
        {
            Console.Out.WriteLine(problem.ToString());
        }

        Console.Error.WriteLine($"Wrote {result.Rows} rows to {result.SiteListPath}; {result.Problems.Count} rows left out.");
        if (result.OutletsPath is not null)
        {
            Console.Error.WriteLine($"Created {result.NewOutlets} outlet stubs in {result.OutletsPath}: fill in names, languages and feeds.");
        }

        return result.Problems.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }
}
