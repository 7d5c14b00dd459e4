using System.Diagnostics;
using System.Text.Json;

namespace MediaMonitor.Tests.Evidence;

/// <summary>Runs tests/tools/warcio/check-warc.mjs: Webrecorder's reader checks every record and digest of a WARC file.</summary>
internal static class WarcioCheck
{
    public static List<JsonElement> Run(string file)
    {
        var (exitCode, lines, output) = TryRun(file);
        Assert.True(exitCode == 0, $"check-warc.mjs exited with {exitCode}:\n{output}");
        return lines;
    }

    public static (int ExitCode, List<JsonElement> Lines, string Output) TryRun(string file)
    {
        var tool = Path.Combine(RepositoryRoot.Path, "tests", "tools", "warcio");
        if (!Directory.Exists(Path.Combine(tool, "node_modules", "warcio")))
        {
            Assert.Skip("tests/tools/warcio/node_modules is missing: run `npm ci --prefix tests/tools/warcio` (scripts/setup does)");
        }

        Process process;
        try
        {
            process = Process.Start(new ProcessStartInfo("node", [Path.Combine(tool, "check-warc.mjs"), file]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("node is not installed: the independent WARC check (warcio) needs Node.js 18 or later");
            throw;
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())], stdout + "\n" + stderr.Result);
        }
    }
}
