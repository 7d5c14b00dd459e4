using System.Diagnostics;

namespace MediaMonitor.Tests.Cli;

/// <summary>Runs the built mediamonitor program as a user would, capturing its output.</summary>
internal static class ProgramRunner
{
    public static string ProgramPath { get; } = Find();

    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) => RunAsync(null, args);

    /// <param name="environment">Extra environment variables for the program (secrets, say).</param>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [ProgramPath, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    private static string Find()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "mediamonitor.dll");
        return File.Exists(Path.Combine(AppContext.BaseDirectory, "mediamonitor.runtimeconfig.json"))
            ? path
            : throw new FileNotFoundException("mediamonitor.dll and its runtimeconfig.json are not beside the tests", path);
    }
}
