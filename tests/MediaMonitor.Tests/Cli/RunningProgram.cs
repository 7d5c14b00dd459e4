using System.Collections.Concurrent;
using System.Diagnostics;

namespace MediaMonitor.Tests.Cli;

/// <summary>The real program started with `run` in the background, its output collected, for tests that kill it.</summary>
internal sealed class RunningProgram : IDisposable
{
    private RunningProgram(Process process) => Process = process;

    public Process Process { get; }

    public ConcurrentQueue<string> Output { get; } = new();

    public static RunningProgram Run(TestConfig config)
    {
        var process = Process.Start(new ProcessStartInfo("dotnet", [ProgramRunner.ProgramPath, "run", "--config", config.ConfigFolder, "--data", config.DataFolder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var running = new RunningProgram(process);
        process.OutputDataReceived += (_, e) => running.Output.Enqueue(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => running.Output.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return running;
    }

    /// <summary>Polls <paramref name="done"/> every 50 ms until it holds, the program exits or a minute passes; then kills it (kill -9).</summary>
    public async Task RunUntilThenKillAsync(Func<bool> done, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            while (!done() && clock.Elapsed < TimeSpan.FromSeconds(60) && !Process.HasExited)
            {
                await Task.Delay(50, cancellationToken);
            }
        }
        finally
        {
            Process.Kill(entireProcessTree: true);
            await Process.WaitForExitAsync(cancellationToken);
        }
    }

    public string LastLines(int count) => string.Join("\n", Output.TakeLast(count));

    public void Dispose() => Process.Dispose();
}
