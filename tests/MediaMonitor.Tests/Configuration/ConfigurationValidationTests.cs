using MediaMonitor.Configuration;
using Microsoft.Extensions.Options;
using Serilog.Events;

namespace MediaMonitor.Tests.Configuration;

public sealed class ConfigurationValidationTests : IDisposable
{
    private readonly TestConfig _config = new();

    public void Dispose() => _config.Dispose();

    [Theory]
    [InlineData("""{ "Monitor": { "Vantages": [ { "Name": "local" } ] }, "Probing": { "TimeoutSeconds": 0 } }""", "Probing:TimeoutSeconds")]
    [InlineData("""{ "Monitor": { "Vantages": [ { "Name": "local" } ] }, "Probing": { "Resolve": { "a.test": [ "not-an-ip" ] } } }""", "Probing:Resolve:a.test: 'not-an-ip' is not an IP address")]
    [InlineData("""{ "Monitor": { "DefaultVantage": "kz-mobile", "Vantages": [ { "Name": "local" } ] } }""", "Monitor:DefaultVantage: 'kz-mobile' is not one of the configured vantages")]
    [InlineData("""{ "Monitor": { "Vantages": [ { "Name": "local", "Country": "Kazakhstan" } ] } }""", "Country")]
    [InlineData("""{ "Monitor": { "Vantages": [ { "Name": "local" }, { "Name": "local" } ] } }""", "Monitor:Vantages: duplicate name(s) local")]
    [InlineData("""{ "Monitor": { "Vantages": [ { "Name": "local" } ] }, "Smtp": { "Enabled": true } }""", "Smtp:To: at least one recipient")]
    [InlineData("""{ "Monitor": { "Vantages": [ { "Name": "local" } ] }, "Scheduling": { "Lists": { "kz": { "Cron": "every day" } } } }""", "Scheduling:Lists:kz:Cron: 'every day' is not a valid Quartz cron expression")]
    [InlineData("""{ "Monitor": { "Vantages": [ { "Name": "local" } ] }, "Scheduling": { "Lists": { "kz": { } } } }""", "Scheduling:Lists:kz: give exactly one of Interval or Cron")]
    [InlineData("""{ "Monitor": { "Vantages": [ { "Name": "local" } ] }, "Store": { "Provider": "oracle" } }""", "Store:Provider")]
    [InlineData("""{ "Monitor": { "Vantages": [ { "Name": "local" } ] }, "Probing": { "TrustedCaFiles": [ "/no/such/ca.pem" ] } }""", "Probing:TrustedCaFiles: /no/such/ca.pem not found")]
    [InlineData("""{ "Monitor": { "Vantages": [ { "Name": "kz", "Kind": "socks5" } ], "DefaultVantage": "kz" } }""", "Monitor:Vantages:0:Proxy")]
    [InlineData("""{ "Monitor": { "Vantages": [ { "Name": "local" } ], "Control": { "Vantage": "abroad" } } }""", "Monitor:Control:Vantage: 'abroad' is not one of the configured vantages")]
    [InlineData("""{ "Monitor": { "Vantages": [ { "Name": "local" } ] }, "Content": { "Contact": "nobody" } }""", "Content:Contact: must be an e-mail address")]
    [InlineData("""{ "Monitor": { "Vantages": [ { "Name": "local" } ] }, "Content": { "Interval": "00:00:10" } }""", "Content:Interval")]
    [InlineData("""{ "Monitor": { "Vantages": [ { "Name": "local" } ] }, "Content": { "ProductToken": "Media Monitor/1" } }""", "Content:ProductToken")]
    public async Task Start_WrongValue_FailsBeforeAnythingRunsNamingTheKey(string json, string expected)
    {
        _config.WriteSettings(json);
        using var host = AppHost.CreateBuilder(_config.ConfigFolder, _config.DataFolder, withScheduler: true, consoleLevel: LogEventLevel.Fatal).Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(ConfigurationErrors.Describe(error), line => line.Contains(expected, StringComparison.Ordinal));
        Assert.False(File.Exists(_config.StorePath), "the store must not be created when the configuration is wrong");
    }

    [Fact]
    public void CreateBuilder_MissingConfigFile_SaysWhichFileAndHowToFixIt()
    {
        File.Delete(Path.Combine(_config.ConfigFolder, "mediamonitor.json"));

        var error = Assert.Throws<ConfigurationFileException>(() => AppHost.CreateBuilder(_config.ConfigFolder, _config.DataFolder, withScheduler: false));

        Assert.Contains("mediamonitor.json not found", error.Message, StringComparison.Ordinal);
        Assert.Contains("--config", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShippedConfig_PassesValidation()
    {
        using var host = AppHost.CreateBuilder(Path.Combine(RepositoryRoot.Path, "config"), _config.DataFolder, withScheduler: false, consoleLevel: LogEventLevel.Fatal).Build();

        await host.StartAsync(TestContext.Current.CancellationToken);
        await host.StopAsync(TestContext.Current.CancellationToken);

        Assert.True(File.Exists(_config.StorePath));
    }
}
