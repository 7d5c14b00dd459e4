using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MediaMonitor.LabServer;
using MediaMonitor.Tests.Cli;

namespace MediaMonitor.Tests.Lab;

/// <summary>
/// Real network emulation for the blocking measurement, built once for the lab's tests:
/// network namespaces joined by a veth link; in the "internet" one the lab's web servers, an
/// honest dnsmasq and the control helper; in the "ISP" one a censoring dnsmasq, iptables rules
/// (resets, drops, SNI matching, DNAT to a blockpage or an intercepting server) and, on the link,
/// a tc htb rate limit for one site. The probe runs inside the ISP namespace through the real CLI.
/// Needs root, iproute2, iptables, tc and dnsmasq; without them every lab test is skipped, saying why.
/// </summary>
public sealed class CensorshipLab : IAsyncLifetime
{
    private static readonly string[] RequiredCommands = ["ip", "iptables", "tc", "dnsmasq"];
    private readonly string _id = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
    private readonly List<Process> _processes = [];
    private readonly List<string> _log = [];
    private readonly SemaphoreSlim _runLock = new(1, 1);
    private Dictionary<string, JsonElement>? _results;
    private string _root = "";

    public string? SkipReason { get; private set; }

    private string Internet => "mmlab-net" + _id;
    private string Isp => "mmlab-isp" + _id;
    private string VethIsp => "mmli" + _id;
    private string VethInternet => "mmlo" + _id;

    public async ValueTask InitializeAsync()
    {
        SkipReason = Unavailable();
        if (SkipReason is not null)
        {
            Console.WriteLine($"Censorship lab skipped: {SkipReason}");
            return;
        }

        _root = Path.Combine(Path.GetTempPath(), "mm-lab-" + _id);
        Directory.CreateDirectory(_root);
        LabCertificates.WriteAll(Path.Combine(_root, "certs"));
        BuildNetwork();
        StartDns();
        ApplyCensorship();
        await StartServersAsync();
    }

    /// <summary>Every scenario's URL checked once from the ISP namespace, with the control helper; JSON per URL.</summary>
    public async Task<JsonElement> ResultAsync(string url)
    {
        await _runLock.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            _results ??= await RunProbeAsync();
        }
        finally
        {
            _runLock.Release();
        }

