using Microsoft.Extensions.Options;

namespace MediaMonitor.Configuration;

[OptionsValidator]
internal sealed partial class MonitorOptionsDataValidator : IValidateOptions<MonitorOptions>;

/// <summary>Cross-field rules that annotations cannot express.</summary>
internal sealed class MonitorOptionsValidator : IValidateOptions<MonitorOptions>
{
    private readonly MonitorOptionsDataValidator _data = new();

    public ValidateOptionsResult Validate(string? name, MonitorOptions options)
    {
        var result = _data.Validate(name, options);
        if (result.Failed)
        {
            return result;
        }

        var duplicates = options.Vantages.GroupBy(v => v.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            return ValidateOptionsResult.Fail($"Monitor:Vantages: duplicate name(s) {string.Join(", ", duplicates)}");
        }

        if (!options.Vantages.Any(v => v.Name == options.DefaultVantage))
        {
            return ValidateOptionsResult.Fail($"Monitor:DefaultVantage: '{options.DefaultVantage}' is not one of the configured vantages ({string.Join(", ", options.Vantages.Select(v => v.Name))})");
        }

        var errors = new List<string>();
        foreach (var (v, i) in options.Vantages.Select((v, i) => (v, i)))
        {
            var key = $"Monitor:Vantages:{i}";
            if (v.Kind != "direct" && !IsHostPort(v.Proxy))
            {
                errors.Add($"{key}:Proxy: a {v.Kind} vantage needs its proxy as host:port");
            }

            if (v.Resolver.StartsWith("udp:", StringComparison.Ordinal) && !System.Net.IPEndPoint.TryParse(v.Resolver[4..], out _))
            {
                errors.Add($"{key}:Resolver: '{v.Resolver}' is not udp:ADDRESS:PORT");
            }

            errors.AddRange(v.BaselineUrls.Where(u => Sites.SiteCatalog.CheckUrl(u) is not null).Select(u => $"{key}:BaselineUrls: {Sites.SiteCatalog.CheckUrl(u)}"));
        }

        if (options.Control.Vantage is { } control && options.Find(control) is null)
        {
            errors.Add($"Monitor:Control:Vantage: '{control}' is not one of the configured vantages");
        }

        if (options.Retry.Delay < TimeSpan.Zero)
        {
            errors.Add("Monitor:Retry:Delay: must not be negative");
        }

        return errors.Count > 0 ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
    }

    private static bool IsHostPort(string? value)
    {
        var colon = value?.LastIndexOf(':') ?? -1;
        return colon > 0 && int.TryParse(value![(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536;
    }
}
