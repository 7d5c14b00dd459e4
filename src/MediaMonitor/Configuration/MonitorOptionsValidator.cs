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

        return ValidateOptionsResult.Success;
    }
}
