using System.Text.Json;

namespace MediaMonitor.Tests.Lab;

/// <summary>
/// The blocking verdict against real censorship: each scenario of <see cref="LabScenarios"/> must
/// get its exact verdict and method, and the look-alikes must not be called censorship.
/// </summary>
public sealed class CensorshipLabTests(CensorshipLab lab) : IClassFixture<CensorshipLab>
{
    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Check_FromTheIspNamespace_ReachesTheExpectedVerdict(string scenario)
    {
        if (lab.SkipReason is { } reason)
        {
            Assert.Skip($"censorship lab unavailable: {reason}");
        }

        var expected = LabScenarios.All.Single(s => s.Name == scenario);
        var result = await lab.ResultAsync(expected.Url);
        var verdict = result.GetProperty("verdict");
        var evidence = string.Join(" | ", verdict.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()));
        var summary = $"{scenario}: got {verdict.GetProperty("status").GetString()}/{Text(verdict.GetProperty("method"))} (failure {Text(result.GetProperty("failure"))}); evidence: {evidence}; "
            + $"vantage {Reading(result)}; control {(result.GetProperty("control").ValueKind == JsonValueKind.Object ? Reading(result.GetProperty("control")) : "none")}";

        Assert.True(expected.Status == verdict.GetProperty("status").GetString(), summary);
        Assert.True(expected.Method == Text(verdict.GetProperty("method")), summary);
        Assert.True(expected.ServerSideBlock == Text(verdict.GetProperty("server_side_block")), summary);
        Assert.NotEmpty(evidence);
        Assert.InRange(verdict.GetProperty("confidence").GetDouble(), 0.01, 1.0);
        if (expected.Status is "blocked" or "down")
        {
            Assert.Equal(JsonValueKind.Object, result.GetProperty("control").ValueKind);
        }
    }

    public static TheoryData<string> Scenarios => LabScenarios.Names;

    private static string Reading(JsonElement m) => m.GetProperty("http") is { ValueKind: JsonValueKind.Object } http
        ? $"HTTP {http.GetProperty("status")}, {http.GetProperty("body_length")} bytes in {http.GetProperty("body_ms")} ms, timings {m.GetProperty("timings")}"
        : "no HTTP";

    private static string? Text(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetString();
}