        return _results.TryGetValue(url, out var result)
            ? result
            : throw new InvalidOperationException($"no measurement of {url}; lab log:\n{string.Join("\n", _log.TakeLast(40))}");
    }

    public static IReadOnlyList<string> ScenarioUrls => LabScenarios.All.Select(s => s.Url).ToList();

    private static string? Unavailable()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "not Linux";
        }

        if (Environment.UserName != "root")
        {
            return "not running as root (ip netns needs it; .ci/run runs as root)";
        }

        var missing = RequiredCommands.Where(c => !Shell.Exists(c)).ToList();
        if (missing.Count > 0)
        {
            return $"missing {string.Join(", ", missing)} (apt-get install iproute2 iptables dnsmasq-base; scripts/setup does it)";
        }

        var (code, output) = Shell.TryRun("ip", "netns", "list");
        return code == 0 ? null : $"ip netns does not work here: {output.Trim()}";
    }

    private void BuildNetwork()
    {
        // Namespaces left by a lab whose test process died; another run's live lab is left alone.
        foreach (var stale in Shell.Run("ip", "netns", "list").Split('\n').Select(l => l.Split(' ')[0])
            .Where(n => n.StartsWith("mmlab-", StringComparison.Ordinal) && int.TryParse(n[9..], CultureInfo.InvariantCulture, out var pid) && !Directory.Exists($"/proc/{pid}")))
        {
            Shell.TryRun("ip", "netns", "del", stale);
            var folder = Path.Combine("/etc/netns", stale);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        Shell.Run("ip", "netns", "add", Internet);
        Shell.Run("ip", "netns", "add", Isp);
        Shell.Run("ip", "link", "add", VethIsp, "type", "veth", "peer", "name", VethInternet);
        Shell.Run("ip", "link", "set", VethIsp, "netns", Isp);
        Shell.Run("ip", "link", "set", VethInternet, "netns", Internet);
        InNs(Isp, "ip", "link", "set", "lo", "up");
        InNs(Internet, "ip", "link", "set", "lo", "up");
        InNs(Isp, "ip", "addr", "add", $"{LabTopology.Probe}/{LabTopology.PrefixLength}", "dev", VethIsp);
        InNs(Isp, "ip", "link", "set", VethIsp, "up");
        var internetAddresses = new[] { LabTopology.Internet, LabTopology.BlockpageServer, LabTopology.Interceptor, LabTopology.KnownInterceptor }
            .Concat(LabTopology.Sites.Select(s => LabTopology.AddressOf(s.Name)));
        foreach (var address in internetAddresses)
        {
            InNs(Internet, "ip", "addr", "add", $"{address}/{LabTopology.PrefixLength}", "dev", VethInternet);
        }

        InNs(Internet, "ip", "link", "set", VethInternet, "up");

        // ip netns exec bind-mounts these over /etc/resolv.conf inside each namespace.
        WriteResolvConf(Isp, LabTopology.Probe);
        WriteResolvConf(Internet, LabTopology.Internet);
    }

    private static void WriteResolvConf(string ns, System.Net.IPAddress server)
    {
        var folder = Path.Combine("/etc/netns", ns);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "resolv.conf"), $"nameserver {server}\noptions timeout:2 attempts:1\n");
        File.WriteAllText(Path.Combine(folder, "hosts"), "127.0.0.1 localhost\n");
    }

    private void StartDns()
    {
        // Honest resolver: every lab name to its own address; other lab.test names do not exist.
        var honest = new List<string> { "--keep-in-foreground", "--no-resolv", "--no-hosts", "--pid-file=", "--port=53", "--bind-interfaces", $"--listen-address={LabTopology.Internet}", $"--local=/{LabTopology.Domain}/" };
        honest.AddRange(LabTopology.Sites.Select(s => $"--address=/{LabTopology.Host(s.Name)}/{LabTopology.AddressOf(s.Name)}"));
        _processes.Add(Shell.Start("ip", ["netns", "exec", Internet, "dnsmasq", .. honest], null, _log));

        // The ISP's resolver: forwards to the honest one, except where it lies.
        var censoring = new List<string>
        {
            "--keep-in-foreground", "--no-resolv", "--no-hosts", "--pid-file=", "--port=53", "--bind-interfaces", $"--listen-address={LabTopology.Probe}",
            $"--server={LabTopology.Internet}",
            $"--address=/{LabTopology.Host("nx")}/",
            $"--address=/{LabTopology.Host("bogon")}/127.0.0.2",
            $"--address=/{LabTopology.Host("hijack")}/{LabTopology.BlockpageServer}",
        };
        _processes.Add(Shell.Start("ip", ["netns", "exec", Isp, "dnsmasq", .. censoring], null, _log));
    }

    private void ApplyCensorship()
    {
        string Ip(string site) => LabTopology.AddressOf(site).ToString();
        InNs(Isp, "iptables", "-A", "OUTPUT", "-d", Ip("rst"), "-p", "tcp", "--dport", "80", "-j", "REJECT", "--reject-with", "tcp-reset");
        InNs(Isp, "iptables", "-A", "OUTPUT", "-d", Ip("drop"), "-p", "tcp", "-j", "DROP");
        InNs(Isp, "iptables", "-A", "OUTPUT", "-p", "tcp", "--dport", "443", "-m", "string", "--string", LabTopology.Host("tlsdrop"), "--algo", "bm", "-j", "DROP");
        InNs(Isp, "iptables", "-A", "OUTPUT", "-p", "tcp", "--dport", "443", "-m", "string", "--string", LabTopology.Host("tlsrst"), "--algo", "bm", "-j", "REJECT", "--reject-with", "tcp-reset");
        InNs(Isp, "iptables", "-t", "nat", "-A", "OUTPUT", "-d", Ip("intercept"), "-p", "tcp", "--dport", "443", "-j", "DNAT", "--to-destination", $"{LabTopology.Interceptor}:443");
        InNs(Isp, "iptables", "-t", "nat", "-A", "OUTPUT", "-d", Ip("isca"), "-p", "tcp", "--dport", "443", "-j", "DNAT", "--to-destination", $"{LabTopology.KnownInterceptor}:443");
        InNs(Isp, "iptables", "-t", "nat", "-A", "OUTPUT", "-d", Ip("blockpage"), "-p", "tcp", "--dport", "80", "-j", "DNAT", "--to-destination", $"{LabTopology.BlockpageServer}:80");
        InNs(Isp, "iptables", "-t", "nat", "-A", "OUTPUT", "-d", Ip("redirect"), "-p", "tcp", "--dport", "80", "-j", "DNAT", "--to-destination", $"{LabTopology.BlockpageServer}:{LabTopology.BlockpageRedirectPort}");
        InNs(Isp, "iptables", "-t", "nat", "-A", "OUTPUT", "-d", Ip("legal"), "-p", "tcp", "--dport", "80", "-j", "DNAT", "--to-destination", $"{LabTopology.BlockpageServer}:{LabTopology.Status451Port}");

        // Throttling without netem: an htb class at 512 kbit/s for what the throttled site sends.
        InNs(Internet, "tc", "qdisc", "add", "dev", VethInternet, "root", "handle", "1:", "htb", "default", "10");
        InNs(Internet, "tc", "class", "add", "dev", VethInternet, "parent", "1:", "classid", "1:10", "htb", "rate", "1gbit");
        InNs(Internet, "tc", "class", "add", "dev", VethInternet, "parent", "1:", "classid", "1:20", "htb", "rate", "512kbit", "ceil", "512kbit");
        InNs(Internet, "tc", "filter", "add", "dev", VethInternet, "parent", "1:", "protocol", "ip", "prio", "1", "u32", "match", "ip", "src", $"{Ip("throttled")}/32", "flowid", "1:20");
    }

    private async Task StartServersAsync()
    {
        var certs = Path.Combine(_root, "certs");
        var labServer = Path.Combine(AppContext.BaseDirectory, "MediaMonitor.LabServer.dll");
        _processes.Add(Shell.Start("ip", ["netns", "exec", Internet, "dotnet", labServer, certs], null, _log));

        var helperData = Path.Combine(_root, "helper");
        _processes.Add(Shell.Start("ip",
            ["netns", "exec", Internet, "dotnet", ProgramRunner.ProgramPath, "control-helper", "--allow-private", "--listen", $"{LabTopology.Internet}:{LabTopology.ControlHelperPort}", "--config", helperData, "--data", helperData],
            new Dictionary<string, string>
            {
                ["MEDIAMONITOR_Probing__TrustedCaFiles__0"] = LabCertificates.CaPemFile(certs),
                ["MEDIAMONITOR_Probing__TimeoutSeconds"] = "6",
                ["MEDIAMONITOR_Probing__ConnectTimeoutSeconds"] = "3",
            },
            _log));

        await WaitForPortAsync(Internet, LabTopology.AddressOf("news").ToString(), 80);
        await WaitForPortAsync(Internet, LabTopology.Internet.ToString(), LabTopology.ControlHelperPort);
    }

    private async Task WaitForPortAsync(string ns, string address, int port)
    {
        var clock = Stopwatch.StartNew();
        while (Shell.TryRun("ip", "netns", "exec", ns, "bash", "-c", $"exec 3<>/dev/tcp/{address}/{port}").ExitCode != 0)
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException($"{address}:{port} in {ns} did not open; lab log:\n{string.Join("\n", _log.TakeLast(40))}");
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    private async Task<Dictionary<string, JsonElement>> RunProbeAsync()
    {
        var config = Path.Combine(_root, "probe-config");
        Directory.CreateDirectory(config);
        var ca = LabCertificates.CaPemFile(Path.Combine(_root, "certs"));
        await File.WriteAllTextAsync(Path.Combine(config, "mediamonitor.json"), $$"""
            {
              "Monitor": {
                "DefaultVantage": "lab-isp",
                "Vantages": [ { "Name": "lab-isp", "Country": "KZ", "Network": "AS64500", "BaselineUrls": [ "https://{{LabTopology.Host("baseline")}}/" ] } ],
                "Retry": { "Attempts": 2, "Delay": "00:00:00" }
              },
              "Probing": { "TimeoutSeconds": 6, "ConnectTimeoutSeconds": 3, "TrustedCaFiles": [ "{{ca}}" ] }
            }
            """);
        var data = Path.Combine(_root, "probe-data");
        var args = new List<string> { "netns", "exec", Isp, "dotnet", ProgramRunner.ProgramPath, "check" };
        args.AddRange(ScenarioUrls);
        args.AddRange(["--json", "--control", $"http://{LabTopology.Internet}:{LabTopology.ControlHelperPort}/", "--config", config, "--data", data]);
        var output = new List<string>();
        using var probe = Shell.Start("ip", args, null, output);
        await probe.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(3), TestContext.Current.CancellationToken);
        var results = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        lock (output)
        {
            foreach (var line in output.Where(l => l.StartsWith('{')))
            {
                var json = JsonDocument.Parse(line).RootElement.Clone();
                results[json.GetProperty("url").GetString()!] = json;
            }

            _log.AddRange(output.Where(l => !l.StartsWith('{')));
        }

        return results;
    }

    private static void InNs(string ns, string command, params string[] args) => Shell.Run("ip", ["netns", "exec", ns, command, .. args]);

    public ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            try
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            process.Dispose();
        }

        if (SkipReason is null)
        {
            Shell.TryRun("ip", "netns", "del", Isp);
            Shell.TryRun("ip", "netns", "del", Internet);
            foreach (var ns in new[] { Isp, Internet })
            {
                var folder = Path.Combine("/etc/netns", ns);
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }

            if (Directory.Exists(_root))
            {
                Directory.Delete(_root, recursive: true);
            }
        }

        _runLock.Dispose();
        return ValueTask.CompletedTask;
    }
}
