using MediaMonitor.Sites;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli;

/// <summary>Checks every site list and outlet file; prints file:line: reason per problem; exit 2 when any.</summary>
internal sealed class SitesValidateCommand : Command<GlobalSettings>
{
    public override int Execute(CommandContext context, GlobalSettings settings, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(settings.ConfigFolder);
        var catalog = SiteCatalog.Load(folder);
        foreach (var problem in catalog.Problems)
        {
            Console.Out.WriteLine(Relative(problem).ToString());
        }

        var rows = catalog.Lists.Values.Sum(l => l.Count);
        Console.Error.WriteLine(
            $"{catalog.Lists.Count} site lists, {rows} valid rows, {catalog.Outlets.Count} outlets, {catalog.Problems.Count} problems");
        return catalog.Problems.Count > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    private static SiteProblem Relative(SiteProblem problem) =>
        problem with { File = Path.GetRelativePath(Directory.GetCurrentDirectory(), problem.File) };
}
