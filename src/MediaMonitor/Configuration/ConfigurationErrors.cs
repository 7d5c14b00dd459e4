using System.Reflection;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Configuration;

/// <summary>Turns option-validation failures into lines that name the configuration key.</summary>
public static class ConfigurationErrors
{
    public static IEnumerable<string> Describe(OptionsValidationException exception)
    {
        var section = exception.OptionsType.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string;
        foreach (var failure in exception.Failures)
        {
            // Messages from our own validators already start with the full key.
            yield return section is null || failure.StartsWith(section + ":", StringComparison.Ordinal)
                ? failure
                : $"{section}:{failure}";
        }
    }
}
