using MediaMonitor.Checks;
using MediaMonitor.Configuration;
using MediaMonitor.Content.Monitoring;
using MediaMonitor.Indexing;
using MediaMonitor.Probing;
using MediaMonitor.Scheduling;
using MediaMonitor.Storage;
using Serilog;
using Serilog.Events;

namespace MediaMonitor;

/// <summary>Composes the program: configuration sources, logging and one Add call per feature.</summary>
public static class AppHost
{
    public const string ConfigFileName = "mediamonitor.json";
    public const string EnvironmentPrefix = "MEDIAMONITOR_";

    /// <summary>
    /// A host builder reading {config}/mediamonitor.json, then MEDIAMONITOR_* environment
    /// variables (Section__Key), then <paramref name="overrides"/>.
    /// </summary>
    public static HostApplicationBuilder CreateBuilder(
        string configFolder,
        string dataFolder,
        bool withScheduler,
        LogEventLevel consoleLevel = LogEventLevel.Information,
        IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var configPath = Path.GetFullPath(configFolder);
        var dataPath = Path.GetFullPath(dataFolder);
        var configFile = Path.Combine(configPath, ConfigFileName);
        if (!File.Exists(configFile))
        {
            throw new ConfigurationFileException($"{configFile} not found: give the folder that holds {ConfigFileName} with --config DIR");
        }

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Configuration.AddJsonFile(configFile, optional: false, reloadOnChange: false);
        Indexing.SecretsInFiles.Refuse(configFile);
        builder.Configuration.AddEnvironmentVariables(EnvironmentPrefix);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{PathsOptions.SectionName}:{nameof(PathsOptions.ConfigFolder)}"] = configPath,
            [$"{PathsOptions.SectionName}:{nameof(PathsOptions.DataFolder)}"] = dataPath,
        });
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(
                restrictedToMinimumLevel: consoleLevel,
                standardErrorFromLevel: LogEventLevel.Verbose,
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}",
                formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(
                Path.Combine(dataPath, "logs", "mediamonitor-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture));

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddValidatedOptions<PathsOptions, PathsOptionsValidator>(PathsOptions.SectionName);
        builder.Services.AddValidatedOptions<MonitorOptions, MonitorOptionsValidator>(MonitorOptions.SectionName);
        builder.Services.AddValidatedOptions<SmtpOptions, SmtpOptionsValidator>(SmtpOptions.SectionName);
        builder.Services.AddValidatedOptions<ElasticsearchOptions, ElasticsearchOptionsValidator>(ElasticsearchOptions.SectionName);
        builder.Services.AddValidatedOptions<WebOptions, WebOptionsValidator>(WebOptions.SectionName);
        builder.Services.AddStorage();
        builder.Services.AddProbing();
        builder.Services.AddChecks();
        builder.Services.AddContentMonitoring();
        builder.Services.AddIndexing(withScheduler);
        if (withScheduler)
        {
            builder.Services.AddScheduling(builder.Configuration);
        }

        return builder;
    }
}
