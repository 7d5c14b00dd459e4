using System.Diagnostics;

namespace MediaMonitor.Tests.Lab;

/// <summary>Runs the lab's system commands (ip, iptables, tc, dnsmasq), failing loudly with their output.</summary>
internal static class Shell
{
    public static string Run(string command, params string[] args)
    {
        var (code, output) = TryRun(command, args);
        return code == 0 ? output : throw new InvalidOperationException($"{command} {string.Join(' ', args)} exited with {code}: {output}");
    }

    public static (int ExitCode, string Output) TryRun(string command, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (127, e.Message);
        }
    }

    public static bool Exists(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Concat(["/usr/sbin", "/sbin"]).Any(dir => File.Exists(Path.Combine(dir, command)));

    /// <summary>Starts a long-running process whose output is kept for diagnostics.</summary>
    public static Process Start(string command, IEnumerable<string> args, IDictionary<string, string>? environment, List<string> log)
    {
        var start = new ProcessStartInfo(command, args) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (log) { log.Add(e.Data ?? ""); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.Add(e.Data ?? ""); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
