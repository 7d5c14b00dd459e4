using System.Text.Json.Nodes;
using MediaMonitor.Indexing;

namespace MediaMonitor.Tests.Indexing;

/// <summary>Contract tests: the real client against the in-process fake of the Elasticsearch REST API.</summary>
public sealed class IndexSetupContractTests
{
    [Fact]
    public async Task RunAsync_AgainstFakeApi_PutsPolicyComponentAndIndexTemplatesInOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IndexingHarness.StartAsync(configure: o => o.MeasurementRetention = TimeSpan.FromDays(90));

        await h.Setup().RunAsync(ct);

        var puts = h.Es.Requests.Where(r => r.Method == "PUT").Select(r => r.Path).ToList();
        Assert.Equal(
        [
            "/_ilm/policy/mm-measurements-retention",
            "/_component_template/mm-settings", "/_component_template/mm-common",
            "/_component_template/mm-measurements", "/_component_template/mm-signals", "/_component_template/mm-changes", "/_component_template/mm-incidents",
            "/_index_template/mm-measurements", "/_index_template/mm-signals", "/_index_template/mm-changes", "/_index_template/mm-incidents",
            "/mm-measurements-*/_mapping", "/mm-signals-*/_mapping", "/mm-changes-*/_mapping",
            "/mm-incidents",
        ], puts);
        Assert.All(h.Es.Requests.Where(r => r.Method == "PUT"), r => Assert.StartsWith("application/vnd.elasticsearch+json", r.ContentType, StringComparison.Ordinal));

        var policy = JsonNode.Parse(h.Es.Definitions["/_ilm/policy/mm-measurements-retention"])!;
        Assert.Equal("90d", (string?)policy["policy"]!["phases"]!["delete"]!["min_age"]);

        var measurements = JsonNode.Parse(h.Es.Definitions["/_index_template/mm-measurements"])!;
        Assert.Equal("mm-measurements-*", (string?)measurements["index_patterns"]![0]);
        Assert.Equal(["mm-settings", "mm-common", "mm-measurements"], measurements["composed_of"]!.AsArray().Select(n => (string)n!).ToArray());
        Assert.Equal("mm-measurements-retention", (string?)measurements["template"]!["settings"]!["index.lifecycle.name"]);
        Assert.NotNull(measurements["template"]!["aliases"]!["mm-measurements"]);

        // Signals are kept: no lifecycle policy deletes them.
        var signals = JsonNode.Parse(h.Es.Definitions["/_index_template/mm-signals"])!;
        Assert.Null(signals["template"]!["settings"]!["index.lifecycle.name"]);

        var settings = JsonNode.Parse(h.Es.Definitions["/_component_template/mm-settings"])!;
        Assert.Equal(0, (int)settings["template"]!["settings"]!["number_of_replicas"]!);
        var mapping = JsonNode.Parse(h.Es.Definitions["/_component_template/mm-measurements"])!["template"]!["mappings"]!["properties"]!;
        Assert.Equal("ip", (string?)mapping["addresses"]!["type"]);
        Assert.Equal("keyword", (string?)mapping["vantage"]!["type"]);
        Assert.Equal("evidence_ru", (string?)mapping["evidence"]!["analyzer"]);
        var common = JsonNode.Parse(h.Es.Definitions["/_component_template/mm-common"])!["template"]!["mappings"]!;
        Assert.Equal("strict", (string?)common["dynamic"]);
    }

    [Fact]
    public async Task RunAsync_Twice_AgainstFakeApi_PutsTheSameDefinitionsAndCreatesIncidentsOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IndexingHarness.StartAsync();
        await h.Setup().RunAsync(ct);
        var first = h.Es.Definitions.ToDictionary();

        var second = await h.Setup().RunAsync(ct);

        Assert.Equal(first, h.Es.Definitions.ToDictionary());
        Assert.Contains("index mm-incidents exists; mappings updated", second);
        Assert.Single(h.Es.RequestsTo("PUT", "/mm-incidents"));
        Assert.Single(h.Es.RequestsTo("PUT", "/mm-incidents/_mapping"));
    }

    [Fact]
    public async Task RunAsync_ApiKey_IsSentAsAuthorizationHeader()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IndexingHarness.StartAsync(configure: o => o.ApiKey = "c2VjcmV0OmtleQ==");
        h.Es.RequiredApiKey = "c2VjcmV0OmtleQ==";

        await h.Setup().RunAsync(ct);

        Assert.All(h.Es.Requests, r => Assert.Equal("ApiKey c2VjcmV0OmtleQ==", r.Authorization));
    }

    [Fact]
    public async Task RunAsync_WrongApiKey_FailsWithTheClustersAnswer()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IndexingHarness.StartAsync(configure: o => o.ApiKey = "d3Jvbmc=");
        h.Es.RequiredApiKey = "c2VjcmV0OmtleQ==";

        var e = await Assert.ThrowsAsync<IndexingException>(() => h.Setup().RunAsync(ct));

        Assert.Contains("HTTP 401", e.Message, StringComparison.Ordinal);
        Assert.Contains("security_exception", e.Message, StringComparison.Ordinal);
        Assert.Empty(h.Es.Definitions);
    }

    [Fact]
    public async Task RunAsync_ClusterDown_FailsNamingNoAnswer()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IndexingHarness.StartAsync();
        h.Es.Down = true;

        var e = await Assert.ThrowsAsync<IndexingException>(() => h.Setup().RunAsync(ct));

        Assert.Contains("no answer", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(365 * 24, "365d")]
    [InlineData(36, "36h")]
    public void Duration_IsWholeDaysOrHours(int hours, string expected) =>
        Assert.Equal(expected, IndexTemplates.Duration(TimeSpan.FromHours(hours)));
}
