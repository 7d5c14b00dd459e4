using MediaMonitor;
using MediaMonitor.Cli;
using MediaMonitor.Configuration;
using Microsoft.Extensions.Options;
using Serilog;
using Spectre.Console.Cli;

// Two-stage bootstrap: this logger covers start-up; the host replaces it with the configured one.
Log.Logger = new LoggerConfiguration()
    .WriteTo.Console(standardErrorFromLevel: Serilog.Events.LogEventLevel.Verbose, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
    .CreateBootstrapLogger();

try
{
    var app = new CommandApp();
    app.Configure(config =>
    {
        config.SetApplicationName("mediamonitor");
        config.SetApplicationVersion(typeof(AppHost).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        config.PropagateExceptions();
        config.AddCommand<RunCommand>("run")
            .WithDescription("Run the monitor until stopped (Ctrl+C): check every site list in config/sites on its schedule, storing each measurement, and make a content pass over each list every Content:Interval (takedowns, stealth edits, closure notices, legal signals).")
            .WithExample("run")
            .WithExample("run", "--config", "/etc/mediamonitor", "--data", "/var/lib/mediamonitor");
        config.AddCommand<CheckCommand>("check")
            .WithDescription("Check URLs once and print a table (or JSON Lines with --json). Exit code 0: all answered; 1: some failed; 2: bad input.")
            .WithExample("check", "https://vlast.kz/")
            .WithExample("check", "--list", "config/sites/kz.csv", "--json");
        config.AddCommand<ControlHelperCommand>("control-helper")
            .WithDescription("Serve control measurements: POST /measure {\"url\": ...} answers with this machine's own measurement of the URL (the role of OONI's test helper).")
            .WithExample("control-helper", "--listen", "0.0.0.0:9080");
        config.AddCommand<ContentCommand>("content")
            .WithDescription("Run one content pass now: compare each site-list page with its last good snapshot, discover articles from feeds, news sitemaps and homepage links, re-check the articles that are due, and store any takedown, stealth-edit or replaced signal with its WARC evidence. Exit code 0: ran; 1: some outlet failed; 2: bad input.")
            .WithExample("content", "--list", "kz")
            .WithExample("content", "--list", "kz", "--outlet", "vlast", "--json");
        config.AddCommand<ExtractCommand>("extract")
            .WithDescription("Extract the title and main text of saved pages (.html or .html.gz files, or folders of them) into one JSON file. Needs no configuration.")
            .WithExample("extract", "pages/", "--out", "articles.json");
        config.AddBranch("signals", signals =>
        {
            signals.SetDescription("Legal-pressure signals: lawsuits, criminal cases, hearings, verdicts, detentions, blocking orders and takedown demands read from the news.");
            signals.AddCommand<SignalsScanCommand>("scan")
                .WithDescription("Run the rules of config/signals with the outlets of config/outlets over text or HTML files (or folders); print each signal: file, kind, subject, confidence, evidence and details. A file with no signal prints nothing.")
                .WithExample("signals", "scan", "article.html", "--json")
                .WithExample("signals", "scan", "saved-news/", "--config", "config");
        });
        config.AddBranch("index", index =>
        {
            index.SetDescription("The Elasticsearch research index (Elasticsearch section of mediamonitor.json; secrets from MEDIAMONITOR_Elasticsearch__ApiKey or __Password).");
            index.AddCommand<IndexSetupCommand>("setup")
                .WithDescription("Create or update the retention policy, component and index templates, the mappings of existing indices and the incidents index. Safe to run again.");
            index.AddCommand<IndexStatusCommand>("status")
                .WithDescription("Say whether the cluster answers, how many findings wait in the outbox, and which were set aside as never indexable.");
            index.AddCommand<IndexBackfillCommand>("backfill")
                .WithDescription("Queue every finding since DATE again and send the outbox now (ids make resends overwrite, never duplicate). Exit code 1 when the cluster is unavailable; what is left waits in the outbox.")
                .WithExample("index", "backfill", "--since", "2026-11-01");
        });
        config.AddCommand<TrendsCommand>("trends")
            .WithDescription("Count measurements by time (hour, day, week, month) and by one or two of outlet, domain, category, country, vantage, network, method: total, ok, anomaly (blocked or unknown), confirmed (blockpage or blocking-address fingerprint), failure (down or not judged). Retried attempts count once. From the store, or from Elasticsearch with --source elasticsearch.")
            .WithExample("trends", "--grain", "week", "--by", "outlet")
            .WithExample("trends", "--by", "outlet,vantage", "--since", "2026-11-01", "--format", "csv")
            .WithExample("trends", "--by", "method", "--where", "country=KZ", "--source", "elasticsearch", "--format", "json");
        config.AddBranch("sites", sites =>
        {
            sites.SetDescription("Work with the site lists in config/sites and the outlets in config/outlets.");
            sites.AddCommand<SitesValidateCommand>("validate")
                .WithDescription("Check every site list and outlet file; print each problem as file:line: reason. Exit code 2 when any.");
            sites.AddCommand<SitesImportCommand>("import")
                .WithDescription("Convert a Citizen Lab test list into config/sites/NAME.csv, with outlet stubs for unknown hosts.")
                .WithExample("sites", "import", "kz.csv", "--name", "kz-citizenlab", "--category", "NEWS", "--country", "KZ");
        });
    });
    return await app.RunAsync(args).ConfigureAwait(false);
}
catch (OptionsValidationException e)
{
    foreach (var line in ConfigurationErrors.Describe(e))
    {
        await Console.Error.WriteLineAsync($"Configuration error: {line}").ConfigureAwait(false);
    }

    return ExitCodes.BadInput;
}
catch (Exception e) when (e is ConfigurationFileException or InvalidDataException or IOException
    || (e is InvalidOperationException && e.Message.Contains("configuration", StringComparison.OrdinalIgnoreCase))
    || e is CommandParseException or CommandRuntimeException)
{
    await Console.Error.WriteLineAsync($"Error: {e.Message}").ConfigureAwait(false);
    return ExitCodes.BadInput;
}
catch (OperationCanceledException)
{
    return 130;
}
catch (Exception e)
{
    Log.Fatal(e, "MediaMonitor stopped on an unexpected error");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync().ConfigureAwait(false);
}
